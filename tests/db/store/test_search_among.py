"""Which of a view's events a search marks (db.store.fts_among, `search_among` of every store):
exactly those `search` finds among them, with no cap: their own text, or their article's or
caption's; FTS5 syntax as typed, else plain words. Real SQLite files."""

from __future__ import annotations

import numpy as np
import sqlite_utils

from db import schema
from db.opening import open_store
from db.store.model import TableMapping
from tests.conftest import add_events


def timeline_db(tmp_path):
    path = tmp_path / "t.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db["articles"].insert_all([
        {"id": 1, "headline": "Dock report", "published": "2012-04-02", "content_hash": "1",
         "body": "Dockers said the ceasefire let the ships in."},
        {"id": 2, "headline": "Fishing fleet", "published": "2012-04-03", "content_hash": "2",
         "body": "Boats went out at dawn."},
    ])  # fmt: skip
    db["captions"].insert({"id": 1, "article_id": 2, "position": 0, "text": "Nets after the truce"})
    add_events(db, [
        {"id": 1, "title": "Ceasefire agreed in the north", "start": "2012-04-01"},
        {"id": 2, "title": "Ships unload grain", "start": "2012-04-02", "article_id": 1},
        {"id": 3, "title": "Dockers return", "start": "2012-04-02", "article_id": 1,
         "kind": "publication"},
        {"id": 4, "title": "Fleet sails", "start": "2012-04-03", "article_id": 2},
        {"id": 5, "title": "Talks on the truce resume", "start": "2012-04-05"},
        {"id": 6, "title": "Market reopens", "start": "2012-04-06"},
    ])  # fmt: skip
    db.close()
    return path


def test_the_hits_among_a_views_events(tmp_path):
    store = open_store(timeline_db(tmp_path))
    every = np.arange(1, 7)
    # Its own title; an article's body marks its publication event only (3, not 2).
    assert store.search_among("ceasefire", every).tolist() == [1, 3]
    # A caption marks its article's events (that article has no publication event).
    assert store.search_among("truce", every).tolist() == [4, 5]
    assert store.search_among("truce", np.array([5, 6])).tolist() == [5]  # only among those
    assert store.search_among("ceasefire OR market", every).tolist() == [1, 3, 6]  # FTS5
    assert store.search_among('"ceasefire', every).tolist() == [1, 3]  # not FTS5: plain words
    assert store.search_among("cease", every).tolist() == [1, 3]  # the last word a prefix
    assert store.search_among("  ", every).tolist() == []
    # The same as the search's marks, which here are every hit.
    for text in ("ceasefire", "truce", "ship"):
        found = store.search(text, 10, 1000).marked
        assert store.search_among(text, every).tolist() == sorted(found.tolist())


def test_a_plain_table_answers_as_its_search(tmp_path):
    path = tmp_path / "plain.db"
    db = sqlite_utils.Database(path)
    db["log"].insert_all(
        [
            {
                "id": i,
                "name": f"Ceasefire talk {i}" if i % 2 else f"Harbour {i}",
                "day": f"2015-01-{i:02d}",
            }
            for i in range(1, 21)
        ]  # fmt: skip
    )
    db.close()
    store = open_store(path, TableMapping("log", "name", "day"))
    assert store.search_among("ceasefire", np.arange(1, 11)).tolist() == [1, 3, 5, 7, 9]
