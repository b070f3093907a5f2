""" "The car industry declined from the late 1970s", "the town grew steadily from the 1880s": a
change verb right before "from" and a time told as a part of a period or a decade is when the
change began, not a point a figure is measured from ("up from 2010", "fell 4% from a year
earlier" stay comparisons: an adverb of change, an amount, or a single point)."""

from __future__ import annotations

import re

_VERB_FROM = re.compile(
    r"(?i)\b(?:declined|declining|declines|grew|grows|growing|rose|rises|rising|fell|falls|"
    r"falling|shrank|shrinks|shrinking|expanded|expanding|expands|dwindled|dwindling|waned|"
    r"waning|flourished|flourishing|prospered|boomed|slumped|decayed|increased|decreased)"
    r"(?:\s+\w+ly)?\s+from\s+$"
)
# a time that starts a stretch: "the late 1970s", "the early 1900s", "the 1880s", "the end of
# the war", "the mid-19th century"
_STRETCH = re.compile(
    r"(?i)(?:the\s+)?(?:(?:early|late|mid)[\s-]+|(?:start|beginning|end|middle|turn)\s+of\s+"
    r"|\d{3}0s\b|\d{2}0s\b|'\d0s\b)"
)


def change_starts_at(text: str, lo: int, begin: int, end: int) -> bool:
    """Whether the date at [begin, end) is the start of a change told by the verb before it."""
    return bool(
        _STRETCH.match(text, begin, end) and _VERB_FROM.search(text, max(lo, begin - 60), begin)
    )
