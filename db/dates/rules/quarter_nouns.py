""" "the quarter sessions", "a quarter peal", "the quarter day", "the quarter final": "quarter"
as part of a compound noun names a court, a ringing, a rent day or a round, not three months
(the reporting period of `calendar.reporting_period`, the duration of `durations`)."""

from __future__ import annotations

import re

_COMPOUND = re.compile(
    r"[\s-]+(?i:sessions?|peals?|days?|finals?|deck|master|masters|staff|horses?|sheets?|"
    r"mile|miles|note|notes|panel|light|lights)\b"
)


def names_no_quarter(after: str) -> bool:
    """Whether the words after "quarter" (`after`) make it part of another noun."""
    return after[:1] in (" ", "-") and _COMPOUND.match(after) is not None
