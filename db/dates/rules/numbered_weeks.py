""" "In epidemiological week 13", "during ISO week 40 of 2026": a week of the year by its number,
as health agencies and statisticians count them (ISO weeks, Monday to Sunday). The qualifier
says which count is meant ("week 13" alone may be a league's or a pregnancy's) and stays outside
the expression; without a year the week is the publication year's, or the year before's when
its number is still ahead of the publication date (a report looks back)."""

from __future__ import annotations

import datetime as dt
import re

from .table import Ctx, Groups, Res, make, rule

_COUNT_BEFORE = re.compile(
    r"(?i)\b(?:epidemiological|epidemiologic|epi|iso|calendar|reporting|surveillance)\s+$"
)


@rule(
    "numbered_week",
    r"(?i:week)\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?:\s+(?i:of)\s+(?P<y>\d{4}))?(?![\w'’-])",
    starts="week",
)
def _numbered_week(g: Groups, c: Ctx) -> Res | None:
    if not _COUNT_BEFORE.search(c.before()):
        return None
    n = int(g.req("n"))
    if g["y"]:
        year = int(g.req("y"))
    elif c.dct is not None:
        year = c.dct.year
        if n > c.dct.isocalendar()[1] + 1:
            year -= 1  # "epidemiological week 50" in a January report: last year's
    else:
        return Res("DATE", f"XXXX-W{n:02d}")
    try:
        monday = dt.date.fromisocalendar(year, n, 1)
    except ValueError:
        return None  # week 53 of a year of 52
    return make((monday, "week"), explicit_year=bool(g["y"]), relative=not g["y"])
