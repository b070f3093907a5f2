"""A season or a month after "that" followed by a "when" clause told in the past: "was halted
for six weeks that spring when the lead actor broke a leg", "closed that April when the roof
fell in". The "when" clause says what happened in that season, so the words are a time, not a
verb ("problems that spring from poverty", "shares that fall when rates rise": a present
follows there, no past)."""

from __future__ import annotations

import re

from ..tense import PAST, verb_tag

_WHEN = re.compile(r"\s+(?:when|after|as|while)\s+")
_WORD = re.compile(r"[A-Za-z]+")
_REACH = 5  # words of the "when" clause looked at for its past verb: "the lead actor broke"


def when_past_after(after: str) -> bool:
    """Whether `after` (the text after "that spring") opens a "when" clause with a past verb
    within its first few words."""
    if (
        "when " not in after[:8]
        and "after " not in after[:8]
        and "as " not in after[:5]
        and "while " not in after[:9]
    ):
        return False  # cheap exact guard first
    m = _WHEN.match(after)
    if m is None:
        return False
    prev = ""
    for i, w in enumerate(_WORD.finditer(after, m.end(), m.end() + 60)):
        if i >= _REACH:
            break
        word = w.group()
        if verb_tag(word, prev, False) == PAST:
            return True
        prev = word.lower()
    return False
