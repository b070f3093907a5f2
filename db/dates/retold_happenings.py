"""A dateless happening of news that retells one the story already dated.

A report leads with a result and tells it again further down in its own words: "Millbrook's
run went on with a home defeat by Carrow on Sunday" ... "Millbrook lost 1-0 to Carrow". The
later clause names the same sides, so a reader puts it on the lead's day, not on the day the
report came out. Only a clause opening with a name and a simple past ("Millbrook lost") that
names at least two names, all of them in one earlier clause dated to a day within a week
before the publication day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .lexicon import MONTHS, WEEKDAYS
from .model import HAPPENED, DatedSentence
from .tense import PAST, verb_tag

_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_WORD = re.compile(r"[A-Za-z]+")
# Capitalised words that are not names: pronouns and openers of a sentence.
_NOT_NAMES = frozenset(
    "The A An He She It They We I You His Her Its Their Our This That These Those There Then "
    "In On At But And Or After Before When While As By For From With Mr Mrs Ms Dr".split()
) | {w.title() for w in (*WEEKDAYS, *MONTHS)}
# A past before that past, or a state up to now: background, not the lead's happening.
_NOT_RETOLD = frozenset({"had", "has", "have", "would", "could", "will"})
_WEEK = dt.timedelta(days=7)


# The clause opens with its subject's name and a verb right after it: "Millbrook lost ...".
_NAMED_SUBJECT = re.compile(r"^\W*(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,3}([a-z]+)\b")


def _simple_past(clause: str) -> bool:
    """Whether `clause` opens with a name and a verb in the simple past ("Millbrook lost")."""
    words = {w.lower() for w in _WORD.findall(clause)}
    if words & _NOT_RETOLD:
        return False
    m = _NAMED_SUBJECT.match(clause)
    return m is not None and verb_tag(m.group(1), "", False) == PAST


def retold_day(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> str | None:
    """The day of the earlier dated happening that the dateless clause at `span` retells (all
    of its names, two at least, in that happening's clause), else None."""
    clause = text[span[0] : span[1]]
    m = _NAMED_SUBJECT.match(clause)
    if m is None or verb_tag(m.group(1), "", False) != PAST:
        return None  # the cheap tests first (`_simple_past` asks them again)
    names = {n for n in _NAME.findall(clause) if n not in _NOT_NAMES}
    if len(names) < 2 or not _simple_past(clause):
        return None
    last = dt.date.fromisoformat(dct[:10])
    for d in sorted(out, key=lambda d: d.clause[0], reverse=True):
        if d.clause[0] >= span[0] or d.comparison or d.around or d.precision != "day":
            continue
        if d.status != HAPPENED or d.end_date is not None or d.start[:1] == "-":
            continue  # a BC day ("-0062-12-05") is no day of this week's news
        day = dt.date.fromisoformat(d.start[:10])
        if not last - _WEEK <= day <= last:
            continue
        told = text[d.clause[0] : d.clause[1]]
        if all(n in told for n in names):
            return d.start[:10]
    return None
