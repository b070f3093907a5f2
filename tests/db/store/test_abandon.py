"""A search a newer one has made stale is given up mid-query (db.store.abandon_when), and the
data version polled from the UI thread never waits for a search holding the store's connection."""

from __future__ import annotations

import threading

import pytest
import sqlite_utils

from db import schema
from db.errors import TimelineError
from db.store import abandon_when
from db.store.timeline import TimelineStore
from tests.conftest import add_events


def _db(tmp_path, n: int = 3000):
    path = tmp_path / "many.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    text = "The minister said the ministry would reopen the bridge to the port after the talks. "
    rows = [
        {"title": f"Minister visits the port, day {i}", "text": text * 3,
         "start": f"{2001 + i % 20}-05-{i % 28 + 1:02d}"}
        for i in range(n)
    ]  # fmt: skip
    add_events(db, rows)
    db.close()
    return path


def test_a_stale_search_is_given_up_and_a_wanted_one_is_not(tmp_path):
    store = TimelineStore.open(_db(tmp_path))
    try:
        wanted = store.search("minister", 50, 5000)
        assert len(wanted.hits) == 50 and len(wanted.marked) == 3000
        with abandon_when(lambda: False):  # still wanted: the same answer
            again = store.search("minister", 50, 5000)
        assert again.hits == wanted.hits and (again.marked == wanted.marked).all()
        with abandon_when(lambda: True), pytest.raises(TimelineError):
            store.search("minister", 50, 5000)  # interrupted, not run to its end
        with abandon_when(lambda: True), pytest.raises(TimelineError):
            store.search("minister", 0, 5000)  # the marks' half too
        # Outside the block the thread's reads are wanted again, the store as good as before.
        assert store.search("minister", 50, 5000).hits == wanted.hits
    finally:
        store.close()


def test_the_data_version_does_not_wait_for_the_stores_connection(tmp_path):
    path = _db(tmp_path, 10)
    store = TimelineStore.open(path)
    try:
        before = store.data_version()
        read: list[int] = []
        with store._lock:  # a search's statement holds the store's own connection
            poll = threading.Thread(target=lambda: read.append(store.data_version()))
            poll.start()
            poll.join(10)
            assert read == [before]  # answered while it was held
        writer = sqlite_utils.Database(path)
        writer["meta"].insert({"key": "touched", "value": "1"}, replace=True)
        writer.close()
        assert store.data_version() != before  # another connection's commit is still seen
    finally:
        store.close()


def test_a_datasets_stale_search_is_given_up_on_its_searcher_threads_too(tmp_path):
    """The sidecar (db.archive.search) ranks on threads of its own: the caller's test goes with
    each statement, and its connections' progress handler gives a statement up mid-run."""
    from db.archive.convert import convert
    from db.archive.store import DatasetStore
    from db.errors import AbandonedError

    convert(_db(tmp_path), tmp_path / "ds")
    store = DatasetStore(tmp_path / "ds")
    try:
        wanted = store.search("minister", 50, 5000)
        assert len(wanted.hits) == 50 and len(wanted.marked) == 3000
        with abandon_when(lambda: False):
            again = store.search("minister", 50, 5000)
        assert again.hits == wanted.hits and (again.marked == wanted.marked).all()
        for limit, marks in ((50, 0), (0, 5000)):
            with abandon_when(lambda: True), pytest.raises(AbandonedError):
                store.search("minister", limit, marks)
        # Stale once it has started: the test is asked during the statements, not only before.
        asked = [0]

        def later() -> bool:
            asked[0] += 1
            return asked[0] > 3

        with abandon_when(later), pytest.raises(AbandonedError):
            store.search("minister", 50, 5000)
        assert asked[0] > 3
        # Another thread's reads on the shared connection are not given up by a stale search.
        titles: list[dict] = []
        with abandon_when(lambda: True):
            reader = threading.Thread(target=lambda: titles.append(store.titles([1, 2])))
            reader.start()
            reader.join(10)
        assert titles and set(titles[0]) == {1, 2}
        assert store.search("minister", 50, 5000).hits == wanted.hits
    finally:
        store.close()
