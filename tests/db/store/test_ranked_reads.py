"""A timeline database's first page ranked with term counts read when the file opens
(db.store.ranked_reads): the same hits, order, snippets and marks as FTS5's own bm25, counting
no common word's rows at query time; after a write to the file, FTS5's own again."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from db.store.timeline import TimelineStore
from tests.conftest import add_events
from tests.db.archive.test_search_terms import _busy_db
from tests.db.store.test_search_narrowed import _as_typed

QUERIES = ("minister", "harbour talks", "bridge OR port", "quay convoy", "quay", "minist",
           '"oil"', "talks ceasefire aid", "nowhere minister")  # fmt: skip


def _with_rare_word(tmp_path):
    """The busy file (each common word in over a thousand events) and a word in three."""
    path = _busy_db(tmp_path)
    db = sqlite_utils.Database(path)
    add_events(db, [{"title": f"The quay convoy {i}", "start": f"2001-05-0{i}"} for i in (1, 2, 3)])
    db.close()
    return path


def _same(store: TimelineStore, path, words: str) -> None:
    a, b = store.search(words, 50, 0), _as_typed(path, words, 50, 0)
    assert (a.hits, a.fallback, a.marked.tolist()) == (b.hits, b.fallback, b.marked.tolist()), words


def test_the_counted_first_page_is_fts5s_own(tmp_path):
    path = _with_rare_word(tmp_path)
    store = TimelineStore.open(path)
    try:
        assert store._ranked.docs({"e": '"minister" "talks"'}) == {}  # not counted yet
        store.warm_search().join(30)
        # Counted now: the common words from the counts read, the rare one when asked.
        conn = sqlite3.connect(path)
        try:
            expected = [
                conn.execute(
                    "SELECT count(*) FROM events_fts WHERE events_fts MATCH ?", (f'"{w}"',)
                ).fetchone()[0]  # fmt: skip
                for w in ("minister", "talks", "quay")
            ]
        finally:
            conn.close()
        assert expected[0] >= 1000 and expected[2] == 3
        docs = store._ranked.docs({"e": '"minister" "talks" "quay"', "a": '"minister" OR "aid"'})
        assert docs["e"] == ",".join(map(str, expected)) and "a" in docs
        for words in QUERIES:
            _same(store, path, words)
    finally:
        store.close()


def test_after_a_write_the_first_page_ranks_as_fts5_again(tmp_path):
    path = _with_rare_word(tmp_path)
    store = TimelineStore.open(path)
    try:
        store.warm_search().join(30)
        assert store._ranked.docs({"e": '"minister"'})
        db = sqlite_utils.Database(path)  # another program imports meanwhile
        add_events(db, [{"title": "Minister at the quay", "start": "2002-01-01"}] * 40)
        db.close()
        # The counts are of the index before: not used; the hits are FTS5's on the new file.
        assert store._ranked.docs({"e": '"minister"'}) == {}
        for words in QUERIES:
            _same(store, path, words)
    finally:
        store.close()


def test_a_query_not_of_plain_words_ranks_as_fts5(tmp_path):
    path = _with_rare_word(tmp_path)
    store = TimelineStore.open(path)
    try:
        store.warm_search().join(30)
        tables = {"e": '"minister talks"', "a": "minister NOT aid", "c": '"port"*'}
        assert store._ranked.docs(tables) == {}
        for words in ('"minister talks"', "minister NOT aid", "title: minister", '"unclosed'):
            _same(store, path, words)
    finally:
        store.close()


def test_a_store_opened_again_keeps_the_counts_while_the_indexes_are_unchanged(tmp_path):
    path = _with_rare_word(tmp_path)
    first = TimelineStore.open(path)
    try:
        first.warm_search().join(30)
        counted = first._ranked._counts
    finally:
        first.close()
    db = sqlite_utils.Database(path)  # a write that leaves the indexes alone (a review's)
    db.execute("CREATE TABLE IF NOT EXISTS notes (x)")
    db.close()
    again = TimelineStore.open(path)
    try:
        again.warm_search().join(30)
        assert counted is not None and again._ranked._counts is counted  # not counted again
        assert again._ranked.docs({"e": '"minister" "talks"'})
    finally:
        again.close()
    db = sqlite_utils.Database(path)
    add_events(db, [{"title": "Minister at the quay", "start": "2002-01-01"}])
    db.close()
    third = TimelineStore.open(path)
    try:
        third.warm_search().join(30)
        assert third._ranked._counts is not counted  # the events' index changed: counted anew
        _same(third, path, "minister talks")
    finally:
        third.close()
