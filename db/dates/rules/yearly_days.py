"""A day that comes round every year: "is commemorated each year on 2 February", "held
annually on 11 November", "on 14 July every year". It is no day of the story's year (TimeML:
"XXXX-02-02", next to "each year" as its own SET), so it dates nothing and moves no reference
time. Used by `absolute`'s day-and-month rules for a date without a year."""

from __future__ import annotations

import re

from .kept_feasts import kept_feast
from .table import Ctx

_BEFORE = re.compile(r"(?i)\b(?:(?:each|every)\s+year|annually|yearly)\s+on\s+(?:the\s+)?$")
_AFTER = re.compile(r"(?i)\s*,?\s+(?:each|every)\s+year\b|\s*,?\s+annually\b")


def every_year(c: Ctx) -> bool:
    """Whether the day-and-month match is told as recurring each year (substring test first)."""
    before = c.before()
    if "year" in before[-30:] or "ally" in before[-30:]:
        if _BEFORE.search(before):
            return True
    after = c.after()[:20]
    if ("year" in after or "annually" in after) and _AFTER.match(after):
        return True
    return kept_feast(c)  # "his feast falls on 11 November"
