"""Sets, recurring times: "every week", "each Monday", "daily", "twice a year", "Sundays"."""

from __future__ import annotations

import re

from ..lexicon import NUM, UNIT, WEEKDAY, WEEKDAYS, number_of, unit_of
from .common import _NOUN_NEXT, _period
from .table import Ctx, Groups, Res, rule

_ADVERB_SETS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
}


# the counts a recurrence is written with before a hyphen ("two-weekly", "6-monthly")
_COUNT = r"(?i:two|three|four|five|six|eight|twelve|[2-9]|1[0-2])"
_RECURRING_ADJ = {"hourly", "daily", "nightly", "weekly"}
_KIND_BEFORE = re.compile(r"(?i)\b(?:its|their|his|her|the|a|an|first|initial|average)\s+$")


@rule(
    "set",
    rf"(?i:every|each)\s+(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})"
    rf"|(?i:every|each)\s+(?P<wd>{WEEKDAY})"
    r"|(?P<adv>(?i:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|"
    r"annually))"
    # a count joined to the adverb: "three-weekly collections", "six-monthly reviews"
    rf"|(?P<nnum>{_COUNT})-(?P<nadv>(?i:daily|weekly|monthly|yearly))"
    rf"|(?P<freq>(?i:once|twice|three\s+times|\d+\s+times))\s+(?i:a|per|each|every)\s+"
    rf"(?P<funit>{UNIT})"
    r"|(?P<wds>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)",
    starts=(
        "every each hourly daily nightly weekly biweekly bi fortnightly monthly quarterly "
        "yearly annually once twice two three four five six eight twelve #digit mondays "
        "tuesdays wednesdays thursdays fridays "
        "saturdays sundays"
    ),
)
def _set(g: Groups, c: Ctx) -> Res | None:
    if g["adv"] and re.search(r"\w-$", c.before()):
        return None  # "its six-monthly report" read as a kind: not "monthly" alone
    adv = (g.lower("adv") or g.lower("nadv") or "").replace("-", "")
    if adv and _KIND_BEFORE.search(c.before()) and _NOUN_NEXT.match(c.after()):
        # "its quarterly dividend", "average daily volume": a kind of thing, not a recurrence;
        # but "his weekly radio address", "a daily rally", "their daily life" recur.
        if adv not in _RECURRING_ADJ or c.before().lower().rstrip().endswith("average"):
            return None
    if g["adv"]:
        return Res("SET", _ADVERB_SETS[adv])
    if g["nadv"]:
        unit = _ADVERB_SETS[g.lower("nadv")]
        return Res("SET", f"P{number_of(g.req('nnum'))}{unit[-1]}")
    if g["wd"] or g["wds"]:
        wd = WEEKDAYS[(g.lower("wd") or g.lower("wds")[:-1])]
        return Res("SET", f"XXXX-WXX-{wd + 1}")
    unit = unit_of(g["unit"] or g.req("funit"))
    n = number_of(g["num"]) if g["num"] else 1
    if unit == "weekend" and n == 1 and not g["funit"]:
        return Res("SET", "XXXX-WXX-WE")  # "every weekend": each one, as "every Sunday" is
    return Res("SET", _period(n or 1, unit))
