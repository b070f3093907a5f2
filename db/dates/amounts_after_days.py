"""A happening an amount after a dated one: in "a letter home, written six weeks after they
landed on 3 March 1850, is the last we hear of her" the letter is of 14 April 1850, the day the
landing names plus the amount, as a reader counts it; the landing keeps its own day. Only where
the dated clause follows "N days (weeks, months, years) after" in the same sentence, its date
is the first one after "after" (within a clause's length), and the text has no event of that
sentence on the day counted to yet (issue 13)."""

from __future__ import annotations

import re

from .lexicon import number_of
from .model import REFERENCE, Anchor, DatedSentence, Timex
from .periods import shift, ym, ymd
from .year_events import StoryContext, clause_event, happenings_of, sentence_at, with_events

# the amount right before " after " (read back from each " after ", a cheap search first)
_AMOUNT = re.compile(r"(?i)\b(?P<n>an?|\w+)\s+(?P<unit>day|week|fortnight|month|year)s?\s*$")
_LOOK_BACK = 30  # characters before " after " the amount is read in
_REACH = 80  # characters from "after" to the date of the clause it counts from
RULE = "amount-after"  # the rule name stored with the events it dates


def _amounts_after(text: str) -> list[tuple[re.Match[str], int]]:
    """Each amount right before " after " and a lower-case word, with where "after " ends."""
    found = []
    k = text.find(" after ")
    while k >= 0:
        end = k + len(" after ")
        amount = _AMOUNT.search(text, max(0, k - _LOOK_BACK), k)
        if amount is not None and text[end : end + 1].islower():
            found.append((amount, end))
        k = text.find(" after ", end - 1)
    return found


def amounts_after_days(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event for each clause "N units after" a dated clause places."""
    text, sentences, mentions = story.text, story.sentences, story.mentions
    if " after " not in text:
        return out  # the cheap test first
    extra: list[DatedSentence] = []
    for match, after_end in _amounts_after(text):
        word = match["n"].lower()
        n = 1 if word in ("a", "an") else number_of(word)
        si = sentence_at(text, sentences, match.start())
        if not n or si < 0 or not story.in_story(si):
            continue
        if any(m.begin <= match.start() < m.end and m.res.point for m in mentions):
            continue  # "two weeks after" found as a date of its own (`rules`): placed there
        dated = next((m for m in mentions if m.begin >= after_end), None)
        if dated is None or dated.sent != si or dated.begin - after_end > _REACH:
            continue
        point = dated.res.point
        if point is None or point[1] not in ("day", "month", "year"):
            continue
        unit = match["unit"].lower()
        n, unit = (2 * n, "week") if unit == "fortnight" else (n, unit)
        when = shift(point[0], n, unit)
        start = {"day": ymd, "month": ym}.get(point[1], lambda d: f"{d.year:04d}")(when)
        if any(d.begin == sentences[si][0] and d.start == start for d in out):
            continue  # already placed there ("three days after Christmas" as one date)
        got = happenings_of(story, si).of(match.start(), dated.end, start)  # title without them
        if got.empty or got.span is None:
            continue
        words = text[match.start() : after_end].rstrip()
        timex = Timex(match.start(), match.start() + len(words), words, "DATE", start,
                      Anchor(REFERENCE, start), RULE)  # fmt: skip
        extra.append(clause_event(sentences[si], start, point[1], timex, got))
    return with_events(out, extra)
