"""Snippets for the few hits a search shows, made apart from the ranking.

FTS5's snippet() runs in the query that matches, so it would be made for every row the ranking
looks at (thousands for a common word, each a scan of an article's body). Instead the shown rows'
texts are copied into an in-memory FTS5 table with the same columns and tokenizer and matched
there again: the same snippet() and the same query syntax, for a few dozen short rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# The searched tables' columns (as db.schema and the archive sidecar make them).
COLUMNS = {
    "events_fts": ("title", "text"),
    "articles_fts": ("headline", "body"),
    "captions_fts": ("text", "credit"),
}


def snippets(
    table: str, rows: Iterable[tuple], match: str, mark_on: str, mark_off: str
) -> dict[int, str]:
    """rowid -> snippet of each of `rows` (rowid and the table's COLUMNS) that `match` matches."""
    columns = COLUMNS[table]
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(
            f"CREATE VIRTUAL TABLE shown USING fts5({', '.join(columns)}, tokenize='unicode61')"
        )
        conn.executemany(
            f"INSERT INTO shown (rowid, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
            ((r[0], *(None if v is None else str(v) for v in r[1:])) for r in rows),
        )
        found = conn.execute(
            "SELECT rowid, snippet(shown, -1, ?, ?, '…', 12) FROM shown WHERE shown MATCH ?",
            (mark_on, mark_off, match),
        ).fetchall()
    finally:
        conn.close()
    return {int(rowid): snip or "" for rowid, snip in found}
