"""A plan told with "will" after a history a century or more back: "With the rector's blessing,
members will read the names at the boundary stone on 13 June." Nobody of the story's time is
left to do it, so the plan is the writer's, told from the publication day, not the story's year
(a history in the historical present of a recent year may say "will" of its own time).
"""

from __future__ import annotations

import re

from .date_clause import unquoted
from .table import Ctx

_CENTURY = 100  # a story this far back has no one left to plan anything now
_WILL = re.compile(r"(?i)\b(?:will|shall)\s+(?:\w+\s+){0,3}?\w+\b|\w['’]ll\b")
_CLAUSE_STOP = re.compile(r"[;:.!?]")


def writers_plan(c: Ctx, story_year: int | None) -> bool:
    """Whether the date at `c` is in a clause that plans with "will" (outside a quotation)
    while the story's year is a century or more before the publication's."""
    if story_year is None or c.dct is None or story_year > c.dct.year - _CENTURY:
        return False
    before = c.before()
    if "will" not in before and "shall" not in before and "ll " not in before:  # cheap test
        return False
    stops = list(_CLAUSE_STOP.finditer(before))
    clause = unquoted(before[stops[-1].end() :] if stops else before)
    return _WILL.search(clause) is not None
