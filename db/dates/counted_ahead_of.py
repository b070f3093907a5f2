"""A dateless clause that counts days or weeks to a dated clause after it: "The office opened an
investigation four days after a fire broke out on 11 August" opened it on 15 August; "Police
were called two days before the body was found on 3 May" on 1 May. The count ends the clause
("four days", then "after"/"before" opens the next one) and the first date of the clause after
it, a day gone by, is what it counts from (`days_apart` reads the count the other way round:
"on January 18, the day after she was seen")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .lexicon import number_of
from .model import HAPPENED, DatedSentence

# the clause ends in the count: "... an investigation four days " (a "the" would make it a
# noun's own: "the four days after")
_COUNT_END = re.compile(
    r"(?i)(?<!\bthe\s)\b(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?)\s*$"
)
_DIR_AFTER = re.compile(r"(?i)\s*(?P<dir>after|before)\s")
_UNIT_DAYS = {"day": 1, "week": 7}
_STOP = re.compile(r"[.;!?]")


def counted_ahead_of(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> str | None:
    """The day of the clause at `span` that ends in a count of days or weeks "after"/"before"
    a dated clause following it (module doc), if that clause's first date is a day no later
    than the DCT and the day counted to is no later either; else None."""
    clause = text[span[0] : span[1]]
    if "day" not in clause[-12:] and "week" not in clause[-12:]:
        return None  # cheap guard: the count ends the clause
    m = _COUNT_END.search(clause[-30:])
    d = _DIR_AFTER.match(text, span[1]) if m else None
    if m is None or d is None:
        return None
    n = number_of(m.group("num"))
    if n is None or (n == 1) != (m.group("unit").lower() in ("day", "week")):
        return None
    stop = _STOP.search(text, span[1])
    limit = stop.start() if stop else len(text)
    after = [x for x in out if x.timex.text and span[1] <= x.timex.begin < limit]
    first = min(after, key=lambda x: x.timex.begin, default=None)
    if first is None or first.comparison or first.around or first.status != HAPPENED:
        return None
    if first.precision != "day" or first.start[:1] == "-" or first.start[:10] > dct[:10]:
        return None
    days = n * _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
    step = dt.timedelta(days=days if d.group("dir").lower() == "after" else -days)
    day = (dt.date.fromisoformat(first.start[:10]) + step).isoformat()
    return day if day <= dct[:10] else None
