""" "The present century has seen the greatest changes", "The last century brought a slower
prosperity": a history written in its own time names its century and the one before from its
publication date (an 1876 chronicle's "present century" is the 1800s). "over the last century"
is a stretch of a hundred years (`durations`), not the century before.
"""

from __future__ import annotations

import re

from .table import Ctx, Groups, Res, rule

_STRETCH_BEFORE = re.compile(r"(?i)\b(?:over|for|within|across|throughout)\s+$")


@rule(
    "own_century",
    r"(?i:the)\s+(?P<rel>(?i:present|last))\s+(?i:century)(?![\w-])",
    starts="the",
)
def _own_century(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None or _STRETCH_BEFORE.search(c.before()):
        return None
    century = c.dct.year // 100 - (g.lower("rel") == "last")
    return Res("DATE", f"{century:02d}", relative=True)
