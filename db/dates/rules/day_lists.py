"""Lists of bare days of the month ("bins go out on the 4th, 11th and 18th", "only the 2nd and
the 27th stayed dry"): each day is a date of the month the text is in, the later ones without
their own "on" or even "the". The list, two days or more, is the date cue itself; the clause
must go on after its last day, so "the 19th and 20th centuries" and "the 1st and 2nd
Battalions" are no dates.
"""

from __future__ import annotations

import re

_ORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
# the day before in the list, and what joins it to this one
_ITEM_BEFORE = re.compile(rf"(?i)(?<![\w-]){_ORD}{_JOIN}(?:the\s+)?$")
_ITEM_AFTER = re.compile(rf"(?i){_JOIN}(?:the\s+)?{_ORD}(?![\w-])")
_REST = re.compile(rf"(?i)(?:{_JOIN}(?:the\s+)?{_ORD}(?![\w-]))*")
# a list of days may be the subject: its verb follows ("the 6th and 7th were dry"), where a
# noun would make the days ordinals of it ("the 9th and 10th holes")
_VERB_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|has|had|have|saw|brought|will|would|could|may|might|also)\b"
    r"|[a-z]{2,}ed\b)"
)


def after_listed_day(before: str) -> bool:
    """Whether `before` ends with an earlier day of a list and its joiner ("on the 4th, ",
    "the 19th and ")."""
    # cheap exact guard: the joiner is a comma or "and"/"or"/"&" within a few characters
    tail = before[-12:]
    if "," not in tail and "and" not in tail and "or" not in tail and "&" not in tail:
        return False
    return _ITEM_BEFORE.search(before[-24:]) is not None


def in_day_list(
    text: str, begin: int, end: int, sent_end: int, clause_after: re.Pattern[str]
) -> bool:
    """Whether the day at [begin, end) stands in a list of days whose last one the clause goes on
    after (`clause_after` matched right after it)."""
    before = text[max(0, begin - 24) : begin]
    if not after_listed_day(before) and _ITEM_AFTER.match(text, end, sent_end) is None:
        return False
    last = _REST.match(text, end, sent_end)
    assert last is not None  # a starred group always matches
    rest = text[last.end() : sent_end]
    if clause_after.match(rest) is not None:
        return True
    return _VERB_AFTER.match(rest) is not None
