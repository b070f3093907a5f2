""" "The launch was set for Thursday. It was put off on the eve of the launch": the eve of a
happening the story has just dated is the day before that date. Only where the sentence has no
date of its own before it ("on Sunday, on the eve of the talks" makes Sunday the eve, and the
sentence is dated already) and the story is on a day."""

from __future__ import annotations

import datetime as dt

from .table import Ctx, Groups, Res, make, rule


@rule(
    "eve_of_happening",
    r"(?i:the)\s+(?i:eve)\s+(?i:of)\s+(?i:the|his|her|its|their|this|that)\s+[a-z]+(?![\w-])",
    starts="the",
)
def _eve_of(g: Groups, c: Ctx) -> Res | None:
    if c.sent_ref is not None or c.ref is None or c.ref[1] != "day":
        return None
    c.basis = "ref"
    return make((c.ref[0] - dt.timedelta(days=1), "day"), from_ref=True)
