import datetime

import pytest

from db import timekeys as tk


@pytest.mark.parametrize(
    "day", [datetime.date(1, 1, 1), datetime.date(1970, 1, 1), datetime.date(2019, 12, 23),
            datetime.date(2000, 2, 29), datetime.date(9999, 12, 31)]
)  # fmt: skip
def test_days_match_python_dates_inside_their_range(day):
    days = tk.days_from_civil(day.year, day.month, day.day)
    assert days == (day - datetime.date(1970, 1, 1)).days
    assert tk.civil_from_days(days) == (day.year, day.month, day.day)


def test_bce_and_far_years_round_trip():
    for year in (-100_000, -4713, -1, 0, 10_000, 12_000):
        key = tk.period(f"{year:05d}-03-01" if year >= 0 else f"-{-year:05d}-03-01").start
        assert tk.iso_of(key, "day").endswith("-03-01")
        assert tk.civil_from_days(key // tk.DAY) == (year, 3, 1)


def test_periods_of_partial_dates():
    year = tk.period("2019")
    assert (year.precision, tk.iso_of(year.start), tk.iso_of(year.end)) == (
        "year", "2019-01-01", "2020-01-01")  # fmt: skip
    month = tk.period("2019-11")
    assert month.end - month.start == 30 * tk.DAY
    assert tk.period("2019-12-23T10:30").precision == "minute"
    keys = tk.span_keys("2011", "2019-12-23")
    assert keys == (tk.period("2011").start, tk.period("2019-12-24").start)


@pytest.mark.parametrize("bad", ["2019-02-30", "2019-13", "yesterday", "", "2019-12-23T25:00"])
def test_malformed_dates_raise_date_error(bad):
    with pytest.raises(tk.DateError):
        tk.period(bad)


def test_end_before_start_is_rejected():
    with pytest.raises(tk.DateError, match="before start"):
        tk.span_keys("2019-12-23", "2019-12-01")
