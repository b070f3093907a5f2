"""A year standing alone as a line's date, where a bare number under 1800 is otherwise read as an
amount: the head of a timeline's entry ("1712 – The mill is built.", "c. 1690 — A chapel is
raised") and a catalogue's or label's date line, the last item of a line of facts ("Pine and
brass, about 1705", "Engraving, 1688"). The line's layout says it is a date: a year opening a line
before a dash, or closing a line after a comma, alone or after "about" / "c." / "circa", between a
title line above and prose below (a list of counts has neither). A year alone on its line heads a
record's entries when the line below opens with an entry's day ("1783\nJan. 5. Baptised, ...":
`record_lines`).
"""

from __future__ import annotations

import datetime as dt
import re

from ..record_lines import LINE_HEADING
from .table import Ctx, Groups, Res, make, rule

_HEAD_BEFORE = re.compile(r"(?i)(?:^|\n)[ \t]*(?:(?:c\.|ca\.|circa)\s*)?$")
_HEAD_AFTER = re.compile(r"[ \t]+[–—-][ \t]+\S")
# the line's last item after a comma: "Oak and iron, 1650" / "..., about 1650"
_LINE_END_BEFORE = re.compile(r"(?i)(?:^|\n)[^\n.!?]{2,80},[ \t]+(?:(?:about|c\.|ca\.|circa)\s*)?$")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
# a label's layout: a title line above it without a full stop, prose below it
_TITLE_ABOVE = re.compile(r"(?:^|\n)[^\n]*[^.!?:;,\s][ \t]*\n[^\n]*$")
_PROSE_BELOW = re.compile(r"[ \t]*\n[^\n]{0,600}?[a-z0-9)][.!?]['’\"”]?[ \t]*(?:\n|$)")
_ALONE_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_ALONE_AFTER = re.compile(r"[ \t]*\n")


def _heads_entries(c: Ctx, before: str) -> bool:
    """Whether the year is alone on its line above a line that opens with an entry's day."""
    after = _ALONE_AFTER.match(c.text, c.end)
    if after is None or not _ALONE_BEFORE.search(before):
        return False
    entry = LINE_HEADING.match(c.text, after.end())
    return entry is not None and not entry.group(1).isdigit()


@rule("entry_year", r"(?<![\d.,])(?P<y>1\d{3}|20\d{2})(?![\d,.]\d)", starts="#digit")
def _entry_year(g: Groups, c: Ctx) -> Res | None:
    line = c.text.rfind("\n", 0, c.begin) + 1
    before = c.text[max(line - 1, 0) : c.begin]
    after = c.text[c.end : c.end + 4]
    if not (
        (_HEAD_AFTER.match(after) and _HEAD_BEFORE.search(before))
        or (
            _LINE_END_AFTER.match(after)
            and _LINE_END_BEFORE.search(before)
            and _TITLE_ABOVE.search(c.text, max(line - 200, 0), line)
            and _PROSE_BELOW.match(c.text, c.end)
        )
        or _heads_entries(c, before)
    ):
        return None
    return make((dt.date(int(g.req("y")), 1, 1), "year"), explicit_year=True)
