"""Entries under a day heading (a diary of the week ahead): each undated entry is on its
heading's day, and a heading's date does not run into the bullet or clock time below it.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.model import PLANNED

DCT = datetime.date(2026, 6, 12)  # a Friday

DIARY = (
    "What is coming up in the county next week.\n\n"
    "MONDAY, JUNE 15\n"
    "- 10:30 County council sets the new bin collection rota.\n"
    "- The bishop opens the restored chapel at Hollins.\n\n"
    "TUESDAY, JUNE 16\n"
    "- Third-quarter sales figures, first release.\n"
    "- The ferry company launches its new island route.\n\n"
    "Wednesday, June 17\n"
    "- The river festival begins in the old harbour.\n"
)


def _day_of(text: str, words: str) -> tuple[str, str]:
    at = text.index(words)
    for d in dated_sentences(text, DCT):
        if d.clause[0] <= at < d.clause[1]:
            return d.start[:10], d.status
    return "-", "-"


def test_an_undated_entry_is_on_its_headings_day_as_a_plan() -> None:
    assert _day_of(DIARY, "The bishop opens") == ("2026-06-15", PLANNED)
    assert _day_of(DIARY, "The ferry company launches") == ("2026-06-16", PLANNED)
    assert _day_of(DIARY, "The river festival") == ("2026-06-17", PLANNED)


def test_the_text_above_the_first_heading_keeps_the_publication_day() -> None:
    text = "The mayor visited the docks.\n\nMONDAY, JUNE 15\n- The bishop opens the chapel.\n"
    assert _day_of(text, "The mayor visited") == ("2026-06-12", "happened")


def test_a_heading_in_capitals_keeps_its_weekday_and_stops_at_its_line() -> None:
    found = {t.text: t.value for t in find_timexes(DIARY, DCT)}
    assert found["MONDAY, JUNE 15"] == "2026-06-15"
    assert found["TUESDAY, JUNE 16"] == "2026-06-16"  # not joined to the "- Third-quarter" below
    assert not any("\n" in t for t in found)


def test_a_run_of_days_on_one_line_still_joins() -> None:
    found = {t.text: t.value for t in find_timexes("The fair runs June 15-17 on the green.", DCT)}
    assert found == {"June 15-17": "2026-06-15"}


def test_a_24_hour_time_opening_an_entry_line_is_on_its_headings_day() -> None:
    found = {t.text: t.value for t in find_timexes(DIARY, DCT)}
    assert found["10:30"] == "2026-06-15T10:30"


def test_a_bare_pair_of_numbers_mid_line_is_no_time() -> None:
    found = {t.text for t in find_timexes("Chapter 2 ends at verse 3:16 and then stops.", DCT)}
    assert "3:16" not in found


def test_a_relative_heading_in_capitals_is_a_date() -> None:
    text = "Coming up.\n\nLATER THIS MONTH\n- June 26: The regatta.\n"
    found = {t.text: t.value for t in find_timexes(text, DCT)}
    assert found["LATER THIS MONTH"] == "2026-06"


def test_a_programme_named_in_title_case_is_still_no_date() -> None:
    found = {t.text for t in find_timexes("She was a guest on This Week with the minister.", DCT)}
    assert "This Week" not in found
