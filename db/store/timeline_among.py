"""The timeline database's answer to which of a view's events a search marks (db.store.fts_among),
apart from db.store.timeline, which holds the rest of the store."""

from __future__ import annotations

from typing import Any

import numpy as np

from db.errors import TimelineError

from . import fts_among


class SearchAmong:
    """TimelineStore.search_among: its queries within the search time limit, a story's drawn
    report marked for its folded reports' hits."""

    def search_among(self, text: str, ids: np.ndarray) -> np.ndarray:
        """Of the events `ids` (a view's), every one a search of `text` marks (sorted)."""
        store: Any = self  # a TimelineStore

        def run(sql: str, params: Any) -> list[tuple]:
            return store._query(sql, params, "SEARCH_BUDGET_S", "searching")

        folds = store._story_folds() if store.has_stories() else None
        return fts_among.hits_among(run, TimelineError, text, ids, folds=folds)
