"""Small known errors checked in session 10: a scheduling act with a past perfect aside, "that
same evening" after a month alone, and "the next season". Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

# Wednesday 10 June 2026
DCT = datetime.date(2026, 6, 10)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def events(text: str) -> dict[str, tuple[str, str, str]]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: (r["start"], r["precision"], r["status"]) for r in rows}


def test_a_date_set_past_an_aside_in_the_past_perfect_is_ahead() -> None:
    text = "The referee, noting that both teams had agreed, set the replay for September 4."
    assert values(text)["September 4"] == "2026-09-04"
    planned = [v for v in events(text).values() if v[2] == "planned"]
    assert planned == [("2026-09-04", "day", "planned")]


def test_the_same_evening_after_a_month_alone_is_that_month_with_no_day() -> None:
    for opener in ("The same evening", "That evening", "That same night"):
        text = f"The dockers walked out in May. {opener}, police cleared the harbour gates."
        assert values(text)[opener].startswith("XXXX-XX-XXT")  # no day a reader knows
        # the month at month precision, and the opener is not left in the title
        assert events(text)["Police cleared the harbour gates"] == ("2026-05", "month", "happened")
    # after a day the evening is that day's
    text = "The dockers walked out on May 3. That evening, police cleared the harbour gates."
    assert values(text)["That evening"] == "2026-05-03TEV"
    assert events(text)["Police cleared the harbour gates"] == ("2026-05-03", "day", "happened")


def test_an_opening_time_goes_from_the_title_without_a_comma_but_not_as_a_subject() -> None:
    text = "The dockers walked out in May. That evening police cleared the harbour gates."
    assert events(text)["Police cleared the harbour gates"] == ("2026-05", "month", "happened")
    text = "The dockers walked out in May. That evening the police cleared the harbour gates."
    assert "The police cleared the harbour gates" in events(text)


def test_the_next_season_after_a_year_is_the_following_year() -> None:
    text = "The winger joined Ajax in 2011. The next season he moved to Lyon."
    assert values(text)["The next season"] == "2012"
    assert events(text)["He moved to Lyon"] == ("2012", "year", "happened")
    # a signing for next season is dated by the signing, not by the season
    got = events("The club signed the winger on Monday for the next season.")
    assert [v for v in got.values()] == [("2026-06-08", "day", "happened")]


def test_later_the_same_evening_after_a_month_stays_in_that_month() -> None:
    for opener in ("Later that evening", "Later that same night", "Later in the day"):
        text = f"The dockers walked out in May. {opener}, police cleared the harbour gates."
        got = [v for v in events(text).values() if v != ("2026-05", "month", "happened")]
        assert got == [], opener  # both happenings in May: the day's evening is in it
    # time moved on by an amount the text does not give: not the month's
    text = "The dockers walked out in May. Later, police cleared the harbour gates."
    assert ("2026-05", "month", "happened") in events(text).values()
    assert len([v for v in events(text).values() if v[0] == "2026-05"]) == 1


def test_a_plan_for_the_next_season_after_a_past_year_is_from_now() -> None:
    text = "The keeper won the title in 2024. He will stay at the club for the next season."
    # told in January 2027: the season under way began in 2026, the next begins in 2027
    got = {t.text: t.value for t in find_timexes(text, datetime.date(2027, 1, 20))}
    assert got["the next season"] == "2027"
    # in June the season just ended: the next one is this year's
    got = {t.text: t.value for t in find_timexes(text, datetime.date(2025, 6, 20))}
    assert got["the next season"] == "2025"
    # told in the past ("would") it is the season after the story's year
    text = "The keeper won the title in 1994. He said he would stay for the next season."
    assert values(text)["the next season"] == "1995"
