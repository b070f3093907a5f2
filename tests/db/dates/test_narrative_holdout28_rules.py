"""Rules added for the misses of a blind narrative set (a ship's log, a saint's life, an
account book, a school textbook); every sentence here is written for the test."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 3, 2)


def found(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_a_year_told_with_its_era_in_words() -> None:
    got = found("In the year of grace 1187 the pilgrims reached Acre; in the spring they sailed.")
    assert got["the year of grace 1187"] == "1187"
    assert got["the spring"] == "1187-SP"
    got = found("In the year of our Lord 832 the abbey burned at Candlemas.")
    assert got["the year of our Lord 832"] == "0832"
    assert got["Candlemas"] == "0832-02-02"
