"""A dateless clause a date counts back or on from: "found on the morning of January 18, the
day after she was last seen": the sighting is January 17, a day before the date it follows
(a counted "a day after" is an expression of its own, `rules.relative`; "the day after" with
a clause is not one: this places that clause)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .lexicon import number_of
from .model import HAPPENED, DatedSentence

# Right before the clause: ", the day after", ", two days before".
_APART = re.compile(
    r"(?i),\s+(?:(?P<the>the)|(?P<num>a|an|one|two|three|four|five|six|seven|\d{1,2}))\s+"
    r"(?P<unit>days?)\s+(?P<dir>after|before)\s"
)


def days_apart(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> str | None:
    """The day of the clause at `span` that ", the day after" ties to the date just before it
    in its sentence ("on January 18, the day after she was last seen": January 17), if that
    date is a day no later than the DCT; else None."""
    # the clause may start at the "after" ("the day | after she was last seen")
    m = _APART.search(text, max(0, span[0] - 30), span[0] + 7)
    if m is None or not span[0] <= m.end() <= span[0] + 7:
        return None
    n = 1 if m.group("the") else number_of(m.group("num"))
    if n is None or (n == 1) != (m.group("unit").lower() == "day"):
        return None
    for d in out:
        t = d.timex
        if not 0 <= m.start() - t.end <= 1 or d.comparison or d.around:
            continue
        if d.precision != "day" or d.status != HAPPENED or d.start[:1] == "-":
            return None  # a BC day: no day of the calendar `date` knows
        if d.start[:10] > dct[:10]:
            return None
        step = dt.timedelta(days=n if m.group("dir").lower() == "after" else -n)
        return (dt.date.fromisoformat(d.start[:10]) - step).isoformat()
    return None
