"""An article import into an empty events table builds the table's plain indexes after its rows
(DeferredIndexes): they must come out as the schema makes them and hold every row, a table with
rows must keep its indexes untouched, and a failed import must leave them as they were."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from db.ingest.importers import import_articles
from db.schema import open_for_writing

PUBLISHED = datetime.date(2019, 12, 23)


def indexes_of(path: Path) -> set[tuple[str, str]]:
    """The events table's indexes (name, SQL)."""
    conn = sqlite3.connect(path)
    try:
        return set(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"
            )
        )
    finally:
        conn.close()


def schema_cookie(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA schema_version").fetchone()[0]
    finally:
        conn.close()


def test_an_import_into_a_new_file_has_the_schemas_indexes_holding_every_row(
    tmp_path, sample_and_posts
):
    fresh = tmp_path / "fresh.db"
    open_for_writing(fresh).close()
    path = tmp_path / "imported.db"
    report = import_articles(path, sample_and_posts, published=PUBLISHED)
    assert report.events > 10
    assert indexes_of(path) == indexes_of(fresh)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # indexes match rows
    # an index answers the viewer's queries: all the events of the sample article's day
    day = conn.execute("SELECT start_key FROM events WHERE kind = 'publication' LIMIT 1")
    (key,) = day.fetchone()
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM events WHERE start_key = ?", [key]
    ).fetchall()
    assert any("USING INDEX" in row[-1] or "COVERING INDEX" in row[-1] for row in plan)
    conn.close()


def test_a_table_with_rows_keeps_its_indexes(tmp_path, sample_path, gv_posts):
    path = tmp_path / "grown.db"
    import_articles(path, [sample_path], published=PUBLISHED)
    conn = sqlite3.connect(path)
    with conn:  # the import's triggers are dropped and made again: leave only the indexes
        conn.execute(
            "CREATE TABLE watch AS SELECT name, rootpage FROM sqlite_master WHERE type = 'index'"
        )
    conn.close()
    import_articles(path, list(gv_posts.values()), published=PUBLISHED)
    conn = sqlite3.connect(path)
    moved = conn.execute(
        "SELECT w.name FROM watch AS w JOIN sqlite_master AS m ON m.name = w.name"
        " WHERE m.rootpage != w.rootpage"
    ).fetchall()
    assert moved == []  # no index dropped and built again
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_an_import_failing_as_a_whole_keeps_the_indexes(tmp_path, sample_and_posts):
    path = tmp_path / "failed.db"
    open_for_writing(path).close()
    before, cookie = indexes_of(path), schema_cookie(path)

    def interrupted(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt  # the user stops the import after two files are written

    with pytest.raises(KeyboardInterrupt):
        import_articles(path, sample_and_posts, published=PUBLISHED, progress=interrupted)
    assert indexes_of(path) == before and schema_cookie(path) == cookie
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM events").fetchone() == (0,)
    conn.close()
