"""Weeks counted from a day land on a day ("left on 7 July, a week before the army arrived":
the arrival is 14 July), as "a week later" does, not on the week that day falls in
(`rules/relative._counted`). Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 10, 14)


def placed(text: str) -> dict[str, tuple[str, str]]:
    return {d.timex.text: (d.start, d.precision) for d in dated_sentences(text, DCT)}


def test_weeks_before_a_following_happening_count_from_the_day() -> None:
    got = placed("The envoy sailed from Leith on 3 October 1702, a week before the storm broke.")
    assert got["a week before"] == ("1702-10-10", "day")


def test_a_fortnight_before_a_feast_day_is_a_day() -> None:
    got = placed("The prisoner was freed a fortnight before Christmas 1917.")
    assert got["a fortnight before"] == ("1917-12-11", "day")


def test_weeks_after_the_sentence_day_and_the_amount_stays_a_duration() -> None:
    text = "On 4 April 1850 the dam gave way, and three weeks after that the valley was drained."
    assert placed(text)["three weeks after"] == ("1850-04-25", "day")
    # TimeML still marks the amount, not a date
    got = {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}
    assert got["three weeks"] == ("DURATION", "P3W")


def test_weeks_from_a_month_keep_the_week() -> None:
    # counted from a month, no day is known: the week stays
    got = placed("The fleet left in May 1702, and two weeks after that the war began.")
    start, precision = got.get("two weeks after", ("", ""))
    assert precision != "day"


def test_in_news_weeks_in_apposition_to_a_day_keep_the_week() -> None:
    # a recent day in apposition: the earlier happening's week, as news is annotated
    got = placed("The council first met on Feb. 2, a week after the first complaint arrived.")
    assert got["a week after"][1] == "week"
    # long past, the same wording counts to the day
    got = placed("The council first met on 2 February 1790, a week after the first complaint.")
    assert got["a week after"] == ("1790-01-26", "day")
