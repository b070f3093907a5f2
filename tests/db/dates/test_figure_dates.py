"""Dates written all in figures: a slash date with a two-digit year in the order its text writes
("19/4/07" shows the day comes first), the month in Roman numerals ("21.iv.1902", "v.1880"),
and a month with a clipped year no day can be ("Sept. 67"). Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_text_with_a_day_first_slash_date_writes_them_all_day_first() -> None:
    got = values("The log opens on 5/4/07 and the boiler burst on 19/4/07.")
    assert got["5/4/07"] == "2007-04-05" and got["19/4/07"] == "2007-04-19"


def test_a_text_without_one_keeps_month_first() -> None:
    assert values("The shop opened on 5/4/07.")["5/4/07"] == "2007-05-04"
    assert values("Filed 5/4/07, heard 5/14/07.")["5/4/07"] == "2007-05-04"


def test_a_two_digit_year_takes_the_century_of_the_years_around_it() -> None:
    got = values("Her diary for 2/9/12 notes the fog. The mill closed in 1913.")
    assert got["2/9/12"] == "1912-02-09"
    got = values("The firm was founded in 1888. A ledger of 14/6/91 lists six hands.")
    assert got["14/6/91"] == "1891-06-14"


def test_a_month_in_roman_numerals_between_day_and_year() -> None:
    got = values("Hedge by the ford, 21.iv.1902. Wet meadow, 3.XI.1905.")
    assert got["21.iv.1902"] == "1902-04-21" and got["3.XI.1905"] == "1905-11-03"
    assert values("Taken at the weir, 9 vi 1911, by the keeper.")["9 vi 1911"] == "1911-06-09"


def test_a_roman_month_and_year_alone_after_a_full_stop() -> None:
    assert values("Old quarry, x.1899, one plant only.")["x.1899"] == "1899-10"


def test_a_kings_numeral_before_a_year_is_no_month() -> None:
    assert "V 1413" not in values("The chronicle of Henry V 1413 to 1422 is lost.")


def test_a_month_with_a_clipped_year_no_day_can_be() -> None:
    got = values("The sketch is signed 'Sept. 67' in pencil, and she sold it in 1970.")
    assert got["Sept. 67"] == "1967-09"
    assert values("The shop shut on Sept. 12 for the holiday.")["Sept. 12"].endswith("-09-12")


def test_may_or_march_before_a_count_is_no_clipped_year() -> None:
    assert "May 45" not in values("In May 45 walkers joined the count.")
    assert "March 60" not in values("They saw the March 60 miles away.")
