"""A review writer opened in a process that is reading the file: its stores' reads make way
for the switch to WAL and run again after (db.store.own_reads), every store on the file (a
window reloading it holds two); a lock no read of this process holds is another program's."""

from __future__ import annotations

import datetime
import sqlite3

import pytest

from db.errors import DatabaseUnavailableError
from db.ingest.importers import import_articles
from db.review.writer import ReviewWriter
from db.store.timeline import TimelineStore
from tests.conftest import SAMPLE_ARTICLE
from tests.held_reads import HeldRead, journal_mode, tables


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "sample.db"
    import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    assert journal_mode(path) == "delete"
    return path


def test_every_store_on_the_file_makes_way_and_reads_on(sample_db):
    stores = [TimelineStore.open(sample_db), TimelineStore.open(sample_db)]
    reads = [HeldRead(store) for store in stores]
    try:
        for read in reads:
            read.start()
        with ReviewWriter(sample_db, "ana", timeout=0.5) as writer:
            assert journal_mode(sample_db) == "wal" and "reviews" in tables(sample_db)
            writer.accept(1)
        for read in reads:
            read.release()
            assert read.error == [] and read.runs == 2
            assert read.result == [(stores[0].count(), 1)]
    finally:
        for store in stores:
            store.close()


def test_a_read_no_store_of_this_process_holds_is_another_programs(sample_db):
    store = TimelineStore.open(sample_db)
    other = sqlite3.connect(sample_db)  # not a store's: the writer cannot stop it
    try:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM events").fetchone()
        with pytest.raises(DatabaseUnavailableError, match="in use by another program"):
            ReviewWriter(sample_db, "ana", timeout=0.2)
        assert store.count() > 0  # the store reads on after the writer gave up
        other.rollback()
        assert journal_mode(sample_db) == "delete" and "reviews" not in tables(sample_db)
    finally:
        other.close()
        store.close()
