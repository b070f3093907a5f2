""" "Ten years on, the school had 400 pupils": an amount with "on" and a comma, opening a
sentence told in the past, is "ten years later" (`relative.offset`), counted from the story's
time; elsewhere it is only an amount ("Two years on, the miners are still out" tells of now).
"""

from __future__ import annotations

from ..tense import PAST
from .table import Ctx


def years_on(c: Ctx) -> bool:
    """Whether the amount "N units on," at the match opens its sentence told in the past."""
    return not c.before().strip(" \"'“‘(") and c.tense() == PAST
