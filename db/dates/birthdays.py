"""A birthday counted from a birth day the text told: in "Konrad was born on 8 September 1492.
... the regency lasted until Konrad came of age on his fifteenth birthday" the coming of age is
on 8 September 1507, the birth day plus the years the ordinal counts, as a reader of a
biography places it. TimeML marks no birthday as a temporal expression, so these are events
only, like `life_events`' ages; only where the clause has no date of its own and the last birth
told before it has a day ("born on 8 September 1492")."""

from __future__ import annotations

import re

from .lexicon import ORDINALS
from .model import REFERENCE, Anchor, DatedSentence, Timex
from .periods import ymd
from .year_events import StoryContext, clause_event, happenings_of, sentence_at, with_events

_BIRTHDAY = re.compile(
    r"\b(?:on|at|by)\s+(?:his|her)\s+(?P<n>\w+(?:-\w+)?|\d{1,3}(?:st|nd|rd|th))\s+birthday\b"
)
_BORN = re.compile(r"\bborn\b")
_OLDEST = 110  # no birthday beyond this dates anything
RULE = "birthday"  # the rule name stored with the events it dates


def _count(word: str) -> int | None:
    if word[0].isdigit():
        return int(re.sub(r"\D", "", word))
    n = ORDINALS.get(word.lower())
    if n is None and "-" in word:  # "twenty-first" is listed; "thirty-second" counted here
        tens, _, unit = word.lower().partition("-")
        tens_n = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                  "seventy": 70, "eighty": 80, "ninety": 90}.get(tens)  # fmt: skip
        unit_n = ORDINALS.get(unit)
        n = tens_n + unit_n if tens_n and unit_n and unit_n < 10 else None
    return n if word.lower() != "last" else None


def birthday_events(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event for each clause "on his fifteenth birthday" dates."""
    text, sentences, mentions = story.text, story.sentences, story.mentions
    if "birthday" not in text or "born" not in text:
        return out  # the cheap test first
    extra: list[DatedSentence] = []
    for match in _BIRTHDAY.finditer(text):
        n = _count(match["n"])
        born = None
        for born in _BORN.finditer(text, 0, match.start()):  # noqa: B007 (the last one)
            continue
        if not n or n > _OLDEST or born is None:
            continue
        bs = sentence_at(text, sentences, born.start())
        day = next(
            (
                m.res.point[0]
                for m in mentions
                if m.sent == bs and m.begin > born.start() and m.res.point is not None
                and m.res.point[1] == "day"
            ),
            None,
        )  # fmt: skip
        if day is None:
            continue
        try:
            when = day.replace(year=day.year + n)
        except ValueError:  # 29 February
            when = day.replace(year=day.year + n, day=28)
        si = sentence_at(text, sentences, match.start())
        start = ymd(when)
        got = happenings_of(story, si).of(match.start(), match.end(), start)
        if got.empty or got.span is None:
            continue
        b, e = got.span
        if any(b <= m.begin < e and m.sent == si for m in mentions):
            continue  # a date of its own clause dates it
        timex = Timex(*match.span(), match.group(), "DATE", start, Anchor(REFERENCE, start), RULE)
        extra.append(clause_event(sentences[si], start, "day", timex, got))
    return with_events(out, extra)
