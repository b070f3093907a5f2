"""'due to' before a cause is no plan (`db.dates.causal_due`): the sentence keeps its past."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

WEDNESDAY = datetime.date(2026, 12, 9)


def _only(text: str) -> tuple[str, str]:
    (d,) = dated_sentences(text, WEDNESDAY)
    return d.start, d.status


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ferries to the islands were cancelled due to fog on Monday.", "2026-12-07"),
        ("The derby was called off due to a frozen pitch on Saturday.", "2026-12-05"),
        ("Buses were withdrawn on Monday due to driver shortages.", "2026-12-07"),
        ("The library shut early on Tuesday due to flooding in the basement.", "2026-12-08"),
    ],
)
def test_a_reason_after_due_to_keeps_the_past(text: str, day: str) -> None:
    assert _only(text) == (day, "happened")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The new bridge is due to open on Monday.", "2026-12-14"),
        ("The two ministers are due to meet in Oslo on Friday.", "2026-12-11"),
        ("The barge, due to leave on Friday, is still in dry dock.", "2026-12-11"),
    ],
)
def test_a_plan_s_due_to_still_looks_ahead(text: str, day: str) -> None:
    assert _only(text) == (day, "planned")
