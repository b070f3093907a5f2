"""A day of the month in words, as speakers and formal writing give it: "the third of June
2017", "the twenty-first of March", "the thirty-first of December", a deed's "the fourth day of
March". Read as its figure would be
("the 3rd of June 2017"): with its year, that day; without, the year the text's time picks.
"""

from __future__ import annotations

from ..lexicon import MONTH_FULL, YEAR, year_of
from .anchoring import pick_year_anchored
from .common import _date, _month
from .regnal_days import regnal_year_after
from .table import Ctx, Groups, Res, make, rule
from .yearly_days import every_year

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth"
).split()
_DAYS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
_DAYS.update({w: i + 10 for i, w in enumerate(_TEENS)})
_DAYS.update({"twentieth": 20, "thirtieth": 30})
for _i, _w in enumerate(_UNITS):
    _DAYS[f"twenty-{_w}"] = 21 + _i
_DAYS["thirty-first"] = 31
# longest first, so "twenty-first" is not read as "twenty" and a stray "first"
_WORDS = "|".join(sorted((w.replace("-", r"[-\s]") for w in _DAYS), key=len, reverse=True))


@rule(
    "spelled_day",
    rf"(?i:the)\s+(?P<o>(?i:{_WORDS}))\s+(?:(?i:day)\s+)?(?i:of)\s+(?P<mon>{MONTH_FULL})(?![\w'’])"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    starts="the",
)
def _spelled_day(g: Groups, c: Ctx) -> Res | None:
    day = _DAYS.get("-".join(g.lower("o").split()).replace("--", "-"))
    if day is None:
        return None
    month = _month(g.req("mon"))
    if g["y"]:
        d = _date(year_of(g["y"]), month, day)
        return make((d, "day"), explicit_year=True) if d else None
    if _date(2000, month, day) is None:  # "the thirty-first of April" is no day
        return None
    if every_year(c):  # "falls each year on the first of May"
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    year, anchored = pick_year_anchored(c, month, day, None)
    if (regnal := regnal_year_after(c, month, day)) is not None:  # "... in the fifth year of"
        year, anchored = regnal, True
    d = _date(year, month, day) if year is not None else None
    if d is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    return make((d, "day"), yearless=True, relative=not anchored)
