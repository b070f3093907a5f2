"""The month a monthly round-up is about: "How June was" in its headline, "June was the hottest
on record" in its lead. A reader takes that month for what the text tells later without one:
"the middle of the month", "on the 12th", "the night of the 14th", even when it is published
in the month after. `month_as_subject` says whether a month word stands as such a subject
(`month_subjects` marks it); `topic_month` finds one in the text's opening.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from ..lexicon import MONTH_FULL, MONTHS
from ..periods import shift
from ..tense import FUTURE, PAST
from .table import Ctx, Res, make

# Where a subject stands: the sentence's or a line's opening, a headline's "How", a joining word.
_OPENING = re.compile(
    r"(?:^\s*|[\n:.!?]\s*|\b(?i:how|why|and|but|so|while|though|although|if)\s+)$"
)
_COPULA = r"(?:was|is|has\s+been|had\s+been|will\s+be|proved|turned\s+out\s+to\s+be)"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# a record: "the wettest for 33 years", "the second-warmest month", "the dullest on record";
# not "the youngest of four", "the best candidate" (a person named June or May)
_RECORD = (
    rf"(?:the|a|an)\s+(?:{_ORDINAL}[\s-]+)?(?:[a-z]+est|worst|best|(?:most|least)\s+[a-z]+)"
    r"\s+(?:(?:[a-z]+\s+)?month\b|since\b|for\s+(?:\d|[a-z]+\s+years|decades|a\s+decade)|"
    r"on\s+record|in\s+(?:\d|living|years|decades|a\s+decade|a\s+century)|yet\b|of\s+the\s+year)"
)
_TURN = r"(?:has\s+|had\s+)?(?:begun|began|begins|ended|ends|started|starts|finished|closed)"
# how a month began or ended: "no better", "with a storm", "as it began", "wet", "on a high"
_TURN_HOW = r"(?:no\s|with\s|as\s|much\s|on\s+a\s|where\s|wet|dry|mild|cold|warm|cool|hot)"
# where: "March in Wenlow was", "June at Harbury airport was"
_PLACE = r"(?:\s+(?:in|at|on|across|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2})?"
_PREDICATE = re.compile(
    rf"{_PLACE}\s+(?:{_COPULA}\s+(?:(?:also|easily|by\s+far|officially)\s+)?{_RECORD}"
    rf"|{_TURN}\s+{_TURN_HOW})"
)
_HOW = re.compile(r"\b(?i:how)\s+$")
_WAS_ENDS = re.compile(r"\s+was\s*(?:$|[.?!:\n])")  # a headline's "How July was"

_LEAD = 400  # characters of a text's opening (headline and lead) where its topic is named
_MONTH_WORD = re.compile(rf"\b{MONTH_FULL}\b")


def month_as_subject(before: str, after: str) -> bool:
    """Whether a month word between `before` and `after` is a round-up's subject."""
    if not _OPENING.search(before):
        return False
    return bool(_PREDICATE.match(after) or (_HOW.search(before) and _WAS_ENDS.match(after)))


@lru_cache(maxsize=64)
def _lead_month(lead: str) -> int | None:
    if not _MONTH_WORD.search(lead):  # cheap guard: most texts name no month up front
        return None
    for m in _MONTH_WORD.finditer(lead):
        if month_as_subject(lead[max(0, m.start() - 40) : m.start()], lead[m.end() :]):
            return MONTHS[m.group(0)[:3].lower()]
    return None


def topic_month(text: str, dct: dt.date | None) -> dt.date | None:
    """The first day of the month the text's headline or lead makes its subject, the latest
    one not after the publication day; None where there is none."""
    if dct is None:
        return None
    month = _lead_month(text[:_LEAD])
    if month is None:
        return None
    return dt.date(dct.year if month <= dct.month else dct.year - 1, month, 1)


def news_day_of_month(day: int, c: Ctx) -> Res | None:
    """ "on the 12th" in news that names no month before it: the publication's month, the one
    before where the text tells it as past and the 12th is still to come, the next where it
    is planned and the 12th is gone."""
    dct = c.dct
    if dct is None:
        return None
    month = dct.replace(day=1)
    tense = c.tense()
    if tense == PAST and day > dct.day:
        month = shift(month, -1, "month")
    elif tense == FUTURE and day < dct.day:
        month = shift(month, 1, "month")
    if day > calendar.monthrange(month.year, month.month)[1]:
        return None
    c.basis = "dct"
    return make((month.replace(day=day), "day"), relative=True)
