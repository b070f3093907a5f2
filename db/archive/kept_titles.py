"""Titles fetched with windows, kept for the labels asked for next (most of a dataset's events
have their title in its Parquet files alone, not in the search sidecar).

Kept as each window's ids (sorted) and titles, not one dict entry a row: a day window at 100M
events brings 20,000-60,000 rows, and a Python loop over them cost more than the query."""

from __future__ import annotations

import threading
from collections import deque

import numpy as np


class KeptTitles:
    """The titles of the latest windows, `limit` rows in all at most (the oldest go first)."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._parts: deque[tuple[np.ndarray, np.ndarray]] = deque()  # (sorted ids, titles)
        self._rows = 0
        self._lock = threading.Lock()

    def add(self, ids: np.ndarray, titles: np.ndarray) -> None:
        """Keep `titles` (an object array, None for none) of `ids`."""
        if not len(ids):
            return
        order = np.argsort(ids, kind="stable")
        part = (np.asarray(ids, np.int64)[order], np.asarray(titles, object)[order])
        with self._lock:
            self._parts.append(part)
            self._rows += len(order)
            while self._rows > self._limit and len(self._parts) > 1:
                self._rows -= len(self._parts.popleft()[0])

    def get(self, ids: list[int]) -> dict[int, str]:
        """The titles kept of `ids` (the latest window's where several hold one)."""
        out: dict[int, str] = {}
        if not ids:
            return out
        wanted = np.asarray(ids, np.int64)
        with self._lock:
            parts = list(self._parts)
        for kept, titles in reversed(parts):
            if not len(wanted):
                break
            at = np.minimum(np.searchsorted(kept, wanted), len(kept) - 1)
            found = kept[at] == wanted
            for event_id, title in zip(
                wanted[found].tolist(), titles[at[found]].tolist(), strict=True
            ):
                out[event_id] = "" if title is None else str(title)
            wanted = wanted[~found]
        return out
