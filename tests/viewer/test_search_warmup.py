"""Opening a timeline database in the window warms what its first search would pay for (the
searcher's statements and temp tables, the shown frame's table of ids) on threads of their own:
the first search then finds what it always found, and the file is never written."""

from __future__ import annotations

import hashlib
import os
import threading

from db.store.timeline import TimelineStore
from tests.viewer.test_search_list import many_hits_db, search_for


def test_opening_warms_the_first_search_without_writing_the_file(qtbot, make_window, tmp_path):
    path = many_hits_db(tmp_path, 520)
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns)
    store = TimelineStore.open(path)
    try:
        expected = store.search("ceasefire", 50, 0), store.search("ceasefire", 0, 50_000)
    finally:
        store.close()

    window = make_window(path, size=(1400, 860))
    source = window.source
    # The store's searcher and the shown frame's lookups, each on a thread, not the UI thread's.
    assert [t.name for t in source.warming] == ["warm-search", "warm-frame"]
    assert all(t is not threading.main_thread() for t in source.warming)
    assert source.warmed(30)

    search_for(qtbot, window, "ceasefire")
    result = window.search.result
    assert [h.event_id for h in result.hits] == [h.event_id for h in expected[0].hits]
    assert sorted(result.marked.tolist()) == sorted(expected[1].marked.tolist())
    assert window.timeline.marked_count() == 520
    window.close()
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns) == before
