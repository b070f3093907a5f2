"""What the first search of a timeline database pays that later ones do not, paid when the viewer
opens it, on a thread of its own (never the UI thread's, never in a paint).

The first search on a connection prepares its statements, makes the fts5vocab tables the first
page narrows a prefix with (db.store.search_terms, in the connection's temp schema), reads each
FTS5 index's structure record and the top of its b-trees, and reads the reviews and story folds
that every search's hits are checked against. A search for a word no index holds does all of it
and finds nothing; the file stays unwritten (the connection is opened `mode=ro`). The word's own
doclists are read when it is typed.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

ABSENT_WORD = "zzqxwarmupqz"  # a word no index holds: every statement runs, none finds a row
FIRST_PAGE = 50  # what the viewer's first half of a search asks for (viewer.search.FIRST_PAGE)
MARKS = 50_000  # and its second half (viewer.search.MARKS)


class SearchWarmup:
    """TimelineStore.warm_search: the first search's one-off costs, on a daemon thread."""

    def warm_search(self) -> threading.Thread:
        """Start the warm-up; the thread, to join where its end matters (a benchmark, a test).
        A search that starts meanwhile waits for the connection's lock, then finds it warm."""
        store: Any = self  # a TimelineStore

        def run() -> None:
            # Both halves, as the viewer asks: the first page (ranked, narrowed) and the marks.
            # A failure is the first search's to report, as it would have been.
            with contextlib.suppress(Exception):
                store.search(ABSENT_WORD, FIRST_PAGE, 0)
                store.search(ABSENT_WORD, 0, MARKS)

        thread = threading.Thread(target=run, name="warm-search", daemon=True)
        thread.start()
        return thread
