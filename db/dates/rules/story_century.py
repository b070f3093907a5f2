""" "mid-century" and "the middle of the century" without a number:
the century the text is told in (its last dated point, else the publication date), TIMEX3's
"18" for "by mid-century Liszt was filling halls" after 1825. A century as a whole, at that
precision: TIMEX3 has no value for its middle.
"""

from __future__ import annotations

import datetime as dt

from .table import Ctx, Groups, Res, make, rule


@rule(
    "story_century",
    r"(?:(?i:mid)-(?i:century)|(?i:the)\s+(?i:middle)\s+(?i:of)\s+"
    r"(?i:the)\s+(?i:century))(?![\w-])",
    starts="mid the",
)
def _story_century(g: Groups, c: Ctx) -> Res | None:
    now = c.ref[0].year if c.ref is not None else c.dct.year if c.dct is not None else None
    if now is None or now < 1000:  # no time told, or a BC year's stand-in
        return Res("DATE", "XX")
    return make((dt.date(now // 100 * 100, 1, 1), "century"))
