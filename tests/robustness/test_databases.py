"""Databases the real world sends, through the read path the viewer uses (TimelineStore): each is
read, or refused with a TimelineError whose message says what is wrong; none is modified."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import schema
from db.errors import (
    DatabaseUnavailableError,
    NewerSchemaError,
    NotSQLiteError,
    SchemaMismatchError,
    TimelineError,
)
from db.ingest.importers import import_articles
from db.store import timeline as store_module
from db.store.timeline import MAX_KEY, RANGE, TimelineStore
from db.timekeys import span_keys
from tests.conftest import SAMPLE_ARTICLE
from tests.robustness.conftest import (
    MILLION,
    hold_write_lock,
    read_as_unprivileged,
    release,
    run_viewer,
    unchanged,
)


def read_everything(path: Path) -> tuple[TimelineStore, int]:
    """What the viewer does with a file: open, load the index, show an event, search."""
    store = TimelineStore.open(path)
    index = store.load_index()
    for event_id in index.ids[:3].tolist():
        assert store.event(event_id) is not None
    store.search("Turkey")
    return store, len(index)


def refused(path: Path, kind: type[TimelineError] = TimelineError) -> str:
    with unchanged(path), pytest.raises(kind) as caught:
        read_everything(path)
    return str(caught.value)


# -- not a timeline database at all ------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"hello, this is a text file\n" * 200,
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,  # an image
        b"SQLite format 3",  # the magic string and nothing else
        bytes(4096),  # zeros
    ],
    ids=["text", "png", "magic-only", "zeros"],
)
def test_a_file_that_is_not_sqlite_is_named_as_such(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    message = refused(path, NotSQLiteError)
    assert message.startswith("notes.db is ")
    assert "not an SQLite database" in message or "damaged" in message


def test_a_truncated_database_is_called_damaged(sample_db, tmp_path):
    half = tmp_path / "half.db"
    data = sample_db.read_bytes()
    half.write_bytes(data[: len(data) // 2])
    message = refused(half, NotSQLiteError)
    assert "half.db is damaged (truncated or corrupt)" in message


def test_a_database_cut_after_its_first_page_is_called_damaged(sample_db, tmp_path):
    cut = tmp_path / "cut.db"
    cut.write_bytes(sample_db.read_bytes()[:4096])  # sqlite_master survives, the tables do not
    assert "cut.db is damaged" in refused(cut, NotSQLiteError)


def test_an_empty_file_and_a_folder_and_a_missing_file(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert refused(empty, NotSQLiteError) == "empty.db is empty (0 bytes): not a database."
    folder = tmp_path / "folder.db"
    folder.mkdir()
    assert "is a directory, not a database file" in refused(folder, NotSQLiteError)
    missing = tmp_path / "missing.db"
    assert refused(missing, DatabaseUnavailableError).endswith("missing.db does not exist.")
    assert not missing.exists()  # opening read-only never creates the file


def test_a_newer_schema_version_asks_for_an_update(sample_db):
    with sqlite3.connect(sample_db) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    message = refused(sample_db, NewerSchemaError)
    assert f"schema version {schema.SCHEMA_VERSION + 1}" in message
    assert "Update timeline-viewer" in message


def test_tables_without_a_column_the_viewer_reads_are_refused_at_open(sample_db):
    # Refused when opened, not at the first click on an event that needs the column.
    with sqlite3.connect(sample_db) as conn:
        conn.execute("ALTER TABLE captions DROP COLUMN image")
    message = refused(sample_db, SchemaMismatchError)
    assert "'captions' table without the column(s) image" in message


def test_without_full_text_tables_the_timeline_shows_and_search_says_why(sample_db):
    with sqlite3.connect(sample_db) as conn:
        for name in ("events_fts", "articles_fts", "captions_fts"):
            conn.execute(f"DROP TABLE {name}")
    with unchanged(sample_db):
        store = TimelineStore.open(sample_db)
        assert len(store.load_index()) == 17  # the sample: 1 + 9 dated + 7 around
        with pytest.raises(SchemaMismatchError, match="no such table: .*_fts"):
            store.search("Turkey")
        store.close()


# -- the right tables with the wrong values ----------------------------------------------------


def hand_made(path: Path, rows: list[tuple]) -> Path:
    """A timeline database as another tool might write it: every column, no types, no
    constraints (so NULLs, text, reals and blobs go anywhere)."""
    conn = sqlite3.connect(path)
    for table, columns in schema.REQUIRED_COLUMNS.items():
        conn.execute(f"CREATE TABLE {table} ({', '.join(f'[{c}]' for c in sorted(columns))})")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    conn.executemany(
        'INSERT INTO events (id, title, start, "end", precision, lane, start_key, end_key)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()
    conn.close()
    return path


GOOD = (100, "good", "2019-12-05", None, "day", "Good", *span_keys("2019-12-05"))


@pytest.mark.parametrize(
    "start_key, end_key",
    [
        ("abc", "def"),
        (None, None),
        (b"\x01\x02", b"\xff"),
        (float("inf"), float("-inf")),
        (float("nan"), None),
        (-(2**63), 2**63 - 1),
        (1e300, 1e301),
        (MAX_KEY + 1, MAX_KEY + 2),
        ("1575244800", "1575331200"),  # numbers as text: not what the schema says
    ],
    ids=["text", "null", "blob", "inf", "nan", "int64-limits", "1e300", "beyond-max", "num-text"],
)
def test_events_without_a_usable_start_key_are_left_out_and_counted(tmp_path, start_key, end_key):
    path = hand_made(
        tmp_path / "odd.db",
        [(1, "bad", "2019-12-02", None, "day", "Bad", start_key, end_key), GOOD],
    )
    with unchanged(path):
        store = TimelineStore.open(path)
        index = store.load_index()
        assert index.ids.tolist() == [100]
        assert store.skipped == 1
        detail = store.event(1)  # still readable when asked for by id
        assert detail is not None and detail.title == "bad"
        store.close()


def test_real_keys_are_truncated_and_a_bad_end_becomes_a_point(tmp_path):
    start, end = span_keys("2019-12-02")
    path = hand_made(
        tmp_path / "odd.db",
        [
            (1, "real", "2019-12-02", None, "day", "A", start + 0.75, end + 0.5),
            (2, "text end", "2019-12-02", None, "day", "A", start, "tomorrow"),
            (3, "end before start", "2019-12-09", "2019-12-01", "day", "A", end, start),
            GOOD,
        ],
    )
    store = TimelineStore.open(path)
    index = store.load_index()
    assert index.ids.tolist() == [1, 2, 3, 100]
    assert index.start.tolist()[:3] == [start, start, end]
    assert index.end.tolist()[:3] == [end, start, end]  # no bar ends before it starts
    assert index.flags[2] & RANGE  # it has an end date: drawn as a (zero-length) range
    assert store.skipped == 0


def test_text_columns_holding_numbers_bytes_or_bad_utf8_read_as_text(tmp_path):
    path = hand_made(tmp_path / "odd.db", [GOOD])
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO articles (id, headline, body, categories, published) "
            "VALUES (7, 42, CAST(x'48656c6c6f20ff20776f726c64' AS TEXT), x'00ff', 3.5)"
        )
        conn.execute(
            "INSERT INTO captions (id, article_id, position, text, credit, image) "
            "VALUES (1, 7, 'first', x'ff', 12, NULL)"
        )
        conn.execute(
            'INSERT INTO events (id, title, text, start, "end", precision, lane, kind, '
            "article_id, caption_id, span_start, span_end, start_key, end_key, data) VALUES "
            "(5, 3.25, x'c3', 20191202, NULL, x'00', 99, 7, 7.0, 'x', 'a', -5, ?, ?, '[1, 2]')",
            span_keys("2019-12-02"),
        )
    store = TimelineStore.open(path)
    index = store.load_index()
    assert sorted(index.ids.tolist()) == [5, 100]
    assert "99" in index.lanes
    detail = store.event(5)
    assert detail.title == "3.25" and detail.start == "20191202" and detail.kind == "7"
    assert detail.span is None and detail.caption_id is None and detail.data == {}
    assert detail.article is not None and detail.article.headline == "42"
    assert detail.article.body == "Hello \ufffd world"  # bad UTF-8 replaced, not an error
    assert detail.article.captions[0].text == "\ufffd" and detail.article.captions[0].credit == "12"
    assert store.titles([5, 100]) == {5: "3.25", 100: "good"}
    assert store.brief(5).title == "3.25"


def test_a_million_events_in_one_lane(million_db):
    n = MILLION
    with unchanged(million_db):
        store = TimelineStore.open(million_db)
        index = store.load_index()  # its speed is bench/viewer_bench.py's, not a test's
        assert len(index) == n and index.lanes == ("One",) and store.skipped == 0
        assert bool((index.start[1:] >= index.start[:-1]).all())
        assert store.event(n).title == f"event {n}"
        store.close()


# -- files someone else is using, or that we may not write to ----------------------------------


def test_a_database_another_process_is_writing_says_locked_quickly(sample_db):
    holder = hold_write_lock(sample_db)
    try:
        with unchanged(sample_db):
            started = time.monotonic()
            with pytest.raises(DatabaseUnavailableError) as caught:
                read_everything(sample_db)
            waited = time.monotonic() - started
    finally:
        release(holder)
    assert "sample.db is locked by another program" in str(caught.value)
    assert waited < 5, f"waited {waited:.1f} s for the lock"
    read_everything(sample_db)  # and once the writer is done, it opens


def test_the_same_lock_reached_by_the_importer_is_called_locked(sample_db):
    holder = hold_write_lock(sample_db)
    try:
        with unchanged(sample_db), pytest.raises(DatabaseUnavailableError, match="locked"):
            import_articles(sample_db, [SAMPLE_ARTICLE])
    finally:
        release(holder)


def test_a_read_only_file_in_a_read_only_folder_is_read_without_writing(
    sample_db_template, shared_tmp
):
    path = shared_tmp / "archive.db"
    path.write_bytes(sample_db_template.read_bytes())
    path.chmod(0o444)
    shared_tmp.chmod(0o555)
    with unchanged(path):
        store, count = read_everything(path)
        assert count == 17
        # The connection itself refuses writes (mode=ro), whoever we are (root ignores chmod).
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store._conn.execute("CREATE TABLE x (y)")
        store.close()
        result = read_as_unprivileged(path)
    assert result.stdout.split() == ["events", "17", "hits", "7"], result.stderr
    assert sorted(os.listdir(shared_tmp)) == ["archive.db"]  # no journal, no -shm left behind


def test_a_wal_database_in_a_read_only_folder_opens(sample_db_template, shared_tmp):
    path = shared_tmp / "wal.db"
    path.write_bytes(sample_db_template.read_bytes())
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    conn.close()
    assert sorted(os.listdir(shared_tmp)) == ["wal.db"]  # checkpointed on close
    path.chmod(0o444)
    shared_tmp.chmod(0o555)
    with unchanged(path):
        # Without write access to the folder a WAL reader cannot make its -shm file; as
        # `nobody` that used to be "not an SQLite database (attempt to write a readonly
        # database)". The store reads such a file as immutable instead.
        result = read_as_unprivileged(path)
        assert result.stdout.split() == ["events", "17", "hits", "7"], result.stderr
    assert sorted(os.listdir(shared_tmp)) == ["wal.db"]


def test_a_database_left_half_written_says_how_to_recover(sample_db, tmp_path):
    """A writer killed mid-transaction leaves a hot journal that only a writer may roll back."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('PRAGMA cache_size = 5')\n"  # spill changed pages into the file itself
        "conn.execute('BEGIN')\n"
        'conn.executemany("INSERT INTO events (title, start, precision, start_key, end_key)'
        " VALUES (?, '2019', 'year', ?, ?)\", [('x' * 300, i, i + 1) for i in range(3000)])\n"
        "os.kill(os.getpid(), 9)\n"
    )
    killed = subprocess.run([sys.executable, "-c", code, str(sample_db)], timeout=60)
    assert killed.returncode == -9
    journal = Path(f"{sample_db}-journal")
    assert journal.stat().st_size > 0
    with unchanged(sample_db, journal):
        message = refused(sample_db, DatabaseUnavailableError)
    assert "sample.db was left half-written" in message and "sample.db-journal" in message
    # Any writer (here the sqlite3 module, as `sqlite3 sample.db` would) rolls it back.
    with sqlite3.connect(sample_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    _, count = read_everything(sample_db)
    assert count == 17


def test_a_database_deleted_while_open_keeps_answering_what_was_loaded(sample_db, monkeypatch):
    store = TimelineStore.open(sample_db)
    index = store.load_index()
    sample_db.unlink()
    # The open connection still reads the file's data (the name is gone, not the data).
    assert store.event(int(index.ids[0])) is not None
    assert store.search("Turkey").hits
    # What needs the file by name says so: opening it again, or a load that opens another
    # connection (the index of big databases loads in halves on two connections).
    with pytest.raises(DatabaseUnavailableError, match="sample.db does not exist"):
        TimelineStore.open(sample_db)
    monkeypatch.setattr(store_module, "PARALLEL_ROWS", 2)
    with pytest.raises(DatabaseUnavailableError, match="sample.db is no longer there"):
        store.load_index()
    store.close()


def test_importing_into_a_damaged_database_says_so_and_nothing_else(sample_db, tmp_path):
    """A page of the file zeroed: the importer's commit fails, the call is rolled back and the
    error names the file (it used to escape as a raw sqlite3.DatabaseError, a traceback)."""
    data = bytearray(sample_db.read_bytes())
    data[3 * 4096 : 4 * 4096] = bytes(4096)
    sample_db.write_bytes(bytes(data))
    other = tmp_path / "other.txt"
    other.write_text("Other news\n\nThe talks began on Monday in Geneva, officials said.\n")
    with pytest.raises(NotSQLiteError, match="sample.db is not an SQLite database or is damaged"):
        import_articles(sample_db, [other])
    result = run_viewer("import", str(sample_db), str(other))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "sample.db is not an SQLite database or is damaged" in result.stderr
