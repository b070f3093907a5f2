"""The engine's trigger search (db.dates.scanning): English text in ASCII is searched lowered, by
a case-sensitive copy of the search (Python's IGNORECASE lowers every character it compares).
A literal in upper case among the trigger words or their followers turns that copy off for the
whole language, as "[ivxIVX]" in the digit followers once did. Sentences written for these
tests."""

from __future__ import annotations

import datetime

from db.dates import find_timexes
from db.dates.extract import _ENGLISH
from db.dates.scanning import scan

DCT = datetime.date(2026, 12, 7)


def test_english_triggers_are_searched_in_lowered_ascii_text() -> None:
    assert _ENGLISH.lower_search is not None


def test_lowered_search_finds_what_the_case_insensitive_one_finds() -> None:
    text = "Specimen sheet, 3.XI.1905; re-mounted ON 4 MAY 1950 and Last Year in the SPRING."
    lowered = [(g.begin, [ri for ri, _ in g.cands]) for g in scan(text, _ENGLISH)]
    # the same text with a character outside ASCII at its end takes the case-insensitive search
    other = [(g.begin, [ri for ri, _ in g.cands]) for g in scan(text + " \u00e9", _ENGLISH)]
    assert lowered == other and len(lowered) >= 3


def test_a_roman_month_in_capitals_is_still_found() -> None:
    found = {t.text: t.value for t in find_timexes("Collected at the mill race, 12.VII.1899.", DCT)}
    assert found["12.VII.1899"] == "1899-07-12"
