"""A weekday inside what someone expects or forecasts now is to come: "Crews expect the wind to
ease on Thursday", "Talks are expected to resume on Monday", "Forecasters predict snow to reach
the coast by Friday". Only the present: "had expected the shipment to arrive on Monday" tells a
past expectation, whose day news most often gives gone by."""

from __future__ import annotations

from ..cue_guard import guard

_EXPECTED_BEFORE = guard(
    r"(?i)\b(?:expects?|forecasts?|predicts?|(?:is|are|'s|’s)\s+(?:expected|forecast|predicted))"
    r"(?:\s+[\w'’-]+){0,4}?\s+to\s+[a-z]+\b[^.;:,!?\"“”]{0,60}$"
)


def expected_ahead(before: str) -> bool:
    """Whether the text before a weekday ends inside an expectation told in the present."""
    if " to " not in before[-90:]:
        return False  # cheap exact guard first
    return _EXPECTED_BEFORE.search(before[-140:]) is not None
