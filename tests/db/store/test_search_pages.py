"""A search in two halves (db.store.fts_search): the best hits with snippets first, then every
hit's id for the marks; the ranking looks at each table's latest RANK_POOL matches only."""

from __future__ import annotations

import sqlite_utils

from db import schema
from db.store.fts_search import RANK_POOL
from db.store.model import MARK_OFF, MARK_ON
from db.store.timeline import TimelineStore
from tests.conftest import add_events

FILLER = "The delegations spoke for hours about roads, schools and the price of bread. "


def _many(tmp_path, n: int):
    path = tmp_path / "many.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"title": f"Talks {i}" + (" ceasefire" * (1 + i % 3)),
             "start": f"{1990 + i % 30}-05-{i % 28 + 1:02d}"}
            for i in range(n)
        ],
    )  # fmt: skip
    db["articles"].insert(
        {"id": 1, "headline": "Aid convoy reaches the city", "published": "2020-01-01",
         "body": FILLER * 40 + "Late at night the ceasefire held. " + FILLER * 40,
         "content_hash": "a1"},
    )  # fmt: skip
    add_events(db, [{"title": "Convoy arrives", "start": "2020-01-01", "article_id": 1}])
    db.close()
    return path


def test_the_first_page_then_the_marks(tmp_path):
    n = RANK_POOL + 500  # more matches than one table ranks
    store = TimelineStore.open(_many(tmp_path, n))
    first = store.search("ceasefire", 50, 0)
    assert len(first.hits) == 50
    assert [h.start_key for h in first.hits] == sorted(h.start_key for h in first.hits)
    assert all(MARK_ON + "ceasefire" + MARK_OFF in h.snippet for h in first.hits)
    # Without marks asked for, only what was ranked is marked: the hits among them.
    shown = {h.event_id for h in first.hits}
    assert shown <= set(first.marked.tolist()) and len(first.marked) < n

    marks = store.search("ceasefire", 0, 50_000)
    assert marks.hits == [] and len(marks.marked) == n + 1  # the article's event too
    assert shown <= set(marks.marked.tolist())
    capped = store.search("ceasefire", 0, 100)
    assert 100 <= len(capped.marked) <= 101
    store.close()


def test_an_article_hit_has_its_snippet_from_the_body(tmp_path):
    store = TimelineStore.open(_many(tmp_path, 10))
    (hit,) = store.search("held", 50, 0).hits
    assert hit.title == "Convoy arrives" and hit.headline == "Aid convoy reaches the city"
    assert MARK_ON + "held" + MARK_OFF in hit.snippet and len(hit.snippet) < 200
    # FTS5 syntax is matched again for the snippet: a phrase, a prefix.
    (hit,) = store.search('"late at" AND nigh*', 50, 0).hits
    assert f"{MARK_ON}Late at{MARK_OFF} {MARK_ON}night{MARK_OFF}" in hit.snippet
    store.close()


def test_the_full_search_is_both_halves(tmp_path):
    store = TimelineStore.open(_many(tmp_path, 300))
    both = store.search("ceasefire", 20, 50_000)
    first, marks = store.search("ceasefire", 20, 0), store.search("ceasefire", 0, 50_000)
    assert both.hits == first.hits
    assert both.marked.tolist() == sorted(set(first.marked.tolist()) | set(marks.marked.tolist()))
    store.close()
