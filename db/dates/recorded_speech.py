"""Speech recorded on a day long past: in an oral history or an interview "recorded on 9 May
1981", the speaker's now is the recording day, so in the quoted words below it "twelve years
ago now" is 1969 and "Last winter" the winter before May 1981, not times around the publication
date. A quotation takes the recording day as its now where the sentence before it (or the
paragraph before a quotation opening its own paragraph) tells of recording, an interview or a
transcript and names a day of a year long past in that sentence; the quotation runs to its
closing mark, across paragraphs that each open with the mark, as long quotations are written
("'I was born ... \n\n'The flood came ..."). `quoted_letters` does this for a quotation after a
colon, whose introducing words sit right before it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache

from .cue_guard import guard
from .diary_entries import Document
from .quoted_days import long_past, quote_at

_REACH = 3000  # characters a transcript's quotation runs at most
_INTRO_REACH = 400  # characters of introducing words read before the quotation
_NEAR = 80  # characters between the word of recording and the day it names
# words that say the text below was spoken and taken down (the cheap guard of the module)
_RECORDING = re.compile(
    r"(?i)\b(?:recorded|recording|interview(?:ed)?|transcri(?:pt|bed)|taped|oral history)\b"
)
_HAS_RECORDING = guard(_RECORDING.pattern)  # its words looked for first (`cue_guard`)
# an opening mark: at the text's start or after a space (a line break too), before a word;
# the mark first, which `re` skips to at C speed, the space behind it asked after
_OPENER = re.compile(r"['‘\"“](?<!\S.)(?=[A-Za-z])")
# a closing mark: after a word or a stop, before a space, a stop or the end (not "I'm")
_CLOSER = re.compile(r"['’\"”](?<=[\w.,!?;:].)(?=\s|[,.;:!?)—–-]|\Z)")
_STOP = re.compile(r"[.!?]['’\"”)]?\s")
_PARAGRAPH = re.compile(r"\n\s*\n")


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(opening mark, closing mark, intro begin, intro end) of each quotation whose introducing
    words tell of recording; empty, and cheap, for a text without such words."""
    if not _HAS_RECORDING.search(text):
        return ()
    out: list[tuple[int, int, int, int]] = []
    # the paragraph breaks, found once: a break is all white space, so the ones before a
    # quotation's mark are the ones a search that stops at the mark finds
    starts = [b.start() for b in _PARAGRAPH.finditer(text)]
    pos = 0
    while True:
        m = _OPENER.search(text, pos)
        if m is None:
            break
        q = m.start()
        close = _CLOSER.search(text, q + 1, q + _REACH)
        end = close.start() if close else min(len(text), q + _REACH)
        pos = max(end, q + 1)
        nb = bisect_left(starts, q)  # the breaks before the mark
        line = q
        while line > 0 and text[line - 1] in " \t":
            line -= 1
        opens_paragraph = q == 0 or text[line - 1 : line] == "\n"
        if opens_paragraph and nb:  # the intro is the paragraph before
            lo = starts[nb - 2] if nb > 1 else 0
            hi = starts[nb - 1]
        else:
            lo, hi = (starts[nb - 1] if nb else 0), q
        lo = max(lo, hi - _INTRO_REACH)
        if _HAS_RECORDING.search(text, lo, hi):
            out.append((q, end, lo, hi))
    return tuple(out)


def recording_now(doc: Document, pos: int) -> dt.date | None:
    """The day the speech quoted at `pos` was recorded on, where its introducing words tell of
    recording and name a day of a year long past beside it; else None."""
    dct = doc.dct
    quote = quote_at(doc.text, pos, _quotations)
    if dct is None or quote is None:
        return None
    _q, _end, lo, hi = quote
    return long_past(_recorded_day(doc, lo, hi), dct)


def _recorded_day(doc: Document, lo: int, hi: int) -> dt.date | None:
    """The day named in the sentence of a word of recording between `lo` and `hi`."""
    text = doc.text
    words = [w.start() for w in _RECORDING.finditer(text, lo, hi)]
    for m in doc.mentions:
        if m.begin >= hi:
            break
        if m.begin < lo:
            continue
        point = m.res.point
        if point is None or point[1] != "day":
            continue
        for w in words:
            a, b = sorted((w, m.begin))
            if b - a <= _NEAR and not _STOP.search(text, a, b):
                return point[0]
    return None
