""" "Harlan said it hoped to start work next spring. ... it would meet them in August", written
in July: a year counted from the publication date in an earlier sentence ("next spring", "last
June") is a year the text told, as a written one is ("... in 2028. Ministers will vote on
November 20"). A date to come close ahead of the publication date is still this year's
(`anchoring._soon_after_later_year`), and a month gone by that would step back before the
counted month is the last one ("should have been opened last June ... The search restarted in
March", written in May: this March; `anchoring._recent_background`).
"""

from __future__ import annotations

from itertools import islice

from .table import Ctx

_LOOK_BACK = 6  # dates told before: the counted year is among the last few


def counted_year_before(c: Ctx, year: int) -> bool:
    """Whether the last date told in `year` is counted from the publication date and sits in
    an earlier sentence than the date at `c`."""
    for m in islice(reversed(c.told), _LOOK_BACK):  # no copy of a long text's dates
        point = m.res.point
        if point is None or m.res.type not in ("DATE", "TIME"):
            continue
        if point[0].year == year:
            return bool(m.res.relative) and m.begin < c.sent_begin
    return False
