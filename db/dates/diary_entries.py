"""A diary's entries: a sentence that is only a day ("Saturday, 24 June.", "2 July.", "The
following Tuesday.") heads an entry, and in a diary of a year long past the writer's "now" is
that day, not the publication date: "The bombardment began this morning", "Moved up tonight",
"I will be sent to the base tomorrow", and the next heading "Sunday." count from it. The entry's
now holds until the next heading, or until a sentence names another year ("Its author died in
1971. ... last month" is the reader's time again).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from .lexicon import WEEKDAYS
from .periods import Point
from .record_lines import LINE_HEADING, heading_ends
from .rules.anchoring import GRAN_RANK, HISTORY_YEARS
from .rules.table import Res

_LOOK_BACK = 12  # sentences an entry's now reaches
_HEADING_REST = re.compile(r"[\s.,;:!?—–-]*")
_AFTER_STOP = re.compile(r"[.!?]\s+$")
_LONE_WEEKDAY = re.compile(r"\W*((?i:mon|tues|wednes|thurs|fri|satur|sun)day)\W*")


class Mention(Protocol):
    begin: int
    end: int
    sent: int
    res: Res


class Document(Protocol):
    """What `extract`'s document holds: its text, sentence spans, the mentions resolved so far
    and the publication date."""

    @property
    def text(self) -> str: ...
    @property
    def sentences(self) -> Sequence[tuple[int, int]]: ...
    @property
    def mentions(self) -> Sequence[Mention]: ...
    @property
    def dct(self) -> dt.date | None: ...


def entry_now(doc: Document, sent: int) -> dt.date | None:
    """The day the writer of sentence `sent` writes on: the day heading its diary entry when
    that is a day of a year long past, else the publication date."""
    text, sentences, mentions, dct = doc.text, doc.sentences, doc.mentions, doc.dct
    if dct is None or not mentions:
        return dct
    years: set[int] = set()  # years named after the heading
    coarse: list[Point] = []  # years, decades, centuries named after it, told without digits
    for m in reversed(mentions):
        if m.sent >= sent:
            continue
        if sent - m.sent > _LOOK_BACK:
            return dct
        point = m.res.point
        if point is None:
            continue
        if point[1] == "day" and _heading(text, sentences[m.sent], m):
            begin = sentences[sent][0]
            if _left_entry(text, sentences[m.sent][1], begin) and not _opens_entry(text, begin):
                return dct
            day = point[0]
            years |= {p[0].year for p in coarse if not _holds(p, day.year)}
            if day.year > dct.year - HISTORY_YEARS or years - {day.year}:
                return dct
            return _next_weekday(text, sentences[sent], day)
        if m.res.explicit_year:
            years.add(point[0].year)
        elif GRAN_RANK[point[1]] >= GRAN_RANK["year"]:
            # "published the following year", "until the 1960s": a time of its own, unless it
            # holds the entry's day
            coarse.append(point)
    return dct


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _opens_entry(text: str, begin: int) -> bool:
    """Whether the sentence at `begin` is the next entry's heading at a line's start ("October
    16th. For the supper: ..."), which counts on from the entry before it, not the editor's
    paragraph between them."""
    return LINE_HEADING.match(text, begin) is not None


def _left_entry(text: str, heading_end: int, begin: int) -> bool:
    """Whether a paragraph break between an entry's heading and a sentence ends the entry: an
    entry is the heading's paragraph, or the one paragraph under a heading on a line of its own
    ("Sunday 19th. Rest day." then a blank line and "The party reached ..." is the editor's)."""
    gap = text[heading_end:begin]
    if "\n\n" not in gap and not _BLANK_LINE.search(gap):
        return False
    under = _BLANK_LINE.match(gap.lstrip(" \t")) is not None
    return len(_BLANK_LINE.findall(gap)) > (1 if under else 0)


def _next_weekday(text: str, sentence: tuple[int, int], day: dt.date) -> dt.date:
    """The day itself, or for a heading that is a weekday alone ("Sunday.") the first such day
    after it: the next entry, whatever tense the sentences around it are in."""
    lone = _LONE_WEEKDAY.fullmatch(text, *sentence)
    if lone is None:
        return day
    weekday = WEEKDAYS[lone.group(1).lower()]
    return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def _heading(text: str, sentence: tuple[int, int], m: Mention) -> bool:
    """Whether the mention is the whole of its sentence (punctuation aside)."""
    return _heading_at(text, *sentence, m.begin, m.end)


@lru_cache(maxsize=256)  # `entry_now` asks it again of each day back from every sentence
def _heading_at(text: str, sb: int, se: int, begin: int, end: int) -> bool:
    # the splitter may join "We went over. 2 July." (a sentence seldom opens with a digit)
    opens = _HEADING_REST.fullmatch(text, sb, begin) or _AFTER_STOP.search(text, sb, begin)
    return bool(opens and heading_ends(text, end, se))  # "May 29th, the King's birthday."


_SPAN_YEARS = {"decade": 10, "century": 100}


def _holds(point: Point, year: int) -> bool:
    """Whether the year, decade or century at `point` holds `year`."""
    return point[0].year <= year < point[0].year + _SPAN_YEARS.get(point[1], 1)


def has_headings(doc: Document) -> bool:
    """Whether the text has an entry heading that is a day of a year long past (a diary)."""
    dct = doc.dct
    return dct is not None and any(
        m.res.point is not None
        and m.res.point[1] == "day"
        and m.res.point[0].year <= dct.year - HISTORY_YEARS
        and _heading(doc.text, doc.sentences[m.sent], m)
        for m in doc.mentions
    )


def entry_day(doc: Document, sent: int) -> str | None:
    """The day heading sentence `sent`'s diary entry ("2026-..." form) in a diary of a year long
    past, where the happenings no date of their own governs are on that day; else None."""
    now = entry_now(doc, sent)
    if now is None or now == doc.dct:
        return None
    return now.isoformat()


# A diary's sentence without a subject opens with its past verb: "Crossed the icefall in six
# hours.", "Reached the hut at noon." (a capital "-ed" word before a lower-case one; the verb
# tagger leaves capitals mid-sentence and names alone).
_SUBJECTLESS_PAST = re.compile(r"\s*[A-Z][a-z]{2,}ed\s+[a-z]")


def subjectless_past(text: str, begin: int) -> bool:
    """Whether the clause at `begin` opens with a past verb and no subject (a diary's style)."""
    return _SUBJECTLESS_PAST.match(text, begin) is not None
