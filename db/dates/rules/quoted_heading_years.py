"""The year of a quoted entry's heading told right after the quotation: in '"Aug. 3. First
house martins at the school, 6 a.m." is from 1927' or '"May 9: hail all afternoon" (1911)' the
heading's day is of that year, not of one near the publication date; the quotation's times then
count from it (`headed_quotes`). Used by `anchoring.pick_year_anchored`."""

from __future__ import annotations

import re

from ..lexicon import YEAR_DIGITS
from .table import Ctx

_OPENING = "\"“‘'"
_REACH = 600  # characters an entry runs at most
_CLOSER = re.compile(r"(?<=[\w.,!?;:])['’\"”](?=\s|[,.;:!?)—–-]|\Z)")
_YEAR_AFTER = re.compile(
    rf"\s*(?:\((?P<p>{YEAR_DIGITS})\)|,?\s+(?:is|was|comes|came|dates)\s+from\s+"
    rf"(?P<y>{YEAR_DIGITS})\b)"
)


def heading_year(c: Ctx, long_past: int) -> int | None:
    """The year told right after the quotation that the date at `c` heads, where it is
    `long_past` or before; else None."""
    text, b = c.text, c.begin
    if b < 1 or text[b - 1] not in _OPENING or (b > 1 and not text[b - 2].isspace()):
        return None
    if text[c.end : c.end + 1] not in (".", ":"):
        return None
    close = _CLOSER.search(text, c.end + 1, min(len(text), c.end + _REACH))
    if close is None:
        return None
    m = _YEAR_AFTER.match(text, close.end())
    if m is None:
        return None
    year = int(m["p"] or m["y"])
    return year if year <= long_past else None
