"""The first year of a BC range that writes its era once, after the last year: "Thutmose III
(c. 1479–1425 BC)", "ruled from 1279 to 1213 BC", "between 1500 and 1450 BC". BC ranges run
down, so a first year above the second is BC too; without this it was read as an AD year and
became the story's time ("that autumn" after it in 1479 AD)."""

from __future__ import annotations

import re

from ..story_years import bc_stand_in
from .table import Ctx, Groups, Res, rule

_BETWEEN = re.compile(r"(?i)\bbetween\s+$")


@rule(
    "bc_range_start",
    # the whole range matches (longer than the year alone); the span is its first year
    r"(?P<y>\d{3,4})\s*(?:[-–—]|to|(?P<and>and))\s*(?P<y2>\d{1,4})\s*(?:BCE|BC|B\.C\.)(?![\w])",
    starts="#digit",
)
def _bc_range_start(g: Groups, c: Ctx) -> Res | None:
    year, last = int(g.req("y")), int(g.req("y2"))
    if not last < year:
        return None  # "1990-2000 BC" is no BC range; "44-46 BC" neither
    if g["and"] and not _BETWEEN.search(c.before()):
        return None  # "a coin of 1995 and 44 BC": two dates, not a range
    return Res(
        "DATE", f"BC{year:04d}", bc_stand_in(year), None, explicit_year=True,
        end=c.begin + len(g.req("y")),
    )  # fmt: skip
