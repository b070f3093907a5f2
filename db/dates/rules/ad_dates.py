""" "20 August AD 2", "March AD 14", "21 February 4 AD": a day or month of a year written with
its era. Such years are short (AD 1-999), so the plain day-month-year rule does not read them as
years; without this the era and year are left out and the day takes the story's year, which
near the era boundary is the BC story's year, not the one the text gives.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..lexicon import DAY, MONTH_FULL, MONTHS
from .table import Ctx, Groups, Res, make, rule

_AD = r"(?:AD|A\.D\.)"


@rule(
    "ad_date",
    rf"(?:(?P<d>{DAY})\s+)?(?P<m>{MONTH_FULL})\s+"
    rf"(?:{_AD}\s*(?P<y>\d{{1,4}})(?!\d)|(?P<y2>\d{{1,4}})\s*(?:{_AD}|CE|C\.E\.)(?![\w]))",
    starts="#digit #month",
)
def _ad_date(g: Groups, c: Ctx) -> Res | None:
    year, month = int(g["y"] or g.req("y2")), MONTHS[g.lower("m")[:3]]
    if year == 0:
        return None  # no year 0 between 1 BC and AD 1
    if not g["d"]:
        return make((dt.date(year, month, 1), "month"), explicit_year=True)
    day = int(re.sub(r"\D", "", g.req("d")))
    if day > calendar.monthrange(year, month)[1]:
        return None
    return make((dt.date(year, month, day), "day"), explicit_year=True)
