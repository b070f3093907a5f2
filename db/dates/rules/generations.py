""" "A generation later": about twenty-five years after the story's time, written as the decade
it falls in ("A generation later" after 1349: the 1370s, "137"), as a reader places it; "two
generations earlier" fifty years before. And "the decades that followed", "in the years that
followed": an unspecified amount of that unit (TIMEX3's DURATION "PXDE", "PXY"; the unit word
alone, as TimeBank marks it), which dates no event of its own.
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import UNITS, unit_of
from .table import Ctx, Groups, Res, make, rule

GENERATION_YEARS = 25  # a reader's generation: parents to children


@rule(
    "generation",
    r"(?P<n>(?i:a|one|two|three))\s+(?i:generations?)\s+(?P<dir>(?i:later|earlier|after|before))"
    r"(?![\w-])",
    starts="a one two three",
)
def _generation(g: Groups, c: Ctx) -> Res | None:
    if c.ref is None:
        return None
    n = {"a": 1, "one": 1, "two": 2, "three": 3}[g.lower("n")]
    step = n * GENERATION_YEARS * (1 if g.lower("dir") in ("later", "after") else -1)
    year = c.ref[0].year + step
    if not 1 <= year <= 9999 or c.ref[0].year < 1000 <= year:  # no BC stand-in across the era
        return None
    c.basis = "ref"
    return make((dt.date(year, 1, 1), "decade"), from_ref=True)


@rule(
    "units_that_followed",
    r"(?P<unit>(?i:months|years|decades|centuries))\s+(?i:that|which)\s+(?i:followed|follow)"
    r"(?![\w-])",
    starts="months years decades centuries",
)
def _units_that_followed(g: Groups, c: Ctx) -> Res | None:
    # TimeBank marks the unit alone ("in the years that followed": "years"); "the years that
    # follow" is the same amount in a life told in the present
    unit = g.req("unit")
    return Res("DURATION", f"PX{UNITS[unit_of(unit)][1]}", end=c.begin + len(unit))
