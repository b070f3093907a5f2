"""The first year of a span between two years in Spanish, French, Italian, Portuguese and German
("entre 2015 y 2019", "entre 2015 et 2019", "tra il 2015 e il 2019", "zwischen 2017 und 2022"):
"between" before it and the second year after "and" make the bare number a year where no cue
word does (`locales._year`). Amounts between two numbers ("zwischen 2000 und 2500 Euro") are
told apart by the numbers: a span of years runs forward, over a few decades at most, and ends
no later than a generation after the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

_BETWEEN = {
    "es": (r"entre", r"y|e"),
    "fr": (r"entre", r"et"),
    "it": (r"tra(?:\s+il)?|fra(?:\s+il)?", r"e(?:\s+il)?|ed"),
    "pt": (r"entre(?:\s+o)?", r"e(?:\s+o)?"),
    "de": (r"zwischen", r"und"),
}
_LONGEST = 60  # years a span of years covers at most
_AHEAD = 30  # years after the publication date a span may end


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    between, gap = _BETWEEN[lang]
    return (
        re.compile(rf"(?i)(?:^|[^\w'’])(?:{between})\s+$"),
        re.compile(rf"(?i)^\s+(?:{gap})\s+(?P<y>1\d{{3}}|20\d\d)(?![\w.,]?\d)"),
    )


def opens_year_range(lang: str, before: str, year: int, after: str, dct: dt.date | None) -> bool:
    """Whether `year`, between `before` and `after`, opens a span between two years."""
    if lang not in _BETWEEN:
        return False
    opener, second = _patterns(lang)
    if not opener.search(before[-20:]) or (m := second.match(after)) is None:
        return False
    last = int(m["y"])
    latest = (dct.year if dct is not None else dt.date.today().year) + _AHEAD
    return year < last <= min(year + _LONGEST, latest)
