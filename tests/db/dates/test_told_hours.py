"""A history's day told by the hour (`rules.told_hours`): its clock times after the story moved
to a later year or to the day a witness told them on, "that night" told from a year; an hour in
words alone where the text tells the clock (`rules.bare_hours`); an o'clock hour after noon
(`rules.oclock`, `rules.evening_hours`); a dotted clock in the evening (`clock_phrases`).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


_FIRE = (
    "On the night of 9 March 1850 the Hallam mill burned to the ground. The inquest that met "
    "on 2 April 1850 blamed nobody, and its verdict was printed that May.\n\n"
    "The miller, who had taken the lease in 1841, said he locked up at half past eight and "
    "went home at nine. The watchman first smelt smoke at 11.15, he told the coroner on "
    '4 April, "and the roof fell in at a quarter past twelve." By three in the morning only '
    "the walls stood.\n\n"
    "In 1862 the watchman's notebook for that night turned up in a sale."
)


def test_a_clock_after_a_later_year_is_on_the_day_told_by_the_hour() -> None:
    got = values(_FIRE)
    assert got["half past eight"] == "1850-03-09T20:30"
    assert got["nine"] == "1850-03-09T21:00"


def test_a_clock_after_the_day_a_witness_told_it_is_the_night_told() -> None:
    got = values(_FIRE)
    assert got["4 April"] == "1850-04-04"
    assert got["11.15"] == "1850-03-09T23:15"
    assert got["a quarter past twelve"] == "1850-03-10T00:15"
    assert got["three in the morning"] == "1850-03-10T03:00"


def test_that_night_told_from_a_year_is_the_last_night_told() -> None:
    assert values(_FIRE)["that night"] == "1850-03-09TNI"


def test_a_clock_in_news_time_stays_on_the_publication_day() -> None:
    got = values(
        "On the evening of 9 March 1850 the mill burned down. Its site has been a park since "
        "2019, and the gates open at 8.30 tomorrow."
    )
    assert got.get("8.30", "").startswith("2026-") or "8.30" not in got


def test_a_bare_hour_needs_a_clock_told_near_it() -> None:
    got = values("Born in Leeds in 1850, she left school at ten and went into the mill.")
    assert "ten" not in got


def test_a_bare_hour_with_an_age_or_margin_is_no_hour() -> None:
    got = values(
        "On 3 June 1901 the club met at half past six. The motion was won by nine, and the "
        "secretary, orphaned at eleven, took the minutes."
    )
    assert "nine" not in got
    assert "eleven" not in got


def test_a_bare_hour_moves_on_from_the_clock_of_the_day() -> None:
    got = values(
        "On 3 June 1901 the bank's doors opened at nine; by four o'clock the queue had gone, "
        "and the clerks were home by seven."
    )
    assert got["nine"] == "1901-06-03T09:00"
    assert got["four o'clock"] == "1901-06-03T16:00"
    assert got["seven"] == "1901-06-03T19:00"


def test_an_afternoon_oclock_without_a_part_of_day() -> None:
    got = values("On 14 July 1905 the village held its fete, with a band at two o'clock.")
    assert got["two o'clock"] == "1905-07-14T14:00"


def test_it_was_an_hour_oclock() -> None:
    got = values(
        "On the evening of 2 October 1899 the ferry left late. It was nearly ten o'clock "
        "before she cleared the harbour."
    )
    assert got["nearly ten o'clock"] == "1899-10-02T22:00"


def test_an_hour_looked_back_to_since_an_evening_clock() -> None:
    got = values(
        "On the night of 2 October 1899 the ferry struck the bar at eleven o'clock; the mate "
        "had been on deck since the change of watch at eight."
    )
    assert got["eleven o'clock"] == "1899-10-02T23:00"
    assert got["eight"] == "1899-10-02T20:00"
