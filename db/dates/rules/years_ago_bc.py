""" "About 9,500 years ago", "some 40,000 years ago": a count of years back from the publication
date past the era is a BC year ("9,500 years ago" in 2026 is 7475 BC, "BC7475" as TIMEX3 writes
BC years), drawn on the timeline in astronomical years like the other BC dates (`bc_periods`).
Used by `relative._offset`, where counting back on the calendar would leave its years."""

from __future__ import annotations

import datetime as dt

from .table import Res


def bc_years_ago(n: int, dct: dt.date) -> Res | None:
    """The BC year `n` years before the DCT's year, else None (a year of the era)."""
    bc = n - dct.year + 1  # 1 BC is one year before AD 1: no year 0
    if bc < 1:
        return None
    year = 1 - bc  # astronomical, as `bc_periods` draws BC years (not imported: rule order)
    told = f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    return Res("DATE", f"BC{bc:04d}", dating=(told, told, "year"), relative=True)
