"""A windowed frame's filter (db.windowed.filter) as SQLite terms over a timeline database's
events table, with each event's columns computed as TimelineStore.load_index computes them
(its id, start and end keys, lane number and flag bits), so that a window read by SQL holds
exactly the rows the in-memory index holds there.

Short events (at most LONG) are read here, through the start key's index (a short event
overlapping [a, b) starts after a - LONG); the long ones are few and kept in memory beside the
count pyramid (db.store.window_data).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from db import schema
from db.timekeys import PRECISION_RANK
from db.windowed.filter import WindowFilter

from .intervals import LONG
from .model import IMPRECISE, NEGATED, PLANNED, PUBLICATION, RANGE

# As TimelineStore (db.store.timeline): keys beyond it are not loaded.
MAX_KEY = 32_000_000_000_000
LANE = "coalesce(CAST(lane AS TEXT), '')"
START = "CAST(start_key AS INTEGER)"
END = f"""(CASE WHEN end_key > start_key AND end_key <= {MAX_KEY}
          THEN CAST(end_key AS INTEGER) ELSE {START} END)"""


def _text(name: str) -> str:
    """A name as an SQL string literal (lane names come from the file itself)."""
    return "'" + name.replace("'", "''") + "'"


_COARSE = ", ".join(f"'{p}'" for p, r in PRECISION_RANK.items() if r < PRECISION_RANK["day"])
_FLAGS = (
    f"""(CASE WHEN "end" IS NOT NULL AND "end" != '' THEN {RANGE} ELSE 0 END)"""
    f" | (CASE WHEN precision IN ('fuzzy', {_COARSE}) THEN {IMPRECISE} ELSE 0 END)"
    f" | (CASE WHEN kind = 'publication' THEN {PUBLICATION} ELSE 0 END)"
)
_STATUS = (
    f"(CASE WHEN {schema.STATUS_DRAWN} THEN "
    f"(CASE status WHEN 'planned' THEN {PLANNED} ELSE {NEGATED} END) ELSE 0 END)"
)
_AROUND = f"(CASE WHEN {schema.AROUND_DRAWN} THEN {IMPRECISE} ELSE 0 END)"
# The indexes windows read (db.schema makes them): a window's short events from the covering
# one, a neighbour in (start, id) order from the start key's (its entries end with the rowid).
INDEXES = {
    "idx_events_start_key": ("start_key",),
    "idx_events_timeline": ("start_key", "end_key", "lane", "precision", "kind", "end"),
}
INDEX_COLUMNS_SQL = (
    "SELECT i.name, group_concat(c.name) FROM sqlite_master i, pragma_index_info(i.name) c "
    "WHERE i.type = 'index' AND i.tbl_name = 'events' AND i.name IN "
    f"({', '.join(_text(n) for n in INDEXES)}) GROUP BY i.name"
)


@dataclass(frozen=True)
class EventsSql:
    """What a file's events table computes its columns with: its lanes (in the index's order),
    whether it has the status columns (version 2) and the around-publication index."""

    lanes: tuple[str, ...]
    status: bool
    around: bool
    # The ids (sorted) whose status or placing adds flag bits, and those bits: read once from
    # the partial indexes, so that a window reads the covering index alone (no row of the table).
    marked: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    bits: np.ndarray = field(default_factory=lambda: np.empty(0, np.uint8))

    @property
    def flags(self) -> str:
        terms = [_FLAGS] + ([_STATUS] if self.status else []) + ([_AROUND] if self.around else [])
        return "(" + " | ".join(terms) + ")"

    def covered_columns(self) -> str:
        """`columns` from the covering index idx_events_timeline alone: their flags lack the
        marked bits (`mark` adds them)."""
        return (
            f"id, {self.lane_no} AS lane_no, {START} AS start_key, {END} AS end_key, "
            f"{_FLAGS} AS flags"
        )

    def mark(self, ids: np.ndarray, flags: np.ndarray) -> np.ndarray:
        """`flags` of `ids` with their marked bits."""
        if not len(self.marked) or not len(ids):
            return flags
        at = np.minimum(np.searchsorted(self.marked, ids), len(self.marked) - 1)
        hit = self.marked[at] == ids
        return (flags | np.where(hit, self.bits[at], 0)).astype(np.uint8)

    @property
    def lane_no(self) -> str:
        cases = " ".join(f"WHEN {_text(n)} THEN {i}" for i, n in enumerate(self.lanes))
        return f"(CASE {LANE} {cases or 'WHEN NULL THEN 0'} ELSE 0 END)"

    def columns(self) -> str:
        """id, lane_no, start_key, end_key, flags: the columns a windowed frame reads."""
        return (
            f"id, {self.lane_no} AS lane_no, {START} AS start_key, {END} AS end_key, "
            f"{self.flags} AS flags"
        )

    def where(
        self, which: WindowFilter, short: bool | None = None, hide: bool = True
    ) -> tuple[str, list]:
        """`which` as one WHERE condition and its parameters: the lanes by name, the range,
        the flags hidden (unless not `hide`); `short`: only the short events (True), only the
        long (False)."""
        # Every row's keys are loadable (window data is kept only when the index left none
        # out): no range test of its own, which SQLite would take for the index's bounds.
        terms = ["1"]
        params: list = []
        if which.lanes is not None and tuple(which.lanes) != tuple(range(len(self.lanes))):
            names = [self.lanes[n] for n in which.lanes]
            terms.append(f"{LANE} IN ({', '.join('?' * len(names))})" if names else "0")
            params += names
        if which.start is not None:
            terms.append(f"{END} > ?")
            params.append(int(which.start))
            if short:  # its start is at most LONG before the range's
                terms.append("start_key >= ?")
                params.append(int(which.start) - LONG)
        if which.end is not None:
            terms.append("start_key < ?")
            params.append(int(which.end))
        if which.as_of is not None:  # as TimelineStore.load_reported reads them: others unknown
            terms.append(
                f"(reported_key IS NULL OR NOT (reported_key BETWEEN -{MAX_KEY} AND {MAX_KEY}) "
                "OR CAST(reported_key AS INTEGER) <= ?)"
            )
            params.append(int(which.as_of))
        if which.hide and hide:
            terms.append(f"({self.flags} & {int(which.hide)}) = 0")
        if short is not None:
            terms.append(f"{END} - {START} {'<=' if short else '>'} {LONG}")
        return " AND ".join(terms), params


def has_indexes(rows: list[tuple]) -> bool:
    """Does INDEX_COLUMNS_SQL's answer hold every index windows read, with its columns?"""
    found = {name: tuple(str(columns or "").split(",")) for name, columns in rows}
    return all(found.get(name) == columns for name, columns in INDEXES.items())


def marks_of(marks: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Marks (ids, bits) as sorted distinct ids with their bits OR-ed together."""
    if not marks:
        return np.empty(0, np.int64), np.empty(0, np.uint8)
    ids = np.concatenate([m[0] for m in marks]).astype(np.int64)
    bits = np.concatenate([m[1] for m in marks]).astype(np.uint8)
    distinct, at = np.unique(ids, return_inverse=True)
    out = np.zeros(len(distinct), np.uint8)
    np.bitwise_or.at(out, at, bits)
    return distinct, out
