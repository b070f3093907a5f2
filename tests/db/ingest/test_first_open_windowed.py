"""An import keeps what the viewer's first open of a large file needs (db.import_finish): the
count pyramid and window data for the file as it is, so that the first open is windowed, with no
earlier open; its full-text indexes are merged into one segment. Small files here: the
thresholds are lowered as the window tests lower them."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from db import pyramid_cache, schema
from db.export import export_csv
from db.import_finish import finish_import
from db.import_finish import main as import_main  # the command, finished
from db.ingest import search_segments
from db.review.writer import ReviewWriter
from db.store import window_data, window_frames
from db.store.frame import FrameQuery
from db.store.memory_frame import MemoryFrame
from db.store.timeline import TimelineStore
from db.windowed.frame import PyramidFrame
from tests.conftest import add_events
from tests.db.archive.test_store import _make_db


@pytest.fixture(autouse=True)
def _windowed_from_any_size(monkeypatch):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 0)


def _table(tmp_path: Path) -> Path:
    """A timeline CSV file of 3000 synthetic events in 6 lanes (bench/make_db.py, exported)."""
    made = tmp_path / "made.db"
    _make_db()(made, 3000, 6, seed=7, years=6, finish=False)
    table = tmp_path / "events.csv"
    export_csv(made, table)
    return table


def _frame(path: Path):
    store = TimelineStore.open(path)
    try:
        frame = store.frame(FrameQuery())
        return frame, frame.lanes, frame.span(), len(frame), store
    except BaseException:
        store.close()
        raise


def test_a_table_import_opens_windowed_the_first_time(tmp_path, monkeypatch):
    target = tmp_path / "imported.db"
    assert import_main([str(target), str(_table(tmp_path))]) == 0
    assert window_data.kept(target) and pyramid_cache.current(target, exact=True)
    windowed, lanes, span, n, store = _frame(target)  # the file's first open
    try:
        assert isinstance(windowed, PyramidFrame)
        monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 10**9)  # the in-memory one
        memory, *same, memory_store = _frame(target)
        assert isinstance(memory, MemoryFrame) and same == [lanes, span, n] and n == 3000
        t0, t1 = span
        for lane in range(len(lanes)):
            a, b = windowed.window(lane, t0, t1 + 1), memory.window(lane, t0, t1 + 1)
            assert sorted(a.ids.tolist()) == sorted(b.ids.tolist())
        memory_store.close()
    finally:
        store.close()


def test_an_article_import_opens_windowed_the_first_time(tmp_path, sample_and_posts):
    target = tmp_path / "articles.db"
    assert import_main([str(target), *map(str, sample_and_posts)]) == 0
    assert window_data.kept(target)
    frame, _lanes, _span, n, store = _frame(target)
    store.close()
    assert isinstance(frame, PyramidFrame) and n > 10


def test_a_changed_file_falls_back_to_the_index_and_importing_again_keeps_it(tmp_path):
    target = tmp_path / "imported.db"
    table = _table(tmp_path)
    assert import_main([str(target), str(table)]) == 0
    db = sqlite_utils.Database(target)
    add_events(db, [{"title": "Written by another tool", "start": "2031-05-01"}])
    db.close()
    assert not window_data.kept(target)  # stale: the viewer loads the index, as before
    frame, _lanes, _span, n, store = _frame(target)
    store.close()
    assert isinstance(frame, MemoryFrame) and n == 3001
    assert import_main([str(target), str(table)]) == 0  # nothing new: the rows are there
    assert window_data.kept(target)
    frame, _lanes, _span, n, store = _frame(target)
    store.close()
    assert isinstance(frame, PyramidFrame) and n == 3001


def test_finishing_again_rewrites_nothing(tmp_path):
    target = tmp_path / "imported.db"
    assert import_main([str(target), str(_table(tmp_path))]) == 0
    folder = pyramid_cache.folder_for(target)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    stamp = os.stat(target).st_mtime_ns
    assert finish_import(target) == folder
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert os.stat(target).st_mtime_ns == stamp


def test_a_file_with_reviews_opens_windowed(tmp_path, monkeypatch):
    made = tmp_path / "made.db"
    _make_db()(made, 2000, 4, seed=2, years=4, finish=False)
    with ReviewWriter(made) as writer:
        writer.reject(5)
    assert finish_import(made) == pyramid_cache.folder_for(made)
    assert pyramid_cache.current(made, exact=True) and window_data.kept(made)
    windowed, *seen, store = _frame(made)  # its reviews kept with the window data
    store.close()
    monkeypatch.setattr(window_frames, "WINDOW_MIN_EVENTS", 10**9)  # the in-memory one
    memory, *same, memory_store = _frame(made)
    memory_store.close()
    assert isinstance(windowed, PyramidFrame) and isinstance(memory, MemoryFrame)
    assert same == seen and seen[2] == 2000


def test_a_small_file_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 10_000)
    target = tmp_path / "imported.db"
    assert import_main([str(target), str(_table(tmp_path))]) == 0
    assert not pyramid_cache.folder_for(target).exists()


def _segments(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return search_segments.segments(conn, "events_fts")
    finally:
        conn.close()


def _hits(path: Path, words: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid", [words]
        )
        return [r[0] for r in found]
    finally:
        conn.close()


def test_an_index_in_several_segments_is_merged_into_one(tmp_path):
    path = tmp_path / "batches.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    for batch in range(5):  # a transaction each: a segment each
        add_events(db, [{"title": f"Harbour {batch} bridge closed {i}", "start": "2020-01-0"
                         f"{1 + i % 9}"} for i in range(40)])  # fmt: skip
        add_events(db, [{"title": f"Port {batch} reopened", "start": "2021-02-03"}])
    db.close()
    assert _segments(path) >= search_segments.MERGE_AT
    before = _hits(path, "bridge OR port")
    assert len(before) == 205
    assert search_segments.merge_segments(path)["events_fts"] >= search_segments.MERGE_AT
    assert _segments(path) == 1 and _hits(path, "bridge OR port") == before
    stamp = os.stat(path).st_mtime_ns
    assert search_segments.merge_segments(path)["events_fts"] == 1  # nothing to do: not written
    assert os.stat(path).st_mtime_ns == stamp


def test_a_few_segments_are_left_as_they_are(tmp_path):
    path = tmp_path / "two.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(db, [{"title": "Talks resumed", "start": "2020-01-01"}])
    add_events(db, [{"title": "Talks ended", "start": "2020-02-01"}])
    db.close()
    stamp = os.stat(path).st_mtime_ns
    assert search_segments.merge_segments(path)["events_fts"] == 2
    assert os.stat(path).st_mtime_ns == stamp and _segments(path) == 2


def test_a_missing_file_is_not_made(tmp_path):
    assert finish_import(tmp_path / "none.db") is None
    assert not (tmp_path / "none.db").exists()
