"""An amount of time counted back in a participle set off after a noun: "He took the tunes from
Mary Hale's book, printed forty years earlier, and set them for brass", "they bought the
Lyon mill, built a century before, for a song". It dates the thing the noun names, in passing:
the story stays where it was, so "that spring" after it is still the story's spring, not the
book's. A clause of its own ("The book had been printed forty years earlier") moves the story as
before. Used by `story_asides.year_in_passing`."""

from __future__ import annotations

import re

from .participle_years import NOT_A_NOUN

# ", printed ", ", built by the Romans ", ", first published ": a comma, then a past participle
# (no subject, no auxiliary) up to the amount
_COMMA_PARTICIPLE = re.compile(
    r"(?i)\b(?P<prev>[\w'’]+),\s+(?:first\s+|only\s+|originally\s+)?"
    r"(?:[a-z]{3,}ed|built|written|begun|drawn|sung|given|taken|made|sold|set|laid|hung|"
    r"found|won|shown|seen|known|chosen|spoken|sworn|dug|bought|brought)"
    r"(?:\s+by\s+[^,;:.()]{1,40}?)?\s+(?:only\s+|some\s+|about\s+|nearly\s+)?$"
)
_BACK = ("earlier", "before")


def participle_offset(text: str, sb: int, begin: int, end: int) -> bool:
    """Whether the amount counted back at text[begin:end] ("two years earlier") ends a
    participle set off by a comma after a noun (a word test first; 70 characters back)."""
    if not text[begin:end].lower().endswith(_BACK):
        return False
    m = _COMMA_PARTICIPLE.search(text, max(sb, begin - 70), begin)
    return m is not None and m["prev"].lower() not in NOT_A_NOUN
