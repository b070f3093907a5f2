"""A feast's day told as the calendar keeps it, in an editor's note or a guide: "his feast falls
on 11 November", "the saint's day is kept on 3 May", "2 July has been kept as her feast ever
since". Like "each year on 2 February" (`yearly_days`) it is a day of every year (TimeML
"XXXX-11-11"), not of the story's year nor of the publication's, and it moves no reference time.
"""

from __future__ import annotations

import re

from .table import Ctx

_FEAST = r"(?:feast(?:\s+day)?|festival|saint's\s+day|saint’s\s+day|name\s+day|patronal\s+day)"
_KEPT = r"(?:kept|celebrated|observed|honoured|honored)"
_BEFORE = re.compile(rf"(?i)\b{_FEAST}\s+(?:falls|is\s+{_KEPT})\s+on\s+(?:the\s+)?$")
_AFTER = re.compile(
    rf"(?i)\s+(?:has\s+been|have\s+been|is|are)\s+{_KEPT}\s+as\s+"
    rf"(?:[\w'’]+\s+){{0,3}}?{_FEAST}\b"
)


def kept_feast(c: Ctx) -> bool:
    """Whether the day-and-month match is a feast's day as the calendar keeps it (substring
    tests first)."""
    before = c.before()[-40:]
    if ("falls" in before or "is " in before) and _BEFORE.search(before):
        return True
    after = c.after()[:60]
    return " as " in after and bool(_AFTER.match(after))
