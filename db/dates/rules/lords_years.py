"""A year told with its era in words, as chronicles, charters, saints' lives and their
translations write it: "in the year of our Lord 1066", "the year of grace 1190", "in the year
of Christ 800". Without this "the year" is read as the reporting year and the number is left
out, so every year-less date after it takes the publication's year.
"""

from __future__ import annotations

import datetime as dt

from .table import Ctx, Groups, Res, make, rule

_ERA = r"(?:our\s+Lord|the\s+Lord|grace|Christ|the\s+Incarnation)"


@rule(
    "lords_year",
    rf"(?i:the)\s+(?i:year)\s+(?i:of)\s+(?i:{_ERA})\s+(?P<y>[1-9]\d{{0,3}})(?![\d/])",
    starts="the",
)
def _lords_year(g: Groups, c: Ctx) -> Res | None:
    """ "the year of our Lord 694" (TIMEX3 "0694")."""
    return make((dt.date(int(g.req("y")), 1, 1), "year"), explicit_year=True)
