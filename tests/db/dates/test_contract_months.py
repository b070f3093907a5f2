"""A futures contract's month ("wheat for May delivery", "the July contract", "copper for
March gained") is the next month of that name, and the day's price move is not dated by it.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 11, 20)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_contract_month_is_the_next_of_its_name() -> None:
    got = values("Chicago wheat for May delivery rose 2 cents, and the July contract firmed.")
    assert got["May"] == "2027-05" and got["July"] == "2027-07"
    assert values("Copper for December gained 1 percent.")["December"] == "2026-12"


def test_a_contract_month_dates_no_event() -> None:
    text = "On Friday, corn for March fell 3 cents a bushel on rain in the plains."
    starts = {d.start for d in dated_sentences(text, DCT)}
    assert "2027-03" not in starts and "2026-03" not in starts


def test_a_month_without_for_before_its_verb_is_no_contract() -> None:
    assert values("Exports in March fell sharply.")["March"] == "2026-03"
