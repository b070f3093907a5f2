"""open_store: one classification, one connection, whatever the file holds (and, opened with
the store, the connection of its reads that must not wait for a write lock: the UI thread's,
db.store.sqlite_ro.AtOnceReads)."""

from __future__ import annotations

import sys
import threading

import pytest
import sqlite_utils

from db.errors import NewerSchemaError
from db.opening import open_store
from db.store.model import MappingNeededError, TableMapping

# sqlite3.connect raises the audit event "sqlite3.connect" (Python 3.10+) for every connection,
# in this process, whoever makes it: a real count of how often a file is opened.
_opened: list[str] = []
_watching = threading.local()


def _audit(event: str, args: tuple) -> None:
    if event == "sqlite3.connect" and getattr(_watching, "on", False):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)


WAITLESS = 1  # the store's second connection, for the UI thread's reads (AtOnceReads)


def connections_made(path, mapping=None):
    _opened.clear()
    _watching.on = True
    try:
        store = open_store(path, mapping)
    finally:
        _watching.on = False
    return store, list(_opened)


@pytest.fixture
def notes_db(tmp_path):
    """Someone else's file: two tables, neither of them a timeline's."""
    path = tmp_path / "notes.db"
    db = sqlite_utils.Database(path)
    db["people"].insert_all([{"name": "Ada", "born": "1815-12-10"}])
    db["diary"].insert_all(
        [{"title": f"day {i}", "date": f"2021-03-{i + 1:02d}"} for i in range(20)]
    )
    db.close()
    return path


def test_a_timeline_database_is_opened_once(tiny_db):
    store, opened = connections_made(tiny_db)
    try:
        assert len(opened) == 1 + WAITLESS
        assert store.capabilities.has_articles and store.mapping is None
        assert store.capabilities.groupings == ("lane", "source")
    finally:
        store.close()


def test_a_plain_table_is_classified_and_read_through_one_connection(notes_db):
    store, opened = connections_made(notes_db)
    try:
        # classify, list tables, detect columns, sample: one file handle
        assert len(opened) == 1 + WAITLESS
        assert not store.capabilities.has_articles
        assert store.mapping is not None and store.mapping == TableMapping("diary", "title", "date")
        assert store.titles([1])  # the connection handed over is the one the store reads with
    finally:
        store.close()


def test_a_given_mapping_is_fitted_to_the_files_spelling(notes_db):
    store, opened = connections_made(notes_db, TableMapping("DIARY", "Title", "DATE"))
    try:
        assert len(opened) == 1 + WAITLESS
        assert store.mapping == TableMapping("diary", "title", "date")
        assert len(store.load_index()) == 20
    finally:
        store.close()


def test_a_mapping_that_does_not_fit_says_what_the_file_has(notes_db):
    with pytest.raises(MappingNeededError) as caught:
        open_store(notes_db, TableMapping("diary", "title", "when"))
    assert "no column(s) when" in str(caught.value)
    assert {t.name for t in caught.value.tables} == {"people", "diary"}


def test_a_newer_timeline_database_is_refused_not_read_as_a_table(tiny_db):
    db = sqlite_utils.Database(tiny_db)
    db.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(NewerSchemaError):
        open_store(tiny_db)
