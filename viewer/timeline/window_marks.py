"""The search marks of the window a zoomed-in view shows, exact where the search's marks are a
sample (more hits than the marks cap: db.store.fts_spread spreads them over the whole range, so a
view zoomed in would show gaps where hits lie).

When the view is narrower than the data, a worker reads the events of a window three times the
view's width (as the timeline's event fetches), asks the store which of them are hits
(`find`: DataSource.search_among), and places them; the window is kept, so pans and zooms inside
it draw from memory. A window holding more than WINDOW_EVENTS events is not asked (the sample
stays, and the status bar says so).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject

from db.store.frame import EventFrame
from db.store.model import held_in
from viewer.timeline.marks import PlacedMarks
from viewer.worker import LatestOnly

WINDOW_EVENTS = 200_000  # events of a window whose hits are found exactly, at most
Find = Callable[[np.ndarray], np.ndarray]  # of these event ids, the hits (sorted)


@dataclass(frozen=True)
class Fetched:
    """The hits of the events in [t0, t1) of `events`, found by `find`, placed."""

    events: EventFrame
    find: Find
    t0: float
    t1: float
    marks: PlacedMarks

    def covers(self, events: EventFrame | None, find: Find | None, t0: float, t1: float) -> bool:
        return events is self.events and find is self.find and self.t0 <= t0 and t1 <= self.t1


def window_hits(events: EventFrame, find: Find, t0: float, t1: float) -> PlacedMarks | None:
    """The hits among the events overlapping [t0, t1), placed (None: too many events to ask).
    Reads the store: call it on a worker."""
    if events.count(None, t0, t1) > WINDOW_EVENTS:
        return None
    parts = [events.window(lane, t0, t1) for lane in range(len(events.lanes))]
    ids = np.concatenate([np.empty(0, np.int64), *(p.ids for p in parts)])
    hits = find(ids)
    middles: dict[int, np.ndarray] = {}
    for lane, part in enumerate(parts):
        hit = held_in(part.ids, hits)
        if hit.any():
            mid = (part.start[hit].astype(np.float64) + part.end[hit].astype(np.float64)) / 2
            middles[lane] = np.sort(mid)
    return PlacedMarks(np.asarray(hits, np.int64), middles)


class WindowMarks(QObject):
    """The exact marks of the view's window, fetched on a worker; `changed` is called (on the UI
    thread) when they come."""

    def __init__(self, changed: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changed = changed
        self._find: Find | None = None
        self.fetched: Fetched | None = None
        self._asked: tuple | None = None  # (events, find, t0, t1) on its way
        self._worker = LatestOnly(self._done, self._failed, self)

    @property
    def find(self) -> Find | None:
        return self._find

    def set_find(self, find: Find | None) -> None:
        """Where to ask (None: the marks are exact already, or there is no search)."""
        if find is not self._find:
            self._find, self.fetched, self._asked = find, None, None
            self._worker.cancel()

    def want(self, events: EventFrame | None, t0: float, t1: float) -> None:
        """The view shows [t0, t1) of `events`: fetch its window's hits unless held or the view
        spans all the data (the overview's sample stands for it)."""
        find = self._find
        span = events.span() if events is not None else None
        if find is None or events is None or span is None or spans_all(events, t0, t1):
            return
        if self.fetched is not None and self.fetched.covers(events, find, t0, t1):
            return
        asked = self._asked
        if asked is not None and asked[0] is events and asked[1] is find:
            if asked[2] <= t0 and t1 <= asked[3]:
                return  # on its way
        width = t1 - t0
        a0, a1 = max(t0 - width, float(span[0])), min(t1 + width, float(span[1]) + 1)
        self._asked = (events, find, a0, a1)

        def fetch() -> Fetched | None:
            marks = window_hits(events, find, a0, a1)
            if marks is None:  # three views' width too many: the view's own
                marks = window_hits(events, find, t0, t1)
                if marks is None:
                    return None
                return Fetched(events, find, t0, t1, marks)
            return Fetched(events, find, a0, a1, marks)

        self._worker.submit(fetch)

    def marks(self, events: EventFrame | None, t0: float, t1: float) -> PlacedMarks | None:
        """The exact marks of the view [t0, t1) when held, else None."""
        fetched = self.fetched
        if fetched is not None and fetched.covers(events, self._find, t0, t1):
            return fetched.marks
        return None

    @property
    def pending(self) -> bool:
        return self._worker.busy

    def _done(self, fetched: Fetched | None) -> None:
        self._asked = None
        if fetched is not None and fetched.find is self._find:
            self.fetched = fetched
            self._changed()

    def _failed(self, error: Exception) -> None:
        """The hits could not be read: the sample stays drawn (the search says what failed)."""
        self._asked = None


def spans_all(events: EventFrame | None, t0: float, t1: float) -> bool:
    """Does the view [t0, t1) show every event of `events`?"""
    span = events.span() if events is not None else None
    return span is None or (t0 <= span[0] and t1 >= span[1]) or math.isinf(t1 - t0)
