"""A year's first or last three or six months are its quarter or half (rules.months_of_year)."""

import datetime

from db.dates import dated_sentences, find_timexes


def test_first_three_months_of_the_year_is_the_first_quarter() -> None:
    text = "Retail sales fell 2 percent in the first three months of the year, the agency said."
    got = dated_sentences(text, datetime.date(2025, 8, 14))
    assert [(d.start, d.precision) for d in got] == [("2025-01", "quarter")]
    # TIMEX3 keeps TimeML's reading of the count: a DURATION
    assert [(t.text, t.type, t.value) for t in find_timexes(text, datetime.date(2025, 8, 14))] == [
        ("the first three months", "DURATION", "P3M")
    ]


def test_last_six_months_of_a_named_year_is_its_second_half() -> None:
    got = dated_sentences(
        "The mill cut 300 jobs in the last six months of 2019.", datetime.date(2021, 3, 2)
    )
    # a half has no precision of its own on the timeline: six months from its first
    assert [(d.start, d.end_date, d.precision) for d in got] == [("2019-07", "2019-12", "month")]


def test_closing_months_not_over_are_last_years_in_a_past_sentence() -> None:
    got = dated_sentences(
        "Orders slumped in the last three months of the year.", datetime.date(2024, 2, 9)
    )
    assert [(d.start, d.precision) for d in got] == [("2023-10", "quarter")]


def test_nine_months_stay_a_span() -> None:
    text = "Profit rose in the first nine months of 2022."
    assert all(d.precision != "quarter" for d in dated_sentences(text, datetime.date(2022, 11, 1)))
