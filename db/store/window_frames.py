"""Which frames of a timeline database are windowed (db.windowed.frame.PyramidFrame over
db.store.window_source) rather than cut from the whole index held in memory (MemoryFrame).

A frame is windowed when the file has at least WINDOW_MIN_EVENTS events (fewer load in a
fraction of a second, and the in-memory frame is the faster one then), the indexes on the start
key that db.schema makes (db.store.window_sql.INDEXES: without them a window would read the
whole table, and the viewer never writes to a file it shows), its count pyramid and
window data are kept for the file as it is now (db.store.window_data: written by an earlier
open, from an index that was the table's rows as they are) and the query is one the windows
answer exactly: lanes by lane, or by source where the window data keep them (fewer than
MAX_LANES sources, db.store.window_sources), any lanes shown in any order, any date range,
negated events hidden or shown, "as known on" a day in a file that keeps report days
(events.reported_key), stories folded (a story drawn once, with its count of reports), reviews
(the reviewed events drawn from memory where their reviews put them, db.store.window_apart)
and a review filter that hides what flag bits tell apart with the unreviewed events shown: the
rejected, the rejected and corrected, every reviewed one (`REVIEW_HIDES`; the others, such as
the reviewed events alone, would read every event). Every other frame is the in-memory one,
as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

import numpy as np

from db.frame import FrameQuery, RecentFrames
from db.review.state import REVIEW_STATES
from db.windowed.frame import PyramidFrame

from . import window_data
from .model import ACCEPTED, CORRECTED, NEGATED, REJECTED
from .window_source import Query, SqliteWindowSource
from .window_sql import INDEX_COLUMNS_SQL, EventsSql, has_indexes

WINDOW_MIN_EVENTS = 200_000
FRAMES_KEPT = 4
# The review states a filter showing the unreviewed events may hide, as the flag bits that
# hide them (db.store.model.review_codes: rejected before corrected before accepted).
REVIEW_HIDES = {
    frozenset({"rejected"}): REJECTED,
    frozenset({"rejected", "corrected"}): REJECTED | CORRECTED,
    frozenset({"rejected", "corrected", "accepted"}): REJECTED | CORRECTED | ACCEPTED,
}


class WindowFrames:
    """A store's windowed frames, when it can have them (see the module)."""

    def __init__(
        self,
        path: Path,
        facts: Callable[[tuple[str, ...]], EventsSql],
        query: Query,
        reported_of: Callable[[np.ndarray], np.ndarray],
    ) -> None:
        """`facts(lanes)`: how the file computes its events' columns (db.store.window_sql)."""
        self._path = path
        self._facts = facts
        self._query = query
        self._reported_of = reported_of
        self._source: SqliteWindowSource | None | bool = False  # False: not looked for yet
        self._frames: RecentFrames[PyramidFrame] = RecentFrames(FRAMES_KEPT)

    def source(self) -> SqliteWindowSource | None:
        """The window source, from the kept pyramid and data (None: none for this file)."""
        if self._source is False:
            self._source = None
            found = window_data.load(self._path)
            if (
                found is not None
                and sum(found[1].manifest["lane_events"]) >= WINDOW_MIN_EVENTS
                and has_indexes(self._query(INDEX_COLUMNS_SQL, [], "CLICK_BUDGET_S", "indexes"))
            ):
                cached, data = found
                self._source = SqliteWindowSource(
                    cached.pyramid, data, self._facts(data.lanes), self._query, self._reported_of
                )
        return self._source  # type: ignore[return-value]

    def stop(self) -> None:
        """Give no frame from now on (the reviews changed since the window data were kept:
        db.store.review_patch lays them over the index held, which answers)."""
        self._source = None
        self._frames = RecentFrames(FRAMES_KEPT)

    def _reported_keys(self) -> bool:
        """Does the file keep each event's report day (events.reported_key, version 2)?"""
        found = self._query(
            "SELECT 1 FROM pragma_table_info('events') WHERE name = 'reported_key'", [],
            "CLICK_BUDGET_S", "the events' columns",
        )  # fmt: skip
        return bool(found)

    def frame(self, query: FrameQuery, reviewed: Iterable[int]) -> PyramidFrame | None:
        """The windowed frame of `query`, or None when the in-memory frame must answer it;
        `reviewed`: the ids of the events the store's reviews name now."""
        served = servable(query)
        if served is None:
            return None
        source = self.source()
        if source is None or not source.reviews_are(reviewed):
            return None  # (the file's identity changes with its reviews: never seen)
        if served.group == "source" and source.sources is None:
            return None  # too many sources to draw apart: the index folds the rest
        if served.as_of is not None and not self._reported_keys():
            return None  # a version 1 file's report days are its articles' (load_reported)
        if served.lanes == source.lanes_of(served.group):
            served = replace(served, lanes=None)
        return self._frames.get(served, lambda q: PyramidFrame(source.hiding(q.hide), q))


def servable(query: FrameQuery) -> FrameQuery | None:
    """`query` as windows answer it exactly, or None (see the module): a review filter as the
    flag bits it hides."""
    if query.group not in ("lane", "source") or query.hide not in (0, NEGATED):
        return None
    if query.review is not None:
        hidden = frozenset(REVIEW_STATES) - frozenset(query.review)
        if hidden and hidden not in REVIEW_HIDES:
            return None
        query = replace(query, review=None, hide=query.hide | REVIEW_HIDES.get(hidden, 0))
    return query
