"""Comparisons and their reference points: reported as TIMEX3, but no event and no range.
Sentences written for these tests. DCT: Monday 2019-12-23."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2019, 12, 23)


def dated(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [
        (d.timex.text, d.start, d.end_date, d.comparison)
        for d in dated_sentences(text, DCT)
        if not d.around
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a superlative or "first" before "since" in the same clause
        (
            "The peso slid to its weakest level against the euro since March 2015 on Thursday.",
            [("March 2015", "2015-03", None, True), ("Thursday", "2019-12-19", None, False)],
        ),
        (
            "It was the steepest fall in car sales since 2009, the trade body said.",
            [("2009", "2009", None, True)],
        ),
        (
            "The prime minister's trip is the first such visit by an Indian leader since 2006.",
            [("2006", "2006", None, True)],
        ),
        ("Unemployment is now at its lowest since 2008.", [("2008", "2008", None, True)]),
        (
            "For the first time since 2014, the party won a majority in the assembly.",
            [("2014", "2014", None, True)],
        ),
        (
            "Inflation eased to 2.1 percent in November, the lowest rate since early 2017.",
            [("November", "2019-11", None, False), ("early 2017", "2017", None, True)],
        ),
        # ... with the comparison's own relative clause
        (
            "It was the worst flooding the valley has seen since 1997.",
            [("1997", "1997", None, True)],
        ),
        # a change measured from a date, a comparison with one
        ("Tourist arrivals reached 1.3 million, up from 2017.", [("2017", "2017", None, True)]),
        (
            "Exports rose 4 percent compared with a year ago, the agency said.",
            [("a year ago", "2018", None, True)],
        ),
        ("Sales were higher than in 2016, the company said.", [("2016", "2016", None, True)]),
        ("Wages grew faster than at any time since 2008.", [("2008", "2008", None, True)]),
        ("Inflation was lower than last year.", [("last year", "2018", None, True)]),
        (
            "Exports rose 4 percent compared with the same period last year.",
            [("the same period last year", "2018-07", "2018-09", True)],
        ),
        # "last ... since", like "first ... since"; a change by a multiple from a date
        (
            "It was the last time since 1994 that the club won the league.",
            [("1994", "1994", None, True)],
        ),
        (
            "Ticket sales doubled from 2016 levels, the organisers said.",
            [("2016", "2016", None, True)],
        ),
    ],
)
def test_comparisons_are_marked_and_make_no_range(text: str, expected: list) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranges that stay ranges
        (
            "The last remaining rebels have held the valley since 2014.",
            [("2014", "2014", "2019-12-23", False)],
        ),
        (
            "The region has been the scene of sporadic fighting since 2012.",
            [("2012", "2012", "2019-12-23", False)],
        ),
        (
            "The country's highest court has been closed since March.",
            [("March", "2019-03", "2019-12-23", False)],
        ),
        (
            "Most of the refugees have lived in the camp since 2013.",
            [("2013", "2013", "2019-12-23", False)],
        ),
        (
            "It was the most heated of many rallies held since early October.",
            [("early October", "2019-10", "2019-12-23", False)],
        ),
        ("Prices fell from January to March.", [("January", "2019-01", "2019-03", False)]),
        # dates that stay dates
        (
            "It is her first trip abroad since taking office in September.",
            [("September", "2019-09", None, False)],
        ),
        (
            "Attacks rose after the cleric returned from exile in 2011.",
            [("2011", "2011", None, False)],
        ),
        (
            "The contract must be signed no later than March 1.",
            [("March 1", "2020-03-01", None, False)],
        ),
        (
            "He left the company more than a year ago.",
            [("more than a year ago", "2018", None, False)],
        ),
        (
            "The firm expects to do little better than break even in the fourth quarter.",
            [("the fourth quarter", "2019-10", "2019-12", False)],
        ),
        # a value of that time is a fact dated there
        (
            "The firm lost $3 million, compared with year-earlier profit of $1 million.",
            [("year-earlier", "2018", None, False)],
        ),
        (
            "Revenue was $2.1 billion, up from last year's $1.9 billion.",
            [("last year", "2018", None, False)],
        ),
    ],
)
def test_not_comparisons(text: str, expected: list) -> None:
    assert dated(text) == expected


def test_comparison_is_still_a_timex() -> None:
    text = "The lira fell to its lowest level since May 2018 on Tuesday."
    assert [(t.text, t.value) for t in find_timexes(text, DCT)] == [
        ("May 2018", "2018-05"),
        ("Tuesday", "2019-12-17"),
    ]


def test_comparison_leaves_the_story_time() -> None:
    # "the next day" counts from the story's Tuesday, not from the point of comparison
    text = (
        "On Tuesday the index closed at its highest since June 2007. "
        "The next day it fell by two percent."
    )
    got = [
        (d.timex.text, d.start, d.comparison) for d in dated_sentences(text, DCT) if not d.around
    ]
    assert got == [
        ("Tuesday", "2019-12-17", False),
        ("June 2007", "2007-06", True),
        ("The next day", "2019-12-18", False),
    ]
