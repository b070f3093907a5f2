"""A weekday of something called off now is to come: "The hospital has cancelled its clinics on
Friday and Saturday", "Saturday's parade has been postponed". What is cancelled or put off is
still ahead when the perfect is told; the past ("cancelled the clinic on Friday") names the
day of the cancelling and is left to the tense. The present passive says the same as the perfect
("Ferries are cancelled on Tuesday and Wednesday", "the match is postponed on Saturday"): the
called-off days still to come; "were cancelled on Tuesday" stays the past."""

from __future__ import annotations

import re

from ..cue_guard import guard

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_OFF = r"(?:cancell?ed|postponed|called\s+off|put\s+off|scrapped|suspended|axed)"
# "has cancelled [its clinics] on (Friday and) ": a bounded object with no clause of its own
_OFF_BEFORE = guard(
    rf"(?i)\b(?:(?:has|have)\s+(?:been\s+)?|(?:is|are)\s+(?:now\s+|also\s+)?){_OFF}\b"
    r"(?:(?!\b(?:that|which|who|when|after|since|it|they|was|were|had)\b)[^.;:!?\"“”\n]){0,60}?"
    rf"\bon\s+(?:{_WD}\s+(?:and|or)\s+)?$"
)
# "'s [Riverside Fun Run] has been postponed"
_OFF_AFTER = re.compile(
    rf"(?i)['’]s\s+(?:[\w-]+\s+){{0,5}}?(?:has|have)\s+been\s+{_OFF}\b|['’]s\s+(?:[\w-]+\s+){{0,5}}?"
    rf"(?:is|are)\s+(?:now\s+)?(?:cancell?ed|postponed|off)\b"
)


def called_off_ahead(before: str, after: str) -> bool:
    """Whether the weekday between `before` and `after` is a day of something called off now."""
    if after[:1] in ("'", "’") and _OFF_AFTER.match(after[:80]) is not None:
        return True
    return _OFF_BEFORE.search(before[-120:]) is not None
