"""The undated clause before "and ... a week later": in "He was sentenced to death, and the
sentence was commuted a week later" the sentence is passed at the story's time and only the
commuting a week after it, so the first clause is an event of its own on the day the amount
counts from, not of the later day its sentence also names (issue 13).

Only an amount counted on from the story's time ("two days later", "a month afterwards"),
only for the clause that opens its sentence and ends at ", and" before it, where no date of its
own dates it, and only in a story told in its own past."""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import number_of
from .model import REFERENCE, Anchor, DatedSentence, Timex
from .periods import shift, ym, ymd
from .year_events import StoryContext, clause_event, happenings_of, with_events

_LATER = re.compile(
    r"(?i)(?P<n>an?|\w+)\s+(?P<unit>day|week|fortnight|month|year)s?\s+(?:later|afterwards)"
)
_AND = ", and "  # the conjunction the first clause ends at
RULE = "later-conjunct"  # the rule name stored with the events it dates


def _value(day: dt.date, gran: str) -> str | None:
    """`day` written at the precision of the later date: a day, a month or a year."""
    if gran == "day":
        return ymd(day)
    if gran == "month":
        return ym(day)
    return f"{day.year:04d}" if gran == "year" else None


def later_conjuncts(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event for each undated first clause before ", and ... N units later", at
    the day the amount counts from."""
    text, sentences, mentions = story.text, story.sentences, story.mentions
    if " later" not in text and "afterwards" not in text:
        return out  # the cheap test first
    extra: list[DatedSentence] = []
    for m in mentions:
        point = m.res.point
        if point is None or m.res.dating is None:
            continue
        words = text[m.begin : m.end]
        later = _LATER.fullmatch(words)
        if later is None:
            continue
        n = 1 if later["n"].lower() in ("a", "an") else number_of(later["n"].lower())
        sb, se = sentences[m.sent]
        cut = text.rfind(_AND, sb, m.begin)
        if not n or cut < 0 or not story.in_story(m.sent):
            continue
        if any(o.sent == m.sent and o.begin < cut for o in mentions):
            continue  # the first clause has a date of its own
        unit = later["unit"].lower()
        step = (2 * n, "week") if unit == "fortnight" else (n, unit)
        start = _value(shift(point[0], -step[0], step[1]), point[1])
        if start is None:
            continue
        got = happenings_of(story, m.sent).of(sb, sb, start)
        if got.empty or got.span is None or got.span[1] > cut + 2:
            continue  # its clause runs on past ", and"
        timex = Timex(m.begin, m.end, words, "DATE", start, Anchor(REFERENCE, start), RULE)
        extra.append(clause_event((sb, se), start, point[1], timex, got))
    return with_events(out, extra)
