"""An interview printed as questions and answers: the introduction says when the talk took place
("She spoke to our reporter at her home on Sunday", "was interviewed on 3 May"), and the answers
below are speech of that day, so a speaker's "yesterday", "on Friday" or "a week on Saturday"
counts from it, not from the publication date. A Q&A is read where at least two short lines of
their own end in a question mark; its words run from the first such line to the end of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .diary_entries import Document

_MIN_QUESTIONS = 2
_NEAR = 100  # characters between the word of talking and the day it names
_WITHIN_DAYS = 31  # the talk is news: a day at most a month before the publication date
# a question of its own line: a capital first, a few words, a question mark ending the line
_QUESTION_LINE = re.compile(r"(?m)^[^\S\n]*[A-Z][^\n?]{2,100}\?[^\S\n]*$")
# the introduction's words of talking to the speaker
_TALK = re.compile(
    r"(?i)\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\b|\binterview(?:ed)?\b"
    r"|\bsat\s+down\s+with\b|\bwe\s+met\b|\bmet\s+(?:him|her|them)\b"
)
_STOP = re.compile(r"[.!?]\s")


@lru_cache(maxsize=4)
def _questions(text: str) -> tuple[int, tuple[int, ...]]:
    """Where the first question line of a Q&A begins (-1 for a text that is none), and where
    the introduction above it tells of talking."""
    if "?\n" not in text:
        return -1, ()  # the cheap guard: no line ends in a question mark
    found = [m.start() for m in _QUESTION_LINE.finditer(text)]
    if len(found) < _MIN_QUESTIONS:
        return -1, ()
    return found[0], tuple(m.start() for m in _TALK.finditer(text, 0, found[0]))


def interview_now(doc: Document, pos: int) -> dt.date | None:
    """The day of the talk a Q&A at `pos` records, where its introduction names it beside a word
    of talking; else None."""
    text, dct = doc.text, doc.dct
    if dct is None:
        return None
    first, talks = _questions(text)
    if first < 0 or pos < first or not talks:
        return None
    for m in doc.mentions:
        if m.begin >= first:
            break
        point = m.res.point
        if point is None or point[1] != "day":
            continue
        day = point[0]
        if not dct - dt.timedelta(days=_WITHIN_DAYS) <= day < dct:
            continue
        for w in talks:
            a, b = sorted((w, m.begin))
            if b - a <= _NEAR and not _STOP.search(text, a, b):
                return day
    return None
