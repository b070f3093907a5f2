"""Sections headed by a dated line: an archive column's "75 YEARS AGO: April 21, 1952", a dated
update's "Update, 3 March 2027", a letter's "London, 14 May 1890". Each item under such a line
was written on that day, so its "yesterday", "last night", "Monday next" and "next spring"
count from it, not from the column's publication date: "75 YEARS AGO: April 21, 1952\\nThe
weavers voted last night" is the night of 20 April 1952.

A heading line is a full date (day, month and year) alone on its line, or after a short label
ending in a colon or a dash; the text under it goes on to the next heading line (another dated
one, or a short line with no closing stop: "WHAT HAPPENED NEXT"). Only for a day before the
publication date: a line giving the publication date itself changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from .diary_entries import Document

# a label before the date: a few words ending in a colon or a dash ("100 YEARS AGO:")
_LABEL = re.compile(r"[^\S\n]*(?:[^\n.!?:]{1,40}?[^\S\n]*[:–—-][^\S\n]*)?")
_LINE_END = re.compile(r"[^\S\n]*\.?[^\S\n]*\n")
# a heading line that ends a section: a few words, a capital first, no closing stop
_PLAIN_HEADING = r"[^\S\n]*[A-Z][\w'’&-]*(?:[^\S\n]+[\w'’&-]+){0,6}[^\S\n]*\n"
_FIRST_HEADING = re.compile(_PLAIN_HEADING)  # the text's first line
# the other lines, found from the line break before them (a literal `re` skips to at C speed)
_NEXT_HEADING = re.compile(rf"\n(?={_PLAIN_HEADING})")


@lru_cache(maxsize=4)
def _plain_headings(text: str) -> tuple[int, ...]:
    """Where each short heading line without a closing stop begins."""
    if "\n" not in text:
        return ()
    first = (0,) if _FIRST_HEADING.match(text) else ()
    return first + tuple(m.end() for m in _NEXT_HEADING.finditer(text))


def _is_heading(text: str, begin: int, end: int) -> bool:
    """Whether the expression at [begin, end) is a dated line's heading: alone on its line, or
    after a short label, with the section's text on the lines below."""
    line = text.rfind("\n", 0, begin) + 1
    if not _LABEL.fullmatch(text, line, begin):
        return False
    return _LINE_END.match(text, end) is not None and bool(text[end:].strip())


# a short line ending in a year: where a dated heading may stand (the cheap test before the
# mentions are read): a four-digit number, a word boundary before it, at most `_YEAR_COLUMN`
# characters into its line, closing the line but for spaces and a full stop, a line break after
_YEAR_COLUMN = 60


@lru_cache(maxsize=4)
def _year_lines(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each short line ending in a four-digit year begins, and where it ends."""
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for line in text.split("\n")[:-1]:  # a line a break follows; read from its end, in C
        core = line.rstrip()
        if core[-1:] == ".":
            core = core[:-1].rstrip()
        n = len(core)
        if n >= 4 and n <= _YEAR_COLUMN + 4 and core[-4:].isdecimal():
            if n == 4 or not (core[-5].isalnum() or core[-5] == "_"):  # "12345", "A1998": none
                starts.append(at)
                ends.append(at + len(line))
        at += len(line) + 1
    return tuple(starts), tuple(ends)


def heading_now(doc: Document, pos: int) -> dt.date | None:
    """The day heading the section that holds `pos`, where a dated heading line stands above it
    with no other heading line between; else None."""
    text, dct = doc.text, doc.dct
    if dct is None:
        return None
    starts, ends = _year_lines(text)  # kept for the text: no `"\n" in text` read for every date
    if not ends:
        return None  # no line ends in a year (a text of one line among them)
    k = bisect_right(ends, pos) - 1
    if k < 0 or (k + 1 < len(ends) and starts[k + 1] <= pos):
        return None  # none above, or on a heading line itself: its label counts from now
    line_end = ends[k]
    plain = _plain_headings(text)
    j = bisect_right(plain, line_end)
    if j < len(plain) and plain[j] < pos:
        return None  # a later heading ends the section
    line = text.rfind("\n", 0, line_end) + 1
    mentions = doc.mentions
    upto = bisect_right(mentions, line_end, key=lambda m: m.begin)
    for i in range(upto - 1, -1, -1):
        m = mentions[i]
        if m.begin < line:
            return None
        point = m.res.point
        if m.end > line_end or point is None or point[1] != "day" or not m.res.explicit_year:
            continue
        if _is_heading(text, m.begin, m.end):
            return point[0] if point[0] < dct else None
    return None
