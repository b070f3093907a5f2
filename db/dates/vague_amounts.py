""" "Years later, the son sold the land", "For years the house stood empty": a happening told
an unstated number of years (decades, months) from the story's time, or over them, in the past.
No reader puts it on the publication day, and no expression gives it a value of its own: it
gets no event (`publication_day.place`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .lexicon import number_of
from .tense import PAST, verb_tag

# "Years later", "many decades afterwards", "some months after that"
_LATER = re.compile(
    r"(?i)\b(?:(?:many|some|several|a\s+few|a\s+number\s+of)\s+)?"
    r"(?:years|decades|months|centuries|generations)\s+(?:later|afterwards?|after\s+that|"
    # "years before," ends its phrase; "months before he entered office" dates another clause
    r"earlier|(?:on|before)(?=\s*[,.;]))\b"
)
_UNIT_STEMS = ("ears", "onths", "ecades", "enturies", "enerations")
_WORD = re.compile(r"[A-Za-z0-9']+")  # "in their 40s suffered": "40s" before the verb
_WORD_BEFORE = re.compile(r"([\w,.-]+)\s+$")


def told_in_past(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] has a past verb and no present or future one ("stood", not
    "has stood" or "will stand")."""
    past, prev = False, ""
    for i, m in enumerate(_WORD.finditer(text, begin, end)):
        word = m.group().lower()
        if word[0].isdigit() or (word in _CLOCK_SUFFIXES and prev[-1:].isdigit()):
            prev = word  # "10:30am", "10:30 am", "40s": no verb
            continue
        tag = verb_tag(m.group(), prev, i == 0)
        if word in _NOT_PAST or _PRESENT_NOT.match(word) or (tag is not None and tag != PAST):
            return False  # "has stood", "will stand", "was now": not told in the past
        past = past or tag == PAST
        prev = word
    return past


_CLOCK_SUFFIXES = frozenset({"am", "pm"})
_NOT_PAST = frozenset("has have is are am will shall can may must now today".split())
_PRESENT_NOT = re.compile(r"(?:haven|hasn|isn|aren|won|don|doesn|can|shan)[’']t$")


def vague_amount(text: str, begin: int, span: tuple[int, int], mentions: Iterable[Any]) -> bool:
    """Whether the clause `span`, in a sentence from `begin`, is told an unstated number of
    units from the story's time ("Years later, ...", before it in its sentence) or over them in
    the past ("For years the house stood empty": a "PXY" amount in the clause)."""
    end = span[1]
    near = text[begin:end]
    units = any(map(near.__contains__, _UNIT_STEMS))  # substring tests first: the regex is slow
    for later in _LATER.finditer(text, begin, end) if units else ():
        word = _WORD_BEFORE.search(text, max(begin, later.start() - 20), later.start())
        if word is None or number_of(word.group(1)) is None:
            return True  # not "two years later": a count the rules date
    vague = any(
        span[0] <= m.begin < end and m.res.dating is None and m.res.value.startswith("PX")
        for m in mentions
    )
    return vague and told_in_past(text, begin, end)
