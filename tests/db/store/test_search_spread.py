"""More matches than the timeline marks (db.store.fts_spread): the marks are a sample spread over
the whole range of the matches (not the lowest ids, as FTS5's `LIMIT` gives), the result says
about how many match, and a search within the cap still marks every match, exactly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import sqlite_utils

from db import schema
from db.archive.store import DatasetStore
from db.store.fts_search import STANDING_MARKS
from db.store.fts_spread import Spread, ends_sql
from db.store.timeline import TimelineStore
from tests.conftest import add_events, bench_module

N = 3000


@pytest.fixture(scope="module")
def minister_db(tmp_path_factory) -> Path:
    """N events over 30 years, ids in date order: every one names the minister, every third a
    visit, every fifth the ministry; 700 articles each cited by one event and naming a harbour."""
    path = tmp_path_factory.mktemp("spread") / "minister.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rows = []
    for i in range(N):
        words = ["The minister spoke"]
        words += ["on a visit"] if i % 3 == 0 else []
        words += ["at the ministry"] if i % 5 == 0 else []
        day = f"{1990 + i * 30 // N}-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
        rows.append({"id": i + 1, "title": " ".join(words), "start": day})
    add_events(db, rows)
    db["articles"].insert_all(
        {"id": a, "headline": f"Ships in the harbour, day {a}", "published": "2000-01-01",
         "body": "The harbour was full.", "content_hash": f"h{a}"}
        for a in range(1, 701)
    )  # fmt: skip
    add_events(
        db,
        [
            {"id": N + a, "title": "Ships came in", "start": f"{1990 + a * 30 // 701}-06-01",
             "article_id": a}
            for a in range(1, 701)
        ],
    )  # fmt: skip
    db.close()
    return path


def _deciles_marked(ids: np.ndarray, lo: int, hi: int) -> int:
    """In how many of the ten equal parts of [lo, hi] some id lies."""
    return len(np.unique(((ids - lo) * 10) // (hi - lo + 1)))


def test_within_the_cap_every_match_is_marked_exactly(minister_db):
    store = TimelineStore.open(minister_db)
    found = store.search("visit", 0, 5000)
    assert found.sampled_of == 0
    assert found.marked.tolist() == list(range(1, N + 1, 3))
    store.close()


def test_beyond_the_cap_a_term_is_marked_over_the_whole_range(minister_db):
    store = TimelineStore.open(minister_db)
    found = store.search("minister", 0, 200)
    assert 150 <= len(found.marked) <= 200
    # Spread over every tenth of the ids (and so of the dates), not the lowest 200.
    assert _deciles_marked(found.marked, 1, N) == 10
    assert found.marked.max() > N - N // 20
    assert abs(found.sampled_of - N) <= N // 10  # about how many match
    store.close()


def test_beyond_the_cap_an_and_and_a_phrase_are_sampled_over_the_range(minister_db):
    store = TimelineStore.open(minister_db)
    for query, matches in (("minister AND visit", N // 3), ('"minister spoke on"', N // 3)):
        found = store.search(query, 0, 100)
        assert _deciles_marked(found.marked, 1, N) == 10, query
        assert np.all(found.marked % 3 == 1), query  # only the matches
        assert abs(found.sampled_of - matches) <= matches // 10, query
    store.close()


def test_a_prefix_of_several_terms_is_read_once_and_counted(minister_db):
    store = TimelineStore.open(minister_db)
    found = store.search("minist*", 0, 300)  # minister and ministry
    assert len(found.marked) == 300 and _deciles_marked(found.marked, 1, N) == 10
    assert found.sampled_of == N  # every match was read: counted, not estimated
    store.close()


def test_article_matches_beyond_their_cap_stand_for_events_over_the_range(minister_db):
    store = TimelineStore.open(minister_db)
    found = store.search("harbour", 0, 50_000)
    cited = found.marked[found.marked > N] - N  # the events standing for the articles
    assert len(cited) <= STANDING_MARKS and _deciles_marked(cited, 1, 700) == 10
    assert abs(found.sampled_of - 700) <= 70
    store.close()


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    """A dataset whose sidecar indexes one event's text in ten, as bench/make_dataset.py writes."""
    module = bench_module("make_dataset")
    out = tmp_path_factory.mktemp("spread_ds") / "ds"
    module.make(out, 30_000, seed=7, years=4, index_every=10)
    return out


def test_a_dataset_marks_a_sample_over_all_its_years(dataset):
    store = DatasetStore(dataset)
    every = store.search("minister", 0, 1_000_000)
    assert every.sampled_of == 0
    capped = store.search("minister", 0, 200)
    assert capped.sampled_of > 200 and len(capped.marked) < len(every.marked)
    assert set(capped.marked.tolist()) <= set(every.marked.tolist())
    # The event matches sampled reach into every quarter of the span, not the first alone.
    _known, starts = store._sidecar.starts(every.marked.tolist())
    run = store._sidecar._rows  # the sidecar's own events_fts, as the search reads it
    spread = Spread(
        "events_fts", "minister", 200, run(ends_sql("events_fts"), {"q": "minister", "n": 201})[0]
    )
    assert len(spread.seconds) == 1
    matched, about = spread.result(run(*spread.seconds[0]))
    assert 150 <= len(matched) <= 200
    count = run("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'minister'", ())[0][0]
    assert set(matched.tolist()) <= {
        r[0] for r in run("SELECT rowid FROM events_fts WHERE events_fts MATCH 'minister'", ())
    }
    assert abs(about - count) <= count // 5
    _known, sampled = store._sidecar.starts(matched.tolist())
    lo, hi = int(starts.min()), int(starts.max())
    assert len(np.unique((np.asarray(sampled, np.int64) - lo) * 4 // (hi - lo + 1))) == 4
    store.close()


def _spread_in(run, query: str, n: int, pieces: int) -> tuple[list[int], int, int]:
    """The rowids a Spread of `n` marks of `query` in the sidecar's events_fts, run with its
    statements cut in `pieces`; how many it estimates; and how many statements it ran."""
    ends = run(ends_sql("events_fts"), {"q": query, "n": n + 1})[0]
    spread = Spread("events_fts", query, n, ends, pieces)
    rows = [row for sql, params in spread.seconds for row in run(sql, params)]
    matched, about = spread.result(rows or None)
    return matched.tolist(), about, len(spread.seconds)


@pytest.mark.parametrize(
    ("query", "n", "read_whole"),
    [
        ("bridge OR port", 200, False),  # slices: one cursor a slice seeks two doclists
        ("minister", 200, False),
        ("minister", 900, True),  # about a few times the cap: every match read
        ("bridge OR port", 1200, True),
    ],
)
def test_the_statements_cut_in_pieces_mark_the_same_as_one(dataset, query, n, read_whole):
    """A store that runs statements at once cuts a Spread's in pieces (the slices, or the
    rowid range read whole): the same marks and the same estimate as one statement."""
    store = DatasetStore(dataset)
    run = store._sidecar._rows
    whole = _spread_in(run, query, n, 1)
    assert whole[2] == 1
    for pieces in (2, 3):
        cut = _spread_in(run, query, n, pieces)
        assert cut == (whole[0], whole[1], pieces)
    every = run(f"SELECT rowid FROM events_fts WHERE events_fts MATCH '{query}'", ())
    assert len(every) > n  # a sample, not every match
    assert (whole[1] == len(every)) == read_whole  # counted where every match was read
    assert set(whole[0]) <= {r[0] for r in every}
    # and a prefix, merged anew by each cursor, is read once however many connections
    ends = run(ends_sql("events_fts"), {"q": '"minist"*', "n": 201})[0]
    assert len(Spread("events_fts", '"minist"*', 200, ends, 2).seconds) == 1
    store.close()


def test_a_dataset_searched_on_two_connections_marks_as_on_one(dataset):
    """The sidecar cuts the events' slices for its two searcher connections: the marks and
    the count are those of the statements run one after the other."""
    from db.store import fts_search

    store = DatasetStore(dataset)
    sidecar = store._sidecar
    for query in ("bridge OR port", "minister", "ceasefire talks", "refug"):
        at_once = store.search(query, 50, 300)
        one_by_one = fts_search.search(
            sidecar._rows, Exception, sidecar._hits_sql, query, 50, 300, counted=False,
            terms=True,
        )  # fmt: skip
        assert at_once.sampled_of > 300 and at_once.sampled_of == one_by_one.sampled_of
        assert at_once.marked.tolist() == one_by_one.marked.tolist()
    store.close()
