"""A bare day before a day with its month ("between 2 and 4 December", "on 18 and 19 May":
`rules.shared_month_days`), the first or last working day of a month (`rules.ends_of_periods`)
and "overnight" on the day the story is on (`rules.overnight`). Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 12, 5)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_bare_day_takes_the_month_and_year_of_the_day_after_it() -> None:
    got = values("Fees charged between 2 and 4 December will be refunded.")
    assert got["2"] == "2026-12-02"
    assert got["4 December"] == "2026-12-04"
    got = values("Polling stations opened on 18 and 19 May 1998.")
    assert got["18"] == "1998-05-18"


def test_a_run_of_days_is_one_range() -> None:
    runs = [
        (d.start, d.end_date)
        for d in dated_sentences("The fair runs from 9 to 12 March 2027.", DCT)
    ]
    assert ("2027-03-09", "2027-03-12") in runs


def test_an_amount_is_no_day() -> None:
    got = values("Prices rose between 3 and 4 percent in May.")
    assert "3" not in got


def test_the_last_working_day_of_a_month_is_a_weekday() -> None:
    got = values("In January 2026 salaries were paid on the last working day of the month.")
    assert got["the last working day of the month"] == "2026-01-30"  # the 31st was a Saturday
    got = values("Trading resumed in August 2026 on the first business day of the month.")
    assert got["the first business day of the month"] == "2026-08-03"


def test_overnight_is_the_night_of_the_story_day() -> None:
    text = (
        "The pipe burst at 7.10pm on Wednesday. Crews worked overnight, and water was back "
        "by Thursday noon."
    )
    assert values(text)["overnight"] == "2026-12-02TNI"
    text = "The ewes were sold at Hawes on 4 March 1931 and driven overnight to the farm."
    assert values(text)["overnight"] == "1931-03-04TNI"


def test_an_overnight_stay_or_a_night_without_a_day_is_no_time() -> None:
    assert "overnight" not in values("They booked an overnight stay in York on Friday.")
    assert "overnight" not in values("Prices rose overnight.")
