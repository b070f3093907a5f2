"""Happenings a reign or a term of office dates: "During his reign he filled the treasury",
"Throughout her tenure the school grew". No date expression is in the clause (TimeML marks
none), yet a reader places it where the reign began: the last date the story named before it,
the start of a range ("director from 1903 to 1937. During her directorship ..."), at year
precision. Only in a story told in its own past (`extract`'s reference time), and only where no
date of the sentence already dates that clause."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .model import DatedSentence
from .tenure_ordinals import tenure_events
from .year_events import StoryContext, add_year_events, sentence_at

# It opens with the first letters' class (each word then looks back at the letter it took):
# `re` skips in C to the next such letter, where a lookahead or `\b` first is tried at every
# position of the text.
_REIGN = re.compile(
    r"[DTUdtu](?<=\b[DTUdtu])(?:(?<=[Dd])uring|(?<=[Tt])hroughout|(?<=[Uu])nder)"
    r"\s+(?:his|her|their)\s+"
    r"(?:(?:long|short|brief|whole|entire)\s+)?"
    r"(?:reign|rule|tenure|directorship|presidency|premiership|papacy|pontificate|"
    r"governorship|chancellorship|stewardship|mastership|wardenship|headship|episcopate|"
    r"regency|time\s+in\s+office|term\s+in\s+office|years\s+in\s+office)\b"
)
# a word of each noun `_REIGN` ends with (it is case-sensitive): a text without any has no reign
_OFFICES = (
    "reign", "rule", "tenure", "ship", "presidency", "papacy", "pontificate", "episcopate",
    "regency", "office",
)  # fmt: skip
_YEAR = re.compile(r"^-?\d{4}")
RULE = "reign"  # the rule name stored with the events it dates


def reign_events(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event for each clause a reign opens that no date dates."""
    # "In his second term ...": counted from the tenure's start (`tenure_ordinals`)
    out = tenure_events(story, out)
    text, sentences, mentions = story.text, story.sentences, story.mentions
    if "uring" not in text and "hroughout" not in text and "nder" not in text:
        return out
    if not any(map(text.__contains__, _OFFICES)):
        return out  # "under" is in most texts, a reign's noun in few
    found = []
    for match in _REIGN.finditer(text):  # one search of the text, then its sentence
        si = sentence_at(text, sentences, match.start())
        if si < 0:
            continue
        year = _reign_start(mentions, match.start())
        if year is not None and story.in_story(si):
            found.append((match, si, year))
    return add_year_events(story, out, found, RULE)


def _reign_start(mentions: Sequence[Any], at: int) -> str | None:
    """The year of the last date before `at` (a range's start for a range), else None."""
    before = [m for m in mentions if m.begin < at and (m.res.dating is not None or m.joined)]
    while before and before[-1].comparison:
        before.pop()
    if not before:
        return None
    last = before[-1]
    if last.joined and len(before) > 1:
        last = before[-2]  # "from 1903 to 1937": the reign began at the range's start
    if last.res.dating is None:
        return None
    year = _YEAR.match(last.res.dating[0])
    return year.group() if year else None
