"""A news speaker's year-less months: "Tom Ray, head since April, said: 'We rewrote the policy
in September, and from January every pupil will have a tutor.'" In a paragraph of its own after
a background a year or two back (a letter "sent in January 2025", a resignation "that spring"),
the quotation and its speaker's description are told from the publication day, not in the
background's year: the nearest past month for a past tense, the coming one for a future.
"""

from __future__ import annotations

import re

from .table import Ctx

_NEWS_YEARS = 2  # a background this far back at most: older stories are histories
_REACH = 600  # characters of the paragraph looked at before the date
_YEAR = re.compile(r"\b1\d{3}\b|\b20\d\d\b")
_OPEN = '"“'
# the speaker's description ended by a reporting verb and the quotation: ", said: \""
_SPEAKER_AFTER = re.compile(
    r"[^\n\"“”.;]{0,60}?,\s*(?:said|says|told\s+\w+(?:\s+\w+)?|added|adds)\s*[:,]?\s*[\"“]"
)


def _in_quotation(text: str, start: int, at: int) -> bool:
    """Whether a quotation opened in text[start:at] is still open at `at`."""
    part = text[start:at]
    if "“" in part or "”" in part:
        return part.count("“") > part.count("”")
    return part.count('"') % 2 == 1


def speaker_now(c: Ctx, story_year: int | None) -> bool:
    """Whether the year-less date at `c` is a news speaker's (in a quotation or in the
    description of its speaker just before one) in a paragraph that names no year before it,
    while the story's year is a recent background's."""
    dct = c.dct
    if story_year is None or dct is None or not 0 <= dct.year - story_year <= _NEWS_YEARS:
        return False
    text = c.text
    start = text.rfind("\n", max(0, c.begin - _REACH), c.begin) + 1
    if start == 0 and c.begin > _REACH:
        return False  # no paragraph break in reach: a long paragraph, the story's
    if _YEAR.search(text, start, c.begin):
        return False  # the paragraph put itself in a year of its own
    if _in_quotation(text, start, c.begin):
        return True
    return _SPEAKER_AFTER.match(text, c.end, min(len(text), c.end + 100)) is not None
