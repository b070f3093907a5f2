"""A news lede's announcement and its day told after it: "Twin cubs have been born at the park
... The cubs were born on 28 June", "A councillor has resigned ... She resigned on Monday
night". The lede ("have been born", no date of its own: on the publication day) and the later
"were born on 28 June" are one happening; a reader puts it on that day. As `announced_deaths`
for any verb: the lede's perfect ("has/have (been) P") must stand in the text's first paragraph
and the later clause, in the next `_PARAGRAPHS` paragraphs, must tell the same participle in
the past ("were born", "resigned") with a day of its own, gone by, within `_RECENT_DAYS` of the
publication day; not a report's ("said on Monday that she had resigned"), and not an earlier
time of the same thing ("last resigned in 2019", "had also been arrested in May")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from .model import PUBLICATION_DAY, REFERENCE, Anchor, DatedSentence
from .sentences import BLANK_LINE

# "have been born", "has resigned", "has been arrested": the participle of a perfect
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?P<p>[a-z]+(?:ed|en|wn|rn))\b")
_SAID = re.compile(r"\b(?:said|says|told|announced|confirmed|reported)\b")
# an earlier time of the same thing, not the lede's
_EARLIER = re.compile(r"\b(?:last|first|also|again|previously|before|already|had)\b")
_PARAGRAPHS = 2
_RECENT_DAYS = 120
# A lede is a paragraph's worth at most: a text with no blank lines, or a huge first paragraph,
# has no lede past this, nor a reach past `_REACH` characters after it (linear in the text)
LEDE_CHARS = 1500
_REACH = 6000


def announced_happenings(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` with a dateless perfect of the lede on the day a later clause tells it on."""
    if " ha" not in text:
        return out  # the cheap test first: no "has"/"have"
    first_break = BLANK_LINE.search(text)
    lede_end = min(first_break.start() if first_break else len(text), LEDE_CHARS)
    moved = list(out)
    for k, d in enumerate(out):
        if d.timex.rule != PUBLICATION_DAY or d.clause[0] >= lede_end:
            continue
        perfect = _PERFECT.search(text, d.clause[0], d.clause[1])
        if perfect is None or perfect["p"] == "died":
            continue  # deaths: `announced_deaths`
        later = _told_later(text, out, k, perfect["p"], dct)
        if later is not None:
            anchor = Anchor(REFERENCE, later.start, later.timex.text, later.timex.begin)
            timex = replace(d.timex, value=later.start, anchor=anchor)
            moved[k] = replace(
                d, start=later.start, precision=later.precision, timex=timex, around=False
            )
    return moved


@lru_cache(maxsize=64)
def _past(participle: str) -> re.Pattern[str]:
    """`participle` told in the past ("were born", "she resigned"): compiled only for a clause
    that holds it (most ledes' participles are told again nowhere)."""
    return re.compile(rf"(?:\b(?:was|were)\s+|\b(?:he|she|it|they|[A-Z][a-z]+)\s+){participle}\b")


def reach_end(text: str, begin: int, paragraphs: int, most: int) -> int:
    """Where a look on from `begin` over the next `paragraphs` paragraphs ends: the end of the
    blank line after them, and `most` characters on at the furthest."""
    limit = min(len(text), begin + most)
    for n, m in enumerate(BLANK_LINE.finditer(text, begin, limit), 1):
        if n > paragraphs:
            return m.end()
    return limit


def _told_later(
    text: str, out: list[DatedSentence], k: int, participle: str, dct: str
) -> DatedSentence | None:
    """The first event after `out[k]` within reach whose clause tells `participle` in the past
    on a day of its own, recent and gone by."""
    begin = out[k].clause[1]
    limit = reach_end(text, begin, _PARAGRAPHS, _REACH)
    try:
        today = dt.date.fromisoformat(dct[:10])
    except ValueError:
        return None
    for d in out[k + 1 :]:
        if d.clause[0] < begin:
            continue
        if d.clause[0] >= limit:
            return None
        clause = text[d.clause[0] : d.clause[1]]
        if participle not in clause or d.timex.rule == PUBLICATION_DAY or d.end_date is not None:
            continue
        if len(d.start) != 10 or not _past(participle).search(clause):
            continue
        day = dt.date.fromisoformat(d.start)
        told = text[d.clause[0] : d.timex.begin]
        if not (0 <= (today - day).days <= _RECENT_DAYS) or _SAID.search(told):
            continue
        if _EARLIER.search(clause):
            continue
        return d
    return None
