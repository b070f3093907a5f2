"""A windowed frame's filter (db.windowed.filter) as DuckDB terms over a dataset's events."""

from __future__ import annotations

from db.windowed.filter import WindowFilter


def column_of(which: WindowFilter) -> str:
    """The column each event's lane number is read from: its lane's, or its source's."""
    return "source_no" if which.group == "source" else "lane_no"


def where_of(which: WindowFilter) -> str:
    """The filter as one WHERE condition (integers only: written into the SQL)."""
    terms = []
    if which.lanes is not None:
        lanes = ", ".join(str(int(n)) for n in which.lanes)
        terms.append(f"{column_of(which)} IN ({lanes})" if lanes else "false")
    if which.as_of is not None:  # an unknown report day is kept
        terms.append(f"(reported_key IS NULL OR reported_key <= {int(which.as_of)})")
    if which.start is not None:
        terms.append(f"end_key > {int(which.start)}")
    if which.end is not None:
        terms.append(f"start_key < {int(which.end)}")
    if which.hide:
        terms.append(f"(flags & {int(which.hide)}) = 0")
    return " AND ".join(terms) or "true"
