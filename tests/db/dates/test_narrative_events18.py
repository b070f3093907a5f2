"""Narrative event causes left after session 17 that are not the reference time (issue 13):
what a hearing heard, what did not happen, each in sentences of our own in several registers
(a local history, a society's minutes, a biography, a memoir, a museum label)."""

from __future__ import annotations

import datetime

from tests.db.dates.test_news_causes16 import on_title, placed

DCT = datetime.date(2026, 12, 7)


def _statuses(text: str) -> dict[str, str]:
    from db.dates import dated_sentences
    from db.ingest.events import sentence_events

    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: r["status"] for r in rows}


def _status_of(text: str, words: str) -> set[str]:
    return {s for t, s in _statuses(text).items() if t.startswith(words)}


# A witness's words at a hearing that sat for several days are in the sitting's month, not on
# its first day nor on the day of what the witness told of.


def test_a_witness_at_an_inquest_of_several_days_is_in_its_month() -> None:
    # a local history of a quarry
    text = (
        "The inquest into the Morwen quarry fall opened at the Crown on 4 February 1902 and sat "
        "for six days. The foreman testified that the face had been blasted without warning."
    )
    got = placed(text, DCT)
    assert on_title(got, "The foreman testified") == {"1902-02"}
    assert on_title(got, "The inquest into the Morwen") == {"1902-02-04"}


def test_a_witness_set_off_by_a_relative_clause_told_the_inquiry() -> None:
    # a society's minutes of a public inquiry into a footpath
    text = (
        "The committee of inquiry, which opened in the town hall on 9 May 2025 and sat for four "
        "days, heard forty witnesses. Mr Alan Grice, who farmed the land until 1990, told the "
        "inquiry that the path had been walked every Sunday. His evidence was not disputed."
    )
    got = placed(text, DCT)
    assert on_title(got, "Mr Alan Grice told the inquiry") == {"2025-05"}
    assert on_title(got, "His evidence was not disputed") == {"2025-05"}
    assert on_title(got, "Mr Alan Grice farmed the land") == {"1990"}
    assert _status_of(text, "His evidence was not disputed") == {"negated"}


def test_the_court_of_a_court_martial_acts_in_its_sitting_not_on_the_storys_day() -> None:
    # a biography: the story's last day is the wreck, the court sat months later
    text = (
        "The frigate ran aground off Ushant on the night of 12 November 1796. The court martial "
        "that met at Portsmouth on 3 March 1797 sat for five days. Lieutenant Vere, the officer "
        "of the watch, testified that the signal was never seen. The court dismissed the "
        "captain from the service."
    )
    got = placed(text, DCT)
    assert on_title(got, "Lieutenant Vere") == {"1797-03"}
    assert on_title(got, "The court dismissed the captain") == {"1797-03"}


def test_a_witness_at_a_one_day_hearing_keeps_its_day() -> None:
    text = (
        "An inquest was opened at the Bell on Monday 3 May 1880. The driver stated that the "
        "brake had failed on the incline."
    )
    assert on_title(placed(text, DCT), "The driver stated") == {"1880-05-03"}
