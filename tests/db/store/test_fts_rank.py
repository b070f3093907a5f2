"""FTS5's bm25 with stored term counts (db.store.fts_rank): the same score as FTS5's own for
every row, bit for bit, and only for queries whose phrases are single plain terms."""

from __future__ import annotations

import sqlite3

import pytest

from db.store import fts_rank

TEXTS = [
    ("Ministers meet on the bridge", "The minister said the bridge would reopen."),
    ("Port strike ends", "Dock workers at the port voted to end the strike after talks."),
    ("Talks", "Ceasefire talks resumed. Talks, talks and more talks."),
    ("Bridge closed", None),
    (None, "A long day at the port, the bridge and the port again " * 5),
    ("Minister resigns", "The minister of ports and bridges resigned on Friday."),
    ("Quiet week", "Nothing happened."),
] * 3


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "t.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61')")
    conn.executemany("INSERT INTO docs (title, body) VALUES (?, ?)", TEXTS)
    fts_rank.count_terms(conn.execute, ("docs",))
    conn.commit()
    conn.close()
    ranked = fts_rank.connect(path.resolve().as_uri() + "?mode=ro")
    yield ranked
    ranked.close()


@pytest.mark.parametrize(
    "query",
    ["minister", '"port"', "bridge OR port", "talks ceasefire", "port AND strike OR quiet",
     "talks talks", "bridge OR nowhere"],
)  # fmt: skip
def test_the_scores_are_fts5_s_own(table, query):
    terms = fts_rank.plain_terms(query)
    assert terms is not None
    counts = dict(table.execute("SELECT term, docs FROM fts_terms WHERE tbl = 'docs'"))
    docs = ",".join(str(counts.get(t, 0)) for t in terms)
    theirs = table.execute(
        "SELECT rowid, rank FROM docs WHERE docs MATCH ? ORDER BY rowid", (query,)
    ).fetchall()
    mine = table.execute(
        f"SELECT rowid, {fts_rank.RANK_FUNCTION}(docs, ?) FROM docs WHERE docs MATCH ? "
        "ORDER BY rowid",
        (docs, query),
    ).fetchall()
    assert theirs and mine == theirs  # exact floats


def test_the_counts_are_the_rows_holding_each_term(table):
    counts = dict(table.execute("SELECT term, docs FROM fts_terms WHERE tbl = 'docs'"))
    assert counts["talks"] == 3 * 2  # twice in a row counts once
    assert counts["port"] == 3 * 2 and counts["ports"] == 3
    assert "nowhere" not in counts


def test_only_plain_words_are_ranked_with_the_counts():
    assert fts_rank.plain_terms('"Minister" talks') == ["minister", "talks"]
    assert fts_rank.plain_terms("bridge OR port AND x1") == ["bridge", "port", "x1"]
    for query in ('"minist"*', '"oil pipeline"', "port NOT bridge", "title: port", "NEAR(a b)",
                  "OR port", "port OR", "a OR OR b", "café", "wien_er", "^port", ""):  # fmt: skip
        assert fts_rank.plain_terms(query) is None, query
