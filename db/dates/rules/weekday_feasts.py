""" "they come out again on Monday, St Andrew's Day", "the shops shut on Friday, Christmas Day":
a weekday with a feast set beside it after a comma names the feast's day, the one on that
weekday nearest the publication day (a reader checks that the two fall together), whatever the
verb's tense would pick for the weekday alone. Used by `relative._weekday`."""

from __future__ import annotations

import datetime as dt
import re

from .church_feasts import _DAY_NAMES, _FEASTS
from .holidays import _HOLIDAY_RE, _HOLIDAYS

# ", [the] <feast>": a named holiday, or a saint's day with "Day"
_BESIDE = re.compile(
    rf",\s+(?:(?i:the)\s+)?(?:(?P<h>(?i:{_HOLIDAY_RE}))|(?:{_DAY_NAMES})['’]s?\s+Day)(?![\w'’-])"
)
# how far from the publication day the feast may be: a season's feasts, told weeks ahead
_REACH = dt.timedelta(days=60)


def feast_beside(after: str, weekday: int, dct: dt.date) -> dt.date | None:
    """The day of the feast apposed at the start of `after` that falls on `weekday` within two
    months of `dct`; None where no feast follows or none fits."""
    m = _BESIDE.match(after)
    if m is None:
        return None
    if m["h"]:
        if not m["h"][0].isupper():
            return None  # "on Monday, the labor day crowds": lower case is no holiday
        name = re.sub(r"\s+", " ", re.sub(r"['’]", "'", m["h"].lower()))
        when = _HOLIDAYS.get(name) or _HOLIDAYS.get(name.replace("s day", "'s day"))
        if when is None:
            return None
        days = [when(y) for y in (dct.year - 1, dct.year, dct.year + 1)]
    else:
        i = next(int(k[1:]) for k, v in m.groupdict().items() if k.startswith("d") and v)
        _, month, day = _FEASTS[i]
        days = [dt.date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1)]
    fits = [d for d in days if d.weekday() == weekday and abs(d - dct) <= _REACH]
    return min(fits, key=lambda d: abs(d - dct)) if fits else None
