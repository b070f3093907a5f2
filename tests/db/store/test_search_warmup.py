"""The first search's one-off costs paid when a timeline database opens (db.store.search_warmup,
MemoryFrame.warm_lookups): the searcher's connection is ready (its temp term tables made), the
answers are those of a store never warmed, and the file is never written."""

from __future__ import annotations

import hashlib
import os

import numpy as np

from db.store.frame import FrameQuery
from db.store.timeline import TimelineStore
from tests.db.archive.test_search_terms import _busy_db

QUERIES = ("minist", "harbour", "bridge OR port", '"oil"', "nowhere", "the harb")


def _state(path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def _answers(store: TimelineStore) -> list[tuple]:
    out = []
    for words in QUERIES:
        for limit, marks in ((50, 0), (0, 50_000)):
            found = store.search(words, limit, marks)
            out.append((words, found.hits, found.fallback, found.marked.tolist()))
    return out


def test_the_warm_up_readies_the_searcher_and_changes_no_answer(tmp_path):
    path = _busy_db(tmp_path)
    before = _state(path)
    cold = TimelineStore.open(path)
    try:
        expected = _answers(cold)
    finally:
        cold.close()
    store = TimelineStore.open(path)
    try:
        thread = store.warm_search()
        thread.join(30)
        assert not thread.is_alive()
        # The search's statements ran on the store's connection: its term tables are made.
        made = store._query("SELECT count(*) FROM temp.sqlite_master WHERE name LIKE ?",
                            ("%_fts_terms",))  # fmt: skip
        assert made == [(3,)]
        assert _answers(store) == expected
    finally:
        store.close()
    assert _state(path) == before  # bytes and modification time: never written


def test_a_warm_up_on_a_closed_store_ends_quietly(tmp_path):
    store = TimelineStore.open(_busy_db(tmp_path))
    store.close()
    thread = store.warm_search()  # the viewer closed the file as it opened: nothing to warm
    thread.join(30)
    assert not thread.is_alive()


def test_a_warmed_frame_finds_the_same_hits(tmp_path):
    path = _busy_db(tmp_path)
    store = TimelineStore.open(path)
    try:
        ids = store.frame(FrameQuery()).ids()
        asked = np.concatenate([ids[::3], [ids.max() + 5, -1]])  # some held, two not
        cold = store.frame(FrameQuery())
        expected = (cold.contains(asked).tolist(), cold.select(asked, -np.inf, np.inf))
        store2 = TimelineStore.open(path)
        try:
            warm = store2.frame(FrameQuery())
            warm.warm_lookups()
            assert warm.contains(asked).tolist() == expected[0]
            lanes, part = warm.select(asked, -np.inf, np.inf)
            assert lanes.tolist() == expected[1][0].tolist()
            assert part.ids.tolist() == expected[1][1].ids.tolist()
        finally:
            store2.close()
    finally:
        store.close()
