"""The story's year where a history names it in its title: a title line closing with the year
("A winter of strikes, 1871", "Nine days in May: the fall of the bank, 1869"), or with a range
of years, whose first year is the story's at its start ("The war years, 1914–1918"). The
year-less dates under such a title ("The strike began on 8 May") are that year's, as a reader
takes them, not the publication year's. Used by `frame_years.framing_year` (the narrative year) and
`rules.anchoring` (a month in the title itself: "Nine days in May: ..., 1869"); a paragraph
that names its happening's year first is `topic_years`'."""

from __future__ import annotations

import re

_TITLE_LEN = 90  # a title line is short
# what stands before the closing year of a title: a comma, a colon or a dash
_BEFORE_YEAR = re.compile(r"[,:–—-][^\S\n]*$")
_YEAR_AT_END = re.compile(r"(?<![\d.,])[12]\d{3}[^\S\n]*$")
# a range of years closing a title ("The war years, 1914–1918", "The great flood, 1952-53"):
# its first year is the story's, where the story starts
_RANGE_AT_END = re.compile(r"(?<![\d.,])[12]\d{3}[^\S\n]*[–—-][^\S\n]*\d{2,4}[^\S\n]*$")
_RANGE_END = re.compile(r"[12]\d{3}[^\S\n]*[–—-][^\S\n]*$")


def _title_line(text: str, begin: int) -> tuple[int, int] | None:
    """The line around `begin` if it is a title: short, a capital first, no sentence stop in
    it, and a paragraph below it."""
    start = text.rfind("\n", max(0, begin - _TITLE_LEN), begin) + 1  # bounded: no line scans
    end = text.find("\n", begin, begin + _TITLE_LEN)
    if end < 0 or end - start > _TITLE_LEN or (start == 0 and begin > _TITLE_LEN):
        return None
    if not text[end : end + 200].strip():
        return None
    line = text[start:end]
    if not line[:1].isupper() or ". " in line or line.rstrip()[-1:] in ".!?":
        return None
    return start, end


def title_year(text: str, begin: int) -> bool:
    """Whether the year at `begin` closes a title line ("A winter of strikes, 1871")."""
    span = _title_line(text, begin)
    if span is None:
        return False
    if _RANGE_AT_END.match(text, begin, span[1]):  # the range's first year
        return _BEFORE_YEAR.search(text, span[0], begin) is not None
    if not _YEAR_AT_END.match(text, begin, span[1]):
        return False
    if _RANGE_END.search(text, max(span[0], begin - 8), begin):
        return False  # the end of a range: its first year is the story's
    return _BEFORE_YEAR.search(text, span[0], begin) is not None


def year_of_title(text: str, begin: int) -> int | None:
    """The year closing the title line a year-less date stands in ("Nine days in May: the fall
    of the bank, 1869"), else None (the cheap test first: a digit ends the line)."""
    end = text.find("\n", begin, begin + _TITLE_LEN)
    if end < 5 or not text[end - 1].isdigit() or _title_line(text, begin) is None:
        return None
    m = _RANGE_AT_END.search(text, begin, end) or _YEAR_AT_END.search(text, begin, end)
    if m is None or _BEFORE_YEAR.search(text, begin, m.start()) is None:
        return None
    return int(text[m.start() : m.start() + 4])  # a range's first year
