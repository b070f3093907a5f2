"""Session 20, narrative set 44's causes (expressions): a dated thing "of about" a year,
feasts written with "Day" and the Sunday after Easter, clock times told in minutes from an hour.
Sentences of our own."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2026, 12, 7)


def _values(text: str, dct: dt.date = DCT) -> dict[str, str | None]:
    return {t.text: t.value for t in analyse(text, dct).timexes()}


# A dated thing "of about" a year: a year, where an amount's noun is not.


def test_a_charter_of_about_a_year_is_a_year() -> None:
    got = _values("The mill is named in a deed of about 1230, and a chapel by 1290.")
    assert got["1230"] == "1230"


def test_a_crowd_of_about_a_number_is_no_year() -> None:
    assert "1400" not in _values("The rally drew a crowd of about 1400.")


# Feasts: "Michaelmas Day" whole, "Low Sunday" the Sunday after Easter (and apart from a day
# in apposition to it).


def test_feasts_written_with_day() -> None:
    got = _values("In 1702 the rent fell due on Michaelmas Day and again on Candlemas Day.")
    assert got["Michaelmas Day"] == "1702-09-29"
    assert got["Candlemas Day"] == "1703-02-02"  # the next one after that Michaelmas


def test_low_sunday_and_its_day_in_apposition() -> None:
    got = _values("The new bells were first rung in 1897 on Low Sunday, 25 April.")
    assert got["Low Sunday"] == "1897-04-25"  # Easter 1897 was 18 April
    assert got["25 April"] == "1897-04-25"


def test_a_low_sunday_in_lower_case_is_no_feast() -> None:
    assert not any("Sunday" in k and "low" in k for k in _values("It was a low Sunday turnout."))


# Clock times told in minutes from an hour.


def test_minutes_past_midnight_and_to_an_hour() -> None:
    got = _values(
        "The line closed on 2 March 1931. The last train left at two minutes past midnight, "
        "and the station lamps were put out at twenty-five minutes to six that evening."
    )
    assert got["two minutes past midnight"] == "1931-03-02T00:02"
    assert got["twenty-five minutes to six that evening"] == "1931-03-02T17:35"


def test_minutes_after_a_number_with_no_hour_stay_an_amount() -> None:
    got = _values("We waited ten minutes after one of the guards left.")
    assert all("after one" not in k for k in got)
