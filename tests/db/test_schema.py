import sqlite3

import pytest
import sqlite_utils

from db import schema
from db.errors import ForeignDatabaseError, NewerSchemaError, NotSQLiteError, SchemaMismatchError
from db.store.timeline import TimelineStore
from tests.provenance_files import as_version_1


def test_new_database_round_trips_through_the_store(tmp_path):
    path = tmp_path / "new.db"
    db = schema.open_for_writing(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    article_id = (
        db["articles"]
        .insert(
            {
                "headline": "Headline",
                "published": "2019-12-23",
                "source": "Press TV",
                "categories": '["Syria", "Russia"]',
                "body": "Body text. Second sentence.",
                "content_hash": "h1",
            }
        )
        .last_pk
    )
    db["captions"].insert({"article_id": article_id, "text": "A caption", "credit": "AFP"})
    db["events"].insert(
        {
            "title": "Second sentence.",
            "start": "2019-12-22",
            "precision": "day",
            "lane": "Syria",
            "article_id": article_id,
            "span_start": 11,
            "span_end": 27,
            "start_key": 1576972800,
            "end_key": 1577059200,
        }
    )
    db.close()

    store = TimelineStore.open(path)
    index = store.load_index()
    assert list(index.lanes) == ["Syria"]
    event = store.event(int(index.ids[0]))
    assert event.article.headline == "Headline"
    assert event.article.categories == ["Syria", "Russia"]
    assert event.article.captions[0].credit == "AFP"
    assert event.article.body[slice(*event.span)] == "Second sentence."
    # Full-text search tables follow the inserts through triggers.
    hits = store._query("SELECT rowid FROM events_fts WHERE events_fts MATCH 'second'")
    assert hits == [(event.id,)]
    store.close()


def test_every_table_and_column_is_documented():
    text = (schema.Path(__file__).resolve().parents[2] / "docs" / "schema.md").read_text()
    db = sqlite_utils.Database(memory=True)
    schema.create(db)
    for table in ("meta", "articles", "captions", "events"):
        assert f"`{table}`" in text, table
        for column in db[table].columns_dict:
            assert f"`{column}`" in text, f"{table}.{column} is not documented"


def test_store_refuses_files_that_are_not_timeline_databases(tmp_path):
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"This is not a database, just some text that happens to be long." * 20)
    with pytest.raises(NotSQLiteError, match="not an SQLite database"):
        TimelineStore.open(garbage)

    foreign = tmp_path / "contacts.db"
    sqlite_utils.Database(foreign)["people"].insert({"name": "Ada", "email": "ada@example.org"})
    with pytest.raises(ForeignDatabaseError, match="not a timeline database: it has people"):
        TimelineStore.open(foreign)
    with pytest.raises(ForeignDatabaseError):
        schema.open_for_writing(foreign)  # importing into it would damage someone else's data


def test_newer_and_mismatched_schemas_are_named(tmp_path):
    newer = tmp_path / "newer.db"
    db = sqlite_utils.Database(newer)
    schema.create(db)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(NewerSchemaError, match="version 99"):
        TimelineStore.open(newer)

    odd = tmp_path / "odd.db"
    conn = sqlite3.connect(odd)
    conn.executescript(
        "CREATE TABLE articles(id, headline, published, source, url, categories, body);"
        "CREATE TABLE captions(id, article_id, text, credit);"
        "CREATE TABLE events(id, title, start);"
    )
    conn.close()
    with pytest.raises(SchemaMismatchError, match="'events' table without the column"):
        TimelineStore.open(odd)


def test_store_never_writes(tiny_db):
    before = tiny_db.read_bytes()
    store = TimelineStore.open(tiny_db)
    with pytest.raises(sqlite3.OperationalError):
        store._conn.execute("DELETE FROM events")
    store.load_index()
    store.close()
    assert tiny_db.read_bytes() == before


def test_index_loads_the_same_in_two_parallel_halves(tiny_db, monkeypatch):
    import numpy as np

    from db.store import timeline as store_module

    whole = TimelineStore.open(tiny_db).load_index()
    monkeypatch.setattr(store_module, "PARALLEL_ROWS", 2)  # split even four events
    halves = TimelineStore.open(tiny_db).load_index()
    for name in ("ids", "start", "end", "lane", "flags"):
        assert np.array_equal(getattr(whole, name), getattr(halves, name)), name
    assert list(np.diff(halves.start) >= 0) == [True] * 3


def _version_1(path):
    """A database as version 1 wrote it: without the version 2 event columns."""
    db = schema.open_for_writing(path)
    article_id = (
        db["articles"]
        .insert({"headline": "H", "published": "2019-12-23", "body": "B.", "content_hash": "v1"})
        .last_pk
    )
    db["events"].insert(
        {
            "title": "Old event",
            "start": "2019-12-22",
            "precision": "day",
            "article_id": article_id,
            "start_key": 1576972800,
            "end_key": 1577059200,
        }
    )
    db.conn.commit()
    db.close()
    as_version_1(path)


def test_a_version_1_file_opens_unchanged_and_an_import_upgrades_it(tmp_path):
    path = tmp_path / "v1.db"
    _version_1(path)
    before = path.read_bytes()
    store = TimelineStore.open(path)
    assert len(store.load_index()) == 1
    store.close()
    assert path.read_bytes() == before  # opening to view never upgrades

    db = schema.open_for_writing(path)
    assert schema.user_version(db.conn) == schema.SCHEMA_VERSION
    assert set(schema.V2_EVENT_COLUMNS) <= schema.table_columns(db.conn, "events")
    row = db.execute("SELECT reported_key, status, provenance FROM events").fetchone()
    # The day it was reported comes from its article; what version 1 did not record stays unknown.
    assert row == (1577059200, None, None)
    db.close()


def _whole_schema(path):
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT * FROM sqlite_master ORDER BY rowid").fetchall(),
            conn.execute("SELECT * FROM meta ORDER BY key").fetchall(),
            conn.execute("PRAGMA user_version").fetchone(),
            conn.execute("SELECT * FROM events_fts_config").fetchall(),
        )
    finally:
        conn.close()


def test_a_new_file_gets_the_schema_sqlite_utils_writes_in_one_transaction(tmp_path):
    """open_for_writing replays in one transaction what `create` makes in memory: the file must
    be the one `create` writes on it directly, statement for statement, page for page."""
    direct = sqlite3.connect(tmp_path / "direct.db")
    with direct:
        schema.create(sqlite_utils.Database(direct))
    direct.close()
    schema.open_for_writing(tmp_path / "replayed.db").close()
    assert _whole_schema(tmp_path / "replayed.db") == _whole_schema(tmp_path / "direct.db")


def test_a_file_filled_meanwhile_is_not_written_over(tmp_path):
    conn = sqlite3.connect(tmp_path / "taken.db")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    assert schema.create_file(conn) is False  # another program made it between look and write
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    assert not conn.in_transaction
    conn.close()
