"""What witnesses said at a hearing is on the hearing's day, whatever earlier days their words
look back to. Texts written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(1902, 11, 8)  # a Saturday: the weekly paper's day

INQUEST = (
    "DROWNING AT THE LOCK.—An inquest was held on Thursday last at the Crown, Elham, on the "
    "body of Walter Price, a bargeman, who was found in the river on the 2nd inst.\n\n"
    "His brother stated that the deceased had left the Ship Inn on the evening of the 1st and "
    "had not been seen again. The lock-keeper, Mr. Dale, said the gates had been shut at dusk "
    "on the 1st. The inquest was adjourned for the report of the county analyst.\n"
)


def _events() -> dict[str, str]:
    return {d.title: d.start for d in dated_sentences(INQUEST, DCT)}


def test_a_witness_statement_is_on_the_day_of_the_inquest() -> None:
    got = _events()
    assert got["His brother stated"] == "1902-11-06"
    assert got["The lock-keeper, Mr. Dale, said"] == "1902-11-06"


def test_an_adjournment_without_a_date_is_on_the_day_of_the_sitting() -> None:
    got = _events()
    adjourned = [start for title, start in got.items() if title.startswith("The inquest was")]
    assert adjourned == ["1902-11-06"]


def test_without_a_dated_hearing_a_report_gets_no_day_of_its_own() -> None:
    text = INQUEST.replace("An inquest was held on Thursday last", "An inquest was held")
    assert "His brother stated" not in {d.title for d in dated_sentences(text, DCT)}
