"""A year-less day to come soon, told after a plan's later year: "New carriages are due to enter
service in the spring of 2028; until then the old ones soldier on. From 13 December the train
will also stop at Marrow Halt", written in November 2026, is this 13 December, not 2028's. No
story is told in a year still to come, so the later year is a plan's, not a time the text goes
on in; news names the year of a date further off. As `anchoring._soon_after_later_year` (a year
told in passing), for the year a story carried on too, and within `anchoring._AHEAD_OK_DAYS`:
"It is due to be finished in 2028. It will open in March" holds 2028's March.
Used by `anchoring.pick_year_anchored`."""

from __future__ import annotations

import datetime as dt

from ..tense import FUTURE
from .table import Ctx


def soon_before_plan_year(
    c: Ctx,
    story_year: int | None,
    cands: list[dt.date],
    ref: dt.date | None,
    tense: str | None,
    ahead_days: int,
) -> bool:
    """Whether the day at `c`, told in the future after `story_year` (a year after the DCT's
    not named in its own sentence), has a date within `ahead_days` after `ref`."""
    if c.dct is None or ref is None or story_year is None or story_year <= c.dct.year:
        return False
    if tense != FUTURE:
        return False
    if c.sent_ref is not None and c.sent_ref[0].year == story_year:
        return False  # "In 2028 the line will close on 3 January": the sentence's own year
    return any(0 <= (d - ref).days <= ahead_days for d in cands)
