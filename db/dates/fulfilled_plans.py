"""A plan told done: "Resolved that the Navigation be opened for trade on Monday the 29th
instant. ... The opening took place as planned, with a band on the first boat." What happened
"as planned", "as arranged", "as ordered" is the plan the text last told, on that plan's day:
no date of its own, and not the publication day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import PLANNED, DatedSentence

_AS_PLANNED = re.compile(
    r"(?i)\bas\s+(?:had\s+been\s+|was\s+)?(?:planned|arranged|ordered|agreed|resolved|"
    r"scheduled|intended|appointed)\b"
)
_REACH = 1500  # characters back to the plan


def fulfilled_plan(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence]
) -> tuple[str, str] | None:
    """The day and precision of the last plan before a clause that happened "as planned"."""
    if " as " not in text[span[0] : span[1]] or not _AS_PLANNED.search(text, *span):
        return None
    plans = [
        d
        for d in out
        if d.status == PLANNED and span[0] - _REACH <= d.clause[1] <= span[0] and d.timex.text
    ]
    if not plans:
        return None
    plan = max(plans, key=lambda d: d.clause[1])
    return plan.start, plan.precision
