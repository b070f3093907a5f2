"""A search sidecar built in two pieces (its events' FTS5 table in one file, the rest in
another: the articles', the captions', the events' dates; as the Dask import's tasks build them)
and joined by copying tables is the sidecar one build of every row makes: the same FTS5 index,
row for row, and the same hits in the same order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.archive.search import (
    INDEX_TABLES,
    TEXT_TABLES,
    Sidecar,
    build_sidecar_from,
    copy_tables,
)

PLACES = ["Aleppo", "Benghazi", "Mosul", "Sanaa", "Tripoli", "Homs", "Basra", "Aden"]
WHAT = ["talks resumed", "a ceasefire was signed", "protesters gathered", "the port reopened",
        "ministers met", "the airport closed", "elections were held", "a curfew began"]  # fmt: skip


def _rows() -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Events, articles and captions as the sidecar takes them (the *_COLUMNS of search.py)."""
    events, articles, captions = [], [], []
    for a in range(1, 121):
        place = PLACES[a % len(PLACES)]
        body = " ".join(
            f"In {PLACES[(a + k) % len(PLACES)]}, {WHAT[(a * k) % len(WHAT)]} on day {k}."
            for k in range(12)
        )
        articles.append((a, f"{place}: {WHAT[a % len(WHAT)]}", body))
        captions.append((a, a, f"Residents of {place} on the day {WHAT[(a + 3) % len(WHAT)]}.",
                         "Photo: agency"))  # fmt: skip
        for k in range(9):
            eid = (a - 1) * 9 + k + 1
            day = f"2011-{1 + (a + k) % 12:02d}-{1 + (a * k) % 28:02d}"
            events.append((eid, f"In {PLACES[(a + k) % len(PLACES)]}, {WHAT[(a * k) % len(WHAT)]}",
                           f"Reports said that in {place} {WHAT[k % len(WHAT)]}.", a, "article",
                           1_300_000_000 + eid * 86_400, day, "day", None, place))  # fmt: skip
    return events, articles, captions


def _contents(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (the FTS5 tables' shadow tables among them), by name."""
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )]  # fmt: skip
        return {n: conn.execute(f"SELECT * FROM {n} ORDER BY 1, 2").fetchall() for n in names}
    finally:
        conn.close()


def test_a_sidecar_joined_from_two_pieces_is_the_sidecar_built_at_once(tmp_path):
    events, articles, captions = _rows()
    whole, piece, texts = (tmp_path / f"{n}.sqlite" for n in ("whole", "events", "texts"))
    # Fed in batches, as a compaction feeds them.
    build_sidecar_from(whole, [events[:500], events[500:]], [articles], [captions])
    build_sidecar_from(piece, [events[:500], events[500:]], [], [], INDEX_TABLES)
    build_sidecar_from(texts, [events[:500], events[500:]], [articles], [captions], TEXT_TABLES)
    copy_tables(piece, texts, TEXT_TABLES)

    mine, theirs = _contents(piece), _contents(whole)
    assert mine.keys() == theirs.keys() and "articles_fts_data" in mine
    for name in theirs:
        assert mine[name] == theirs[name], name
    conn = sqlite3.connect(piece)
    for table in ("events_fts", "articles_fts", "captions_fts"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    conn.close()

    joined, built = Sidecar(piece), Sidecar(whole)
    try:
        for text in ("Mosul", "ceasefire", "curfew began", "Resid", '"port reopened" OR Aden'):
            got, want = joined.search(text, 40, 2000), built.search(text, 40, 2000)
            assert got.hits and got.hits == want.hits, text
            assert got.marked.tolist() == want.marked.tolist()
        # a caption's match marks its article's events (the captions' table came across too)
        marked = joined.search("Residents", 0, 5000).marked.tolist()
        assert marked == [e[0] for e in events]
    finally:
        joined.close()
        built.close()


def test_an_events_index_split_by_id_searches_as_the_index_built_at_once(tmp_path, monkeypatch):
    """The events' index in three parts by id (as a Dask import on several workers builds it,
    each part a task) joined into one file: a search of plain words finds the same hits in the
    same order, marks the same events, and titles and briefs read from whichever part."""
    from db.archive.search import events_part
    from db.store import fts_search

    monkeypatch.setattr(fts_search, "RANK_POOL", 200)  # a pool smaller than the matches
    events, articles, captions = _rows()
    whole, texts = tmp_path / "whole.sqlite", tmp_path / "texts.sqlite"
    build_sidecar_from(whole, [events], [articles], [captions])
    build_sidecar_from(texts, [events], [articles], [captions], TEXT_TABLES)
    pieces = [tmp_path / f"events-{n}.sqlite" for n in range(3)]
    ranges = [events[:300], events[300:700], events[700:]]
    for n, (piece, rows) in enumerate(zip(pieces, ranges, strict=True)):
        build_sidecar_from(piece, [rows], [], [], INDEX_TABLES, events_part(n))
    copy_tables(pieces[0], texts, TEXT_TABLES)
    for n in (1, 2):
        copy_tables(pieces[0], pieces[n], [events_part(n)])

    split, built = Sidecar(pieces[0]), Sidecar(whole)
    try:
        for text in ("Mosul", "ceasefire", "curfew began", "Resid", "In", "Aleppo talks", "Ba"):
            for limit in (5, 40, 400):
                got, want = split.search(text, limit, 2000), built.search(text, limit, 2000)
                assert got.hits and got.hits == want.hits, (text, limit)
                assert got.marked.tolist() == want.marked.tolist(), (text, limit)
        ids = [1, 300, 301, 700, 701, len(events)]
        assert split.titles(ids) == built.titles(ids)
        assert split.briefs("e.id % 97 = ?", (3,)) == built.briefs("e.id % 97 = ?", (3,))
    finally:
        split.close()
        built.close()
