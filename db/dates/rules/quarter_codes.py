"""A quarter or a half-year written as business and trade histories abbreviate it, with its year:
"Q3 1998", "Q1-2004", "1998 Q3", "H2 2027", "2027 H1". Only in capitals and with a full year: a
bare "Q3" is as often a question's or a model's number, and "h1" a heading tag. Also a quarter
named by its last month, as civil registration indexes and family histories give a birth or a
death ("Sep. qtr 1861", "the June quarter of 1907") and Australian statistics a period ("the
March quarter 2024"): the three months it ends.
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import MONTHS
from .table import Ctx, Groups, Res, make, rule

_YEAR = r"(?:1[5-9]|20)\d\d"
_CODE = r"(?:Q(?P<q{n}>[1-4])|H(?P<h{n}>[12]))"


@rule(
    "quarter_code",
    rf"(?<![\w-])(?:{_CODE.format(n=1)}[\s-]+(?P<y1>{_YEAR})|(?P<y2>{_YEAR})\s+{_CODE.format(n=2)})"
    r"(?![\w-])",
    starts="q1 q2 q3 q4 h1 h2 #digit",
)
def _quarter_code(g: Groups, c: Ctx) -> Res | None:
    year = int(g["y1"] or g.req("y2"))
    q, h = g["q1"] or g["q2"], g["h1"] or g["h2"]
    if q:
        return make((dt.date(year, int(q) * 3 - 2, 1), "quarter"), explicit_year=True)
    half = int(h or 1)
    return make((dt.date(year, half * 6 - 5, 1), "half"), explicit_year=True)


@rule(
    "quarter_by_month",
    r"(?P<m>(?i:march|mar|june|jun|september|sept|sep|december|dec))\.?\s+(?i:qtr\.?|quarter)"
    rf"\s+(?:(?i:of)\s+)?(?P<y>{_YEAR})(?![\w-])",
    starts="march mar june jun september sept sep december dec",
)
def _quarter_by_month(g: Groups, c: Ctx) -> Res | None:
    if not g.req("m")[0].isupper():
        return None  # "march quarter" in lower case is no month's name
    last = MONTHS[g.lower("m")[:3]]
    return make((dt.date(int(g.req("y")), last - 2, 1), "quarter"), explicit_year=True)
