""" "New Year week", "Christmas and New Year bin collections": "New Year" alone is New Year's Day
where a week is counted from it or where it is paired with Christmas as the two holidays of a
timetable. Elsewhere it is a year ("in the New Year": `calendar._new_year`), or a name ("the New
Year Honours", "Chinese New Year"). Used by `holidays._holiday`."""

from __future__ import annotations

import re

# paired with the other feast of the season: "Christmas and New Year", "over Christmas or New Year"
_PAIRED_BEFORE = re.compile(r"(?i)\bChristmas\s+(?:and|or|&)\s+$")
_NAME_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|Chinese|Lunar|Jewish|Persian|Islamic|Tamil|Thai)\s+|['’]s\s+)$"
)
# a capitalised word after it makes a name ("New Year Honours", "New Year Day Parade")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def new_year_day(week: str | None, before: str, after: str) -> bool:
    """Whether "New Year" (with `week`: "New Year week") between `before` and `after` is the
    first day of January."""
    if _NAME_BEFORE.search(before) and not week:
        return False
    if week:
        return True
    return bool(_PAIRED_BEFORE.search(before)) and not _NAME_AFTER.match(after)
