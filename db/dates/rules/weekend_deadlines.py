""" "By the weekend" as a deadline points ahead, to the coming weekend, unless the clause tells it
as done ("had cleared the site by the weekend"): "crews hope to restore power by the weekend"."""

from __future__ import annotations

import re

from ..tense import PAST
from .anchoring import _PROMISE_BY
from .table import Ctx

_BY_BEFORE = re.compile(r"(?i)\bby\s+$")


def weekend_ahead(c: Ctx) -> bool:
    """Whether "the weekend" is a deadline still to come: "by the weekend" told in the present or
    future, or promised ("vowed to ... by the weekend")."""
    before = c.before()
    if not before.endswith(("by ", "By ")) or _BY_BEFORE.search(before[-4:]) is None:
        return False  # cheap exact guard first
    return c.tense() != PAST or _PROMISE_BY.search(before[-100:]) is not None
