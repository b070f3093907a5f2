"""How historians and old people tell dates: a year clipped to two digits ("June '48"), the
decade just named ("by the end of the decade"), and a date renamed by what happened in it
("in June '48, the year the mill burned"). Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}


def test_a_clipped_year_takes_the_century_of_the_story() -> None:
    got = found("My mother was born in 1902. She talked about June '08, when she lost a tooth.")
    assert got["June '08"] == ("DATE", "1908-06")


def test_a_clipped_year_told_from_today_is_past_or_just_ahead() -> None:
    assert found("We met in the winter of '71.")["the winter of '71"] == ("DATE", "1971-WI")
    assert found("The club reopens in April '28.")["April '28"] == ("DATE", "2028-04")


def test_the_year_renamed_by_a_clause_is_no_time_of_its_own() -> None:
    got = found("He sailed in 1910. I came to the yard in May '12, the year the liner sank.")
    assert got["May '12"] == ("DATE", "1912-05")
    assert "the year" not in got


def test_the_end_of_the_decade_is_the_decade_just_named() -> None:
    got = found(
        "The guild was founded in 1541. In the 1550s its trade grew, and by the end of the "
        "decade it had a hall of its own."
    )
    assert got["the end of the decade"] == ("DATE", "155")


def test_a_month_after_a_run_of_two_years_is_in_the_year_it_falls_in() -> None:
    got = found(
        "The team returned for the 1954–55 season and opened a trench on the east slope. "
        "It reached the rampart on 14 February. In the following season they cleared the "
        "gate, and a hoard of coins was found there on 3 December."
    )
    assert got["14 February"] == ("DATE", "1955-02-14")
    assert got["the following season"] == ("DATE", "1955")
    assert got["3 December"] == ("DATE", "1955-12-03")


def test_a_plain_year_keeps_its_months() -> None:
    got = found("The dam was begun in 1931. The first stones were laid on 14 February.")
    assert got["14 February"] == ("DATE", "1931-02-14")


def test_a_winter_run_puts_january_in_its_second_year() -> None:
    got = found("The strike of 1912-13 closed the pits. The men went back on 20 January.")
    assert got["20 January"] == ("DATE", "1913-01-20")


def test_almost_belongs_to_the_amount() -> None:
    got = found("The bridge took almost three years to build and stood for almost a century.")
    assert got["almost three years"] == ("DURATION", "P3Y")
    assert got["almost a century"] == ("DURATION", "P100Y")


def test_almost_stays_out_of_how_often() -> None:
    got = found("The ferry ran almost daily until the bridge opened.")
    assert "almost daily" not in got


def test_a_count_in_tens_a_year_is_a_rate() -> None:
    got = found("By then sixty carts a week and some thirty barges a year used the canal.")
    assert "a week" not in got and "a year" not in got
    assert found("The lease ran for a year.")["a year"] == ("DURATION", "P1Y")


def test_a_day_of_the_following_year_is_one_date() -> None:
    got = found(
        "The ship left Bristol in 1750 and came home on May 3 of the following year; the crew "
        "was paid off in June of the next year."
    )
    assert got["May 3 of the following year"] == ("DATE", "1751-05-03")
    assert got["June of the next year"] == ("DATE", "1752-06")
    assert "the following year" not in got


def test_by_now_after_a_day_long_past_is_the_story_then() -> None:
    got = found(
        "The siege begins on 4 June 1691. Vauban, by now a marshal's adviser, walks the "
        "trenches each night."
    )
    assert "now" not in got
    news = found("The restoration began in 1990, and by now most of the frescoes are clean.")
    assert news["now"] == ("DATE", "PRESENT_REF")


def test_a_month_added_after_the_year_as_a_speaker_gives_it() -> None:
    got = found("The big storm was in 1953, the February. The sea stood in the street for a week.")
    assert got["the February"] == ("DATE", "1953-02")
    assert "the March" not in found("In 1963, the March on Washington filled the Mall.")
