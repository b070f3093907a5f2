"""FTS5's bm25 with each term's row count read from a table instead of counted at query time.

FTS5's bm25 weighs each phrase of a query by how many rows match it, and counts them by running
the phrase over the whole table once a query: 10-50 ms a term at a million rows for a common
word, most of what ranking a table's latest matches costs. A store whose index does not change
while it is read (an archive's search sidecar) counts every term's rows once, when the index is
written (TERMS, `count_terms`), and ranks with `bm25`, registered as the FTS5 auxiliary function
RANK_FUNCTION on an APSW connection (Python's sqlite3 cannot register one). It is FTS5's bm25
(fts5_aux.c) step for step, in the same double arithmetic, so it gives the same scores bit for
bit, hence the same order; it applies to queries of plain words only (`plain_terms`), where
each phrase is one term whose count the table holds. Other queries rank with FTS5's own bm25.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import apsw

RANK_FUNCTION = "bm25_counted"
TERMS = "fts_terms"  # (tbl, term, docs): how many rows of FTS5 table tbl hold term
TERMS_SCHEMA = f"""CREATE TABLE IF NOT EXISTS {TERMS} (
    tbl TEXT NOT NULL, term TEXT NOT NULL, docs INTEGER NOT NULL, PRIMARY KEY (tbl, term)
) WITHOUT ROWID"""

_K1, _B = 1.2, 0.75  # FTS5's bm25 constants
# One word of a plain query: a term as unicode61 keeps it (ASCII letters and digits are one
# token, lowercased), quoted or bare; words are joined by spaces, AND or OR.
_WORD = re.compile(r'"([A-Za-z0-9]+)"|([A-Za-z0-9]+)')
_KEYWORDS = {"AND", "OR"}


def count_terms(execute: Callable[[str], Any], tables: tuple[str, ...]) -> None:
    """(Re)write TERMS for `tables` from their fts5vocab row counts (a pass over each index);
    `execute` runs one SQL statement on the connection that wrote them."""
    execute(TERMS_SCHEMA)
    for table in tables:
        vocab = f"temp.{table}_rows"
        execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, {table}, row)")
        execute(f"DELETE FROM {TERMS} WHERE tbl = '{table}'")
        execute(f"INSERT INTO {TERMS} SELECT '{table}', term, doc FROM {vocab}")
        execute(f"DROP TABLE {vocab}")


def plain_terms(match: str) -> list[str] | None:
    """The terms of an FTS5 query of plain words joined by spaces, AND or OR, in the order FTS5
    numbers its phrases (each word one phrase of one term); None for any other query."""
    parts = match.split()
    terms: list[str] = []
    for i, part in enumerate(parts):
        if part in _KEYWORDS:
            if i == 0 or i == len(parts) - 1 or parts[i - 1] in _KEYWORDS:
                return None
            continue
        word = _WORD.fullmatch(part)
        if word is None or (word.group(2) and word.group(2) in {"NOT", "NEAR"}):
            return None
        terms.append((word.group(1) or word.group(2)).lower())
    return terms or None


def bm25(api: apsw.FTS5ExtensionApi, *args: apsw.SQLiteValue) -> float:
    """FTS5's bm25 of the current row (default column weights) for a query whose phrases are
    single terms; its first argument gives the rows holding each term (comma separated, in
    phrase order). Two more arguments, the rows and their total size, rank a table that is
    one part of an index split by id (db.archive.search) as the whole index would."""
    data = api.aux_data
    if data is None:  # once a query, as fts5Bm25GetData
        counts = [int(d) for d in str(args[0]).split(",")]
        if len(counts) != api.phrase_count:
            raise ValueError(f"{RANK_FUNCTION}: {len(counts)} counts for {api.phrase_count}")
        if len(args) >= 3:
            rows, total = int(args[1]), int(args[2])  # type: ignore[arg-type]
        else:
            rows, total = api.row_count, api.column_total_size(-1)
        avgdl = float(total) / float(rows)
        idf = []
        for hits in counts:
            weight = math.log((rows - hits + 0.5) / (hits + 0.5))
            idf.append(weight if weight > 0.0 else 1e-6)
        data = api.aux_data = (idf, avgdl)
    idf, avgdl = data
    size = float(api.column_size(-1))
    norm = _K1 * (1 - _B + _B * size / avgdl)
    if len(idf) == 1:  # one phrase: its hits are the row's (a third of the time a row)
        freq = float(api.inst_count)
        return -1.0 * (0.0 + idf[0] * ((freq * (_K1 + 1.0)) / (freq + norm)))
    score = 0.0
    locations = api.phrase_locations
    for i, weight in enumerate(idf):
        freq = float(sum(map(len, locations(i))))
        score += weight * ((freq * (_K1 + 1.0)) / (freq + norm))
    return -1.0 * score


def connect(uri: str) -> apsw.Connection:
    """A read-only APSW connection to the SQLite file at `uri` with RANK_FUNCTION registered."""
    conn = apsw.Connection(uri, flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
    conn.register_fts5_function(RANK_FUNCTION, bm25)
    return conn
