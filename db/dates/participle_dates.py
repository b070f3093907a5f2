"""A date ending a past participle right after a noun: "you will hear a recording made in 1958",
"the museum will show letters written on 3 May 1915". The participle tells when the thing came
to be; its status is the date's own (done, if the date is past), not the clause's plan."""

from __future__ import annotations

import re

from .participle_years import NOT_A_NOUN

# a noun, a past participle ("made", "recorded", "taken", "written"), its agent, "in" or "on"
_PARTICIPLE = re.compile(
    r"(?i)\b(?P<prev>[a-z]+)\s+(?:made|built|taken|written|drawn|painted|printed|"
    r"[a-z]{3,}ed)\s+(?:by\s+[^,;:.()]{1,40}?\s+)?(?:in|on)\s+(?:the\s+)?$"
)
_REACH = 70  # characters read before the date


def participle_date(text: str, clause_begin: int, begin: int) -> bool:
    """Whether the date at `begin` ends a participle phrase after a noun ("a recording made
    in 1958"); substring tests first."""
    before = text[max(clause_begin, begin - _REACH) : begin]
    low = before.lower()
    if not (low.endswith(" in ") or low.endswith(" on ") or low.endswith(" the ")):
        return False
    m = _PARTICIPLE.search(before)
    if m is None:
        return False
    prev = m["prev"].lower()
    return prev not in NOT_A_NOUN and not prev.endswith("ly")
