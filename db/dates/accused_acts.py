"""What someone denies, admits or is charged with is a past act, whatever the tense of the
charge: "Marsh, who denies assaulting a doorman on New Year's Eve, ..." (the last New Year's
Eve, not the coming one), "is charged with stealing a van on Saturday"."""

from __future__ import annotations

from .cue_guard import guard

_ACCUSED_BEFORE = guard(
    r"(?i)\b(?:denies|deny|denying|admits|admit|admitting|(?:is|are|was|were)\s+accused\s+of|"
    r"(?:is|are|was|were|been)\s+charged\s+with|pleads?\s+(?:not\s+)?guilty\s+to|"
    r"pleaded\s+(?:not\s+)?guilty\s+to)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b[^.;:()]{0,100}$"
)


def accused_act(before: str) -> bool:
    """Whether the text before a date ends inside the act a charge, a denial or an admission
    names ("denies assaulting a doorman during a fight on")."""
    return "ing " in before[-120:] and _ACCUSED_BEFORE.search(before[-160:]) is not None
