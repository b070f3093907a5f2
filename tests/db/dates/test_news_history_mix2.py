"""News and history in one article, second round (bench/reader_styles/newshist2.json, passages
written for these tests with what a careful reader puts on a timeline): a twinning's
anniversary, a retirement with the career, a flood wall's opening with past floods, a war grave
named by DNA, a club relegated for the first time in decades. Each test is one cause the
passages shared; the sentences are new."""

from __future__ import annotations

import datetime
from functools import partial

from test_reader_styles import placed as placed_on
from test_reader_styles import values as values_on

from db.dates import dated_sentences
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 10, 15)  # a Thursday
# the reader-style helpers, on this file's publication day
placed = partial(placed_on, dct=DCT)
values = partial(values_on, dct=DCT)


def test_a_month_counted_years_on_from_the_story_is_one_date() -> None:
    # "in May three years later": the month of the year three on from the story's, not the
    # story's May beside a year of its own
    text = (
        "The chapel was sold to a builder in 1994. He began the conversion in May three years "
        "later, and the first tenants moved in that winter."
    )
    got = values(text)
    assert got["May three years later"] == "1997-05"
    assert got["that winter"] == "1997-WI"
    assert placed(text)["He began the conversion"] == {"1997-05"}
    # earlier, and a season; "after" counts from the story only where it ends the phrase
    text = (
        "The league folded in 1931. Its rules were first drawn up in the spring, six years earlier."
    )
    assert values(text)["the spring, six years earlier"] == "1925-SP"
    text = "The dam was approved in 1952. Work began in June two years after the vote."
    assert "June two years after" not in values(text)
    # "a year earlier than required" compares; the month is the news's own
    text = "The mayor called the vote in May, a year earlier than required."
    assert values(text)["May"] == "2026-05"


def test_a_month_after_a_season_goes_on_from_the_season_s_end() -> None:
    # autumn runs to November: the March after is four months on, the one before six back
    text = (
        "The shipyard won its last order in 1983. The keel was laid that autumn, but the yard "
        "closed in March before the hull was launched."
    )
    assert values(text)["March"] == "1984-03"
    # a month just before the season's start is still a step back into the same year
    text = (
        "The band toured Germany in 1979. They played Hamburg that autumn and had recorded in May."
    )
    assert values(text)["May"] == "1979-05"
    # a winter runs into the next year: its June is the next year's
    text = "The colliery struck in 1926. That winter the men went back, and in June the pit shut."
    assert values(text)["June"] == "1927-06"


def test_a_month_after_what_has_since_happened_is_news_time() -> None:
    # "have since ..." brings the story up to now: a month after it in the sentence is the
    # publication's, not the story's
    text = (
        "The choir was founded in 1974 and sang at the cathedral that Easter. Four of its first "
        "members have since moved away, and one died in August."
    )
    assert values(text)["August"] == "2026-08"
    # "had since" keeps the story's past, and "has since 1990" is a span of its own
    text = (
        "The choir was founded in 1974. By 1980 two of its members had since moved away, and "
        "one died in August."
    )
    assert values(text)["August"] == "1980-08"


def test_the_last_minutes_of_a_told_day_are_that_day() -> None:
    # "the last ten minutes" of a match told on its day: the close of the match, not the ten
    # minutes before the article came out
    text = (
        "Harlow Town lost the cup final 3-2 on Saturday. They were 2-0 up at the break but "
        "let in three goals in the last fifteen minutes."
    )
    assert placed(text)["They were 2-0 up at the break but let in three goals"] == {"2026-10-10"}
    # a live report's perfect still reaches up to now
    text = "Police have made four arrests in the last thirty minutes."
    assert "the last thirty minutes" in values(text)
    assert not any("2026-10-10" in v for v in placed(text).values())


def test_a_gerund_since_which_a_thing_failed_happened() -> None:
    # what a failure or a negation runs "since" happened: "since selling the farm in June"
    text = "The family has failed to find a new home since selling the farm in June."
    rows = placed_rows(text)
    assert ("2026-06", "happened") in rows
    text = "The singer has not recorded since leaving the band in March."
    assert ("2026-03", "happened") in placed_rows(text)
    # the failure itself stays what did not come about
    assert ("2026-08", "negated") in placed_rows("The club failed to win a match in August.")


def placed_rows(text: str) -> set[tuple[str, str]]:
    """Each event's start and status."""
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {(r["start"], r["status"]) for r in rows}


def test_a_month_before_that_summer_after_the_news_lead_is_the_story_s() -> None:
    # the lead names the story's year and the news day; the next paragraph goes back, and its
    # "that summer" shows the month before it is a time told, not this year's
    text = (
        "Two brothers evacuated from Hull as boys in 1941 met again on Sunday after 85 years.\n\n"
        "Alfred was sent to a farm in Lincolnshire in May, and Ted went to Wales that summer."
    )
    got = values(text)
    assert got["May"] == "1941-05" and got["that summer"] == "1941-SU"
    # without the demonstrative, or with "this summer", a month after the news is the news's
    text = (
        "The bakery, founded in 1921, reopened on Sunday.\n\n"
        "Its owners bought new ovens in May, and will add a café this summer."
    )
    assert values(text)["May"] == "2026-05"


def test_a_date_close_ahead_after_a_year_counted_ahead_is_this_year_s() -> None:
    # "next spring" counted from the publication date is a later year told: a plan close ahead
    # of the publication date, a sentence later, is still this year's
    text = (
        "The trust said on Monday that it hoped to reopen the pier next spring. Its engineers "
        "will inspect the piles in November."
    )
    assert values(text)["November"] == "2026-11"
    # in the same sentence as the counted year, the plan goes on in it
    text = "The trust hopes to reopen the pier next year and to open a café in the spring."
    assert values(text)["the spring"] == "2027-SP"


def test_a_month_stepping_back_before_a_year_counted_back_is_the_last_one() -> None:
    # written in May: "last July" is 2025's; "in March" a sentence later is the March gone by
    # (this year's), not a step back before that July
    may = datetime.date(2026, 5, 14)
    text = (
        "The fountain should have been switched on last July, but a pump failed. Engineers "
        "traced the fault in March."
    )
    assert values_on(text, dct=may)["March"] == "2026-03"
    # a month after the counted one goes on in its year
    text = "The fountain broke down last July. It was drained in August."
    assert values_on(text, dct=may)["August"] == "2025-08"
    # a year counted back, not a month: its months go on in it
    text = "Early last year the council asked for new bids. The contract was signed in March."
    assert values_on(text, dct=may)["March"] == "2025-03"
    # the same month again, after the story moved off the counted year, is still that one
    text = (
        "The boxer lost a fight last February and retired three months after the fight. He "
        "tested positive after the loss in February."
    )
    got = values_on(text, dct=datetime.date(2026, 4, 7))
    assert got["last February"] == got["February"] == "2025-02"


def test_a_season_in_the_past_perfect_after_the_story_s_point_is_the_year_before() -> None:
    # the story is in February 1902; "had ... in the summer" reaches back to the summer before
    text = (
        "The lifeboat capsized on 3 January 1902. An inquiry in February found that the "
        "coxswain had joined the crew only in the summer."
    )
    assert values(text)["the summer"] == "1901-SU"
    # a plain past goes on in the story's year; a past perfect before the point stays in it
    text = (
        "The lifeboat capsized on 3 January 1902. An inquiry in February blamed the weather, and "
        "the coxswain retired in the summer."
    )
    assert values(text)["the summer"] == "1902-SU"
    text = "The inquiry sat in October 1902. The coxswain had joined the crew in the spring."
    assert values(text)["the spring"] == "1902-SP"


def test_a_weekday_a_forecast_names_without_a_verb_is_to_come() -> None:
    # "with fog possible by Saturday" after an expectation's clause: a forecast, the coming one
    text = "Forecasters expect the wind to drop overnight, with fog possible by Saturday."
    assert values(text)["Saturday"] == "2026-10-17"
    # a forecast told in the past keeps the Saturday gone by
    text = "Showers were likely on Saturday, but the match went ahead."
    assert values(text)["Saturday"] == "2026-10-10"


def test_a_clock_time_after_a_part_of_a_day_and_background_is_that_day_s() -> None:
    # "on Tuesday evening" names the day by its part, as a clock would: "at about 9pm" a
    # sentence later, past a record's year, is that evening's, not the publication day's
    text = (
        "The river peaked at 4.2 metres on Tuesday evening, passing the mark set in March 1998. "
        "The first homes flooded at about 9pm."
    )
    assert values(text)["9pm"].startswith("2026-10-13")
    # a day named with no part of it keeps the rule's old reading
    text = (
        "The river peaked at 4.2 metres on Tuesday, passing the mark set in March 1998. "
        "The first homes flooded at about 9pm."
    )
    assert values(text)["9pm"].startswith("2026-10-15")
