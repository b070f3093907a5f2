"""A present perfect that lasts "until" a year-less date runs on to the next one: "The union has
called an overtime ban until Christmas", "The council has extended the deadline until 3 March".
What has been set up now ends ahead of the publication day; the past ("kept the plant open
until May") is left to its tense."""

from __future__ import annotations

from ..cue_guard import guard

# "has/have [been] <verb> <a bounded object with no clause break> until "
_PERFECT_UNTIL = guard(
    r"(?i)\b(?:has|have)\s+(?:also\s+|now\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|wn)\b"
    r"[^,.;:!?\"“”\n]{0,60}?\s(?:until|till)\s+$"
)


def perfect_until(before: str) -> bool:
    """Whether `before` ends in "until" after a present perfect of its own clause."""
    if "til" not in before[-8:]:
        return False  # the cheap test first
    return _PERFECT_UNTIL.search(before[-100:]) is not None
