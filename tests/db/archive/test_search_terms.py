"""A dataset's search narrows the last word's prefix to the one term a table holds with it
(db.store.fts_search.narrowed): the hits, their order, snippets and marks stay the timeline
database's, which matches the prefix as typed."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from db import schema
from db.archive.convert import convert
from db.archive.store import DatasetStore
from db.store.fts_search import TERM_TABLES, narrowed
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
