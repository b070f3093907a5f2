"""A diary's or notebook's entry quoted whole, its own day heading it inside the marks: in
'The spring of 1911 was late. "May 3rd. Cuckoo at last this morning; the ash not yet out."'
the writer's now is the heading's day, so "this morning" is 3 May 1911's, not a morning around
the publication date. So is a letter's dateline, its place before the day ('"Hexham, 4th May
1862. Dear Sir, I write today ...'). The heading is a day (of a year long past) right after the
opening mark, followed by a stop or a colon; the quotation runs to its closing mark
(`quoted_letters` asks it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from .quoted_days import long_past, mentions_before

_REACH = 1500  # characters an entry runs at most
_OPENING = "\"“‘'"
_CLOSER = re.compile(r"(?<=[\w.,!?;:])['’\"”](?=\s|[,.;:!?)—–-]|\Z)")
_LOOK_BACK = 12  # mentions before `pos` looked at for the heading
# an opening mark, a place of up to four capitalised words and a comma before the heading's day
_PLACE_BEFORE = re.compile(r"[\"“‘'](?=[A-Z])(?:[A-Z][\w'’.-]*[^\S\n]*){1,4},[^\S\n]*$")


def headed_now(text: str, mentions: Sequence[Any], pos: int, dct: dt.date) -> dt.date | None:
    """The day heading the quoted entry that holds `pos`, where it is of a year long past."""
    for seen, m in enumerate(mentions_before(mentions, pos), 1):
        if seen > _LOOK_BACK or pos - m.begin > _REACH:
            return None
        if text[m.end : m.end + 1] not in (".", ":"):
            continue  # a heading ends in a stop or a colon: asked first, the cheapest test
        mark = m.begin - 1
        if mark >= 0 and text[mark] not in _OPENING:
            # a letter's dateline: its place before the day ('"Brandwick, 5th Jan. 1880.')
            place = _PLACE_BEFORE.search(text, max(0, m.begin - 40), m.begin)
            mark = place.start() if place is not None else -1
        if mark < 0:
            continue
        if mark > 0 and not text[mark - 1].isspace():
            continue  # an opening mark after a space or a line's start
        point = m.res.point
        if point is None or point[1] != "day" or _CLOSER.search(text, m.end + 1, pos):
            return None
        return long_past(point[0], dct)
    return None
