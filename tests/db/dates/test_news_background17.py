"""A news story's background (issue 13): a year-less month or day told after a recent past
year goes back to the time of writing where the background no longer holds it; a look back in
the past perfect, a story of a year long past and a date in the background's own sentence stay
in the background's year. Sentences written for these tests."""

from __future__ import annotations

import datetime

from tests.db.dates.test_news_causes16 import on_title, placed


def test_a_month_after_a_background_counted_in_whole_years_is_this_years() -> None:
    # a wildlife story: the pair's history stands on years; "in January" is the last one
    text = (
        "Two otter pups have been born at the Fenwick sanctuary, keepers said on Monday. "
        "The pups were born on 3 October.\n\n"
        "The female came to Fenwick from a park in Denmark in June 2022, and the male "
        "followed a year later. The pair were first put in one pool in January, but were "
        "parted in March after a fight."
    )
    got = placed(text, datetime.date(2026, 11, 10))
    assert on_title(got, "The pair were first put in one pool") == {"2026-01"}
    assert on_title(got, "The female came to Fenwick") == {"2022-06"}


def test_a_day_just_gone_after_a_story_of_last_year_is_news_time() -> None:
    # a box-office report in early January: the shoot's story is last year's, the holiday is news
    text = (
        "Cinema takings rose by a fifth over the holiday. Shooting of the comedy began in Cork "
        "in March 2025 and stopped for a month that summer. The Palace in Wexbridge sold out "
        "every show of it on Boxing Day.\n\n"
        "The comedy opened on 12 December, a week before its rivals."
    )
    got = placed(text, datetime.date(2027, 1, 5))
    assert on_title(got, "The Palace in Wexbridge sold out") == {"2026-12-26"}
    assert "2026-12-12" in on_title(got, "The comedy opened")
    assert "2025-12-12" not in on_title(got, "The comedy opened")
    assert on_title(got, "Shooting of the comedy began") == {"2025-03"}


def test_a_look_back_in_the_past_perfect_stays_in_the_backgrounds_year() -> None:
    # "had" marks the look back: the background's own December
    text = (
        "The council's new tip opened this week. Work on it began in April 2025 and stopped "
        "that summer. Contractors had finished the roads on 20 December."
    )
    got = placed(text, datetime.date(2027, 1, 8))
    days = on_title(got, "Contractors had finished the roads")
    assert days and all(d.startswith(("2024", "2025")) for d in days)


def test_a_story_of_a_year_long_past_keeps_its_days_near_the_publication_day() -> None:
    # an anniversary piece: 1999's winter story, told in December, keeps its own days
    text = (
        "The village remembers the great freeze. The river froze on 2 January 1999 and stayed "
        "solid for a month that winter. Skaters held a race on it on 28 December."
    )
    got = placed(text, datetime.date(2027, 1, 10))
    assert on_title(got, "Skaters held a race on it") != {"2026-12-28"}
