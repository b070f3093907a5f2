"""The end of a run told in a trailing participle after the day it began: "The revue opened on
Monday 2 March and played to full houses, closing on Saturday 25 April." The sentence is about
the opening; the closing day says how long the run lasted. So the story stays on the opening
day, and "that night", "the next morning", "the following Saturday" in the sentences after it
count from there. Only an ending participle set off by a comma ("closing", "ending",
"finishing", "concluding") with its day within two years after the day the story is on. Used by
`story_asides.year_in_passing`."""

from __future__ import annotations

import re

from .periods import Point

# ", closing on", ", finally closing on", ", ending at last on": 40 characters back at most
_ENDING_BEFORE = re.compile(
    r"(?i),\s+(?:[a-z]+ly\s+)?(?:closing|ending|finishing|concluding)\b[^,;:.()]{0,20}?"
    r"\bon\s+(?:the\s+)?$"
)
_MAX_DAYS = 731


def run_end(text: str, sent_begin: int, begin: int, point: Point, ref: Point | None) -> bool:
    """Whether the day at `begin` ends a run begun on the story's day `ref` (a day before it)
    and is told in a trailing participle (an exact test for "ing" first)."""
    if ref is None or ref[1] != "day" or point[1] != "day":
        return False
    if not 0 < (point[0] - ref[0]).days <= _MAX_DAYS:
        return False
    near = text[max(sent_begin, begin - 40) : begin]
    if "ing" not in near:
        return False
    return _ENDING_BEFORE.search(near) is not None
