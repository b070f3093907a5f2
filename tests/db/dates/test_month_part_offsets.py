"""A counted time in apposition to a part of a month names the month it lands in, where the part
so moved lies in one month. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 6, 20)


def start_of(text: str, words: str) -> list[str]:
    at = text.index(words)
    return [d.start for d in dated_sentences(text, DCT) if d.clause[0] <= at < d.clause[1]]


def test_early_month_less_a_fortnight_is_the_month_before() -> None:
    text = "The club sacked its coach in early March, a fortnight after the owners backed him."
    assert start_of(text, "a fortnight after") == ["2026-02"]


def test_a_part_that_stays_in_its_month_keeps_it() -> None:
    text = "The bakery reopened in late April, a week after the inspectors left."
    assert start_of(text, "a week after") == ["2026-04"]


def test_a_plain_month_names_no_month_for_the_phrase() -> None:
    text = "The bakery reopened in April, a week after the inspectors left."
    assert "2026-03" not in start_of(text, "a week after")
