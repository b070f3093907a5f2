"""Causes news held-out 37 showed that recur in older sets or are cheap and general (session 21):
a timetable's clock times with no day of their own, a quarter whose months the text gives,
"that <month>" after a year just named in a relative clause. Sentences written for these tests.
DCT: Tuesday 2026-11-17."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 11, 17)


def value(text: str, words: str) -> str | None:
    """The TIMEX3 value of the expression whose text is `words`."""
    for t in find_timexes(text, DCT):
        if t.text == words:
            return t.value
    return None


# a timetable's clock times (`rules/schedule_clocks.py`)


def test_a_clock_after_nightly_has_no_day() -> None:
    text = "The exhibition stays open until 3 January, nightly at 8.15pm except Mondays."
    assert value(text, "8.15pm") == "XXXX-XX-XXT20:15"


def test_a_clock_before_plural_weekdays_has_no_day() -> None:
    text = "Guided tours leave the gatehouse at 11am on Tuesdays and Fridays until March."
    assert value(text, "11am") == "XXXX-XX-XXT11:00"


def test_opening_hours_over_a_run_of_weekdays_have_no_day() -> None:
    text = "The new clinic will be open from 8am to 6pm, Monday to Friday, from next month."
    assert value(text, "8am") == "XXXX-XX-XXT08:00"
    assert value(text, "6pm") == "XXXX-XX-XXT18:00"


def test_a_closure_between_two_clocks_every_night_has_no_day() -> None:
    text = "The bridge will be shut between 10pm and 5am every night for three weeks."
    assert value(text, "10pm") == "XXXX-XX-XXT22:00"


def test_a_clock_on_one_weekday_keeps_its_day() -> None:
    text = "The final kicks off at 3pm on Saturday at the county ground."
    assert value(text, "3pm") == "2026-11-21T15:00"


def test_a_run_of_weekdays_with_a_week_after_it_is_days() -> None:
    text = "Counters will be closed from 9am to noon, Monday to Wednesday next week."
    assert value(text, "9am") != "XXXX-XX-XXT09:00"


# a quarter whose months are given (`rules/calendar._months_given`)


def test_a_quarter_given_its_months_is_that_calendar_quarter() -> None:
    text = "Ticket sales rose 6 per cent in the second quarter, from July to September."
    assert value(text, "the second quarter") == "2026-Q3"


def test_a_quarter_given_its_months_in_brackets() -> None:
    text = "Orders for our first quarter (April to June) were the best in five years."
    assert value(text, "first quarter") == "2026-Q2"


def test_a_quarter_with_months_of_no_calendar_quarter_stays_as_named() -> None:
    text = "Ticket sales rose 6 per cent in the second quarter, from May to July."
    assert value(text, "the second quarter") == "2026-Q2"


# "that <month>" after a year just named (`rules/calendar._year_just_named`)


def test_that_month_takes_the_year_a_relative_clause_just_named() -> None:
    text = (
        "She wrote the song in 1978 for a school choir, which sang it at a festival in May "
        "1979; a London label released it that October."
    )
    assert value(text, "that October") == "1979-10"


def test_that_month_keeps_the_story_year_after_an_earlier_background_year() -> None:
    text = (
        "In 1941 the battalion, which had been raised in 1939, crossed into Libya; it reached "
        "Tobruk that April."
    )
    assert value(text, "that April") == "1941-04"


# an occasion's day opening its sentence sets a scene (`day_runs._not_a_run`)


def events_at(text: str, words: str) -> list[str]:
    """The start of each event whose title holds `words`."""
    return [d.start for d in dated_sentences(text, DCT) if words in d.title]


def test_at_a_days_occasion_opening_a_sentence_carries_the_day_on() -> None:
    text = (
        "The choir is back on form. At Saturday's concert the lights failed in the first half. "
        "The singers carried on by torchlight, and the audience stood to cheer them."
    )
    assert events_at(text, "carried on by torchlight") == ["2026-11-14"]


def test_after_a_days_occasion_starts_no_run() -> None:
    text = (
        "The club has sacked its coach. After Saturday's defeat the owner met the squad. "
        "The coach cleared his desk."
    )
    assert events_at(text, "cleared his desk") == ["2026-11-17"]
