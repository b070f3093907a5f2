"""Entries under a day heading: a diary of the week ahead ("MONDAY, MARCH 8" on a line of its
own, then "- Opposition leader begins a visit to ...") or a round-up by day puts each entry of
the block under the heading on that day, though the entry names no date of its own. A heading
is a date of day precision alone on its line (a weekday before it, a stop or colon after it
allowed) with the entries on the lines right below; its block ends at the next blank line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

# what may stand around the date on its heading line: nothing but spaces and punctuation
_BARE = re.compile(r"[^\S\n]*[.:,–—-]?[^\S\n]*")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def day_headings(text: str, mentions: Iterable[Any]) -> list[tuple[int, int, str]]:
    """Each day heading's line start, its block's end and its day (ISO), in reading order.
    `mentions`: the resolved date expressions (`begin`, `end`, `res.point`)."""
    if "\n" not in text:
        return []
    found: list[tuple[int, int, str]] = []
    for m in mentions:
        point = m.res.point
        if point is None or point[1] != "day":
            continue
        line = text.rfind("\n", 0, m.begin) + 1
        end = text.find("\n", m.end)
        if end < 0 or not _BARE.fullmatch(text, line, m.begin):
            continue
        if not _BARE.fullmatch(text, m.end, end) or not text[end + 1 : end + 2].strip():
            continue  # not alone on its line, or no entry right below it
        blank = _BLANK_LINE.search(text, end)
        found.append((line, blank.start() if blank else len(text), point[0].isoformat()))
    found.sort()
    return found


def heading_day(headings: list[tuple[int, int, str]], at: int) -> str | None:
    """The day of the heading whose block holds `at` (below the heading line), else None."""
    k = bisect_right(headings, (at, 1 << 62, "")) - 1
    if k < 0:
        return None
    line, block_end, day = headings[k]
    return day if line < at < block_end else None
