""" "two years and eight months", "three hours and ten minutes": one amount of time told in two
units, the larger first; TimeML marks it as one DURATION (P2Y8M, PT3H10M), not two."""

from __future__ import annotations

from ..lexicon import NUM, UNITS, number_of, unit_of
from .table import Ctx, Groups, Res, rule

_ORDER = ["year", "month", "week", "day", "hour", "minute", "second"]
_UNIT = r"(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?)"


@rule(
    "compound_amount",
    rf"(?P<n1>{NUM})\s+(?P<u1>{_UNIT})\s+(?i:and)\s+(?P<n2>{NUM})\s+(?P<u2>{_UNIT})(?![\w-])",
    starts="#digit #number",
)
def _compound_amount(g: Groups, c: Ctx) -> Res | None:
    n1, n2 = number_of(g.req("n1")), number_of(g.req("n2"))
    u1, u2 = unit_of(g.req("u1")), unit_of(g.req("u2"))
    if n1 is None or n2 is None or _ORDER.index(u1) >= _ORDER.index(u2):
        return None  # "two days and three weeks": two amounts, not one
    if u1 == "week" or u2 == "week":
        return None  # ISO 8601 writes weeks alone
    date_part = time_part = ""
    for n, u in ((n1, u1), (n2, u2)):
        letter = UNITS[u][1]
        if UNITS[u][2]:
            time_part += f"{n}{letter}"
        else:
            date_part += f"{n}{letter}"
    return Res("DURATION", f"P{date_part}" + (f"T{time_part}" if time_part else ""))
