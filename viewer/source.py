"""The one module of the viewer that talks to the data layer (db.store).

Widgets get plain values from here (the event index, titles, event details) and never see SQL.
"""

from __future__ import annotations

from pathlib import Path

from db.store import EventDetail, EventIndex, TimelineStore


class DataSource:
    """An open timeline database as the viewer sees it: the in-memory index and text on demand."""

    def __init__(self, store: TimelineStore, index: EventIndex) -> None:
        self._store = store
        self.index = index
        self.path = store.path

    @classmethod
    def open(cls, path: str | Path) -> DataSource:
        """Open read-only and load the index; a clear db.errors.TimelineError if it cannot."""
        store = TimelineStore.open(path)
        try:
            index = store.load_index()
        except Exception:
            store.close()
            raise
        return cls(store, index)

    def titles(self, ids: list[int]) -> dict[int, str]:
        return self._store.titles(ids)

    def event(self, event_id: int) -> EventDetail | None:
        return self._store.event(event_id)

    def close(self) -> None:
        self._store.close()
