"""Midsummer Eve is 23 June, the night before Midsummer Day. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def timexes(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_midsummer_eve_with_and_without_its_year() -> None:
    assert timexes("The new bridge was opened on Midsummer Eve 1903.") == [
        ("Midsummer Eve 1903", "1903-06-23")
    ]
    text = "In 1911 the fair began on Midsummer's Eve and closed on Midsummer Day."
    assert timexes(text)[1:] == [("Midsummer's Eve", "1911-06-23"), ("Midsummer Day", "1911-06-24")]
