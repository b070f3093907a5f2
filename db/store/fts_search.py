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

from .model import MARK_OFF, MARK_ON, SearchHit, SearchResult

Run = Callable[[str, Any], list[tuple]]

FTS_SYNTAX = re.compile(r'["*():^]|\b(?:AND|OR|NOT|NEAR)\b')
CHUNK = 500  # ids in one `IN (...)` list

_SNIPPET = "snippet({}, -1, '" + MARK_ON + "', '" + MARK_OFF + "', '…', 12)"
# FTS5 returns rows in rank order itself, so each LIMIT stops early and snippets are made for the
# returned rows only.
_RANKED = f"""SELECT 'e', rowid, rank, snip FROM (SELECT rowid, rank,
        {_SNIPPET.format("events_fts")} AS snip FROM events_fts
        WHERE events_fts MATCH :q ORDER BY rank LIMIT :n)
    UNION ALL
    SELECT 'a', rowid, rank, snip FROM (SELECT rowid, rank,
        {_SNIPPET.format("articles_fts")} AS snip FROM articles_fts
        WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n)
    UNION ALL
    SELECT 'c', c.article_id, f.rank, f.snip FROM (SELECT rowid, rank,
        {_SNIPPET.format("captions_fts")} AS snip FROM captions_fts
        WHERE captions_fts MATCH :q ORDER BY rank LIMIT :n) f
        JOIN captions c ON c.id = f.rowid
    ORDER BY 3"""


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
    """The best `limit` matches (FTS5 rank) with snippets, in date order, and up to `marks`
    matching event ids without, for marking the timeline. Text that is not valid FTS5 syntax
    (`run` raises `syntax_error`) is searched as plain words. A hit in an article or a caption
    stands for the article's publication event, or else for the events that cite it.

    `hits_sql` reads (id, start key, start, precision, title, headline) of the events whose ids
    fill its `IN ({marks})` list."""
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
    ranked = run(_RANKED, {"q": match, "n": limit})
    standing = _events_of_articles(run, sorted({r[1] for r in ranked if r[0] != "e"}))
    best: dict[int, str] = {}  # event id -> snippet, best rank first
    for table, rowid, _rank, snip in ranked:
        for event_id in [rowid] if table == "e" else standing.get(rowid, []):
            best.setdefault(event_id, snip or "")
        if len(best) >= limit:
            break
    hits = [
        SearchHit(eid, key, start, precision, title or "", headline, best[eid] or title or "")
        for eid, key, start, precision, title, headline in in_chunks(run, hits_sql, list(best))
    ]
    hits.sort(key=lambda h: (h.start_key, h.event_id))
    marked = [
        r[0]
        for r in run(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH :q LIMIT :n",
            {"q": match, "n": marks},
        )
    ]
    marked += [eid for ids in standing.values() for eid in ids]
    return SearchResult(text, hits, fallback, np.unique(np.asarray(marked, np.int64)))


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
