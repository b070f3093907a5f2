"""A month as the subject of a monthly round-up: "June was the hottest on record", "May in the
valley was the driest since 1995", "April has begun no better", a headline's "How July was".
`absolute`'s month rule leaves a bare "May", "March", "June" alone without a cue before it ("in",
"since": the modal, the verb, the name); here the words after it say it is the month
(`topic_months.month_as_subject`): a record, a month beginning or ending, or "how ... was".
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import MONTH_FULL
from .anchoring import pick_year_anchored
from .common import _month
from .table import Ctx, Groups, Res, make, rule
from .topic_months import month_as_subject


@rule("month_subject", rf"(?P<mon>{MONTH_FULL})(?![\w'’-])", starts="#month")
def _month_subject(g: Groups, c: Ctx) -> Res | None:
    if not month_as_subject(c.before(), c.after()):
        return None
    month = _month(g.req("mon"))
    year, anchored = pick_year_anchored(c, month)
    if year is None:
        return Res("DATE", f"XXXX-{month:02d}")
    return make((dt.date(year, month, 1), "month"), yearless=True, relative=not anchored)
