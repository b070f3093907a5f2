"""The day a history tells by the hour. "On the evening of 9 March 1850 the mill caught fire.
The inquest of 1851 heard the miller. He said he locked up at half past eight": the clock time
is on the evening the story told hour by hour, not on the publication day, though the story
has moved on to a year since; and so is one a witness gives after the day of the telling ("she
told the coroner on 4 April, 'we smelt smoke at ten'"), and "that night" told from a year
("In 1860 the watchman's diary for that night was found"). `clock._on_day` and
`relative._pod_ref` ask it; the day is the last one the text gave a part of the day or a clock
time, in a year long past, within a few mentions back.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..tense import FUTURE
from .table import Ctx

_HISTORY_YEARS = 5  # as `anchoring.HISTORY_YEARS`: a year this far back is a history's
_BACK = 16  # mentions looked through: a story's night told over a few paragraphs
# "On the evening of 17 May 1850": a day the text opens its hours with
_PART_OF = re.compile(r"(?i)\b(?:night|evening|morning|afternoon)\s+of\s+(?:the\s+)?$")
_NIGHT_OF = re.compile(r"(?i)\b(?:night|evening)\s+of\s+(?:the\s+)?$")
# the day a witness or writer told it on: "told the court on 16 May", "wrote on Monday"
_TELLING = re.compile(
    r"(?i)\b(?:told|said|testified|stated|wrote|recorded|recalled|declared|reported|deposed|"
    r"swore|admitted|insisted|remembered|explained|gave\s+evidence)\b[^.;!?]{0,50}\bon\s+$"
)
_WITHIN_DAY = frozenset({"day", "hour", "minute", "second"})
_EVENING = 18


def _hours_of(m: Any, text: str, night: bool) -> bool:
    """Whether mention `m` gives a day by the hour (a clock time, a part of the day, or a day
    after "the evening of"); `night`: an evening or night only."""
    res = m.res
    point = res.point
    if point is None or point[1] not in _WITHIN_DAY or res.type not in ("DATE", "TIME"):
        return False
    value: str = res.value
    if len(value) > 10 and value[10] == "T":
        if not night:
            return True
        hour = value[11:13]
        return value.endswith(("TEV", "TNI")) or (hour.isdigit() and int(hour) >= _EVENING)
    before = text[max(0, m.begin - 30) : m.begin]
    return bool((_NIGHT_OF if night else _PART_OF).search(before))


def _last_hours(c: Ctx, night: bool = False) -> Any | None:
    """The last mention before the match that gives a day of a year long past by the hour."""
    assert c.dct is not None
    now = c.pub or c.dct  # the publication date, also inside a letter with its writer's day
    for m in reversed(c.told[-_BACK:]):
        if m.begin >= c.begin:
            continue
        if _hours_of(m, c.text, night):
            point = m.res.point
            return m if point[0].year <= now.year - _HISTORY_YEARS else None
    return None


def _telling_day(c: Ctx, value: str | None) -> Any | None:
    """The mention of the day `value` if it is the day a witness or writer told it on."""
    for m in reversed(c.told[-_BACK:]):
        if m.res.value == value and m.begin < c.begin:
            before = c.text[max(0, m.begin - 70) : m.begin]
            return m if _TELLING.search(before) else None
    return None


def _use(c: Ctx, m: Any) -> dt.date:
    c.basis = "hours"
    c.ref_values["hours"] = (m.res.value, c.text[max(0, m.begin - 20) : m.begin])
    day: dt.date = m.res.point[0]
    return day


def hours_day(c: Ctx) -> dt.date | None:
    """The day a clock time is on instead of the one `c.basis` ("dct", "ref", "sent_ref") gave:
    the history's day told by the hour, where the story has moved to a long-past year or month
    (which would leave the clock on the publication day) or to the day a witness told it on."""
    if c.dct is None or c.basis not in ("dct", "ref", "sent_ref"):
        return None
    if c.basis == "dct":
        ref = c.ref
        if ref is None or ref[0].year > c.dct.year - _HISTORY_YEARS or c.tense() == FUTURE:
            return None
        m = _last_hours(c)
        return None if m is None else _use(c, m)
    value, _ = c.ref_values.get(c.basis, (None, ""))
    told = _telling_day(c, value)
    if told is None:
        return None
    m = _last_hours(c)
    if m is None or m.res.point[0] == told.res.point[0]:
        return None
    return _use(c, m)


def last_night_told(c: Ctx) -> dt.date | None:
    """The day of "that night" or "that evening" told from a long-past year or month: the last
    night the history told ("In 1884 the keeper's log for that night was found")."""
    ref = c.ref
    if c.dct is None or ref is None or ref[0].year > c.dct.year - _HISTORY_YEARS:
        return None
    m = _last_hours(c, night=True)
    return None if m is None else _use(c, m)
