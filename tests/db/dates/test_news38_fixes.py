"""News held-out 38's causes, each a general rule, tested on sentences written for these tests
(none from an evaluation file)."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 3, 14)  # a Saturday


def values(text: str, dct: datetime.date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_midnight_with_its_day_is_the_end_of_that_day() -> None:
    # the day named with it: T24:00 of that day, as TimeML writes the midnight that ends it
    text = "The bakery shut its doors at midnight on Tuesday."
    assert values(text) == [("midnight", "2026-03-10T24:00"), ("Tuesday", "2026-03-10")]
    assert values("Entries must reach us by midnight on 2 April.")[0] == (
        "midnight",
        "2026-04-02T24:00",
    )
    # one span with its day
    assert values("The amnesty will run out at midnight Friday.") == [
        ("midnight Friday", "2026-03-20T24:00")
    ]
    # a deadline's or a night's end with no day written: the end of the day told
    text = (
        "On Wednesday the storm reached the coast, and the pier lost power shortly before midnight."
    )
    assert values(text)[-1] == ("midnight", "2026-03-11T24:00")


def test_midnight_that_starts_a_day_or_has_no_day_is_left() -> None:
    # "just after midnight on Tuesday" is read as Tuesday's first moment
    text = "The ferry docked just after midnight on Tuesday."
    assert values(text)[0] == ("midnight", "2026-03-10T00:00")
    # a bare "at midnight" keeps the day's midnight as it was
    assert values("The 12-hour vigil began at midnight.")[-1] == ("midnight", "2026-03-14T00:00")
    # a zone after it names no day
    assert values("Voting closed at midnight local time on Sunday.")[0][1].endswith("T00:00")


def events(text: str, dct: datetime.date = DCT) -> list[tuple[str, str]]:
    return [(d.start, d.status) for d in dated_sentences(text, dct)]


def test_a_past_relative_clause_without_that_keeps_its_own_status() -> None:
    # "the song she sang at ..., <date>": the singing was done, whatever the main clause plans
    text = "The gala will close with the same aria she sang at her debut, 14 May 1988."
    assert events(text) == [("1988-05-14", "happened")]
    # near miss: the date the main clause's plan is for stays planned
    text = "The gala will close with the same aria on its last night, 21 March 2026."
    assert events(text) == [("2026-03-21", "planned")]


def test_an_invitation_to_act_by_a_date_is_todays_news() -> None:
    # "are being invited to send ... before <date>": the inviting is the news of the day, the
    # sending is asked for by that date, as with "told", "asked", "urged"
    text = "Readers are being invited to nominate a local hero before Friday 27 March."
    assert events(text) == [("2026-03-14", "happened"), ("2026-03-27", "planned")]
    text = "Tenants are encouraged to report leaks by 1 April."
    assert events(text) == [("2026-03-14", "happened"), ("2026-04-01", "planned")]
    # near miss: an invitation to an occasion on a day is that day's
    text = "The choir was invited to the palace on 2 April."
    assert events(text) == [("2026-04-02", "planned")]


def test_a_present_progressive_until_a_day_is_under_way_now() -> None:
    # "is running ... until <day>": going on at publication, to that day
    text = "Until Thursday the library is lending out free umbrellas."
    got = dated_sentences(text, DCT)
    assert [(d.start, d.end_date, d.status) for d in got] == [
        ("2026-03-14", "2026-03-19", "happened")
    ]
    text = "Volunteers are clearing the beach until 20 March."
    assert events(text) == [("2026-03-14", "happened")]
    # near misses: a plan or a state keeps the end day ("will stay shut", "remains closed")
    assert events("The pool will stay shut until Thursday.") == [("2026-03-19", "planned")]
    text = "The mayor said the pool would stay shut until Thursday, and is talking to builders."
    assert ("2026-03-19", "planned") in events(text)


def test_an_amount_after_a_comma_is_no_rate() -> None:
    # "from 7am to 9am, an hour" is an amount of time; "three trains an hour" a rate
    text = "The market will open from 7am to 9am, an hour longer than last year."
    assert ("an hour", "PT1H") in values(text)
    assert values("The line runs three trains an hour.") == []


def test_a_plans_clock_time_takes_the_day_to_come_named_before() -> None:
    lead = (
        "The ferry's last crossing is on Sunday 29 March. The operator announced the closure "
        "on Monday, a week after it told its crews. "
    )
    got = values(lead + "The final sailing will run from 7am to 9am.")
    assert got[-2:] == [("7am", "2026-03-29T07:00"), ("9am", "2026-03-29T09:00")]
    # near miss: told as done, the clock stays on the story's day gone by
    got = values(lead + "The crews met from 7am to 9am.")
    assert got[-2:] == [("7am", "2026-03-09T07:00"), ("9am", "2026-03-09T09:00")]
