"""Session 19's blind narrative set: the general causes of its misses, each with sentences of our
own in several registers (never copied from a gold file)."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2024, 5, 20)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, DCT).timexes()}


# A printed edition of an old journal: an extract headed by its month and year, its entries
# headed by a clipped weekday and a day, take the heading's year, not the edition's.


def test_a_journal_extract_heading_gives_its_entries_the_year() -> None:
    got = _values(
        "THE NOTEBOOKS OF EDWIN MARSH\nAn extract: October 1883\n\n"
        "Printed by the Hallam Local History Group in 2023.\n\n"
        "Mon. 1st October. Rain all day. Mended the cart shed.\n\n"
        "Sat. 6th. Walked to the mill with Father.\n\n"
        "Tues. 9th. Market. Sold the two heifers."
    )
    assert got["Mon. 1st October"] == "1883-10-01"
    assert got["Sat. 6th"] == "1883-10-06"
    assert got["Tues. 9th"] == "1883-10-09"


def test_the_year_moves_on_when_an_entry_names_a_month_before_the_headings() -> None:
    got = _values(
        "DECEMBER 1911\n\nSat. 30th December. Frost. Skating on the mere.\n\n"
        "Mon. 1st January. Dined at the Grange.\n\nSat. 6th. Thaw."
    )
    assert got["Sat. 30th December"] == "1911-12-30"
    assert got["Mon. 1st January"] == "1912-01-01"
    assert got["Sat. 6th"] == "1912-01-06"


def test_an_introduction_naming_the_month_and_year_dates_the_entries() -> None:
    got = _values(
        "The pages below cover the hay harvest of July 1794, as the curate wrote them.\n\n"
        "Tues. 1st July. Began mowing the glebe.\n\nWed. 2nd. Carried two loads."
    )
    assert got["Tues. 1st July"] == "1794-07-01"
    assert got["Wed. 2nd"] == "1794-07-02"


def test_a_weekday_the_headings_year_misses_takes_no_year_from_it() -> None:
    got = _values(
        "An extract: October 1883\n\nFri. 1st October. Rain all day. Mended the cart shed."
    )
    assert got.get("Fri. 1st October") != "1883-10-01"


def test_a_day_whose_weekday_misses_is_not_read_without_it() -> None:
    got = _values(
        "An extract: October 1883\n\nMon. 1st October. Rain all day.\n\nWed. 9th. Market."
    )
    assert got["Mon. 1st October"] == "1883-10-01"
    assert got.get("9th") is None
    assert got.get("Wed. 9th") != "1883-10-09"


def test_an_entry_after_a_day_told_ahead_stays_in_its_month() -> None:
    got = _values(
        "An extract: October 1883\n\nMon. 1st October. A card from Ann: she comes on Saturday "
        "fortnight.\n\nTues. 2nd. Baked.\n\nThurs. 4th. Washing day."
    )
    assert got["Tues. 2nd"] == "1883-10-02"
    assert got["Thurs. 4th"] == "1883-10-04"


# A quoted diary's heading, a weekday and a day without a year, right after the sentence that
# names the same day as a feast of its year: that year, and its bare hours on that day.


def test_a_quoted_log_heading_takes_the_year_of_the_feast_before_it() -> None:
    got = _values(
        "The first rally was held over Easter 1965, when three hundred boats came up the "
        "river. One skipper's log, given to the club last spring, reads:\n"
        '"Sunday 18th April. Off at seven. Showers till noon, then a fair wind."'
    )
    assert got["Sunday 18th April"] == "1965-04-18"
    assert got["seven"] == "1965-04-18T07:00"
    assert got["noon"] == "1965-04-18T12:00"


def test_a_heading_whose_weekday_misses_the_feast_takes_not_its_year() -> None:
    got = _values(
        "The first rally was held over Easter 1965, when three hundred boats came up the "
        "river. One skipper's log, given to the club last spring, reads:\n"
        '"Monday 18th April. Off at seven."'
    )
    assert got.get("Monday 18th April") != "1965-04-18"
