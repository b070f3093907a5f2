"""The article import fills the full-text index of its new rows at its end (DeferredFts): the
index must come out as the schema's row-by-row triggers make it, the triggers must be back, and
a failure, of one file or of the whole import, must leave the index in step with the rows."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from db.ingest.importers import import_articles
from db.schema import open_for_writing

PUBLISHED = datetime.date(2019, 12, 23)
FTS = {
    "articles": ("headline", "body"),
    "captions": ("text", "credit"),
    "events": ("title", "text"),
}


def index_of(path: Path) -> dict[str, list[tuple]]:
    """Every (term, document, column, offset) each full-text table holds."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in FTS:
            vocab = f"fts5vocab(main, {table}_fts, instance)"
            conn.execute(f"CREATE VIRTUAL TABLE temp.vocab_{table} USING {vocab}")
            out[table] = conn.execute(
                f"SELECT * FROM temp.vocab_{table} ORDER BY 1, 2, 3, 4"
            ).fetchall()
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
        return out
    finally:
        conn.close()


def schema_of(path: Path) -> tuple[int, set[tuple]]:
    """The schema cookie (bumped by any DDL) and every schema row."""
    conn = sqlite3.connect(path)
    try:
        cookie = conn.execute("PRAGMA schema_version").fetchone()[0]
        return cookie, set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()


def copied_row_by_row(source: Path, target: Path) -> None:
    """`source`'s rows inserted into a fresh database one by one, its triggers indexing each."""
    open_for_writing(target).close()
    conn = sqlite3.connect(target)
    conn.execute("ATTACH ? AS source", [str(source)])
    with conn:
        for table in FTS:
            ids = [r[0] for r in conn.execute(f"SELECT id FROM source.[{table}] ORDER BY id")]
            for rowid in ids:
                conn.execute(
                    f"INSERT INTO [{table}] SELECT * FROM source.[{table}] WHERE id = ?", [rowid]
                )
    conn.close()


def test_the_index_is_the_one_the_triggers_make(tmp_path, sample_and_posts):
    imported = tmp_path / "imported.db"
    import_articles(imported, sample_and_posts[:2], published=PUBLISHED)
    import_articles(
        imported, sample_and_posts, published=PUBLISHED
    )  # into a file that has an index
    reference = tmp_path / "reference.db"
    copied_row_by_row(imported, reference)
    index = index_of(imported)
    assert all(index.values())  # events, articles and captions are all indexed
    assert index == index_of(reference)
    # The triggers are back as the schema makes them.
    fresh = tmp_path / "fresh.db"
    open_for_writing(fresh).close()
    triggers = {row for row in schema_of(fresh)[1] if row[0] == "trigger"}
    assert {row for row in schema_of(imported)[1] if row[0] == "trigger"} == triggers


def test_importing_the_same_files_again_changes_no_schema(tmp_path, sample_and_posts):
    path = tmp_path / "twice.db"
    import_articles(path, sample_and_posts, published=PUBLISHED)
    before = schema_of(path)
    report = import_articles(path, sample_and_posts, published=PUBLISHED)
    assert report.imported == 0 and report.skipped_duplicates == len(sample_and_posts)
    assert schema_of(path) == before  # no trigger dropped and made again


def test_an_import_failing_as_a_whole_keeps_the_triggers(tmp_path, sample_and_posts):
    path = tmp_path / "failed.db"
    import_articles(path, sample_and_posts[:1], published=PUBLISHED)
    before, index = schema_of(path), index_of(path)

    def interrupted(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt  # the user stops the import after two files are written

    with pytest.raises(KeyboardInterrupt):
        import_articles(path, sample_and_posts, published=PUBLISHED, progress=interrupted)
    assert schema_of(path) == before and index_of(path) == index
    # The triggers still index a row written by any other tool.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO events (title, start, precision, start_key, end_key)"
            " VALUES ('Quarantined zebras escaped', '2020', 'year', 0, 1)"
        )
    found = conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'zebras'")
    assert found.fetchone() == (1,)
    conn.close()


def test_a_file_rolled_back_leaves_nothing_in_the_index(tmp_path, sample_path, gv_posts):
    path = tmp_path / "halfway.db"
    open_for_writing(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.text LIKE '%Rakya%' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    conn.commit()
    conn.close()
    report = import_articles(path, [sample_path, gv_posts["credit"]], published=PUBLISHED)
    assert report.imported == 1 and len(report.failed) == 1
    index_of(path)  # passes FTS5's integrity check: no entry for a row that is not there
    conn = sqlite3.connect(path)
    for table in FTS:
        stray = conn.execute(
            f"SELECT count(*) FROM {table}_fts WHERE rowid NOT IN (SELECT id FROM {table})"
        )
        assert stray.fetchone() == (0,)
    assert conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Rakya'"
    ).fetchone() == (0,)
    conn.close()


def test_a_trigger_that_is_not_the_schemas_is_left_to_do_its_work(tmp_path, sample_path):
    """A file whose events trigger indexes titles only (another tool's choice): the import
    leaves it in place, and the index holds what it makes."""
    path = tmp_path / "titles.db"
    open_for_writing(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER events_ai")
        conn.execute(
            "CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN INSERT INTO events_fts"
            " (rowid, title, text) VALUES (new.rowid, new.title, ''); END"
        )
    conn.close()
    before = schema_of(path)[1]
    import_articles(path, [sample_path], published=PUBLISHED)
    assert schema_of(path)[1] == before
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, events_fts, instance)")
    columns = {row[0] for row in conn.execute("SELECT DISTINCT col FROM temp.vocab")}
    assert columns == {"title"}
    conn.close()
