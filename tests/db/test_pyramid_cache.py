"""A timeline database's count pyramid in the user's cache (db.pyramid_cache), written from the
index a store loaded, and the sketch a first frame paints from it (db.store.first_frame)."""

from __future__ import annotations

import pytest
import sqlite_utils

from db import pyramid_cache, schema
from db.export import export_csv
from db.import_finish import main as import_main  # the command, finished
from db.store.first_frame import first_frame
from db.store.frame import FrameQuery
from db.store.timeline import TimelineStore
from tests.conftest import add_events


@pytest.fixture(autouse=True)
def _small_files_keep_pyramids(monkeypatch):
    """Pyramids are kept from 100,000 events on: these files are small."""
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 0)


def _db(tmp_path):
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "lanes.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = [
        {"title": f"Day {i}", "start": f"{2000 + i % 20}-0{1 + i % 9}-1{i % 10}",
         "lane": ("North", "South", "Sea")[i % 3]}
        for i in range(300)
    ]  # fmt: skip
    rows.append({"title": "A long siege", "start": "2005-01-01", "end": "2007-06-30"})
    add_events(db, rows)
    db.close()
    return path


def _opened(qtbot, path) -> TimelineStore:
    """A store that loaded its index, once its pyramid is written (on a thread of its own)."""
    store = TimelineStore.open(path)
    store.frame(FrameQuery())
    qtbot.waitUntil(lambda: pyramid_cache.current(path), timeout=20_000)
    return store


def test_a_store_keeps_a_pyramid_that_sketches_the_first_frame(qtbot, tmp_path):
    path = _db(tmp_path)
    assert first_frame(path) is None  # never opened: no pyramid
    store = _opened(qtbot, path)
    whole = store.frame(FrameQuery())
    sketch = first_frame(path)
    assert sketch is not None and sketch.lanes == whole.lanes
    assert len(sketch) == 300  # the short events; the long siege is not counted by midpoint
    assert sketch.span() == whole.span()
    t0, t1 = whole.span()
    for lane in range(len(whole.lanes)):
        # Over the whole span the snapped counts are exact: each short event at its midpoint.
        assert sketch.count(lane, t0, t1 + 1) == whole.count(lane, t0, t1 + 1) - (
            1 if whole.lanes[lane] == "Lane" else 0
        )
    # Bin edges snap down to the level's buckets (the pyramid's contract): a margin past the end.
    year = 365 * 86_400
    assert int(sketch.histogram(None, [t0 - year, (t0 + t1) / 2, t1 + year]).sum()) == 300
    # Only densities: no events to draw, click or step through until the index replaces it.
    assert len(sketch.window(0, t0, t1)) == 0 and sketch.neighbour(None, 1) is None
    store.close()


def test_a_changed_file_makes_its_pyramid_stale(qtbot, tmp_path):
    path = _db(tmp_path)
    _opened(qtbot, path).close()
    db = sqlite_utils.Database(path)
    add_events(db, [{"title": "Later", "start": "2030-01-01"}])
    db.close()
    assert not pyramid_cache.current(path) and first_frame(path) is None
    store = _opened(qtbot, path)  # built again for the file as it is now
    sketch = first_frame(path)
    assert sketch is not None and len(sketch) == 301
    store.close()


def test_a_small_file_keeps_no_pyramid(monkeypatch, tmp_path):
    monkeypatch.setattr(pyramid_cache, "PYRAMID_MIN_EVENTS", 1000)  # more than the file has
    path = _db(tmp_path)
    store = TimelineStore.open(path)
    store.frame(FrameQuery())
    store.close()
    assert not pyramid_cache.folder_for(path).exists()


def test_the_cache_lives_where_the_environment_says(tmp_path, monkeypatch):
    monkeypatch.setenv(pyramid_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    folder = pyramid_cache.folder_for(tmp_path / "x.db")
    assert folder.parent == tmp_path / "cache" / "pyramids"
    assert folder == pyramid_cache.folder_for(tmp_path / "." / "x.db")  # by real path


def test_an_import_writes_the_pyramid_its_first_open_would(tmp_path):
    source = _db(tmp_path)
    table = tmp_path / "events.csv"
    export_csv(source, table)
    target = tmp_path / "imported.db"
    assert import_main([str(target), str(table)]) == 0
    assert pyramid_cache.current(target, exact=True)  # from the store's own index (db.ingest)
    sketch = first_frame(target)  # the first open can paint from the import's pyramid
    assert sketch is not None and sketch.lanes == ("Lane", "North", "Sea", "South")
    assert len(sketch) == 300


def test_the_pyramid_of_a_file_that_is_gone_is_forgotten(qtbot, tmp_path):
    gone, kept = _db(tmp_path / "a"), _db(tmp_path / "b")
    _opened(qtbot, gone).close()
    gone.unlink()
    assert pyramid_cache.folder_for(gone).exists()
    _opened(qtbot, kept).close()  # writing another pyramid looks for the files that are gone
    qtbot.waitUntil(lambda: not pyramid_cache.folder_for(gone).exists(), timeout=20_000)
    assert pyramid_cache.current(kept)
