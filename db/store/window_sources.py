"""Lanes by source for a timeline database's windowed frames: each event's source number, read
once when the window data are kept (db.store.window_data), as TimelineStore.load_index groups
the events by the source of their article (events without one: the lane "")."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .model import MAX_LANES
from .window_data import Sources

# As TimelineStore.load_index reads an event's source.
SOURCE = (
    "coalesce(CAST((SELECT source FROM articles a WHERE a.id = events.article_id) AS TEXT), '')"
)
Query = Callable[[str, list], list[tuple]]


def read_sources(query: Query, ids: np.ndarray) -> Sources | None:
    """The source names (in the index's order) and the source number of each of `ids` (the
    index's, integer ids); None with more sources than a window draws apart (MAX_LANES: the
    index folds the rest into one lane) or an id the table does not give."""
    names = tuple(r[0] for r in query(f"SELECT DISTINCT {SOURCE} FROM events ORDER BY 1", []))
    if len(names) >= MAX_LANES:
        return None
    case = " ".join(f"WHEN ? THEN {i}" for i in range(len(names))) or "WHEN NULL THEN 0"
    found = query(
        f"SELECT group_concat(id), group_concat(CASE {SOURCE} {case} ELSE 0 END) FROM events",
        list(names),
    )[0]
    every, numbers = (
        np.fromstring(t, np.int64, sep=",") if t else np.empty(0, np.int64) for t in found
    )
    order = np.argsort(every, kind="stable")
    every, numbers = every[order], numbers[order]
    ids = np.asarray(ids, np.int64)
    if not len(every):
        return (names, np.zeros(0, np.int64)) if not len(ids) else None
    at = np.minimum(np.searchsorted(every, ids), len(every) - 1)
    if not bool(np.all(every[at] == ids)):
        return None
    return names, numbers[at]
