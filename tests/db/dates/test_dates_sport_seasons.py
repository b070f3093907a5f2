"""The season after one written across two years ("the 2004-05 season") (issue 13).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, datetime.date(2026, 1, 10))}


def test_a_season_across_two_years_and_the_following_one() -> None:
    text = (
        "The club won the regional cup in the 2004-05 season, and the following season it "
        "was relegated for the first time since 1961."
    )
    got = found(text)
    assert got["2004-05"] == "2004"
    assert got["the following season"] == "2005"


def test_the_season_before_one_told_in_years() -> None:
    text = "In 1987 the theatre staged nine plays; the previous season it had staged four."
    assert found(text)["the previous season"] == "1986"


def test_the_following_season_after_a_season_of_the_calendar_is_left_alone() -> None:
    text = "The squad trained on the beach in the summer of 1997; the following season was worse."
    assert "the following season" not in found(text)


def test_the_next_season_after_a_month_in_a_text_of_seasons_in_years() -> None:
    text = (
        "The rugby club was promoted at the end of the 1982-83 season. Its stand burned down "
        "in May 1984, and for the whole of the next season it played at the county ground. "
        "It lost the league final in March 1990; the following season it won the title."
    )
    got = found(text)
    assert got["the next season"] == "1984"
    assert got["the following season"] == "1990"


def test_last_season_is_the_season_before_the_one_under_way() -> None:
    autumn = "Last season the team finished third in the league, its best place since 1994."
    got = {t.text: t.value for t in find_timexes(autumn, datetime.date(2026, 10, 2))}
    assert got["Last season"] == "2025"
    spring = "The 2025-26 season is going badly; last season the team finished third."
    got = {t.text: t.value for t in find_timexes(spring, datetime.date(2026, 3, 2))}
    assert got["last season"] == "2024"


def test_the_last_season_of_something_is_its_final_one() -> None:
    text = "The show was cancelled in 2019, and its last season was filmed in Belfast."
    assert "last season" not in found(text)
