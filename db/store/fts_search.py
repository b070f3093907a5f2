"""Full-text search over the FTS5 tables every store with text keeps (`events_fts`,
`articles_fts`, `captions_fts`, as in db.schema): ranking, snippets, which events an article or a
caption hit stands for, and the fallback from FTS5 syntax to plain words.

The timeline database and an archive's search sidecar hold the same FTS5 tables but read an
event's dates, title and headline from different places, and run SQL with different time limits
and errors: each passes `run` (SQL and parameters to rows), the error its `run` raises for text
that is no valid FTS5 query, and the SQL that reads the hits. No sqlite3 here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from . import fts_snippets
from .model import MARK_OFF, MARK_ON, SearchHit, SearchResult

Run = Callable[[str, Any], list[tuple]]

FTS_SYNTAX = re.compile(r'["*():^]|\b(?:AND|OR|NOT|NEAR)\b')
CHUNK = 500  # ids in one `IN (...)` list

RANK_POOL = 2000  # matches of one table ranked for the hits: the latest (by rowid)
STANDING_MARKS = 500  # article and caption matches whose events are marked besides the ranked

# Ranking every match of a common word costs its bm25 for each (150,000 at 1M events: 0.2-0.6 s),
# so each table ranks its latest :pool matches only (all of them for rarer text): FTS5 walks its
# doclist backwards and stops. Snippets are made afterwards for the rows shown (fts_snippets).
_POOLED = """SELECT * FROM (SELECT rowid, rank FROM {table}
        WHERE {table} MATCH :q ORDER BY rowid DESC LIMIT :pool) ORDER BY rank LIMIT :n"""
# (table, FTS rowid, rank, the article or event id the row stands for)
_RANKED = f"""SELECT 'e', rowid, rank, rowid FROM ({_POOLED.format(table="events_fts")})
    UNION ALL
    SELECT 'a', rowid, rank, rowid FROM ({_POOLED.format(table="articles_fts")})
    UNION ALL
    SELECT 'c', f.rowid, f.rank, c.article_id FROM ({_POOLED.format(table="captions_fts")}) f
        JOIN captions c ON c.id = f.rowid
    ORDER BY 3"""
_TABLES = {"e": "events_fts", "a": "articles_fts", "c": "captions_fts"}
_MARKED = "SELECT rowid FROM events_fts WHERE events_fts MATCH :q LIMIT :n"
_STANDING = """SELECT * FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q LIMIT :n)
    UNION SELECT c.article_id FROM (SELECT rowid FROM captions_fts WHERE captions_fts MATCH :q
        LIMIT :n) f JOIN captions c ON c.id = f.rowid"""


def plain_fts_query(text: str) -> str | None:
    """Words as quoted FTS5 terms, the last one a prefix (as-you-type); None if no words."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'


def in_chunks(run: Run, sql: str, ids: Sequence[int]) -> list[tuple]:
    """Run `sql` (with an `IN ({marks})` list) over `ids`, CHUNK at a time."""
    out: list[tuple] = []
    for i in range(0, len(ids), CHUNK):
        part = [int(x) for x in ids[i : i + CHUNK]]
        out += run(sql.format(marks=",".join("?" * len(part))), part)
    return out


def search(
    run: Run,
    syntax_error: type[Exception],
    hits_sql: str,
    text: str,
    limit: int,
    marks: int,
) -> SearchResult:
    """The best `limit` matches (FTS5 rank among each table's latest RANK_POOL) with snippets, in
    date order, and up to `marks` matching event ids without, for marking the timeline. Text that
    is not valid FTS5 syntax (`run` raises `syntax_error`) is searched as plain words. A hit in an
    article or a caption stands for the article's publication event, or else for the events that
    cite it.

    The two halves run apart when asked (a viewer shows the hits first): `marks=0` marks only the
    hits, `limit=0` gives no hits, only the marks. `hits_sql` reads (id, start key, start,
    precision, title, headline) of the events whose ids fill its `IN ({marks})` list."""
    plain = plain_fts_query(text)
    if plain is None:
        return SearchResult(text, [], False)
    if FTS_SYNTAX.search(text):
        try:
            return _search(run, hits_sql, text, text.strip(), limit, marks, False)
        except syntax_error:  # not valid FTS5: the same words, plainly
            return _search(run, hits_sql, text, plain, limit, marks, True)
    return _search(run, hits_sql, text, plain, limit, marks, False)


def _search(
    run: Run, hits_sql: str, text: str, match: str, limit: int, marks: int, fallback: bool
) -> SearchResult:
    hits, marked = _hits(run, hits_sql, match, limit) if limit > 0 else ([], [])
    if marks > 0:
        marked += [r[0] for r in run(_MARKED, {"q": match, "n": marks})]
        articles = [r[0] for r in run(_STANDING, {"q": match, "n": STANDING_MARKS})]
        marked += [eid for ids in _events_of_articles(run, articles).values() for eid in ids]
    return SearchResult(text, hits, fallback, np.unique(np.asarray(marked, np.int64)))


def _hits(run: Run, hits_sql: str, match: str, limit: int) -> tuple[list[SearchHit], list[int]]:
    """The best `limit` hits in date order, and the ids they and their articles stand for."""
    ranked = run(_RANKED, {"q": match, "n": limit, "pool": max(RANK_POOL, limit)})
    standing = _events_of_articles(run, sorted({r[3] for r in ranked if r[0] != "e"}))
    best: dict[int, tuple[str, int]] = {}  # event id -> the FTS row found, best rank first
    for table, rowid, _rank, stands_for in ranked:
        for event_id in [stands_for] if table == "e" else standing.get(stands_for, []):
            best.setdefault(event_id, (table, rowid))
        if len(best) >= limit:
            break
    snips = _snippets(run, match, set(best.values()))
    hits = [
        SearchHit(
            eid, key, start, precision, title or "", headline, snips.get(best[eid]) or title or ""
        )
        for eid, key, start, precision, title, headline in in_chunks(run, hits_sql, list(best))
    ]
    hits.sort(key=lambda h: (h.start_key, h.event_id))
    marked = [r[1] for r in ranked if r[0] == "e"]
    return hits, marked + [eid for ids in standing.values() for eid in ids]


def _snippets(run: Run, match: str, found: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The snippet of each (table letter, FTS rowid) found."""
    out: dict[tuple[str, int], str] = {}
    for letter, table in _TABLES.items():
        rowids = sorted(rowid for t, rowid in found if t == letter)
        if not rowids:
            continue
        columns = ", ".join(fts_snippets.COLUMNS[table])
        rows = in_chunks(
            run, f"SELECT rowid, {columns} FROM {table} WHERE rowid IN ({{marks}})", rowids
        )
        made = fts_snippets.snippets(table, rows, match, MARK_ON, MARK_OFF)
        out.update(((letter, rowid), snip) for rowid, snip in made.items())
    return out


def _events_of_articles(run: Run, article_ids: list[int]) -> dict[int, list[int]]:
    """Article id -> the events standing for it: its publication event, else its events."""
    out: dict[int, list[tuple[bool, int]]] = {}
    rows = in_chunks(
        run,
        "SELECT article_id, id, kind FROM events WHERE article_id IN ({marks}) ORDER BY id",
        article_ids,
    )
    for article_id, event_id, kind in rows:
        out.setdefault(article_id, []).append((kind == "publication", event_id))
    return {a: [e for pub, e in pairs if pub] or [e for _, e in pairs] for a, pairs in out.items()}
