"""A paragraph of news after a history: "A new company, formed in January, won a grant in
April. 'We have sold 4,000 passes,' she said on Wednesday." The months come before the words
that show the paragraph is the news, so the history's year (a festival's 2017, a paragraph
back) would take them; a report dated by the publication week later in the same paragraph
puts them in news time, and so does a day counted back from the publication date ("Donations
closed last Friday"), or this year or last ("Its founder died in January. A concert will open
this year's festival").
"""

from __future__ import annotations

import re

from ..cue_guard import guard
from .table import Ctx

_STORY_YEARS = 2  # a narrative year this far back is a history's, which news time may follow
_REACH = 600  # characters of the paragraph looked at, either side of the date
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The publication week: a report of it ("she said on Wednesday"), or a day or week counted
# back from it ("Donations closed last Friday", "this week", "this year's"), which no history
# says.
_NEWS_REPORT = guard(
    r"(?i)(?:\b(?:said|says|told|announced|confirmed|added|admitted|insisted|warned)\b"
    rf"[^.;\n]{{0,40}}?\bon\s+{_WEEKDAY}\b"
    r"(?!\s*,?\s*(?:the\s+)?\d)"  # "on Monday 4 June": a date of its own, any year
    rf"|\b(?:last|this)\s+(?:week|{_WEEKDAY})\b"
    r"|(?<!\bthe\s)\b(?:last|this)\s+year\b)"  # "will open this year's festival"
)
_YEAR = re.compile(r"\b1\d{3}\b|\b20\d\d\b")


def news_paragraph(c: Ctx, story_year: int | None) -> bool:
    """Whether the year-less date at `c` sits in a paragraph that names no year before it and
    reports, later on, what was said in the publication week, while the story's year is a
    history's (`_STORY_YEARS` back at least): news time, not the story's."""
    if story_year is None or c.dct is None or story_year > c.dct.year - _STORY_YEARS:
        return False
    text = c.text
    start = text.rfind("\n", max(0, c.begin - _REACH), c.begin) + 1
    if start == 0 and c.begin > _REACH:
        return False  # no paragraph break in reach: a long paragraph, the story's
    stop = text.find("\n", c.end, c.end + _REACH)
    stop = stop if stop >= 0 else min(len(text), c.end + _REACH)
    if _YEAR.search(text, start, c.begin):
        return False  # the paragraph put itself in a year of its own
    return _NEWS_REPORT.search(text, c.end, stop) is not None
