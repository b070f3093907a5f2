"""A history's dateless clauses right after a sentence naming a month of a year long past go
in that month, as `month_runs` carries a news story's. Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


events = partial(starts_and_precisions, dct=DCT)


def test_a_history_s_dateless_clauses_right_after_a_month_go_in_that_month() -> None:
    got = events(
        "The canal froze in February 1895. The boatmen walked across to the mill on the ice, "
        "and the miller roasted an ox on it. In 1901 the canal was widened."
    )
    assert got["The boatmen walked across to the mill on the ice"] == ("1895-02", "month")
    assert got["The miller roasted an ox on it"] == ("1895-02", "month")
    # a season is a stretch the story may leave in its next sentence
    got = events("The harvest failed in the autumn of 1816. The price of bread doubled.")
    assert "The price of bread doubled" not in got


def test_a_year_a_state_or_a_look_back_is_not_carried() -> None:
    # a year is too wide a net; a look back is no happening of the month
    got = events("The canal froze in 1895. The boatmen walked across to the mill on the ice.")
    assert "The boatmen walked across to the mill on the ice" not in got
    got = events("The canal froze in February 1895. The mill had burned years before.")
    assert "The mill had burned years before" not in got
    # a new paragraph is no run
    got = events("The canal froze in February 1895.\n\nThe boatmen walked across on the ice.")
    assert got.get("The boatmen walked across on the ice", ("", ""))[0] != "1895-02"


def test_a_clause_framed_by_a_stretch_of_its_own_is_not_carried() -> None:
    got = events(
        "The old abbot died in March 1349. The new abbot was elected; during his rule the "
        "abbey sold its mills."
    )
    assert got.get("The abbey sold its mills", ("", ""))[0] != "1349-03"


def test_a_sentence_opening_with_a_time_of_its_own_is_not_carried() -> None:
    got = events(
        "In November 1917 she nursed the wounded there. On the eve of the armistice she fell ill."
    )
    assert "She fell ill" not in got


def test_a_bc_month_carries_its_clauses_too() -> None:
    got = events(
        "In the summer of 480 BC the fleet sailed north. The battle was fought that September. "
        "The allied ships rammed the enemy line."
    )
    assert got["The allied ships rammed the enemy line"] == got["The battle was fought"]
