"""Cues that move a dateless happening of news off the publication day, or keep it there.

- A happening timed within a game ("took the lead in the first half", "saved two penalties in
  the shoot-out", "equalised with ten minutes left") happened in the match the story dated
  ("beat Dastel in Wednesday's final"), not on the day the report came out.
- "did not respond to requests for comment", "declined to comment": the reporter's own day,
  even after a background sentence told in a year of the text's past.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import HAPPENED, DatedSentence

# A time within a match: its halves and periods, added time, the shoot-out, its minutes.
_IN_GAME = re.compile(
    r"(?i)\b(?:"
    r"(?:in|during|early in|late in|before|after)\s+the\s+(?:first|second|opening|closing)\s+"
    r"(?:half|period)\b(?!\s+of\b)"
    r"|(?:in|after|during)\s+(?:extra|stoppage|injury|added)\s+time\b"
    r"|(?:at\s+)?half-?time\b"
    r"|(?:in|during)\s+the\s+(?:penalty\s+)?shoot-?out\b"
    r"|in\s+the\s+\d{1,3}(?:st|nd|rd|th)\s+minute\b"
    r"|with\s+(?:\w+|\d+)\s+minutes?\s+(?:left|remaining|to\s+play|to\s+go)\b"
    r")"
)

# The reporter's own attempts to reach someone: news time whatever the text told before.
_NO_COMMENT = re.compile(
    r"(?i)\b(?:requests?\s+for\s+comment|declined\s+to\s+comment|(?:could|can)\s*not\s+be\s+"
    r"reached\s+for\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to)\b"
)


# What every match of `_IN_GAME` holds, in lower case: an ASCII text without one is no match
# (the pattern is tried at every offset; most sentences are no match report).
_IN_GAME_CUES = ("half", "period", "time", "shoot", "minute")


def in_game(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] times what it tells within a match ("in the first half")."""
    part = text[begin:end]
    if part.isascii() and not any(map(part.lower().__contains__, _IN_GAME_CUES)):
        return False
    return _IN_GAME.search(text, begin, end) is not None


def match_day(out: Sequence[DatedSentence], begin: int, dct: str) -> str | None:
    """The day of the last happening dated by an expression of its own before `begin` (the
    match a story dated), if it is a day no later than the DCT; else None."""
    for d in sorted(out, key=lambda d: d.begin, reverse=True):  # rare: only in a match report
        if d.begin >= begin or d.comparison or d.around:
            continue
        if d.precision == "day" and d.status == HAPPENED and d.end_date is None:
            return d.start if d.start[:10] <= dct[:10] else None
        return None  # the story moved on to another time: nothing says the match is this
    return None


_NO_COMMENT_CUES = ("comment", "respond", "reply")  # in every match of `_NO_COMMENT`


def asks_for_comment(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] tells of the reporter's request for comment (news time)."""
    part = text[begin:end]
    if part.isascii() and not any(map(part.lower().__contains__, _NO_COMMENT_CUES)):
        return False
    return _NO_COMMENT.search(text, begin, end) is not None


# A state in the present perfect that runs from a date up to now: "has been on display since",
# "have lived there since" (not a relative clause's aside: "which has stood since 1250").
_PERFECT_SINCE = re.compile(
    r"(?i)(?<!which )(?<!who )(?<!that )\b(?:has|have)\s+(?:[\w-]+\s+){0,6}?since\s+$"
)


def state_to_now(text: str, sentence_begin: int, begin: int) -> bool:
    """Whether the date at `begin` is the start of a present-perfect state of its sentence
    running up to now ("The crown has been on display since 1921"): the text is back in the
    present, and a year-less "in February" after it is this year's, not a story's."""
    return _PERFECT_SINCE.search(text[max(sentence_begin, begin - 80) : begin]) is not None
