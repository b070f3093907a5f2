"""A local paper's look back quoting its own old issues: the days inside the quotation count
from the issue's date, not today's; a deadline promised ahead ("hopes to finish by Lady Day")
is the next such day after the writer's, even when the same sentence named that month gone by;
a bare "on the 9th" in a text dated by "inst." and "ult." is of the writer's month. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.happenings import PLANNED

DCT = datetime.date(2026, 11, 20)


def found(text: str, dct: datetime.date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_quoted_old_issue_counts_its_days_from_the_issue() -> None:
    got = found(
        "75 years ago. From our edition of 17 November 1951: 'The mill at Kelby Bridge burned "
        "down yesterday. The owners will meet the insurers on Tuesday.'"
    )
    assert ("yesterday", "1951-11-16") in got
    assert ("Tuesday", "1951-11-20") in got


def test_the_quoted_issues_plans_are_planned_at_their_day() -> None:
    text = (
        "From our issue of 9 October 1901: 'The new school, which opened last week, "
        "will be blessed by the bishop on Sunday.'"
    )
    got = {d.start: (d.title, d.status) for d in dated_sentences(text, DCT)}
    assert "blessed" in got["1901-10-13"][0]
    assert got["1901-10-13"][1] == PLANNED


def test_a_quotation_from_news_time_keeps_the_publication_date() -> None:
    got = found("The mayor's office said: 'The bridge reopens on Tuesday.'")
    assert got == [("Tuesday", "2026-11-24")]


def test_a_promised_deadline_after_the_month_named_is_the_next_one() -> None:
    got = found("The trust, founded in April, hopes to open the mill by Easter.")
    assert got == [("April", "2026-04"), ("Easter", "2027-03-28")]
    # told in the past, the month's own day stays in it
    got = found("The trust was founded in April 1990 and by 19 April had bought the mill.")
    assert ("19 April", "1990-04-19") in got


def test_a_bare_day_in_a_text_dated_by_inst_and_ult_is_of_the_writers_month() -> None:
    got = found(
        "The board met on the 14th ult. to hear the complaint, and again on the 28th. "
        "The engine was tested on the 9th and passed.",
        datetime.date(1880, 6, 12),
    )
    assert got == [
        ("the 14th ult.", "1880-05-14"),
        ("the 28th", "1880-05-28"),
        ("the 9th", "1880-06-09"),
    ]


def test_without_inst_or_ult_a_bare_day_stays_in_the_storys_month() -> None:
    got = found(
        "The board met on 14 May 1880 to hear the complaint, and the engine had been tested "
        "on the 9th.",
        datetime.date(1880, 6, 12),
    )
    assert ("the 9th", "1880-05-09") in got
