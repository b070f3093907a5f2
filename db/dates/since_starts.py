""" "Tom Reyes, its chairman since 2015, will step down", "the mill, in use since 1850, will be
demolished", "had urged residents to conserve energy since early March": a date after "since"
is when a state began, and that beginning has happened whatever the clause around it plans. The
status is the date's own (`date_status.by_date`), as for "has not won since a victory in March"
(`clause_negation.since_a_happening`). Not in a negated clause: "We haven't had a tractor on the
fields since the end of February" tells of nothing happening since."""

from __future__ import annotations

from .clause_negation import NEGATION
from .cue_guard import guard

# "since ", "ever since ", "since early ", "since the middle of "
_SINCE = guard(
    r"(?i)\bsince\s+(?:(?:early|mid|late|the\s+(?:start|end|middle|beginning)\s+of)[\s-]+)?$"
)


def since_start(text: str, begin: int, at: int) -> bool:
    """Whether the date at `at` (its clause from `begin`) follows "since": the start of a state."""
    if _SINCE.search(text, max(begin, at - 40), at) is None:
        return False
    return NEGATION.search(text, begin, at) is None
