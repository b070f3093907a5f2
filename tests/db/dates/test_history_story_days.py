"""A history told in the past keeps its own year for the year-less dates that follow: a weekday
that fits the year of the story's last season or month confirms it, a bare weekday opening a
sentence or a clock time is counted from the story's day, a day-month after it is in its year; news
time comes back for a day near the DCT, a span that moved the story on, a date naming a thing.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2025, 3, 14)  # a Friday


def values(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_a_weekday_fitting_the_story_year_over_a_later_year_in_passing() -> None:
    text = (
        "The Bramley weavers' strike began in the autumn of 1872 and led to a new union in "
        "1875.\n\nThe strike\nWord of the wage cut reached the weavers on the morning of "
        "Tuesday 15 October. The next morning the looms stood idle."
    )
    got = values(text)
    assert got["Tuesday 15 October"] == "1872-10-15"  # a Tuesday in 1872
    assert got["The next morning"] == "1872-10-16TMO"


def test_a_weekday_that_fits_no_recent_year_stays_unplaced() -> None:
    text = (
        "The Bramley weavers' strike began in the autumn of 1872 and led to a new union in "
        "1875.\n\nThe strike\nWord of the wage cut reached the weavers on Wednesday 15 October."
    )
    assert not values(text)["Wednesday 15 October"].startswith(("1872", "1875"))


def test_a_fronted_weekday_is_the_next_step_of_a_story_told_by_days() -> None:
    text = (
        "In the summer of 1851 the engineer Silas Hebden built a steam carriage. The first run, "
        "on 12 June, ended in a ditch. He spent that night at the inn. On Monday he wrote to "
        "the Courier promising a second trial."
    )
    assert values(text)["Monday"] == "1851-06-16"


def test_a_fronted_weekday_after_the_story_moved_on_is_news_time() -> None:
    text = (
        "In the summer of 1851 the engineer Silas Hebden built a steam carriage. The first run, "
        "on 12 June, ended in a ditch, and that evening the crowd went home. Within a few years "
        "the town had a railway. On Monday a replica was driven through the market."
    )
    assert values(text)["Monday"] == "2025-03-10"


def test_a_weekday_later_in_a_news_sentence_is_news_time() -> None:
    text = "The council said on Monday that the bridge would reopen in April."
    assert values(text)["Monday"] == "2025-03-10"


def test_a_clock_time_after_background_months_is_on_the_history_day() -> None:
    text = (
        "The Ousefield match of Saturday 3 July 1869 is still talked about. The fixture had "
        "been agreed that March, but the new roller only came in October. Play began late, at "
        "ten past eleven, because the visitors' coach had lost a wheel."
    )
    assert values(text)["ten past eleven"].startswith("1869-07-03T")


def test_a_day_month_in_a_new_paragraph_after_the_history_day_is_its_year() -> None:
    text = (
        "The Ousefield match of Saturday 3 July 1869 is still talked about. Play began late, at "
        "ten past eleven. The home side were out by four, and the last wicket fell at twenty "
        "to seven.\n\nThe Courier of 9 July said the pitch had not been rolled since Easter."
    )
    got = values(text)
    assert got["9 July"] == "1869-07-09"
    assert got["Easter"] == "1869-03-28"


def test_a_day_near_the_dct_after_a_year_long_past_is_news_time() -> None:
    text = (
        "The personal allowance has been frozen since April 2019. The chancellor confirmed on "
        "26 February that it will stay there until 2030."
    )
    assert values(text)["26 February"] == "2025-02-26"


def test_a_date_naming_a_thing_does_not_make_a_history() -> None:
    text = (
        "The two were charged over the May 3, 1990, dock fire that killed nine. Their lawyers "
        "agreed in October to a trial in Leeds."
    )
    assert values(text)["October"] == "2024-10"


def test_the_monday_night_of_a_story_leaves_its_dates_in_its_year() -> None:
    text = (
        "The riot began on Saturday 19 May 1866. On Monday the shops stayed shut.\n\nThe "
        "Courier's edition of 23 May reported that two men had been held for looting on the "
        "Monday night, and that an inquest had been called for the following Friday."
    )
    assert values(text)["23 May"] == "1866-05-23"


def test_a_worded_clock_after_a_later_one_that_day_is_in_the_afternoon() -> None:
    text = (
        "The Ousefield match of Saturday 3 July 1869 is still talked about. Play began at ten "
        "past eleven. The home side were out by half past two, and the last wicket fell at "
        "twenty minutes to seven."
    )
    got = values(text)
    assert got["half past two"] == "1869-07-03T14:30"
    assert got["twenty minutes to seven"] == "1869-07-03T18:40"


def test_a_worded_clock_after_an_earlier_one_that_day_stays_in_the_morning() -> None:
    text = (
        "The Ousefield match of Saturday 3 July 1869 is still talked about. The roller was out "
        "at half past six, and play began at ten past eleven."
    )
    assert values(text)["ten past eleven"] == "1869-07-03T11:10"
