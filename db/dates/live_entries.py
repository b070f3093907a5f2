"""A live blog's entries: paragraphs that open with a bare clock stamp ("14:32 The minister has
arrived", "10.05 Quint takes the stage"), written through one day. What an entry tells without a
date of its own happens at its stamp on the publication day: the entry's happenings are events
at that minute (the reader's time line of the day), the stamp left out of their titles. An entry
told in the present ("The vote passes by 31 votes to 12") is an event even where the clause
finder knows no verb in it: a third-person "-s" verb after its subject.

Only where at least `_MIN_ENTRIES` paragraphs open so (a live blog), so that one stray number
at a paragraph's start ("9.30 per cent of ...") is none."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from db.text import shorten

from .clause_negation import NEGATION
from .model import (
    HAPPENED,
    NEGATED,
    PUBLICATION,
    PUBLICATION_DAY,
    TITLE_LIMIT,
    Anchor,
    DatedSentence,
    Timex,
)

# a paragraph's opening stamp: "14:32 ", "9.05 ", "14:32 BST " before a capital or a quote
_STAMP = re.compile(
    r"(?m)^[ \t]*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    r"(?:[ \t]+(?:GMT|BST|CET|CEST|EST|EDT|ET|PT|UTC|local))?[ \t]+(?=[A-Z\"“‘'])"
)
# a match report's minute stamp: "84 min: ", "90+3 min - ", "12' " (the match day, no clock)
_MINUTE = re.compile(
    r"(?m)^[ \t]*(?P<minute>\d{1,3}(?:\+\d{1,2})?)(?:[ \t]*min(?:s|utes?)?\b|')"
    r"[ \t]*[:.–-]?[ \t]+(?=[A-Z\"“‘'])"
)
# a line opening on a digit, which every `_STAMP` needs: its "^" first was tried at every
# character, a line break first is found by `re`'s skip to its first character
_LINE_DIGIT = re.compile(r"\n[ \t]*\d")
_FIRST_DIGIT = re.compile(r"[ \t]*\d")
_MIN_ENTRIES = 2
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# a word before an "-s" word that makes it a noun: "the players", "in talks"
_NOT_SUBJECT = {
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    "these", "those", "of", "in", "on", "at", "for", "with", "by", "from", "to", "and", "or",
    "some", "many", "few", "several", "all", "no", "two", "three", "four", "five",
}  # fmt: skip
_NOT_VERB = ("ss", "us", "is", "ous", "ics", "'s", "’s")
_VERB_WORDS = 4  # words of a sentence its present verb is looked for in


def _may_stamp(text: str) -> bool:
    """Whether `text` has a line break and a line opening on a digit (spaces aside), as a
    text with `_STAMP`s has."""
    return "\n" in text and (
        _LINE_DIGIT.search(text) is not None or _FIRST_DIGIT.match(text) is not None
    )


class LiveEntries:
    """The stamped paragraphs of a text: where each opens, its stamp's end and its time."""

    def __init__(self, text: str) -> None:
        found = list(_STAMP.finditer(text)) if _may_stamp(text) else []
        if len(found) < _MIN_ENTRIES:
            found = []
        minutes = [] if found or " min" not in text else list(_MINUTE.finditer(text))
        if len(minutes) >= _MIN_ENTRIES:
            found = minutes  # a match by the minute: its entries are of the match day, no clock
        self._opens = [m.start() for m in found]
        self._stamps = [(m.end(), _clock(m)) for m in found]
        self._clocks = [(m.start(1), m.end(2 if m.re is _STAMP else 1)) for m in found]
        self._text = text

    def __bool__(self) -> bool:
        return bool(self._opens)

    def time_at(self, at: int) -> str | None:
        """The "HH:MM" of the entry holding offset `at`, else None."""
        k = self._entry(at)
        return None if k is None else self._stamps[k][1]

    def clock_at(self, at: int) -> tuple[int, int]:
        """The span of the stamp's clock ("14:32") of the entry holding offset `at`."""
        k = self._entry(at)
        return (at, at) if k is None else self._clocks[k]

    def said(self, begin: int, end: int) -> str:
        return self._text[begin:end]

    def _entry(self, at: int) -> int | None:
        k = bisect_right(self._opens, at) - 1
        if k < 0:
            return None
        para_end = self._text.find("\n\n", self._opens[k])
        if para_end != -1 and at >= para_end:
            return None  # a paragraph after the entry without a stamp of its own
        return k

    def stamp_end(self, begin: int) -> int:
        """`begin`, or the end of the stamp that opens the sentence at `begin`."""
        k = bisect_right(self._opens, begin) - 1
        if k >= 0 and self._opens[k] <= begin < self._stamps[k][0]:
            return self._stamps[k][0]
        return begin


def _clock(m: re.Match[str]) -> str:
    """The "HH:MM" of a clock stamp; "" for a match's minute (the day only)."""
    return f"{int(m['hour']):02d}:{m['minute']}" if m.re is _STAMP else ""


def untitled_stamp(title: str) -> str:
    """A title without the entry's stamp opening it."""
    m = _STAMP.match(title) or _MINUTE.match(title)
    return title[m.end() :] if m else title


def present_entry(text: str) -> str | None:
    """The status of a sentence told in an entry's present ("The mayor thanks the team"):
    happened, or negated with a negation; None where no "-s" verb follows its subject."""
    words = _WORD.findall(text)[: _VERB_WORDS + 1]
    for k in range(1, len(words)):
        w = words[k]
        if (
            w.islower()
            and len(w) > 3
            and w.endswith("s")
            and not w.endswith(_NOT_VERB)
            and words[k - 1].lower() not in _NOT_SUBJECT
        ):
            return NEGATED if NEGATION.search(text) else HAPPENED
    return None


def present_events(
    entries: LiveEntries, text: str, begin: int, end: int, dct: str
) -> list[DatedSentence]:
    """The sentence text[begin:end] of an entry as one event on the publication day, when it
    is told in the present with a verb the clause finder does not know (`present_entry`);
    placed at the entry's stamp by `at_stamps`."""
    if entries.time_at(begin) is None:
        return []
    own = entries.stamp_end(begin)
    sentence = text[own:end].strip()
    status = present_entry(sentence)
    if status is None:
        return []
    at = own + (len(text[own:end]) - len(text[own:end].lstrip()))
    timex = Timex(at, at, "", "DATE", dct, Anchor(PUBLICATION, dct), PUBLICATION_DAY)
    title = shorten(sentence.rstrip(".!"), TITLE_LIMIT)
    span = (at, at + len(sentence))
    return [
        DatedSentence(
            begin, end, dct, None, "day", timex, title=title, title_span=span, status=status
        )
    ]


def at_stamps(entries: LiveEntries, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` with each event of an entry that no date of its own placed (on the publication
    day) moved to the entry's stamp, and the stamp out of every entry's titles."""
    if not entries:
        return out
    moved = []
    for d in out:
        clock = entries.time_at(d.clause[0])
        if clock is None:
            moved.append(d)
            continue
        d = replace(d, title=untitled_stamp(d.title))
        if clock and d.timex.rule == PUBLICATION_DAY and d.start == dct[:10]:
            start = f"{dct[:10]}T{clock}"
            b, e = entries.clock_at(d.clause[0])  # the panel shows the stamp that dated it
            said = entries.said(b, e)
            timex = replace(d.timex, begin=b, end=e, text=said, type="TIME", value=start)
            d = replace(d, start=start, precision="minute", timex=timex, around=False)
        moved.append(d)
    return moved
