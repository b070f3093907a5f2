"""How every importer writes: rows by plain SQL or by batch, the articles that records cite,
record hashes, and the database's own errors told apart from one file's."""

from __future__ import annotations

import datetime
import json
import operator
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from db.schema import READ_ERRORS, write_problem
from db.text import sha256

BATCH = 1000
Row = dict[str, Any]


def now_utc() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def count(db: sqlite_utils.Database, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def insert_row(db: sqlite_utils.Database, table: str, row: Row) -> int:
    """Insert one row with plain SQL (sqlite-utils' insert inspects the table on every call,
    which was half the import time of a 2 kB article); returns its rowid."""
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" * len(row))
    cursor = db.conn.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values())
    )
    rowid = cursor.lastrowid
    assert rowid is not None  # set by every successful INSERT
    return rowid


def insert_rows(db: sqlite_utils.Database, table: str, rows: Sequence[Row]) -> None:
    """Insert rows, each with the first row's columns, by plain SQL (see `insert_row`)."""
    columns = list(rows[0])
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    values = operator.itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", map(values, rows))


@contextmanager
def savepoint(db: sqlite_utils.Database) -> Iterator[None]:
    """A savepoint inside the open transaction: what is written in the block is rolled back
    when it raises. One name for all (sqlite-utils' `atomic` names each anew, which SQLite
    then parses anew)."""
    conn = db.conn
    conn.execute("SAVEPOINT one_file")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # a RAISE(ROLLBACK) can have ended it: nothing left to undo
            conn.execute("ROLLBACK TO one_file")
            conn.execute("RELEASE one_file")
        raise
    conn.execute("RELEASE one_file")


def insert_batches(
    db: sqlite_utils.Database, table: str, rows: Iterable[Row], *, ignore: bool = False
) -> None:
    """Insert many rows BATCH at a time; `ignore` skips the rows a unique index already holds
    (how a record imported before is left out)."""
    db.table(table).insert_all(rows, batch_size=BATCH, ignore=ignore)


class DeferredFts:
    """The full-text index of an import's new rows, filled by one statement a table at its end.

    FTS5 writes the terms it holds out as a segment of its own (and merges segments) at the end
    of every statement that inserts into it: kept in step by the schema's triggers a row at a
    time, the index was a fifth of an article import's CPU time, and filled by one INSERT ...
    SELECT a few percent. `defer` drops each table's insert and update triggers inside the
    import's transaction; `finish`, before the commit, indexes the rows added since and creates
    the triggers again from their own SQL. A failure before the commit rolls both back: the file
    keeps its triggers. In between, rows may only be inserted, or updated in columns the index
    does not hold (story ids). A table whose triggers are not the schema's is left as it is.
    """

    def __init__(self, db: sqlite_utils.Database, tables: Sequence[str]):
        self.conn = db.conn
        self.tables = tables
        # (table, its indexed columns, its highest rowid before, the triggers' SQL) once deferred
        self.deferred: list[tuple[str, list[str], int, list[str]]] | None = None

    def defer(self) -> None:
        """Stop indexing row by row (once; call it outside any savepoint, which rolled back
        would bring the triggers back behind this object's back)."""
        if self.deferred is not None:
            return
        self.deferred = []
        for table in self.tables:
            found = self._triggers(table)
            if found is None:
                continue
            columns, triggers = found
            last = self.conn.execute(f"SELECT max(rowid) FROM [{table}]").fetchone()[0] or 0
            if not isinstance(last, int) or last >= 2**63 - 1:
                continue  # SQLite then picks rowids at random: "added since" has no bound
            for name, _sql in triggers:
                self.conn.execute(f"DROP TRIGGER [{name}]")
            self.deferred.append((table, columns, last, [sql for _name, sql in triggers]))

    def _triggers(self, table: str) -> tuple[list[str], list[tuple[str, str]]] | None:
        """The columns of `table`'s full-text index and its insert and update triggers (name,
        SQL), when they are the ones db.schema creates (sqlite-utils' enable_fts)."""
        fts = f"{table}_fts"
        columns = [row[1] for row in self.conn.execute(f"PRAGMA table_info([{fts}])")]
        if not columns:
            return None
        found = dict(
            self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
                " AND name IN (?, ?)",
                [table, f"{table}_ai", f"{table}_au"],
            ).fetchall()
        )
        quoted = ", ".join(f'"{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        insert = f'INSERT INTO "{fts}" (rowid, {quoted}) VALUES (new.rowid, {new});'
        inserting, updating = found.get(f"{table}_ai"), found.get(f"{table}_au")
        if not inserting or not updating or insert not in " ".join(inserting.split()):
            return None
        if " ".join(updating.split()).count(insert) != 1:
            return None
        return columns, [(f"{table}_ai", inserting), (f"{table}_au", updating)]

    def finish(self) -> None:
        """Index the rows added since `defer` and bring the triggers back (in the transaction)."""
        for table, columns, last, triggers in self.deferred or []:
            names = ", ".join(f"[{c}]" for c in columns)
            self.conn.execute(
                f"INSERT INTO [{table}_fts] (rowid, {names}) SELECT rowid, {names} FROM [{table}]"
                " WHERE rowid > ? ORDER BY rowid",
                [last],
            )
            for sql in triggers:
                self.conn.execute(sql)
        self.deferred = None


def url_host(url: str | None) -> str | None:
    """The site of a URL without "www." ("https://www.bbc.co.uk/x" -> "bbc.co.uk")."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.") or None


def record_hash(event: Row, article: Row | None, fields: Sequence[str]) -> str:
    """What makes an imported record the same record again: its event's `fields` and the
    article it cites. Stored in events.record_hash, whose unique index skips a repeat."""
    values = [event[k] for k in fields]
    cited = article["content_hash"] if article else None
    return sha256(json.dumps(values, ensure_ascii=False), cited)


class ArticleIds:
    """content hash -> articles.id, inserting the articles not yet in the database by batch."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.ids: dict[str, int] = {}

    def resolve(self, rows: Iterable[Row]) -> set[str]:
        """Learn the ids of the rows' articles, inserting those not stored yet; the content
        hashes of the articles inserted now."""
        new = {r["content_hash"]: r for r in rows if r["content_hash"] not in self.ids}
        if not new:
            return set()
        self._lookup(list(new))
        missing = [row for key, row in new.items() if key not in self.ids]
        if missing:
            insert_batches(self.db, "articles", missing, ignore=True)
            self._lookup([row["content_hash"] for row in missing])
        return {row["content_hash"] for row in missing}

    def _lookup(self, hashes: list[str]) -> None:
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT content_hash, id FROM articles WHERE content_hash IN ({marks})"
            self.ids.update(self.db.execute(sql, chunk).fetchall())


def about_the_database(exc: Exception) -> bool:
    """An SQLite error that says the database cannot be written (as opposed to one file's
    content being unstorable, like a string over SQLite's size limit)."""
    return type(exc) in (sqlite3.OperationalError, sqlite3.DatabaseError) and (
        getattr(exc, "sqlite_errorname", "") != "SQLITE_TOOBIG"
    )


@contextmanager
def database_problems(db_path: str | Path) -> Iterator[None]:
    """SQLite errors of the database as a whole (the commit of a damaged file, a full disk)
    as the TimelineError that says so; the transaction has been rolled back."""
    try:
        yield
    except READ_ERRORS as exc:
        raise write_problem(exc, Path(db_path)) from exc
