"""The writer's own doings after a story told in the third person: in an author's note ("...
Margaret Hollin's study, published in 1988. I finished the last draft in Wenmarsh in May") or a
member's speech ("In 1923 the company proposed to close it ... on 14 March my constituents
presented a second petition"), a year-less date in a sentence of the writer's first person is
the writer's, so the publication's, not the story's year. The writer speaks in the present
elsewhere in the text ("I have kept him alive", "I am grateful"), and the sentence that told the
story's year has no first person: a memoir's "I remember the winter of 1947. In February we were
snowed in" stays in 1947. Words inside a quotation are another writer's (a letter's "I").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .presented_years import presented_year

# the first person: "I" (not a king's numeral: "Guy I doubled"), "my", "we", "our", "me", "us"
_FIRST = re.compile(r"\b(?:I(?=\s+[a-z])|[Mm]y|[Ww]e|[Oo]ur|me|us)\b")
# the writer speaking in the present: "I am", "I have kept", "we are", "I ask", "I'm"
_FIRST_PRESENT = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:am|are|have|can|cannot|can't|do|don't|ask|think|hope|know|want|must|"
    r"should|shall|will|owe|thank)\b|\bI'm\b|\bI’m\b|\bmy\s+own\s+invention\b"
)
_QUOTES = "'‘\"“"
_CUT = re.compile(r"[.!?;:,]\s|\n|\s(?:and|but)\s")
_REACH = 300  # characters read either side of a date for its clause
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")


def _first_person(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] has a first-person word (a king's numeral "I" not)."""
    for m in _FIRST.finditer(text, begin, end):
        if m.group() != "I" or not _NAME_BEFORE.search(text, max(begin, m.start() - 20), m.start()):
            return True
    return False


# a single quotation mark opening (after a space, before a word) or closing (after a word or a
# stop, before a space or a stop): an apostrophe inside a word ("town's") is neither
_OPENING = re.compile(r"(?:^|(?<=\s))'(?=\w)")
_CLOSING = re.compile(r"(?<=[\w.,!?])'(?=\s|[.,;:!?]|$)")


def _open_quote(text: str, begin: int, end: int) -> bool:
    """Whether a single-quoted quotation opens in text[begin:end] (an apostrophe is none)."""
    return "'" in text[begin:end] and _OPENING.search(text, begin, end) is not None


def _clause(text: str, begin: int, end: int) -> tuple[int, int]:
    """Where the clause around text[begin:end] begins and ends: from the last stop, comma,
    "and" or "but" before it to the next after it."""
    lo = max(0, begin - _REACH)
    cuts = list(_CUT.finditer(text, lo, begin))
    stop = _CUT.search(text, end, end + _REACH)
    return cuts[-1].end() if cuts else lo, stop.start() if stop else min(len(text), end + _REACH)


def _year_clause(
    text: str, told: Sequence[Any], year: int, before: int
) -> tuple[int, int, int] | None:
    """The clause of the last mention before `before` told in `year`, and where it begins."""
    for m in reversed(told):
        if m.begin < before and m.res.point is not None and m.res.point[0].year == year:
            return (*_clause(text, m.begin, m.end), m.begin)
    return None


def writer_present(
    text: str, span: tuple[int, int, int, int], told: Sequence[Any], story_year: int | None
) -> bool:
    """Whether the date at text[begin:end] of the sentence text[sent_begin:sent_end] (`span`)
    tells the writer's own doing after a story told in `story_year` in the third person (see
    the module's doc): the first person in its clause, none in the clause that told the year."""
    sent_begin, sent_end, begin, end = span
    if story_year is None or not _first_person(text, sent_begin, sent_end):
        return False
    para = text.rfind("\n", 0, sent_begin) + 1
    if any(q in text[para:sent_end] for q in _QUOTES[1:]) or _open_quote(text, para, sent_end):
        return False  # a quotation's first person ("'I despatched the magistrate'")
    if text[para : para + 1] in _QUOTES:
        return False
    mine = _clause(text, begin, end)
    if not _first_person(text, *mine) or not _FIRST_PRESENT.search(text, 0, sent_end):
        return False
    told_at = _year_clause(text, told, story_year, begin)
    if told_at is None or told_at[1] > mine[0] or _first_person(text, *told_at[:2]):
        return False
    # "It is the spring of 1907 and I am nine years old. On the 2nd of April we leave": the
    # narrator's present is the time the story says it is, not the writer's outside it
    return not presented_year(text, told_at[0], told_at[2])
