"""The events' lowest matches read in pieces of the rowid range at once (fts_spread.ends_in_pieces,
Spread.of_pieces), where the term counts say every match may be read (fts_search._may_be_few):
the marks and the count are those of one statement, and what the pieces read is not read again."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.archive.store import DatasetStore
from db.store import fts_search
from db.store.fts_search import _may_be_few
from db.store.fts_spread import Spread, bounds_sql, ends_in_pieces, ends_sql
from tests.conftest import bench_module


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    """A dataset whose sidecar indexes one event's text in ten (3,000 texts), with term counts."""
    out = tmp_path_factory.mktemp("pieces_ds") / "ds"
    bench_module("make_dataset").make(out, 30_000, seed=7, years=4, index_every=10)
    return out


def _matches(run, query: str) -> list[int]:
    return [r[0] for r in run("SELECT rowid FROM events_fts WHERE events_fts MATCH ?", (query,))]


def _one_statement(run, query: str, n: int) -> tuple[list[int], int]:
    ends = run(ends_sql("events_fts"), {"q": query, "n": n + 1})[0]
    spread = Spread("events_fts", query, n, ends)
    rows = [row for sql, params in spread.seconds for row in run(sql, params)]
    marked, about = spread.result(rows or None)
    return marked.tolist(), about


def _in_pieces(run, query: str, n: int, pieces: int) -> tuple[list[int], int, Spread, list]:
    bounds = run(bounds_sql("events_fts"), ())[0]
    firsts = ends_in_pieces("events_fts", query, n, bounds, pieces)
    ends = [run(sql, params)[0] for sql, params in firsts]
    spread = Spread.of_pieces("events_fts", query, n, firsts, ends, pieces)
    rows = [row for sql, params in spread.seconds for row in run(sql, params)]
    marked, about = spread.result(rows or None)
    return marked.tolist(), about, spread, firsts


@pytest.mark.parametrize(
    ("query", "n"),
    [
        ('"ceasefire" "talks"', 1000),  # every match within the cap
        ('"ceasefire" "talks"', 300),  # a few more than the cap: no piece holds n + 1
        ('"ceasefire" "talks"', 100),  # read whole, past each piece's lowest
        ('"ceasefire" "talks"', 30),  # by slices
        ('"minister"', 100),
    ],
)
def test_pieces_mark_as_one_statement(dataset, query, n):
    store = DatasetStore(dataset)
    run = store._sidecar._rows
    every = _matches(run, query)
    one = _one_statement(run, query, n)
    for pieces in (2, 3):
        marked, about, _spread, _firsts = _in_pieces(run, query, n, pieces)
        assert (marked, about) == one, pieces
    if len(every) <= n:  # within the cap: every match, counted
        assert one == (every, len(every))
    assert set(one[0]) <= set(every)
    store.close()


def test_what_the_pieces_read_is_not_read_again(dataset):
    store = DatasetStore(dataset)
    run = store._sidecar._rows
    query, n = '"ceasefire" "talks"', 100
    every = _matches(run, query)
    assert len(every) > 2 * (n + 1)  # both pieces hold more than their n + 1 read first
    marked, about, spread, firsts = _in_pieces(run, query, n, 2)
    assert about == len(every) and set(marked) <= set(every)  # every match read: counted
    assert len(spread.seconds) == 2
    for (_sql, rest), (_first_sql, piece) in zip(spread.seconds, firsts, strict=True):
        lowest = [i for i in every if piece["first"] <= i < piece["last"]][: n + 1]
        assert rest["first"] == lowest[-1] + 1 and rest["last"] == piece["last"]
    store.close()


def test_the_counts_tell_which_matches_may_be_read_whole(dataset):
    store = DatasetStore(dataset)
    run = store._sidecar._rows
    rows = store._sidecar._size[0]
    assert rows == 3000
    # 949 and 956 of 3,000 rows: about 302 together, 308 in fact
    assert _may_be_few(run, "events_fts", '"ceasefire" "talks"', 100, rows)  # 4 x 100 >= 302
    assert not _may_be_few(run, "events_fts", '"ceasefire" "talks"', 50, rows)
    assert _may_be_few(run, "events_fts", '"minister"', 250, rows)  # 920 rows
    assert not _may_be_few(run, "events_fts", '"minister"', 200, rows)
    assert not _may_be_few(run, "events_fts", "ceasefire OR talks", 1000, rows)
    assert not _may_be_few(run, "events_fts", '"ceasefire" "talks"*', 1000, rows)
    assert not _may_be_few(run, "events_fts", '"ceasefire" "talks"', 100, 0)  # no counts
    assert _may_be_few(run, "events_fts", '"ceasefire" "zzqx"', 1, rows)  # a word no row holds
    store.close()


def test_the_sidecar_marks_as_the_statements_one_after_another(dataset):
    """The sidecar reads the events' lowest matches in pieces on its two connections when they
    may be few: the marks and the count are those of the search run one statement at a time."""
    store = DatasetStore(dataset)
    sidecar = store._sidecar
    for query, marks in (("ceasefire talks", 100), ("ceasefire talks", 300), ("minister", 250)):
        at_once = store.search(query, 0, marks)
        one_by_one = fts_search.search(
            sidecar._rows, Exception, sidecar._hits_sql, query, 0, marks, counted=False,
            terms=True,
        )  # fmt: skip
        assert at_once.sampled_of == one_by_one.sampled_of > 0, query
        assert at_once.marked.tolist() == one_by_one.marked.tolist(), query
    store.close()


def test_pieces_with_no_match_or_every_match_mark_as_one_statement(dataset):
    """A piece of the range may hold no match, or all of them: the lowest n + 1 of all are still
    the pieces' joined in order."""
    store = DatasetStore(dataset)
    run = store._sidecar._rows
    lo, last = run(bounds_sql("events_fts"), ())[0]
    query = '"ceasefire" "talks"'
    for bounds in ((lo - 3 * (last - lo), last), (lo, last + 3 * (last - lo))):
        firsts = ends_in_pieces("events_fts", query, 100, bounds, 3)
        ends = [run(sql, params)[0] for sql, params in firsts]
        assert sum(1 for text, _last in ends if text) == 1  # one piece holds every match
        for n in (30, 100, 1000):
            firsts = ends_in_pieces("events_fts", query, n, bounds, 3)
            ends = [run(sql, params)[0] for sql, params in firsts]
            spread = Spread.of_pieces("events_fts", query, n, firsts, ends, 3)
            rows = [row for sql, params in spread.seconds for row in run(sql, params)]
            marked, about = spread.result(rows or None)
            assert (marked.tolist(), about) == _one_statement(run, query, n), (bounds, n)
    store.close()
