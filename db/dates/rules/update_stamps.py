"""A live page's update stamp ("Updated 11 a.m.:", "UPDATE, 4:30 p.m. -") is a time of the
publication day, whatever day the entry before it was telling of ("The fire started on Monday
afternoon ... Updated 11 a.m.: Crews expect ..."). So is a forum post's edit stamp ("EDIT 11.40
pm: found it!", "Edited 10:05:"), whatever day the post before it looked ahead to."""

from __future__ import annotations

import re

from .table import Ctx

_STAMP_BEFORE = re.compile(
    r"(?i)(?:^|\n)[^\S\n]*(?:last\s+)?(?:updated?|edit(?:ed)?)[^\S\n]*(?:at|,|:)?[^\S\n]*$"
)
_STAMP_AFTER = re.compile(r"[^\S\n]*(?:[:—–-]|\n)")


def update_stamp(c: Ctx) -> bool:
    """Whether the clock time is an update's stamp opening its line."""
    before = c.text[max(0, c.begin - 24) : c.begin]
    if not any(w in before for w in ("pdate", "PDATE", "dit", "DIT")):
        return False  # cheap exact guard first
    return bool(_STAMP_BEFORE.search(before) and _STAMP_AFTER.match(c.text, c.end))
