"""A month told in a later predicate of its sentence after "last year" closed an earlier one:
"The airline carried 9 million passengers last year and was fined by the regulator in February",
written in June, is this February. "Last year" dates only its own predicate, counted from the
publication day; the month's year comes from the same place, with the tense: a past month gone
by this year is this year's. Framing the sentence ("Last year the bakery doubled its output and
in April it opened a second shop") it holds the whole sentence, April too.
Used by `anchoring.pick_year_anchored`."""

from __future__ import annotations

import re

from ..tense import PAST
from .table import Ctx

_RELATIVE_YEARS = frozenset({"last year", "a year ago", "the past year"})
# a new predicate after the year: "and was fined", "but then lost", "and it closed"
_NEW_PREDICATE = re.compile(r"(?i)\s(?:and|but)\s+(?!in\b|on\b|by\b|from\b|at\b|the\b)\w")
_REACH = 200  # characters from the year to the month, at most


def news_conjunct_month(c: Ctx, month: int, tense: str | None) -> bool:
    """Whether the month at `c` is told in the past in a predicate after one "last year"
    dates (not framing the sentence), and has gone by this year: the publication's year."""
    if c.dct is None or tense != PAST or month >= c.dct.month:
        return False
    if c.sent_ref is None or c.sent_ref[1] != "year":
        return False  # the cheap test first: a year told before in the sentence
    prev = None
    for m in reversed(c.told):
        if m.begin < c.sent_begin:
            break
        if m.end <= c.begin:
            prev = m
            break
    if prev is None or c.begin - prev.end > _REACH:
        return False
    if c.text[prev.begin : prev.end].lower() not in _RELATIVE_YEARS:
        return False
    if not c.text[c.sent_begin : prev.begin].strip():
        return False  # "Last year the bakery ...": it frames the sentence
    return _NEW_PREDICATE.search(c.text, prev.end, c.begin) is not None
