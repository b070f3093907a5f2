"""The one module of the viewer that talks to the data layer (db.store).

Widgets get plain values from here (the event index, titles, event details, search results) and
never see SQL.
"""

from __future__ import annotations

from pathlib import Path

from db.store import EventBrief, EventDetail, EventIndex, SearchResult, TimelineStore


class DataSource:
    """An open timeline database as the viewer sees it: the in-memory index and text on demand."""

    def __init__(self, store: TimelineStore, index: EventIndex) -> None:
        self._store = store
        self._indexes: dict[str, EventIndex] = {"lane": index}
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

    @property
    def index(self) -> EventIndex:
        return self._indexes["lane"]

    def index_for(self, group: str) -> EventIndex:
        """The index with lanes by `group` ("lane" or "source"), loaded once."""
        if group not in self._indexes:
            self._indexes[group] = self._store.load_index(group)
        return self._indexes[group]

    def titles(self, ids: list[int]) -> dict[int, str]:
        return self._store.titles(ids)

    def event(self, event_id: int) -> EventDetail | None:
        return self._store.event(event_id)

    def brief(self, event_id: int) -> EventBrief | None:
        return self._store.brief(event_id)

    def article_events(self, article_id: int) -> list[EventBrief]:
        return self._store.article_events(article_id)

    def search(self, text: str) -> SearchResult:
        return self._store.search(text)

    def close(self) -> None:
        self._store.close()
