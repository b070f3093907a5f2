"""A timeline database's search narrows the last word's prefix to the one term a table holds
with it (db.store.search_terms, as the archive sidecar does): the same hits, order, snippets and
marks as the prefix matched as typed, and the file is not written."""

from __future__ import annotations

import hashlib
import sqlite3

from db.errors import TimelineError
from db.store import fts_search
from db.store.timeline import _SEARCH_HITS, TimelineStore
from tests.db.archive.test_search_terms import _busy_db, _db


def _as_typed(path, words: str, limit: int, marks: int):
    """The search without narrowing (FTS5 matching the prefix as typed), on a plain connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return fts_search.search(
            lambda sql, params: conn.execute(sql, params).fetchall(),
            sqlite3.OperationalError,
            _SEARCH_HITS,
            words,
            limit,
            marks,
        )
    finally:
        conn.close()


def test_the_narrowed_search_finds_what_the_prefix_as_typed_finds(tmp_path):
    for path in (_busy_db(tmp_path), _db(tmp_path)):
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        store = TimelineStore.open(path)
        try:
            for words in ("minist", "minister", "harbo", "talks minis", "porta", "p",
                          "bridge OR port", '"oil"', "nowhere", "the harb"):  # fmt: skip
                for limit, marks in ((50, 0), (0, 50_000), (7, 0)):
                    a, b = store.search(words, limit, marks), _as_typed(path, words, limit, marks)
                    assert (a.hits, a.fallback, a.marked.tolist()) == (
                        b.hits,
                        b.fallback,
                        b.marked.tolist(),
                    ), (words, limit, marks)
                # Marks over the cap are a sample (db.store.fts_spread): of the same matches.
                every = set(_as_typed(path, words, 0, 50_000).marked.tolist())
                assert set(store.search(words, 0, 10).marked.tolist()) <= every
            assert store.search("minist", 50, 0).hits  # narrowed in both
            # ... through the fts5vocab tables made on the store's connection (temp schema).
            made = store._query("SELECT count(*) FROM temp.sqlite_master WHERE name LIKE ?",
                                ("%_fts_terms",))  # fmt: skip
            assert made == [(3,)]
            # The term tables are the connection's: a query on the file itself still refuses.
            try:
                store._query("CREATE TABLE main.t (x)")
            except TimelineError:
                pass
            else:
                raise AssertionError("the store's connection wrote to the file")
        finally:
            store.close()
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
