"""A year-less month after a month of a past year (issue 13): one before it in the calendar is
the next year's when the story runs on ("In November 1854 ... In February": 1855), one after it
the same year's, and a pluperfect looks back within the year. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

import pytest

from db.dates import find_timexes

DCT = datetime.date(2026, 3, 1)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "In November 1862 the brigade went into winter quarters at the ford. Fever spread "
            "through the huts. In February the brigade marched north.",
            "February",
            "1863-02",
        ),
        (
            "On 9 December 1862 the bridge was burned. On 14 January it was rebuilt.",
            "14 January",
            "1863-01-14",
        ),
        ("The winter of 1862 was bitter. By March the roads were passable.", "March", "1863-03"),
        (
            "In February 1863 the brigade marched north. In November it went into quarters.",
            "November",
            "1863-11",
        ),
        (
            "In March 1863 the brigade marched north. In February it had been refitted.",
            "February",
            "1863-02",
        ),
        ("In 1862 the brigade was raised. In February it drilled.", "February", "1862-02"),
    ],
)
def test_a_yearless_month_after_a_past_month_takes_the_year_the_story_reached(
    text: str, words: str, value: str
) -> None:
    assert values(text)[words] == value
