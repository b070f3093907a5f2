"""A sentence that goes on to a day of the publication week ("'The Salt Road' came out in May
from a small press, which printed 800 copies; a further 20,000 were ordered on Wednesday
morning") is told in news time: a year-less month before it is the last one before the DCT, not
one of a background year a paragraph told ("published her first novel in 1998"). Only a bare
weekday, "yesterday", "today" or "this morning" after "and" or a semicolon later in the sentence
counts (issue 13, news reader styles): "the Monday night", "the following Wednesday" are counted
from the story's own day."""

from __future__ import annotations

import re

_DAY_AFTER = re.compile(
    r"(?i)(?:;|\band\b)[^.;:!?]{0,80}?\b(?:on\s+)?"
    # not a story's "the Monday night", "the following Wednesday": counted from its own day
    r"(?<!the\s)(?<!following\s)(?<!previous\s)(?<!that\s)"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!\s*,?\s*\d)(?:\s+(?:morning|afternoon|"
    r"evening|night))?|yesterday|today|this\s+(?:morning|afternoon|week))\b"
)


def news_day_after(text: str, end: int, sent_end: int) -> bool:
    """Whether text[end:sent_end], the rest of a date's sentence, joins it to a day of the
    publication week."""
    rest = text[end:sent_end]
    if "day" not in rest and "this" not in rest:
        return False  # the cheap exact test first
    return _DAY_AFTER.search(rest) is not None
