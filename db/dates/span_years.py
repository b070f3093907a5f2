"""A span of years that holds the story's year is background to it: "The clerk kept a
commonplace book from 1831 until his death in 1846", "Her coxswain served from 1850 to 1871",
told while the story is in 1838 or 1864, says how long a thing lasted, not that the story moved
to either end (the next "14 May" is still the story's). Used by `story_years.passing_year`."""

from __future__ import annotations

import re

_YEAR = r"(1\d{3}|20\d{2})"
_BOUND = r"\s+(?:to|until|till|up\s+to)\s+(?:[^\d.;:!?]{0,40}?\s)?"
# the year at the match's start opens the span: "1831 until his death in 1846"
_OPENS = re.compile(_YEAR + _BOUND + _YEAR + r"\b")
# the year after the match closes it: "from 1831 until his death in "
_CLOSES = re.compile(r"(?i)\bfrom\s+" + _YEAR + _BOUND + r"$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")


def span_holds_story(text: str, sb: int, begin: int, story_year: int) -> bool:
    """Whether the explicit year at `begin` is one end of "from A to/until ... B" in its sentence
    (from `sb`) with A <= `story_year` <= B and the year not the story's own (the exact test for
    "from" first; 90 characters back, 70 ahead at most)."""
    near = text[max(sb, begin - 90) : begin]
    if "from" not in near.lower():
        return False
    if _FROM_BEFORE.search(near):
        m = _OPENS.match(text[begin : begin + 70])
        if m is None:
            return False
        first, last = int(m[1]), int(m[2])
    else:
        m = _CLOSES.search(near)
        year = re.match(_YEAR + r"\b", text[begin : begin + 5])
        if m is None or year is None:
            return False
        first, last = int(m[1]), int(year[1])
    own = int(text[begin : begin + 4])
    return first <= story_year <= last and own != story_year
