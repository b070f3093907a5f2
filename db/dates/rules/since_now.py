""" "Three founders have since retired, and one died in February": a present perfect with
"since" for an adverb tells what has happened between the story and now, so the text has come up
to the present; a year-less date after it in the same sentence is news time, not the story's
year ("had since" keeps the story's past; "has since 2019" is a span of its own).
"""

from __future__ import annotations

import re

from .table import Ctx

_REACH = 300  # characters of the sentence looked at before the date
_HAS_SINCE = re.compile(
    r"(?i)\b(?:has|have|['’]ve)\s+since\s+"
    r"(?!(?:the|then|a|an|his|her|its|their|our|my|this|that|last|early|late)\b)"
    r"(?:been\s+)?[a-z]{3,}(?:ed|en|wn|ne|ld|lt|nt|ght|id|de|ung|ost|un)\b"
)


def since_now(c: Ctx) -> bool:
    """Whether the date's sentence says before it what "has since" happened: news time."""
    start = max(c.sent_begin, c.begin - _REACH)
    if "since" not in c.text[start : c.begin]:
        return False  # the cheap guard
    return _HAS_SINCE.search(c.text, start, c.begin) is not None
