"""What a dataset's first search reads cold is read ahead when the viewer opens it, on a thread
of its own (db.archive.warm_search): the searcher threads' connections opened, the indexed
events' records in the page cache; the searches answer as without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.archive import search_records
from db.archive.search import SEARCH_THREADS
from db.archive.store import DatasetStore
from db.archive.warm_search import read_ahead, read_footers
from tests.conftest import bench_module


@pytest.fixture(scope="module")
def sampled(tmp_path_factory) -> Path:
    """A dataset whose sidecar indexes one event's text in ten, with its records apart."""
    out = tmp_path_factory.mktemp("warm") / "ds"
    bench_module("make_dataset").make(out, 6_000, seed=5, years=2, index_every=10)
    assert (out / search_records.RECORDS).exists()
    return out


def test_warming_opens_the_searchers_and_changes_no_answer(sampled):
    cold, warmed = DatasetStore(sampled), DatasetStore(sampled)
    try:
        thread = warmed.warm_search()
        thread.join(30)
        assert not thread.is_alive()
        assert len(warmed._sidecar._opened) == SEARCH_THREADS  # one connection a searcher
        assert cold._sidecar._opened == []  # opened by a search otherwise
        for words in ("minister", "talks", "port", "bridge OR port", '"unbalanced'):
            for limit, marks in ((50, 0), (0, 50_000)):
                a, b = warmed.search(words, limit, marks), cold.search(words, limit, marks)
                assert (a.hits, a.fallback, a.marked.tolist(), a.sampled_of) == (
                    b.hits,
                    b.fallback,
                    b.marked.tolist(),
                    b.sampled_of,
                ), words
    finally:
        warmed.close()
        cold.close()


def test_reading_ahead_asks_for_every_piece_and_skips_what_is_missing(sampled, tmp_path):
    records = sampled / search_records.RECORDS
    before = records.read_bytes()
    read_ahead([tmp_path / "missing.npy", records])  # a missing file is skipped
    assert records.read_bytes() == before


def test_the_window_warms_a_dataset_it_opens(qtbot, make_window, sampled):
    window = make_window(sampled, size=(1200, 700))
    sidecar = window.source._store._sidecar
    qtbot.waitUntil(lambda: len(sidecar._opened) == SEARCH_THREADS, timeout=10_000)


def _files(root: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_warming_the_footers_changes_no_click_and_writes_nothing(sampled):
    before = _files(sampled)
    cold, warmed = DatasetStore(sampled), DatasetStore(sampled)
    try:
        warmed.warm_footers()  # as the warming thread runs it last
        thread = warmed.warm_search()
        thread.join(30)
        assert not thread.is_alive()
        short = [int(r[0]) for r in warmed.query_all("id", "true", order="id")[::997]]
        long = [int(r[0]) for r in warmed._run("SELECT id FROM long_events LIMIT 3").fetchall()]
        assert long, "the dataset has long events"
        for event_id in short + long + [10**12]:  # and an id the dataset lacks
            a, b = warmed.event(event_id), cold.event(event_id)
            assert a == b, event_id
            if a is not None and a.article is not None:
                assert warmed.article_events(a.article.id) == cold.article_events(a.article.id)
    finally:
        warmed.close()
        cold.close()
    assert _files(sampled) == before


def test_reading_footers_ahead_skips_what_is_no_parquet_file(sampled, tmp_path):
    small, other = tmp_path / "small.parquet", tmp_path / "other.parquet"
    small.write_bytes(b"PAR1")
    other.write_bytes(b"x" * 100)
    year = next((sampled / "events").rglob("*.parquet"))
    before = year.read_bytes()
    read_footers([tmp_path / "missing.parquet", small, other, year])
    assert year.read_bytes() == before
    assert small.read_bytes() == b"PAR1" and other.read_bytes() == b"x" * 100
