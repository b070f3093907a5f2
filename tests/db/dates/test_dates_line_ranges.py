"""A run of two full years laid out as a line's date (a timeline entry's head, a heading's close)
marks its two years; in prose, or a season's "1927–28", it stays one expression. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def timexes(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_a_heading_run_marks_both_years() -> None:
    text = "THE FLAX YEARS, 1851–1873\n\nThe first scutching mill opened in the spring of 1851."
    assert timexes(text)[:2] == [("1851", "1851"), ("1873", "1873")]


def test_a_timeline_entry_run_marks_both_years() -> None:
    text = "Chronology\n1916–1918 – The foundry casts shells for the army.\n"
    assert timexes(text) == [("1916", "1916"), ("1918", "1918")]


def test_a_run_in_prose_or_a_season_stays_one() -> None:
    assert timexes("The foundry cast shells from 1916–1918 for the army.") == [
        ("1916–1918", "1916")
    ]
    assert timexes("Chronology\n1926–27 – A poor season for the club.\n")[0] == ("1926–27", "1926")
