""" "Early in 1644", "late in 1645": the modifier leaves the title with its date, and a clause
after ", and late in 1645" is a dated clause of its own. Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


events = partial(starts_and_precisions, dct=DCT)


def test_early_or_late_before_in_leaves_the_title_with_the_date() -> None:
    got = events("The priory burned in 1643. Early in 1644 the canons built the church.")
    assert got["The canons built the church"] == ("1644", "year")
    got = events("The envoys left Paris in 1716 and arrived late in 1717, after a hard winter.")
    assert "Late" not in " ".join(got)


def test_and_late_in_a_year_opens_a_dated_clause() -> None:
    got = events(
        "The priory burned in 1643. Early in 1644 the canons built the church, and late in 1645 "
        "the tower was raised."
    )
    assert got["The canons built the church"] == ("1644", "year")
    assert got["The tower was raised"] == ("1645", "year")
