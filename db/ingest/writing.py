"""How every importer writes: rows by plain SQL or by batch, the articles that records cite,
record hashes, and the database's own errors told apart from one file's."""

from __future__ import annotations

import datetime
import json
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
    """Insert rows with the first row's columns, by plain SQL (see `insert_row`)."""
    columns = list(rows[0])
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
        ([row.get(c) for c in columns] for row in rows),
    )


def insert_batches(
    db: sqlite_utils.Database, table: str, rows: Iterable[Row], *, ignore: bool = False
) -> None:
    """Insert many rows BATCH at a time; `ignore` skips the rows a unique index already holds
    (how a record imported before is left out)."""
    db.table(table).insert_all(rows, batch_size=BATCH, ignore=ignore)


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
