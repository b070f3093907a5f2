"""Words a story dates its days and months by: "on the 12th – ..." before a dash's aside, "that
April" after a verb's particle and a winter's own March, a feast "of the following year", and
"that morning" on the day a plan named (db.dates.rules.calendar, rules.feasts_of_year,
historical_present.planned_day). Sentences written for these tests."""

import datetime

from db.dates import find_timexes

_DCT = datetime.date(2025, 10, 20)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, _DCT)}


def test_a_day_of_the_month_before_a_dash() -> None:
    text = "In March 1871 the city rose. On the 18th – the date is disputed – troops withdrew."
    assert _values(text)["the 18th"] == "1871-03-18"


def test_that_month_after_a_particle_and_after_a_winter() -> None:
    text = "The winter of 1894-95 was long. The snow melted away that April, and the mill reopened."
    assert _values(text)["that April"] == "1895-04"
    text = "In the winter of 1709 the lagoon froze, and the ice broke up that February."
    assert _values(text)["that February"] == "1709-02"  # a winter of one year: its own
    text = "In 1830 the canal froze. The ice broke up that March."
    assert _values(text)["that March"] == "1830-03"
    # a conjunction's "that" is no month's
    assert "that March" not in _values("In 1830 she wrote that March was the wettest month.")


def test_a_feast_of_that_or_the_following_year() -> None:
    text = "The abbey burned in 1536. The monks left by Michaelmas of the following year."
    assert _values(text)["Michaelmas of the following year"] == "1537-09-29"
    text = "The treaty was signed in 1648, and the armies went home at Christmas of that year."
    assert _values(text)["Christmas of that year"] == "1648-12-25"


def test_that_morning_is_the_day_a_plan_named_in_a_story_long_past() -> None:
    text = (
        "It is the spring of 1858. On 30 April the surveyors reach the pass, and that night "
        "Hale writes: 'We are to cross on 12 May.' Then the snow comes. They set out at five "
        "o'clock that morning, and by noon the mist has lifted."
    )
    got = _values(text)
    assert got["five o'clock that morning"] == "1858-05-12T05:00"
    assert got["noon"] == "1858-05-12T12:00"


def test_news_goes_back_from_a_plan_ahead() -> None:
    text = (
        "On Tuesday the band said the tour will start on 4 December. That morning the singer "
        "had cancelled a radio interview."
    )
    assert _values(text)["That morning"].startswith("2025-10-14")


def test_in_the_next_week_of_a_past_story_is_that_week() -> None:
    text = "The dockers struck on 2 June 1889. In the next week the owners gave way."
    assert _values(text)["the next week"] == "1889-W23"
    text = "The dockers struck on 2 June 1889. Over the next week the owners gave way."
    assert _values(text)["the next week"] == "P1W"  # a stretch
