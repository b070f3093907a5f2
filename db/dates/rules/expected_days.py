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


# a forecast without a verb of its own: "with storms likely on Sunday", "rain possible by
# Friday", "gales forecast on Monday"; not "was likely on Monday" (a past forecast)
_LIKELY_ON = guard(
    r"(?i)(?<![\w'’])(?:(?P<w>[\w'’]+)\s+)?(?:likely|possible|forecast)\s+(?:on|by)\s+$"
)
_PAST_COPULA = frozenset({"was", "were", "had", "been", "wasn't", "weren't"})
_NOUN_BEFORE = frozenset({"the", "a", "its", "their", "his", "her", "our", "my", "this", "that"})


def expected_ahead(before: str) -> bool:
    """Whether the text before a weekday ends inside an expectation told in the present."""
    tail = before[-40:]
    if ("ely " in tail or "ible " in tail or "cast " in tail) and (
        m := _LIKELY_ON.search(tail)
    ) is not None:
        w = (m.group("w") or "").lower()
        return w not in _PAST_COPULA and w not in _NOUN_BEFORE
    if " to " not in before[-90:]:
        return False  # cheap exact guard first
    return _EXPECTED_BEFORE.search(before[-140:]) is not None
