"""A timeline database written by another tool whose integer keys hold NULL, text, blobs or
reals: rows without a usable start key are left off the timeline and counted in the status bar;
everything else (the index, search, clicks) works on the rest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.opening import open_store
from db.store.frame import FrameQuery
from tests.robustness.conftest import unchanged


def loosened(path: Path) -> Path:
    """`path` with the NOT NULL constraints of the events table gone, as other tools write it."""
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'events'", (sql.replace("NOT NULL", ""),)
    )
    conn.commit()
    conn.close()
    return path


BAD_KEYS = {"null": "NULL", "text": "'abc'", "blob": "x'00ff'", "huge": "9.9e300"}


@pytest.mark.parametrize("kind", list(BAD_KEYS))
def test_unusable_start_keys_are_left_out_and_search_still_sorts(sample_db, kind):
    loosened(sample_db)
    with sqlite3.connect(sample_db) as conn:
        conn.execute(f"UPDATE events SET start_key = {BAD_KEYS[kind]} WHERE id % 2 = 0")
        left_out = conn.execute("SELECT count(*) FROM events WHERE id % 2 = 0").fetchone()[0]
    conn.close()
    with unchanged(sample_db):
        store = open_store(sample_db)
        try:
            frame = store.frame(FrameQuery())
            assert len(frame) == 17 - left_out and store.skipped == left_out
            for word in ("Turkey", "the", "a"):  # a NULL key among the hits raised TypeError
                hits = store.search(word).hits
                assert all(h.event_id % 2 == 1 for h in hits)
                assert [h.start_key for h in hits] == sorted(h.start_key for h in hits)
        finally:
            store.close()


def test_a_real_start_key_is_truncated_and_kept(sample_db):
    loosened(sample_db)
    with sqlite3.connect(sample_db) as conn:
        conn.execute("UPDATE events SET start_key = start_key + 0.5 WHERE id = 2")
    conn.close()
    store = open_store(sample_db)
    try:
        assert len(store.frame(FrameQuery())) == 17 and store.skipped == 0
    finally:
        store.close()


def test_the_window_counts_what_it_left_out(qtbot, make_window, sample_db):
    loosened(sample_db)
    with sqlite3.connect(sample_db) as conn:
        conn.execute("UPDATE events SET start_key = NULL WHERE id IN (2, 3)")
        conn.execute("UPDATE events SET start_key = 'soon' WHERE id = 4")
    conn.close()
    window = make_window(sample_db)
    assert len(window.timeline.events) == 14  # 17 in the sample, 3 left out
    assert "3 left out (no usable date)" in window.status_count.text()
    window.search.box.setFocus()
    qtbot.keyClicks(window.search.box, "Turkey")
    qtbot.waitUntil(lambda: not window.search.busy and window.search.result is not None)
    assert window.search.result.hits
    assert {h.event_id for h in window.search.result.hits}.isdisjoint({2, 3, 4})
