"""A document dated at its head: a transcript's "Transcript of the programme broadcast on Thursday
3 December 2026", a speech's "Delivered at the Guildhall on 9 November 1961", a letter's "Written
at Ypres, 2 May 1915" under its title. What follows is spoken or written on that day, so its
"today", "last night" and "Next week" count from it, not from the day the text was published
(a programme is often put online days after it went out). The head is one of the text's first
lines, a heading (short, no sentence's stop in it: "The account below was recorded on ..." is a
sentence of the body, `recorded_speech`'s; but above a transcript's speaker turns, "Q: ..." /
"A: ...", its catalogue line is its head, stops and all: "Tape 12: Mrs Quill, recorded on 14
May 1998."), with a word of broadcasting, recording, delivering
or writing beside a day no later than the publication date; the text below it takes that day as
its now. Quotations with their own
introducing words (`quoted_letters`) still take theirs first.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .cue_guard import guard
from .diary_entries import Document

_HEAD_LINES = 3  # lines from the text's start the head may be
_HEAD_REACH = 400  # characters the head lines may run to
_HEADING_MAX = 120  # characters of a heading line at most
_SENTENCE_END = re.compile(r"[.!?]['’\"”)]?(?:\s|$)")
_NEAR = 60  # characters between the word of broadcasting or writing and the day it names
# the words that say when the text below was spoken or written (the cheap guard reads them in
# the head alone); "published", "updated" are the publication's own day, not the words'
# a reprinted paper's citation ("From the Weston Gazette, 14 February 1890") is a writing's too;
# a cue guard: the words looked for first, where the regex was tried at every position
_SAID_WORDS = guard(
    r"(?i)\b(?:broadcast|aired|transmitted|transcript|recorded|interviewed|delivered|written|dated|"
    r"from\s+the\s+(?:[\w'’-]+\s+){0,3}(?:gazette|times|herald|chronicle|courier|mercury|"
    r"advertiser|observer|journal|post|echo|telegraph|newspaper))\b"
)


@lru_cache(maxsize=4)
def _head_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the text's first lines that hold a word of broadcasting or writing."""
    head = text[:_HEAD_REACH]
    if not _SAID_WORDS.search(head):
        return ()
    out: list[tuple[int, int]] = []
    start = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start >= _HEAD_REACH or not (_heading(text[start:end]) or _turns_below(text, end)):
            break  # the body has begun: a sentence's words are no head's
        if _SAID_WORDS.search(text, start, end):
            out.append((start, end))
        start = end + 1
        while start < len(text) and text[start] == "\n":
            start += 1
    return tuple(out)


def _heading(line: str) -> bool:
    """Whether a line is a heading: short, with no sentence ending in it or at its end."""
    line = line.strip()
    return 0 < len(line) <= _HEADING_MAX and not _SENTENCE_END.search(line)


# a speaker's turn opening a line: "Q:", "A:", "INTERVIEWER:", "Mrs Quill:" (a short label)
_TURN = re.compile(r"\n[ \t]*[A-Z][\w.'’ ]{0,24}:[ \t]")
_TURNS_REACH = 300  # characters below the head within which two turns open


def _turns_below(text: str, end: int) -> bool:
    """Whether two speakers' turns open lines soon below the line ending at `end`: a transcript,
    whose head line may be a catalogue entry with sentences' stops in it."""
    if ":" not in text[end : end + _TURNS_REACH]:  # the cheap guard
        return False
    return len(_TURN.findall(text, end, end + _TURNS_REACH)) >= 2


def head_now(doc: Document, pos: int) -> dt.date | None:
    """The day a head line above `pos` says the text was broadcast, delivered or written on,
    else None."""
    dct = doc.dct
    lines = _head_lines(doc.text) if dct is not None else ()
    if not lines or pos <= lines[0][1]:
        return None
    assert dct is not None
    text = doc.text
    for begin, end in lines:
        if pos <= end:
            break
        words = [w.start() for w in _SAID_WORDS.finditer(text, begin, end)]
        if all(text.startswith(("from", "From"), w) for w in words) and _notes_between(
            text, end, pos
        ):
            continue  # a reprinted paper's words end at its editor's "Notes" heading
        for m in doc.mentions:
            if m.begin >= end:
                break
            point = m.res.point
            if m.begin < begin or point is None or point[1] != "day" or point[0] > dct:
                continue
            if any(abs(m.begin - w) <= _NEAR for w in words):
                return point[0]
    return None


_HEADING_LINE = re.compile(r"\n[ \t]*([^\n]{1,40})[ \t]*\n")


def _notes_between(text: str, begin: int, end: int) -> bool:
    """Whether a line that is a heading alone ("Notes") stands from `begin` to `end`'s line end."""
    line_end = text.find("\n", end)  # the line `end` is on may be the heading ("Notes\nHis ...")
    end = len(text) if line_end < 0 else line_end + 1
    return any(_heading(m.group(1)) for m in _HEADING_LINE.finditer(text, begin, end))
