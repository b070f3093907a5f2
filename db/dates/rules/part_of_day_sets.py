""" "Every morning", "each Thursday evening", "every Sunday night": a part of the day that
recurs, every day or on one weekday (TimeML's "XXXX-XX-XXTMO", "XXXX-WXX-4TEV"); `sets` has
"every Thursday" alone."""

from __future__ import annotations

from ..lexicon import PART_OF_DAY, POD_CODE, WEEKDAY, WEEKDAYS
from .table import Ctx, Groups, Res, rule


@rule(
    "part_of_day_set",
    rf"(?i:every|each)\s+(?:(?P<wd>{WEEKDAY})\s+)?(?P<pod>{PART_OF_DAY})(?![\w'’-])",
    starts="every each",
)
def _part_of_day_set(g: Groups, c: Ctx) -> Res | None:
    pod = POD_CODE[g.lower("pod")]
    if g["wd"]:
        return Res("SET", f"XXXX-WXX-{WEEKDAYS[g.lower('wd')] + 1}T{pod}")
    return Res("SET", f"XXXX-XX-XXT{pod}")
