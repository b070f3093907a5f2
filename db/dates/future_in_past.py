"""The future in the past: history tells what came later with "would" ("The town would not
shut its gates again until 1632", "She would marry him in 1851"). Told of a year long past,
that is what happened, not a plan; a "would" of news ("said talks would resume in March") dates
near the publication date and stays a plan.
"""

from __future__ import annotations

import re

from .rules.anchoring import HISTORY_YEARS
from .status_patterns import PLAN

_WOULD = re.compile(r"(?i)\bwould\b|[a-z]['’]d\b")


def told_later(group: str, start: str, dct: str | None) -> bool:
    """Whether the verb group's only word of what is to come is "would" and its date (`start`,
    an ISO date) is in a year at least `HISTORY_YEARS` before the publication date's."""
    if dct is None or "would" not in group.lower() or not start[:4].isdigit():
        return False  # the cheap tests first; a BC year ("-0043") is never news
    if int(start[:4]) > int(dct[:4]) - HISTORY_YEARS:
        return False
    return all(_WOULD.fullmatch(m.group()) for m in PLAN.finditer(group))
