"""A happening "weeks later" than a past date told just before is in that date's year.

"Relations soured in 2019, when the coastguard held four trawlers. The country recalled its
ambassador weeks later." A reader does not know the week, but knows the year: the recall is
2019's, not news of the publication day. Used by db.dates.publication_day for a dateless clause
that says "weeks later" or "weeks afterwards" (no number: "three weeks later" is counted by
the rules) when the date told last before it, in its paragraph, is a year, or a month, season
or day early enough in its year (up to October) that some weeks on stay in it, and at least two
months before the publication day's month when it is this year's (a month just gone by leaves
the publication day as likely). A history's "Some weeks later" (a date at least
`HISTORY_YEARS` back) still gets no event at all (`publication_day._weeks_on`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import DatedSentence
from .sentences import BLANK_LINE

_WEEKS_LATER = re.compile(
    r"(?i)\b(?:(?:some|several|a\s+few|many)\s+)?weeks\s+(?:later|afterwards?)\b"
)
_LAST_MONTH = 10  # "in November ... weeks later" may be the next year
_PRECISIONS = ("year", "season", "month", "day", "hour", "minute", "second")


def weeks_later_year(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> tuple[str, str] | None:
    """The year (and "year" precision) of a dateless clause at `span` that happened "weeks
    later" than the past date told last before it in its paragraph; else None."""
    seg = text[span[0] : span[1]]
    if "weeks" not in seg.lower() or _WEEKS_LATER.search(seg) is None:
        return None
    told = [d for d in out if d.timex.text and not d.around and d.timex.end <= span[0]]
    if not told:
        return None
    last = max(told, key=lambda d: d.timex.begin)
    if BLANK_LINE.search(text, last.timex.end, span[0]) or last.comparison:
        return None  # another paragraph's date, or a comparison's
    year = last.start[:4]
    if not year.isdigit() or last.precision not in _PRECISIONS or year > dct[:4]:
        return None
    month = int(last.start[5:7] or 0) if last.precision != "year" else 0
    if month > _LAST_MONTH or (year == dct[:4] and (not month or month > int(dct[5:7]) - 2)):
        return None  # "in March ... weeks later" told in April: it may be this week's news
    return year, "year"
