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

import re
import sqlite3
from pathlib import Path

import numpy as np

from db.store.model import MARK_OFF, MARK_ON, EventBrief, SearchHit, SearchResult

_SYNTAX = re.compile(r'["*():^]|\b(?:AND|OR|NOT|NEAR)\b')

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
        conn.execute("INSERT INTO events_fts (events_fts) VALUES ('optimize')")
        conn.commit()
    finally:
        conn.close()


def plain_query(text: str) -> str | None:
    """Words as quoted FTS5 terms, the last one a prefix (as-you-type); None if no words."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'


class Sidecar:
    """The sidecar opened read-only (immutable: a dataset is never written in place)."""

    def __init__(self, path: Path) -> None:
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._conn.execute("PRAGMA query_only = 1")

    def close(self) -> None:
        self._conn.close()

    def _rows(self, sql: str, params: tuple | list | dict = ()) -> list[tuple]:
        return self._conn.execute(sql, params).fetchall()

    def search(self, text: str, limit: int, marks: int) -> SearchResult:
        """As TimelineStore.search: the best `limit` hits with snippets in date order, up to
        `marks` ids; text that is not valid FTS5 syntax is searched as plain words."""
        plain = plain_query(text)
        if plain is None:
            return SearchResult(text, [], False)
        if _SYNTAX.search(text):
            try:
                return self._search(text, text.strip(), limit, marks, False)
            except sqlite3.OperationalError:
                return self._search(text, plain, limit, marks, True)
        return self._search(text, plain, limit, marks, False)

    def _search(self, text: str, match: str, limit: int, marks: int, fallback: bool):
        snippet = "snippet({}, -1, '" + MARK_ON + "', '" + MARK_OFF + "', '…', 12)"
        ranked = self._rows(
            f"""SELECT 'e', rowid, rank, snip FROM (SELECT rowid, rank,
                   {snippet.format("events_fts")} AS snip FROM events_fts
                   WHERE events_fts MATCH :q ORDER BY rank LIMIT :n)
               UNION ALL
               SELECT 'a', rowid, rank, snip FROM (SELECT rowid, rank,
                   {snippet.format("articles_fts")} AS snip FROM articles_fts
                   WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n)
               UNION ALL
               SELECT 'c', c.article_id, f.rank, f.snip FROM (SELECT rowid, rank,
                   {snippet.format("captions_fts")} AS snip FROM captions_fts
                   WHERE captions_fts MATCH :q ORDER BY rank LIMIT :n) f
                   JOIN captions c ON c.id = f.rowid
               ORDER BY 3""",
            {"q": match, "n": limit},
        )
        standing = self._standing(sorted({r[1] for r in ranked if r[0] != "e"}))
        best: dict[int, str] = {}  # event id -> snippet, best rank first
        for table, rowid, _rank, snip in ranked:
            for event_id in [rowid] if table == "e" else standing.get(rowid, []):
                best.setdefault(event_id, snip or "")
            if len(best) >= limit:
                break
        hits = [
            SearchHit(eid, key, start, precision, title or "", headline, best[eid] or title or "")
            for eid, key, start, precision, title, headline in self._in_chunks(
                """SELECT e.id, e.start_key, e.start, e.precision,
                          (SELECT title FROM events_fts WHERE rowid = e.id),
                          (SELECT headline FROM articles_fts WHERE rowid = e.article_id)
                   FROM events e WHERE e.id IN ({marks})""",
                list(best),
            )
        ]
        hits.sort(key=lambda h: (h.start_key, h.event_id))
        marked = [
            r[0]
            for r in self._rows(
                "SELECT rowid FROM events_fts WHERE events_fts MATCH :q LIMIT :n",
                {"q": match, "n": marks},
            )
        ]
        marked += [eid for ids in standing.values() for eid in ids]
        return SearchResult(text, hits, fallback, np.unique(np.asarray(marked, np.int64)))

    def _standing(self, article_ids: list[int]) -> dict[int, list[int]]:
        """Article id -> the events standing for it: its publication event, else its events."""
        out: dict[int, list[tuple[bool, int]]] = {}
        rows = self._in_chunks(
            "SELECT article_id, id, kind FROM events WHERE article_id IN ({marks}) ORDER BY id",
            article_ids,
        )
        for article_id, event_id, kind in rows:
            out.setdefault(article_id, []).append((kind == "publication", event_id))
        return {
            a: [e for pub, e in pairs if pub] or [e for _, e in pairs] for a, pairs in out.items()
        }

    def titles(self, ids: list[int]) -> dict[int, str]:
        rows = self._in_chunks(
            "SELECT rowid, CAST(title AS TEXT) FROM events_fts WHERE rowid IN ({marks})", ids
        )
        return {int(i): "" if t is None else str(t) for i, t in rows}

    def start_of(self, event_id: int) -> int | None:
        rows = self._rows("SELECT start_key FROM events WHERE id = ?", (int(event_id),))
        return int(rows[0][0]) if rows else None

    def briefs(self, where: str, params: tuple) -> list[EventBrief]:
        """EventBriefs of the events matching `where`, by start (as TimelineStore's)."""
        rows = self._rows(
            """SELECT e.id, coalesce((SELECT CAST(title AS TEXT) FROM events_fts
                   WHERE rowid = e.id), ''), e.start, e."end", e.precision, e.lane
               FROM events e WHERE """
            + where
            + " ORDER BY e.start_key, e.id",
            params,
        )
        return [EventBrief(*r) for r in rows]

    def _in_chunks(self, sql: str, ids: list[int]) -> list[tuple]:
        out: list[tuple] = []
        for i in range(0, len(ids), 500):
            part = [int(x) for x in ids[i : i + 500]]
            out += self._rows(sql.format(marks=",".join("?" * len(part))), part)
        return out
