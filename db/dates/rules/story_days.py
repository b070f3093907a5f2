""" "On the first day", "the third day, 18 October": a day of a battle, siege or voyage counted
from its start, in a story told day by day. The first day is the story's day (the last day
dated before it: "The battle began on 16 October. On the first day ..."); a later one is the
day written beside it ("the third day, 18 October"), else the day after the story's day when
the one before it was the last counted ("On the first day ... On the second day").
A day counted in apposition to a date is that date, before it or after it ("On the
nineteenth day, the 4th of May", "on 4 May, the nineteenth day"); else a day of the siege is
counted from the day the story says it began ("The siege began on 16 April ... the
twenty-fifth day of the siege": 10 May).
"the first day of the month" or "of trading" counts something else and is left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTH_FULL, MONTHS, ORDINAL, ORDINALS
from .table import Ctx, Groups, Res, make, rule

# "of the battle", "of the siege": the same count; "of the month", "of school": another one.
_OF = re.compile(r"\s+of\b")
_OF_STORY_WORDS = (
    r"\s+of\s+(?:the|its|their|his|her)\s+(?:battle|siege|fighting|offensive|campaign|"
    r"assault|attack|march|retreat|voyage|crossing|landings?|uprising|revolt|rising|battles?)\b"
)
_OF_STORY = re.compile(_OF_STORY_WORDS, re.I)
_APPOSITION = re.compile(
    rf",\s*(?:(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_FULL})"
    rf"|(?P<m2>{MONTH_FULL})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?![\w,]*\s*\d{3})"  # its own year ("18 October 1813") is a date of its own
)
# "the twenty-fifth day": the compound ordinals a siege runs to, past the lexicon's "twenty-first"
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_COMPOUND = rf"(?:twenty|thirty)-(?:{'|'.join(_UNITS)})"
_ANY_ORDINAL = rf"(?:{_COMPOUND}|{ORDINAL})"
_COUNTED = re.compile(rf"\bthe\s+(?P<o>{_ANY_ORDINAL})\s+day\b", re.I)
_LOOK_BACK = 1500  # characters before the match where the last counted day is looked for


def _ordinal(word: str) -> int:
    word = word.lower()
    if word[0].isdigit():
        return int(word[:-2])
    tens, _, unit = word.partition("-")
    if unit in _UNITS and tens in ("twenty", "thirty"):
        return (20 if tens == "twenty" else 30) + _UNITS.index(unit) + 1
    return ORDINALS.get(word, 0)


@rule(
    "story_day",
    rf"(?i:the)\s+(?P<o>(?i:{_COMPOUND})|{ORDINAL})\s+(?i:day)(?![\w-])"
    # "of the siege" belongs to the count, not to the clause's title
    rf"(?:(?i:{_OF_STORY_WORDS}))?",
    starts="the",
)
def _story_day(g: Groups, c: Ctx) -> Res | None:
    after = c.after()
    if _OF.match(after) and not _OF_STORY.match(after):
        return None  # "the first day of the month", "the first day of trading"
    if c.ref is None or c.ref[1] != "day" or re.search(r"(?i)\b(?:every|each)\s+$", c.before()):
        return None
    n = _ordinal(g.req("o"))
    if not 1 <= n <= 31:
        return None
    ref = c.ref[0]
    if n == 1:
        return make((ref, "day"), from_ref=True)
    beside = _APPOSITION.match(after)
    if beside:
        month = MONTHS[(beside["m"] or beside["m2"]).lower()[:3]]
        try:
            day = dt.date(ref.year, month, int(beside["d"] or beside["d2"]))
        except ValueError:
            return None
        return make((day, "day"), from_ref=True)
    if c.sent_ref is not None and c.sent_ref[1] == "day" and _DATE_BEFORE.search(c.before()):
        return make(c.sent_ref, from_ref=True)  # "on 4 May, the nineteenth day"
    start = _story_start(c, ref.year)
    if start is not None and ref >= start:
        return make((start + dt.timedelta(days=n - 1), "day"), from_ref=True)
    counted = list(_COUNTED.finditer(c.text, max(0, c.begin - _LOOK_BACK), c.begin))
    if counted and _ordinal(counted[-1]["o"]) == n - 1:
        return make((ref + dt.timedelta(days=1), "day"), from_ref=True)
    return None


# A day-level date right before, then a comma: the counted day is in apposition to it.
_DATE_BEFORE = re.compile(
    rf"(?:\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_FULL}|{MONTH_FULL}\s+\d{{1,2}})"
    r"(?:\s+\d{3,4})?\s*,\s*$"
)
# The sentence a count starts from: a day and a verb of beginning ("The siege began on 16
# April 1683", "On 2 May the army laid siege to the town").
_DAY_MONTH = re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_FULL})"
    rf"|(?P<m2>{MONTH_FULL})\s+(?P<d2>\d{{1,2}})\b"
)
_START = re.compile(
    r"(?i)\b(?:began|begun|opened|started|commenced|laid\s+siege|set\s+out|set\s+sail|"
    r"sailed|landed|invested)\b"
)


def _story_start(c: Ctx, year: int) -> dt.date | None:
    """The day of the last sentence before the match (within `_LOOK_BACK`) that tells the
    count's beginning: a verb of beginning beside a day of the story's year."""
    lo = max(0, c.begin - _LOOK_BACK)
    window = c.text[lo : c.sent_begin]
    best = None
    for sentence in re.split(r"(?<=[.;!?])\s+", window):
        if not _START.search(sentence):
            continue
        day = _DAY_MONTH.search(sentence)
        if day is None:
            continue
        month = MONTHS[(day["m"] or day["m2"]).lower()[:3]]
        year_after = re.match(r"\s*,?\s*(\d{4})", sentence[day.end() :])
        if year_after and int(year_after[1]) != year:
            continue
        try:
            best = dt.date(year, month, int(day["d"] or day["d2"]))
        except ValueError:
            continue
    return best
