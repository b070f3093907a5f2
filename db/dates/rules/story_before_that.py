""" "Two sisters put up for adoption in 1962 met on Saturday. ... Janet was placed with a family
in March, and Lorraine went to a couple that summer": the sentence goes on to name its time with
a demonstrative ("that summer", "that year"), which names a time told that is not now (the
present is "this summer"); so the month before it, after a reference in the news present, is
the story's, as the demonstrative is (`story_anaphora.story_ref`), not the publication's.
"""

from __future__ import annotations

import re

from .story_anaphora import in_present, story_ref
from .table import Ctx

_REACH = 160  # characters of the sentence looked at after the date
_THAT_TIME = re.compile(
    r"(?i)\bthat\s+(?:same\s+)?(?:spring|summer|autumn|fall|winter|year|month|christmas|easter)\b"
)


def story_year_before_that(c: Ctx) -> int | None:
    """The story's year for a year-less date whose sentence names its time with "that summer"
    after it, where the text's reference is the news present and a history was told before;
    else None."""
    stop = min(c.sent_end, c.end + _REACH)
    if "that " not in c.text[c.end : stop]:
        return None  # the cheap guard
    ref, dct = c.ref, c.dct
    if ref is None or dct is None or not in_present(ref, dct):
        return None
    if _THAT_TIME.search(c.text, c.end, stop) is None:
        return None
    story = story_ref(c)
    if story is None or story == ref:
        return None
    return story[0].year
