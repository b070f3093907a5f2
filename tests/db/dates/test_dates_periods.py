"""`periods.add_months`: months moved as dateutil's relativedelta moves them (the end of a
shorter month, leap years, years outside the calendar), and the dates that use it."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta

from db.dates import dated_sentences
from db.dates.periods import add_months


@pytest.mark.parametrize(
    ("day", "months"),
    [
        (dt.date(2020, 1, 31), 1),  # to 29 February of a leap year
        (dt.date(2019, 1, 31), 1),
        (dt.date(2000, 2, 29), 12),
        (dt.date(2019, 12, 23), -3),
        (dt.date(2019, 3, 31), -13),
        (dt.date(1941, 6, 22), 1200),
        (dt.datetime(2019, 10, 31, 22, 0), 1),  # a time of day stays
    ],
)
def test_add_months_moves_as_relativedelta_does(day: dt.date, months: int) -> None:
    assert add_months(day, months) == day + relativedelta(months=months)
    assert type(add_months(day, months)) is type(day)


def test_add_months_beyond_the_calendar_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        add_months(dt.date(9999, 11, 1), 3)
    with pytest.raises(ValueError):
        add_months(dt.date(1, 2, 1), -2)


def test_a_quarter_ago_counts_back_three_months_and_spans_three() -> None:
    # 31 May less three months is 28 February: the first quarter, January to March
    [event] = dated_sentences("Sales fell sharply a quarter ago.", dt.date(2019, 5, 31))
    assert (event.start, event.end_date, event.precision) == ("2019-01", "2019-03", "quarter")
