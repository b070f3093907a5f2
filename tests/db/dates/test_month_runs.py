"""A past month's story told on without dates (`db.dates.month_runs`): dateless past happenings
right after a sentence dated to a past month or season go in that month, at its precision;
reports, the present, plans, look backs and time moving on stay where they were. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.model import DatedSentence

DCT = datetime.date(2026, 5, 7)


def event_of(text: str, words: str) -> DatedSentence:
    """The first event whose clause holds `words`."""
    for d in dated_sentences(text, DCT):
        b, e = d.clause
        if words in text[b:e]:
            return d
    raise AssertionError(f"no event for {words!r}")


def test_a_dateless_past_clause_after_a_past_month_goes_in_that_month() -> None:
    text = (
        "In early February the two mayors met at a roadside hotel outside Arden. Neither mayor "
        "disclosed the meeting to the council."
    )
    got = event_of(text, "Neither mayor disclosed")
    assert (got.start, got.precision, got.status) == ("2026-02", "month", "negated")


def test_the_run_goes_on_while_each_next_sentence_is_carried() -> None:
    text = (
        "In March the county cut the bus subsidy. Three routes closed. Drivers staged a "
        "walkout at the Elm Road depot."
    )
    assert event_of(text, "Three routes closed").start == "2026-03"
    assert event_of(text, "Drivers staged a walkout").start == "2026-03"


def test_a_season_before_the_publication_month_is_carried_at_season_precision() -> None:
    # narrative: a farm diary told without years, a season of the year before
    text = (
        "In the autumn we moved the flock down to the lower fields. The ewes settled quickly "
        "and the old ram went lame."
    )
    got = event_of(text, "The ewes settled quickly")
    assert (got.start, got.end_date, got.precision) == ("2025-09", "2025-11", "season")
    assert event_of(text, "the old ram went lame").precision == "season"


def test_the_present_a_report_and_time_moving_on_stay_at_the_publication_day() -> None:
    text = (
        "In January the bakery on Mill Street burned down. The owners called the fire a "
        "disaster.\n\n"
        "In January the bakery on Quay Street burned down. Weeks later the owners reopened in "
        "a tent.\n\n"
        "In January the bakery on Dock Street burned down. The owners have reopened in a tent."
    )
    for words in ("called the fire", "have reopened"):
        assert event_of(text, words).start == "2026-05-07", words
    # "Weeks later" is no month of the run, but January's year (`weeks_later`)
    assert event_of(text, "Weeks later").start == "2026"


def test_no_run_from_a_look_back_a_plan_a_month_not_over_or_another_paragraph() -> None:
    text = (
        "The ferry line had cut its timetable in February. Two boats sailed empty.\n\n"
        "The ferry line will cut its timetable in June. Two boats sailed empty.\n\n"
        "In May the ferry line cut its timetable. Two boats sailed empty.\n\n"
        "In February the ferry line cut its timetable.\n\n"
        "Two boats sailed empty."
    )
    days = {d.start for d in dated_sentences(text, DCT) if not d.timex.text}
    assert days == {"2026-05-07"}


def test_a_clause_not_carried_ends_the_run() -> None:
    text = (
        "In April the striking nurses marched on the ministry. The minister has offered "
        "talks. Police arrested two marchers."
    )
    assert event_of(text, "has offered").start == "2026-05-07"
    assert event_of(text, "Police arrested").start == "2026-05-07"
