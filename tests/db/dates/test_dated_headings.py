"""Sections under a dated heading line (an archive column's items, dated updates): each item's
relative dates count from its heading's day. Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 10, 8)  # a Thursday

COLUMN = (
    "From our files\n\n"
    "FIFTY YEARS AGO: October 7, 1976\n"
    "The new swimming baths on Quay Road were opened yesterday by the Lord Lieutenant. "
    "Lessons for schools begin on Monday next, and a gala is planned for next summer.\n\n"
    "TWENTY-FIVE YEARS AGO - 9 October 2001\n"
    "Firefighters spent last night pumping water from the library cellar. "
    "The reading room will reopen tomorrow.\n\n"
    "WHERE ARE THEY NOW\n"
    "The baths closed last week for a refit and will reopen on Saturday."
)


def values(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_an_items_relative_dates_count_from_its_heading() -> None:
    got = values(COLUMN)
    assert got["yesterday"] == "1976-10-06"
    assert got["next summer"] == "1977-SU"
    assert got["last night"].startswith("2001-10-08")
    assert got["tomorrow"] == "2001-10-10"


def test_the_heading_label_and_a_section_after_a_plain_heading_count_from_now() -> None:
    got = values(COLUMN)
    assert got["last week"].startswith("2026")  # under "WHERE ARE THEY NOW": the column's time
    assert got["Saturday"] == "2026-10-10"


def test_an_items_plan_is_planned_from_its_own_day() -> None:
    items = dated_sentences(COLUMN, DCT)
    reopen = next(d for d in items if "reading room" in d.title)
    assert reopen.start == "2001-10-10" and reopen.status == "planned"


def test_a_date_line_inside_running_text_is_no_heading() -> None:
    text = (
        "The council met on Tuesday and agreed the budget set on March 2, 2019.\n"
        "Work starts tomorrow."
    )
    assert values(text)["tomorrow"] == "2026-10-09"


def test_a_heading_giving_a_day_to_come_changes_nothing() -> None:
    text = "Updated: 12 October 2026\nThe road reopened yesterday."
    assert values(text)["yesterday"] == "2026-10-07"


def test_year_lines_are_short_lines_closed_by_a_year() -> None:
    from db.dates.dated_headings import _year_lines

    text = (
        "Harbour notes\n"
        "SEVENTY YEARS AGO: 3 May 1956 .\n"  # a stop and spaces after the year: a year line
        "Ref 123456\n"  # a longer number: none
        "Item B2019\n"  # the year glued to a word: none
        + "x" * 61
        + " 1990\n"  # the year past the line's sixtieth character: none
        + "1999\n"  # a year alone: a year line
        + "Closing 2001"  # no line break after it: none
    )
    starts, ends = _year_lines(text)
    lines = [text[b:e] for b, e in zip(starts, ends, strict=True)]
    assert lines == ["SEVENTY YEARS AGO: 3 May 1956 .", "1999"]
