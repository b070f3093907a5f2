"""The timeline database schema, version 2 (documented column by column in docs/schema.md).

Written with sqlite-utils; versioned with `PRAGMA user_version`. Everything here is about the file's
shape: creating it, and telling a timeline database from anything else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from db.errors import (
    DatabaseUnavailableError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotSQLiteError,
    SchemaMismatchError,
    TimelineError,
)
from db.timekeys import DateError, span_keys

SCHEMA_VERSION = 2
APP_ID = "timeline-viewer"

# Columns each table must have for the viewer to read it (extra columns are fine): every column
# db.store reads, so that a file without one is refused when it is opened rather than failing at
# the first click. Events first: the message names the first table that falls short.
REQUIRED_COLUMNS: dict[str, set[str]] = {
    "events": {
        "id",
        "title",
        "text",
        "start",
        "end",
        "precision",
        "lane",
        "kind",
        "article_id",
        "caption_id",
        "span_start",
        "span_end",
        "start_key",
        "end_key",
        "data",
    },
    "articles": {"id", "headline", "published", "source", "url", "categories", "body"},
    "captions": {"id", "article_id", "position", "text", "credit", "image"},
}


# Added by version 2 (nullable: a version 1 file still opens, and says what it lacks):
# - status: "happened", "planned" (future, "is due to") or "negated" ("did not", "could");
# - provenance: JSON of how the date was found (the dating words, value, anchor, rule family);
# - story_id: events of different reports that tell one happening share the id of the first;
# - reported_key: sort key of the day the event was first reported (its article's publication).
V2_EVENT_COLUMNS: dict[str, type] = {
    "status": str,
    "provenance": str,
    "story_id": int,
    "reported_key": int,
}


# The few events the timeline draws differently by status, found without a scan of the table
# (the viewer loads their flags with its index): a partial index, so it costs nothing for the
# many that happened. Queries must repeat its WHERE to use it.
STATUS_DRAWN = "status IN ('planned', 'negated')"
STATUS_INDEX = (
    f"CREATE INDEX IF NOT EXISTS idx_events_status ON events(status) WHERE {STATUS_DRAWN}"
)


# Events placed around their report's publication day (no words dated them: provenance
# "around"), drawn as approximate: many, but found by a partial index rather than by reading
# every event's provenance. `instr`, not json_extract: a malformed provenance never fails a write.
def around_drawn(provenance: str = "provenance") -> str:
    """The SQL test for an event placed around its publication day, on the column `provenance`
    (qualified when a query joins: "e.provenance"; unqualified it matches the partial index)."""
    return f"""instr({provenance}, '"around": true') > 0"""


AROUND_DRAWN = around_drawn()
AROUND_INDEX = f"CREATE INDEX IF NOT EXISTS idx_events_around ON events(kind) WHERE {AROUND_DRAWN}"


def create(db: sqlite_utils.Database) -> None:
    """Create every table, index and full-text index of the current version in an empty database."""
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("articles").create(
        {
            "id": int,
            "headline": str,
            "published": str,
            "source": str,
            "url": str,
            "categories": str,
            "language": str,
            "body": str,
            "content_hash": str,
            "origin": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"content_hash"},
    )
    db.table("articles").create_index(["content_hash"], unique=True)
    db.table("captions").create(
        {
            "id": int,
            "article_id": int,
            "position": int,
            "text": str,
            "credit": str,
            "image": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "text"},
    )
    db.table("captions").create_index(["article_id"])
    db.table("events").create(
        {
            "id": int,
            "title": str,
            "text": str,
            "start": str,
            "end": str,
            "precision": str,
            "lane": str,
            "kind": str,
            "article_id": int,
            "caption_id": int,
            "span_start": int,
            "span_end": int,
            "start_key": int,
            "end_key": int,
            "record_hash": str,
            "data": str,
            **V2_EVENT_COLUMNS,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("caption_id", "captions", "id")],
        not_null={"title", "start", "precision", "start_key", "end_key"},
    )
    db.table("events").create_index(["start_key"])
    # Covering index for loading the viewer's index: a scan of it reads no titles or text.
    db.table("events").create_index(
        ["start_key", "end_key", "lane", "precision", "kind", "end"], "idx_events_timeline"
    )
    db.table("events").create_index(["lane", "start_key"])
    db.table("events").create_index(["article_id"])
    db.table("events").create_index(["record_hash"], unique=True)
    db.table("events").create_index(["story_id"])
    db.execute(STATUS_INDEX)
    db.execute(AROUND_INDEX)
    db.table("events").enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
    db.table("articles").enable_fts(
        ["headline", "body"], create_triggers=True, tokenize="unicode61"
    )
    db.table("captions").enable_fts(["text", "credit"], create_triggers=True, tokenize="unicode61")
    db.table("meta").insert_all(
        [
            {"key": "application", "value": APP_ID},
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        ]
    )
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}


def check(conn: sqlite3.Connection, path: str | Path = "") -> None:
    """Raise a clear error unless `conn` holds a timeline database this code can read.

    Touching the schema is also where a file that is not SQLite at all shows itself.
    """
    name = Path(path).name if path else "the database"
    try:
        tables = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")
        }
        version = user_version(conn)
    except sqlite3.DatabaseError as exc:
        if not is_damaged(exc):
            raise  # locked, unreadable, ...: the caller says what (db.store._explain)
        raise NotSQLiteError(f"{name} is not an SQLite database ({exc}).") from exc
    # Tables first: other programs' databases have a user_version of their own.
    missing_tables = [t for t in REQUIRED_COLUMNS if t not in tables]
    if missing_tables:
        found = ", ".join(sorted(tables)) or "no tables"
        raise ForeignDatabaseError(
            f"{name} is an SQLite database but not a timeline database: it has {found}; "
            f"a timeline database has the tables {', '.join(sorted(REQUIRED_COLUMNS))}."
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{name} uses timeline schema version {version}; this viewer reads up to version "
            f"{SCHEMA_VERSION}. Update timeline-viewer to open it."
        )
    for table, needed in REQUIRED_COLUMNS.items():
        missing = needed - table_columns(conn, table)
        if missing:
            raise SchemaMismatchError(
                f"{name} has a '{table}' table without the column(s) {', '.join(sorted(missing))}; "
                "it does not follow the timeline schema (see docs/schema.md)."
            )


# What reading a file can raise besides TimelineError: SQLite's errors, and UnicodeDecodeError,
# which Python's sqlite3 raises instead of one when a damaged file's schema puts bytes that are
# not UTF-8 into SQLite's error message.
READ_ERRORS = (sqlite3.Error, UnicodeDecodeError)


def is_damaged(exc: sqlite3.Error) -> bool:
    """Is this error about the file's content (not SQLite, corrupt), rather than about access to
    it (locked by another program, read-only, missing)?"""
    code = getattr(exc, "sqlite_errorname", "") or ""
    if code:
        return code == "SQLITE_NOTADB" or code.startswith("SQLITE_CORRUPT")
    text = str(exc)
    return "not a database" in text or "malformed" in text


def is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def create_file(conn: sqlite3.Connection) -> bool:
    """Write `create`'s schema into the empty database of `conn` in one transaction; False, and
    nothing written, when another program has filled it meanwhile. sqlite-utils commits after
    its statements, and on a file every commit waits for the disk (about 20 ms for the schema, a
    few in one transaction): the schema is made by sqlite-utils in memory, then its statements
    are run here in their order, with the rows of its tables (the meta rows)."""
    memory = sqlite_utils.Database(memory=True)
    create(memory)
    kinds = {row[1]: row[2] for row in memory.execute("PRAGMA main.table_list")}
    statements = [
        sql
        for name, sql in memory.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        )
        if kinds.get(name) != "shadow"  # made by their full-text table itself
    ]
    rows = {
        name: memory.execute(f"SELECT * FROM [{name}]").fetchall()
        for name, kind in kinds.items()
        if kind == "table" and not name.startswith("sqlite_")
    }
    version = user_version(memory.conn)
    memory.close()
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not is_empty(conn):
            conn.rollback()
            return False
        for sql in statements:
            conn.execute(sql)
        for name, table_rows in rows.items():
            if table_rows:
                marks = ", ".join("?" * len(table_rows[0]))
                conn.executemany(f"INSERT INTO [{name}] VALUES ({marks})", table_rows)
        conn.execute(f"PRAGMA user_version = {version}")
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return True


def open_for_writing(path: str | Path) -> sqlite_utils.Database:
    """Open (or create) a timeline database to import into. Refuses foreign or newer files."""
    path = Path(path)
    if path.is_dir():
        raise NotSQLiteError(f"{path} is a directory, not a database file.")
    conn = None
    try:
        conn = sqlite3.connect(str(path), timeout=5)
        if is_empty(conn) and create_file(conn):
            return sqlite_utils.Database(conn)
        check(conn, path)
        if user_version(conn) < SCHEMA_VERSION:
            with conn:
                upgrade(conn)
        if "provenance" in table_columns(conn, "events"):
            with conn:
                conn.execute(AROUND_INDEX)  # files of version 2 made before it
    except READ_ERRORS as exc:
        if conn is not None:
            conn.close()
        raise write_problem(exc, path) from exc
    except Exception:
        if conn is not None:
            conn.close()
        raise
    return sqlite_utils.Database(conn)


def upgrade(conn: sqlite3.Connection) -> None:
    """Bring a version 1 database to version 2 in the caller's transaction: add the new event
    columns (left NULL: what a version 1 import did not record stays unknown) and fill
    `reported_key` from each event's article. Only an import, an explicit write, calls this."""
    have = table_columns(conn, "events")
    for name, kind in V2_EVENT_COLUMNS.items():
        if name not in have:
            sql_type = "INTEGER" if kind is int else "TEXT"
            conn.execute(f"ALTER TABLE events ADD COLUMN [{name}] {sql_type}")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_events_story_id ON events(story_id)")
    conn.execute(STATUS_INDEX)
    rows = conn.execute(
        "SELECT DISTINCT a.id, a.published FROM articles a JOIN events e ON e.article_id = a.id "
        "WHERE a.published IS NOT NULL AND e.reported_key IS NULL"
    ).fetchall()
    for article_id, published in rows:
        key = reported_key(published)
        if key is not None:
            conn.execute(
                "UPDATE events SET reported_key = ? WHERE article_id = ? AND reported_key IS NULL",
                (key, article_id),
            )
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
        (str(SCHEMA_VERSION),),
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def reported_key(published: str | None) -> int | None:
    """Sort key of the start of a publication date (partial ISO), or None when unknown."""
    if not published:
        return None
    try:
        return span_keys(published)[0]
    except DateError:
        return None


def write_problem(exc: sqlite3.Error | UnicodeDecodeError, path: Path) -> TimelineError:
    """Why a database cannot be imported into, in the user's terms."""
    text = str(exc)
    if isinstance(exc, UnicodeDecodeError) or is_damaged(exc):
        return NotSQLiteError(f"{path.name} is not an SQLite database or is damaged ({text}).")
    if "locked" in text or "busy" in text:
        return DatabaseUnavailableError(
            f"{path.name} is locked by another program (it is writing to it); try again when it "
            "has finished."
        )
    return DatabaseUnavailableError(f"cannot write to {path}: {text}.")
