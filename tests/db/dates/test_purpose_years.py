"""A year a plan or figure is for does not date the month beside it (db.dates.purpose_years)."""

import datetime

from db.dates import find_timexes
from db.dates.purpose_years import year_for_a_thing


def test_month_beside_a_budget_year_is_the_next_one() -> None:
    text = "The council will publish its spending plans for 2028 in November, the mayor said."
    got = {t.text: t.value for t in find_timexes(text, datetime.date(2027, 5, 4))}
    assert got["November"] == "2027-11"
    assert got["2028"] == "2028"


def test_a_year_of_the_story_still_dates_its_month() -> None:
    text = "The plant will close in 2029, and in March the last furnace will be shut down."
    got = {t.text: t.value for t in find_timexes(text, datetime.date(2027, 5, 4))}
    assert got["March"] == "2029-03"


def test_only_after_a_plan_or_figure() -> None:
    text = "She ran for 2024's board and raised its forecast for 2025 sales."
    assert not year_for_a_thing(text, text.index("2024"))
    assert year_for_a_thing(text, text.index("2025"))
