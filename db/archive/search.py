"""The search sidecar: an SQLite FTS5 file built at convert time (DuckDB's fts extension is not in
its wheel and cannot be installed offline), read-only when a dataset is shown.

It holds what a search needs: the texts (events' title and text, articles' headline and body,
captions' text and credit) under the ids of the dataset, and each event's article, kind, dates,
precision and lane, so that a search answers as the timeline database's does
(db.store.timeline.TimelineStore.search) without touching the Parquet files. The same rows, by
primary key, answer titles, briefs, an article's events and where an event starts (which year
file holds it) at once, where DuckDB would read every file's ids.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import apsw
import numpy as np

from db.errors import AbandonedError
from db.store import fts_among, fts_rank, fts_search
from db.store.abandon import carried, stale_now
from db.store.model import EventBrief, SearchResult

# The hits of a search: title and headline from the FTS copies, dates from `events`.
_SEARCH_HITS = """SELECT e.id, e.start_key, e.start, e.precision,
        {title},
        (SELECT headline FROM articles_fts WHERE rowid = e.article_id)
    FROM events e WHERE e.id IN ({{marks}})"""

# The events' full-text index may be split by id (an import on Dask builds the parts at once):
# `events_fts` holds the first ids, `events_fts_1`, `events_fts_2`, ... the next ranges, in order.
# A sidecar of one part (any written before the split) is read as it always was.
EVENTS_FTS = "events_fts"
_EVENTS_PART = re.compile(r"events_fts(?:_(\d+))?")


def events_part(number: int) -> str:
    """The name of the events index's part `number` (0: the first, `events_fts`)."""
    return EVENTS_FTS if number == 0 else f"{EVENTS_FTS}_{number}"


def _part_schema(name: str) -> str:
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS main.{name} "
        "USING fts5(title, text, tokenize='unicode61')"
    )


def fts_tables(run: Callable[[str], list[tuple]]) -> list[str]:
    """The FTS5 tables of a sidecar (the events' parts in order after the other two)."""
    names = [str(n) for (n,) in run(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%fts5%'"
    )]  # fmt: skip
    parts = sorted(
        (n for n in names if _EVENTS_PART.fullmatch(n)),
        key=lambda n: int(_EVENTS_PART.fullmatch(n).group(1) or 0),  # type: ignore[union-attr]
    )
    return [*parts, *sorted(n for n in names if not _EVENTS_PART.fullmatch(n))]


def events_parts(run: Callable[[str], list[tuple]]) -> list[str]:
    """The events index's parts, in id order."""
    return [n for n in fts_tables(run) if _EVENTS_PART.fullmatch(n)]


def _title_of(parts: Sequence[str], id_column: str) -> str:
    """SQL: the title of event `id_column`, from whichever part holds it."""
    found = [f"(SELECT title FROM {p} WHERE rowid = {id_column})" for p in parts]
    return found[0] if len(found) == 1 else f"coalesce({', '.join(found)})"


def averages(block: bytes) -> tuple[int, int]:
    """(rows, total size of every column) from an FTS5 table's averages record (its `_data`
    row 1: SQLite varints, the rows then each column's size)."""
    values, at = [], 0
    while at < len(block):
        value = 0
        for i in range(9):
            byte = block[at]
            at += 1
            if i == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        values.append(value)
    return (values[0], sum(values[1:])) if values else (0, 0)  # (an index never written)


SIDECAR_SCHEMA = """
CREATE VIRTUAL TABLE events_fts USING fts5(title, text, tokenize='unicode61');
CREATE VIRTUAL TABLE articles_fts USING fts5(headline, body, tokenize='unicode61');
CREATE VIRTUAL TABLE captions_fts USING fts5(text, credit, tokenize='unicode61');
CREATE TABLE captions (id INTEGER PRIMARY KEY, article_id INTEGER);
CREATE TABLE events (id INTEGER PRIMARY KEY, article_id INTEGER, kind TEXT, start_key INTEGER,
                     start TEXT, precision TEXT, "end" TEXT, lane TEXT);
"""


def build_sidecar(out: Path, source: Path, where: str) -> None:
    """Write the sidecar at `out` from the timeline database `source`; `where` selects the events
    the dataset holds (alias e)."""
    conn = sqlite3.connect(out)
    try:
        conn.executescript(SIDECAR_SCHEMA)
        conn.execute("ATTACH DATABASE ? AS src", (source.resolve().as_uri() + "?mode=ro",))
        with conn:
            conn.execute(
                "INSERT INTO events_fts (rowid, title, text) SELECT e.id, e.title, e.text "
                f"FROM src.events e WHERE {where}"
            )
            conn.execute(
                "INSERT INTO events SELECT e.id, e.article_id, CAST(e.kind AS TEXT), "
                "CAST(e.start_key AS INTEGER), coalesce(CAST(e.start AS TEXT), ''), "
                "coalesce(CAST(e.precision AS TEXT), 'day'), CAST(e.\"end\" AS TEXT), "
                f"coalesce(CAST(e.lane AS TEXT), '') FROM src.events e WHERE {where}"
            )
            conn.execute(
                "INSERT INTO articles_fts (rowid, headline, body) "
                "SELECT id, headline, body FROM src.articles"
            )
            conn.execute(
                "INSERT INTO captions_fts (rowid, text, credit) "
                "SELECT id, text, credit FROM src.captions"
            )
            conn.execute("INSERT INTO captions SELECT id, article_id FROM src.captions")
            conn.execute("CREATE INDEX events_article ON events (article_id)")
        conn.execute("DETACH DATABASE src")
        finish_sidecar(conn)
    finally:
        conn.close()


# The columns each iterable of rows gives `build_sidecar_from`, in order.
SIDECAR_EVENT_COLUMNS = (
    "id", "title", "text", "article_id", "kind", "start_key", "start", "precision", "end", "lane",
)  # fmt: skip
SIDECAR_ARTICLE_COLUMNS = ("id", "headline", "body")
SIDECAR_CAPTION_COLUMNS = ("id", "article_id", "text", "credit")


# The tables a sidecar's rows go into: the events' rows into the first two.
SIDECAR_TABLES = frozenset({"events_fts", "events", "articles_fts", "captions_fts", "captions"})


def build_sidecar_from(
    out: Path,
    events: Iterable[Sequence[tuple]],
    articles: Iterable[Sequence[tuple]],
    captions: Iterable[Sequence[tuple]],
    tables: Collection[str] = SIDECAR_TABLES,
    events_fts: str = EVENTS_FTS,
) -> None:
    """Write the sidecar at `out` from batches of rows (the *_COLUMNS above), as build_sidecar
    writes it from a timeline database: for datasets imported without one. Only `tables` are
    filled (a piece of a sidecar built in parts: copy_tables joins them); the events' texts go
    into the events index's part `events_fts` (events_part)."""
    conn = _temporary(out)
    try:
        conn.executescript(SIDECAR_SCHEMA)
        if events_fts != EVENTS_FTS:
            conn.execute(_part_schema(events_fts))
            tables = [events_fts if t == EVENTS_FTS else t for t in tables]
        with conn:
            _insert(conn, events, articles, captions, tables, events_fts)
            conn.execute("CREATE INDEX events_article ON events (article_id)")
        finish_sidecar(conn)
    finally:
        conn.close()


def extend_sidecar(
    path: Path,
    events: Iterable[Sequence[tuple]],
    articles: Iterable[Sequence[tuple]],
    captions: Iterable[Sequence[tuple]],
    cut: dict[str, int],
) -> None:
    """Add rows (as build_sidecar_from takes them) to the sidecar at `path`, a copy of a
    dataset's, for a dataset extended by an import: rows with ids from `cut` ("events",
    "articles", "captions") on, which an interrupted extension may have left, go first. The
    index is then finished as a new one is (finish_sidecar)."""
    conn = _temporary(path)
    try:
        parts = events_parts(lambda sql: conn.execute(sql).fetchall())
        with conn:
            for table, key in (
                *((p, "events") for p in parts), ("events", "events"), ("articles_fts", "articles"),
                ("captions_fts", "captions"), ("captions", "captions"),
            ):  # fmt: skip
                column = "id" if table in ("events", "captions") else "rowid"
                conn.execute(f"DELETE FROM {table} WHERE {column} >= ?", (cut[key],))
            # The new events have the highest ids: the last part takes them.
            tables = [parts[-1] if t == EVENTS_FTS else t for t in SIDECAR_TABLES]
            _insert(conn, events, articles, captions, tables, parts[-1])
        finish_sidecar(conn)
    finally:
        conn.close()


# A sidecar built in two pieces of about the same work: the events' full-text index, and the
# rest (the articles' and captions' texts and the events' dates); the rest is copied from the
# second into the first (copy_tables).
INDEX_TABLES = ("events_fts",)
TEXT_TABLES = ("events", "articles_fts", "captions_fts", "captions")
# What an FTS5 table keeps in its shadow tables: its index, its texts, each row's size, its
# settings. Copied whole, the index is the one built in the other file, without tokenizing.
_FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")


def copy_tables(path: Path, source: Path, tables: Sequence[str]) -> None:
    """Replace `tables` of the sidecar at `path` (being written: no other connection to it)
    with those of the sidecar `source`; an FTS5 table by its shadow tables. The FTS5 tables of
    `path` must not have been read or written on this connection, which holds no cached index."""
    conn = _temporary(path)
    try:
        conn.execute("ATTACH DATABASE ? AS piece", (source.resolve().as_uri() + "?mode=ro",))
        with conn:
            for table in tables:
                fts = table.endswith("_fts") or bool(_EVENTS_PART.fullmatch(table))
                if _EVENTS_PART.fullmatch(table):
                    conn.execute(_part_schema(table))  # (a part after the first: new here)
                names = [f"{table}_{s}" for s in _FTS5_SHADOWS] if fts else [table]
                for name in names:
                    conn.execute(f"DELETE FROM main.{name}")
                    conn.execute(f"INSERT INTO main.{name} SELECT * FROM piece.{name}")
                if fts:  # its terms' row counts go with it (finish_sidecar)
                    conn.execute(f"DELETE FROM main.{fts_rank.TERMS} WHERE tbl = ?", (table,))
                    conn.execute(
                        f"INSERT INTO main.{fts_rank.TERMS} "
                        f"SELECT * FROM piece.{fts_rank.TERMS} WHERE tbl = ?",
                        (table,),
                    )
        conn.execute("DETACH DATABASE piece")
    finally:
        conn.close()


FTS_TABLES = ("events_fts", "articles_fts", "captions_fts")
# An article hit stands for its publication events, if any (db.store.fts_search): found here
# without reading the rows of the article's other events.
PUBLICATIONS_INDEX = """CREATE INDEX IF NOT EXISTS events_publication ON events (article_id)
    WHERE kind = 'publication'"""


def finish_sidecar(conn: sqlite3.Connection) -> None:
    """Once a sidecar's rows are written: each FTS5 index merged into one segment ('optimize':
    a query reads one doclist a term, not one a segment), every term's row count written
    (fts_rank.TERMS), which ranking would otherwise count at each search, and the index of
    publication events. Every FTS5 table: the three and the events index's parts."""
    tables = tuple(fts_tables(lambda sql: conn.execute(sql).fetchall()))
    for table in tables:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    conn.commit()
    with conn:
        fts_rank.count_terms(conn.execute, tables)
        conn.execute(PUBLICATIONS_INDEX)


def _temporary(path: Path) -> sqlite3.Connection:
    """A connection to a sidecar being written under a temporary name (renamed into place when
    done, removed if not): no rollback journal, no syncs (a quarter of the time at 2,000
    articles)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def _insert(
    conn: sqlite3.Connection,
    events: Iterable[Sequence[tuple]],
    articles: Iterable[Sequence[tuple]],
    captions: Iterable[Sequence[tuple]],
    tables: Collection[str] = SIDECAR_TABLES,
    events_fts: str = EVENTS_FTS,
) -> None:
    for rows in events:
        if events_fts in tables:
            conn.executemany(
                f"INSERT INTO {events_fts} (rowid, title, text) VALUES (?, ?, ?)",
                (r[:3] for r in rows),
            )
        if "events" in tables:
            conn.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, coalesce(?, ''), coalesce(?, 'day'), ?, "
                "coalesce(?, ''))",
                ((r[0], *r[3:]) for r in rows),
            )
    for rows in articles:
        conn.executemany("INSERT INTO articles_fts (rowid, headline, body) VALUES (?, ?, ?)", rows)
    for rows in captions:
        conn.executemany(
            "INSERT INTO captions_fts (rowid, text, credit) VALUES (?, ?, ?)",
            ((r[0], r[2], r[3]) for r in rows),
        )
        conn.executemany("INSERT INTO captions VALUES (?, ?)", ((r[0], r[1]) for r in rows))


# SQLite steps between two looks at whether a search is still wanted (about a millisecond).
ABANDON_STEPS = 10_000


def _given_up_if_stale(read: Callable[[], list[tuple]]) -> list[tuple]:
    """`read`'s rows; AbandonedError instead once this thread's search is stale (before the
    statement, or interrupted by the connection's progress handler, `stale_now`), so a stale
    search holds neither the connection nor a searcher thread for the next one."""
    if stale_now():
        raise AbandonedError("search given up: a newer one replaced it")
    try:
        return read()
    except (sqlite3.OperationalError, apsw.InterruptError) as exc:
        if stale_now():
            raise AbandonedError("search given up: a newer one replaced it") from exc
        raise


_HAS_TERMS = f"SELECT 1 FROM sqlite_master WHERE name = '{fts_rank.TERMS}'"
SEARCH_THREADS = 2  # a search's tables are ranked at once, on this many connections


class Sidecar:
    """The sidecar opened read-only (immutable: a dataset is never written in place)."""

    def __init__(self, path: Path) -> None:
        self._uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        self._conn = self._connect()
        # Sidecars written before the term counts rank with FTS5's bm25, narrow through fts5vocab.
        self._counted = bool(self._rows(_HAS_TERMS))
        self._parts = events_parts(self._rows)
        # The events index's rows and size, all parts' (a split index ranks as one; the rows
        # plan a search's marks: fts_search._may_be_few).
        self._size: tuple[int, int] | None = None
        if self._counted:
            blocks = [self._rows(f"SELECT block FROM {p}_data WHERE id = 1") for p in self._parts]
            sizes = [averages(rows[0][0] if rows else b"") for rows in blocks]
            self._size = (sum(r for r, _s in sizes), sum(s for _r, s in sizes))
        self._hits_sql = _SEARCH_HITS.format(title=_title_of(self._parts, "e.id"))
        self._searchers = ThreadPoolExecutor(SEARCH_THREADS, thread_name_prefix="sidecar")
        self._local = threading.local()  # each searcher thread's connection
        self._opened: list[sqlite3.Connection | apsw.Connection] = []
        self._opening = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
        conn.executescript(fts_search.TERM_TABLES)  # in `temp`: the file is not written
        conn.execute("PRAGMA query_only = 1")
        conn.set_progress_handler(stale_now, ABANDON_STEPS)
        return conn

    def close(self) -> None:
        self._searchers.shutdown(wait=True)
        for conn in [self._conn, *self._opened]:
            conn.close()

    def _rows(self, sql: str, params: tuple | list | dict = ()) -> list[tuple]:
        return _given_up_if_stale(lambda: self._conn.execute(sql, params).fetchall())

    def _searcher_rows(self, sql: str, params: Any) -> list[tuple]:
        """`sql` on the calling searcher thread's own connection (opened on its first query):
        APSW's, with fts_rank's ranking, where the sidecar has term counts."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = fts_rank.connect(self._uri) if self._counted else self._connect()
            if isinstance(conn, apsw.Connection):
                conn.set_progress_handler(stale_now, ABANDON_STEPS)
            self._local.conn = conn
            with self._opening:
                self._opened.append(conn)
        return _given_up_if_stale(lambda: conn.execute(sql, params).fetchall())

    def _start_each(self, statements: Sequence[tuple[str, Any]]) -> list[Callable[[], list[tuple]]]:
        """The statements started at once on the searcher threads (given up there too once the
        calling thread's search is stale: db.store.abandon): a wait for each one's rows."""
        rows = carried(self._searcher_rows)
        return [self._searchers.submit(rows, sql, p).result for sql, p in statements]

    def warm(self) -> None:
        """Before the first search (db.archive.warm_search): each searcher thread's connection
        opened (APSW, its ranking function registered) and every FTS5 table's structure read
        (a word no table holds). Look-ups spread over the b-trees a search walks were tried
        too: a common word's first search read as much after them (100M events: the events of
        its 500 article hits, ~7 MB, lie apart in a 1.3 GB index)."""
        ready = threading.Barrier(SEARCH_THREADS, timeout=5)  # a job on each thread

        def connect() -> None:
            with contextlib.suppress(threading.BrokenBarrierError):
                ready.wait()
            for table in fts_tables(self._rows):
                self._searcher_rows(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH ?", ('"zzqxwarm"',)
                )

        for job in [self._searchers.submit(connect) for _ in range(SEARCH_THREADS)]:
            job.result()

    def search(self, text: str, limit: int, marks: int) -> SearchResult:
        """As TimelineStore.search (db.store.fts_search.search), over the sidecar's copies."""
        return fts_search.search(
            self._rows,
            (sqlite3.OperationalError, apsw.SQLError),  # FTS5 syntax, on either connection
            self._hits_sql,
            text,
            limit,
            marks,
            terms=not self._counted,
            start_each=self._start_each,
            counted=self._counted,
            events=self._parts,
            events_size=self._size,
            threads=SEARCH_THREADS,
        )

    def search_among(self, text: str, ids: np.ndarray) -> np.ndarray:
        """Of the events `ids` (a view's), every one a search of `text` marks
        (db.store.fts_among), over the sidecar's copies."""
        return fts_among.hits_among(
            self._rows,
            (sqlite3.OperationalError, apsw.SQLError),
            text,
            ids,
            terms=not self._counted,
            counted=self._counted,
            events=self._parts,
        )

    def titles(self, ids: list[int]) -> dict[int, str]:
        rows = [
            row
            for part in self._parts
            for row in fts_search.in_chunks(
                self._rows,
                f"SELECT rowid, CAST(title AS TEXT) FROM {part} WHERE rowid IN ({{marks}})",
                ids,
            )
        ]
        return {int(i): "" if t is None else str(t) for i, t in rows}

    def start_of(self, event_id: int) -> int | None:
        rows = self._rows("SELECT start_key FROM events WHERE id = ?", (int(event_id),))
        return int(rows[0][0]) if rows else None

    def starts(self, ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Of `ids`, those the dataset holds and their start keys (what file holds each)."""
        rows = fts_search.in_chunks(
            self._rows,
            "SELECT id, start_key FROM events WHERE start_key IS NOT NULL AND id IN ({marks})",
            ids,
        )
        found = np.array(rows, np.int64).reshape(-1, 2)
        return found[:, 0], found[:, 1]

    def briefs(self, where: str, params: tuple) -> list[EventBrief]:
        """EventBriefs of the events matching `where`, by start (as TimelineStore's)."""
        rows = self._rows(
            f"""SELECT e.id, coalesce(CAST({_title_of(self._parts, "e.id")} AS TEXT), ''),
                   e.start, e."end", e.precision, e.lane
               FROM events e WHERE """
            + where
            + " ORDER BY e.start_key, e.id",
            params,
        )
        return [EventBrief(*r) for r in rows]
