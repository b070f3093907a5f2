"""Session 16's end narrative set: its general causes, each with sentences of our own."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2026, 12, 7)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, DCT).timexes()}


def test_counted_aside_keeps_the_story_on_the_day_before_it() -> None:
    got = _values(
        "On Tuesday 4 June 1940, three days before the fleet sailed, the boys met at the quay "
        "at eight o'clock. That afternoon they marched inland."
    )
    assert got["eight o'clock"] == "1940-06-04T08:00"
    assert got["That afternoon"] == "1940-06-04TAF"


def test_counted_aside_after_a_weekday_date() -> None:
    got = _values(
        "Late on Saturday 9 May 1926, a week after the strike began, the mill gates opened. "
        "That evening the first shift walked in."
    )
    assert got["That evening"] == "1926-05-09TEV"


def test_since_an_earlier_season_does_not_move_the_story() -> None:
    got = _values(
        "The ferry sank off Kerrin Point on 2 February 1911. The board blamed the company, "
        "which had cut the crew since the previous spring, and it was fined that June. "
        "The service resumed on 4 September."
    )
    assert got["that June"] == "1911-06"
    assert got["4 September"] == "1911-09-04"


def test_clock_before_the_part_of_a_named_day() -> None:
    got = _values("At ten past four on the afternoon of Friday 3 May 1901, the old dam gave way.")
    assert got["ten past four"] == "1901-05-03T16:10"
    got = _values("At half past ten on the night of 6 January 1877 the mill caught fire.")
    assert got["half past ten"] == "1877-01-06T22:30"


def test_pluperfect_day_before_leaves_the_story_on_its_day() -> None:
    got = _values(
        "The mine flooded on Thursday 9 June 1910. The pump man had gone down to check the "
        "seals the day before, on his fortieth birthday.\n\nThe first cage came up at about "
        "half past two. By five o'clock the shaft was full."
    )
    assert got["the day before"] == "1910-06-08"
    assert got["five o'clock"].startswith("1910-06-09T")
