"""A dataset's search narrows the last word's prefix to the one term a table holds with it
(db.store.fts_search.narrowed), and ranks with the term counts its sidecar keeps
(db.store.fts_rank): the hits, their order, snippets and marks stay the timeline database's,
which matches the prefix as typed and counts each term's rows at each search."""

from __future__ import annotations

import shutil
import sqlite3

import numpy as np
import sqlite_utils

from db import schema
from db.archive.convert import convert
from db.archive.search import FTS_TABLES
from db.archive.store import DatasetStore
from db.store import fts_rank
from db.store.fts_search import RANK_POOL, TERM_TABLES, narrowed
from db.store.model import unique_ids
from db.store.timeline import TimelineStore
from tests.conftest import add_events

TITLES = [
    "Ferry leaves the port at dawn",
    "Two ports closed by the strike",
    "Port workers vote on the strike",
    "Minister opens the portal for visas",
    "The minister visits the harbour",
    "Ministers meet in Vienna",
    "Harbour master retires",
]


def _db(tmp_path):
    path = tmp_path / "ports.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"title": title, "text": f"{title}.", "start": f"2020-0{1 + i % 9}-{10 + i}"}
            for i, title in enumerate(TITLES * 3)
        ],
    )
    db["articles"].insert(
        {"id": 1, "headline": "Portal opens", "published": "2020-03-01",
         "body": "The new visa portal opened on Monday. The minister was there.",
         "content_hash": "a1"},
    )  # fmt: skip
    add_events(db, [{"title": "Visa portal opens", "start": "2020-03-01", "article_id": 1}])
    db.close()
    return path


def test_a_prefix_is_narrowed_only_where_a_table_holds_one_term_with_it(tmp_path):
    convert(_db(tmp_path), tmp_path / "ds")
    conn = sqlite3.connect(tmp_path / "ds" / "search.sqlite")
    conn.executescript(TERM_TABLES)

    def terms(text: str) -> dict[str, str]:
        return narrowed(lambda sql, params: conn.execute(sql, params).fetchall(), text)

    try:
        # events: port, portal, ports; articles: portal only; captions: none
        assert terms("Port") == {"e": '"Port"*', "a": '"portal"', "c": '"Port"*'}
        assert terms("the porta") == {"e": '"the" "portal"', "a": '"the" "portal"',
                                         "c": '"the" "porta"*'}  # fmt: skip
        assert terms("harbo")["e"] == '"harbour"'
        assert terms("minister")["e"] == '"minister"*'  # ministers too
        assert terms("ministe")["a"] == '"minister"'
        assert terms("Wien_er")["e"] == '"Wien_er"*'  # the tokenizer splits it: as typed
    finally:
        conn.close()


def test_the_narrowed_search_finds_what_the_database_finds(tmp_path):
    db = _db(tmp_path)
    convert(db, tmp_path / "ds")
    store, source = DatasetStore(tmp_path / "ds"), TimelineStore.open(db)
    try:
        for words in ("p", "por", "port", "porta", "ports", "minist", "ministe", "the harb"):
            for limit, marks in ((50, 0), (0, 50_000), (3, 10)):
                a, b = store.search(words, limit, marks), source.search(words, limit, marks)
                assert (a.hits, a.fallback, a.marked.tolist()) == (
                    b.hits,
                    b.fallback,
                    b.marked.tolist(),
                ), words
        assert len(store.search("porta", 50, 0).hits) == 4  # 3 titles and the article's event
    finally:
        store.close()
        source.close()


WORDS = "minister port bridge talks ceasefire convoy strike harbour aid oil".split()


def _busy_db(tmp_path):
    """More matches than a table ranks (RANK_POOL), many of them tied, and articles whose hits
    stand for several events (no publication event) or for one."""
    import random

    rng = random.Random(7)
    path = tmp_path / "busy.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    for a in range(1, 41):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60)))
        db["articles"].insert(
            {"id": a, "headline": " ".join(rng.sample(WORDS, 3)), "published": "2020-03-01",
             "body": body, "content_hash": f"h{a}"},
        )  # fmt: skip
        db["captions"].insert(
            {"article_id": a, "position": 0, "text": f"The {rng.choice(WORDS)} at dusk.",
             "credit": "AFP"},
        )  # fmt: skip
    add_events(
        db,
        [
            {"title": " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))),
             "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))),
             "start": f"{1990 + i % 30}-0{1 + i % 9}-{1 + i % 28:02d}",
             "article_id": 1 + i % 40 if i % 3 == 0 else None,
             "kind": "publication" if i % 21 == 0 else "record"}
            for i in range(RANK_POOL + 700)
        ],
    )  # fmt: skip
    db.close()
    return path


def test_the_term_counts_rank_as_fts5_counting_them_does(tmp_path):
    """A sidecar with its term counts (fts_rank) finds what the same sidecar without them finds
    (FTS5's bm25, prefixes narrowed through fts5vocab): hits, order, snippets, marks."""
    convert(_busy_db(tmp_path), tmp_path / "ds")
    shutil.copytree(tmp_path / "ds", tmp_path / "uncounted")
    conn = sqlite3.connect(tmp_path / "uncounted" / "search.sqlite")
    conn.execute(f"DROP TABLE {fts_rank.TERMS}")
    conn.commit()
    conn.close()
    counted, uncounted = DatasetStore(tmp_path / "ds"), DatasetStore(tmp_path / "uncounted")
    try:
        for words in ("minister", "port", "bridge talks", "ceasefire OR harbour", "harbo",
                      "talks minis", '"oil"', "aid AND convoy OR strike", '"strike port"',
                      "port NOT bridge", "nowhere", "minister nowhere", "p"):  # fmt: skip
            for limit, marks in ((50, 0), (0, 50_000), (7, 10), (500, 50_000)):
                a, b = counted.search(words, limit, marks), uncounted.search(words, limit, marks)
                assert (a.hits, a.fallback, a.marked.tolist()) == (
                    b.hits,
                    b.fallback,
                    b.marked.tolist(),
                ), (words, limit, marks)
        assert len(counted.search("minister", 50, 0).hits) >= 50
    finally:
        counted.close()
        uncounted.close()


def test_a_converted_sidecar_is_one_segment_a_table_with_its_term_counts(tmp_path):
    convert(_busy_db(tmp_path), tmp_path / "ds")
    conn = sqlite3.connect(tmp_path / "ds" / "search.sqlite")
    conn.executescript(TERM_TABLES.replace("instance", "row").replace("_terms", "_rows"))
    try:
        for table in FTS_TABLES:
            assert conn.execute(f"SELECT count(DISTINCT segid) FROM {table}_idx").fetchone() == (1,)
            vocab = conn.execute(f"SELECT term, doc FROM temp.{table}_rows ORDER BY 1").fetchall()
            stored = conn.execute(
                f"SELECT term, docs FROM {fts_rank.TERMS} WHERE tbl = ? ORDER BY 1", (table,)
            ).fetchall()
            assert stored == vocab and len(vocab) > 5
    finally:
        conn.close()


def test_the_marks_are_every_hit_and_the_events_its_articles_stand_for(tmp_path):
    """Marks (db.store.fts_search) against plain SQL: the events matched, and for each matched
    article or caption its publication events, or else all its events."""
    db = _busy_db(tmp_path)
    convert(db, tmp_path / "ds")
    conn = sqlite3.connect(db)
    store, source = DatasetStore(tmp_path / "ds"), TimelineStore.open(db)
    try:
        for query in ("minister", "bridge OR port", "dusk", "aid convoy"):
            matched = {r[0] for r in conn.execute(
                "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", (query,))}  # fmt: skip
            articles = {r[0] for r in conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? UNION "
                "SELECT c.article_id FROM captions_fts f JOIN captions c ON c.id = f.rowid "
                "WHERE captions_fts MATCH ?", (query, query))}  # fmt: skip
            for article in articles:
                events = conn.execute(
                    "SELECT id, kind FROM events WHERE article_id = ?", (article,)
                ).fetchall()
                published = {e for e, kind in events if kind == "publication"}
                matched |= published or {e for e, _kind in events}
            assert len(articles) > 3 and any(
                kind == "publication"
                for (kind,) in conn.execute("SELECT kind FROM events WHERE article_id IN "
                                            f"({','.join(map(str, articles))})")
            )  # fmt: skip
            for found in (store.search(query, 0, 50_000), source.search(query, 0, 50_000)):
                assert found.marked.tolist() == sorted(matched), query
    finally:
        conn.close()
        store.close()
        source.close()


def test_unique_ids_are_numpy_s():
    ids = np.array([5, 3, 9, 3, 5, 1, 12, 9], np.int64)
    for given in (ids, ids.tolist(), [], [7]):
        assert unique_ids(given).tolist() == np.unique(np.asarray(given, np.int64)).tolist()
