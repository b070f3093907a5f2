"""Sorted id sets: the search marks' ids and which of some ids a set holds (db.store.model
re-exports both; the windowed frame, db.windowed, uses them without importing db.store)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def unique_ids(ids: np.ndarray | Sequence[int]) -> np.ndarray:
    """The sorted distinct ids (search marks): as np.unique, which takes ten times as long for
    100,000 ids (numpy 2.4 hashes them before it sorts)."""
    out = np.asarray(ids, np.int64)
    if len(out) > 1 and bool(np.all(out[1:] > out[:-1])):  # as they often come: a pass, no sort
        return out
    out = np.sort(out, kind="stable")  # timsort: hits come as sorted runs (a table's, an article's)
    return out[np.concatenate(([True], out[1:] != out[:-1]))] if len(out) else out


def held_in(values: np.ndarray, sorted_ids: np.ndarray) -> np.ndarray:
    """A bool mask: which of `values` are among `sorted_ids` (sorted). A binary search each, as
    np.isin hashes both (200 ms for 160,000 ids with numpy 2.4). Over a million dense values
    (an index's ids, its lane numbers) np.isin's lookup table is the faster (8 against 40 ms):
    fold_stories and the lane filters keep it."""
    values = np.asarray(values, np.int64)
    if not len(sorted_ids) or not len(values):
        return np.zeros(len(values), bool)
    at = np.minimum(np.searchsorted(sorted_ids, values), len(sorted_ids) - 1)
    return np.asarray(sorted_ids)[at] == values


def start_then_id(start: np.ndarray, ids: np.ndarray) -> np.ndarray | None:
    """The order that puts rows in (start, id) order, the order every frame and backend gives
    events of one start (a dataset's DuckDB reads, a windowed SQLite frame's ORDER BY), so that
    the same data lays into the same rows; None when the rows are in it already (a pass, no
    sort). Rows read in a start index's order are nearly sorted: lexsort's merge sort then takes
    a few ms for a million."""
    if len(start) < 2:
        return None
    ordered = start[1:] > start[:-1]
    if bool(np.all(ordered | ((start[1:] == start[:-1]) & (ids[1:] >= ids[:-1])))):
        return None
    return np.lexsort((ids, start))
