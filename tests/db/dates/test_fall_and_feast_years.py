""" "In the fall" of a plan and "by the fall" are the season (not "hurt in the fall", "the fall
of the city"); a feast with "last year", "this year" or "next year" after it is that year's
feast. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2025, 5, 20)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_the_fall_of_a_plan_or_a_limit_is_the_season() -> None:
    assert _values("The museum will reopen its west wing in the fall.")["the fall"] == "2025-FA"
    assert _values("The road must be resurfaced by the fall.")["the fall"] == "2025-FA"


def test_a_fall_is_no_season() -> None:
    assert "the fall" not in _values("The climber was hurt in the fall.")
    assert "the fall" not in _values("The walls were breached before the fall of the city.")


def test_a_feast_with_last_year_is_that_years() -> None:
    got = _values("The ferry timetable changed after Easter last year.")
    assert got["Easter last year"] == "2024-03-31"
    got = _values("The market will close over Christmas next year.")
    assert got["Christmas next year"] == "2026-12-25"
