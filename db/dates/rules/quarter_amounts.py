""" "a quarter of a century", "three quarters of an hour", "a quarter hour", "a quarter-century":
an amount of time a fraction of a unit makes (TimeML writes it in the unit below: P25Y, PT45M),
not "a quarter" (of a year) and an hour or a century of its own."""

from __future__ import annotations

from .table import Ctx, Groups, Res, rule

_QUARTER_OF = {"century": ("P", 25, "Y"), "hour": ("PT", 15, "M")}


@rule(
    "quarter_amount",
    r"(?P<n>(?i:a|one|three))[\s-]+(?i:quarters?)(?:\s+(?i:of)\s+(?i:an?)\s+|[\s-])"
    r"(?P<unit>(?i:century|hour))(?![\w-])",
    starts="a one three",
)
def _quarter_amount(g: Groups, c: Ctx) -> Res | None:
    prefix, per, letter = _QUARTER_OF[g.lower("unit")]
    return Res("DURATION", f"{prefix}{per * (3 if g.lower('n') == 'three' else 1)}{letter}")
