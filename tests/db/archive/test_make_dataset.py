"""bench/make_dataset.py writes a dataset the store opens: its counts agree with the manifest, the
Parquet files and the pyramid, its events are found by id and by search, and it is the same for
the same seed."""

from __future__ import annotations

import numpy as np
import pyarrow.parquet as pq
import pytest

from db.archive import dataset
from db.archive.store import DatasetStore
from db.store.frame import FrameQuery
from tests.conftest import bench_module


@pytest.fixture(scope="module")
def make_dataset():
    return bench_module("make_dataset")


@pytest.fixture(scope="module")
def made(make_dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("made") / "ds"
    manifest = make_dataset.make(out, 20_000, seed=5, years=2, index_every=10)
    return out, manifest


def _events(out, manifest):
    parts = manifest["partitions"] + manifest["long_partitions"]
    return [pq.read_table(out / p["file"]) for p in parts]


def test_counts_agree_with_the_files_and_the_pyramid(made):
    out, manifest = made
    counts = manifest["counts"]
    assert counts["events"] == 20_000 == counts["short"] + counts["long"]
    assert 0 < counts["long"] < counts["short"]
    tables = _events(out, manifest)
    assert sum(len(t) for t in tables) == 20_000
    ids = np.concatenate([t.column("id").to_numpy() for t in tables])
    assert sorted(ids.tolist()) == list(range(1, 20_001))
    for part, table in zip(manifest["partitions"], tables, strict=False):
        keys = table.column("start_key").to_numpy()
        assert (np.diff(keys) >= 0).all() and len(keys) == part["rows"]  # sorted by start
        assert {int(y) for y in keys.astype("datetime64[s]").astype("datetime64[Y]").astype(int)} \
            == {part["year"] - 1970}  # fmt: skip
        assert (table.column("end_key").to_numpy() - keys <= dataset.LONG).all()
    assert len(manifest["lanes"]) == 16 and sum(manifest["lane_events"]) == 20_000
    store = DatasetStore(out)
    try:
        assert store.pyramid.all.total == counts["short"]
        short = np.concatenate(
            [t.column("lane_no").to_numpy() for t in tables[: len(manifest["partitions"])]]
        )
        assert [p.total for p in store.pyramid.lanes] == np.bincount(short, minlength=16).tolist()
        frame = store.frame(FrameQuery())
        span = frame.span()
        assert span is not None
        edges = np.array([span[0] - 1e6, span[1] + 1e6])
        assert int(frame.histogram(None, edges).sum()) == counts["short"]
        # Lanes by source (format version 2): each event's article's source, counted alike.
        by_source = store.frame(FrameQuery("source"))
        assert by_source.lanes == tuple(sorted(["Reuters", "AFP", "AP", "Al Jazeera", "BBC",
                                                "Anadolu"]))  # fmt: skip
        assert len(by_source) == 20_000 == sum(manifest["source_events"])
        src = np.concatenate(
            [t.column("source_no").to_numpy() for t in tables[: len(manifest["partitions"])]]
        )
        assert [int(by_source.histogram(n, edges).sum()) for n in range(6)] == (
            np.bincount(src, minlength=6).tolist()
        )
        names = np.concatenate([t.column("source").to_numpy(False) for t in tables])
        numbers = np.concatenate([t.column("source_no").to_numpy() for t in tables])
        assert [by_source.lanes[n] for n in numbers.tolist()] == [str(n) for n in names]
        reported = np.concatenate([t.column("reported_key").to_numpy() for t in tables])
        assert (reported % 86_400 == 0).all()  # every event's article's publication day
    finally:
        store.close()


def test_events_are_found_by_id_and_by_search(made):
    out, manifest = made
    store = DatasetStore(out)
    try:
        row = pq.read_table(out / manifest["partitions"][1]["file"]).slice(7, 1).to_pylist()[0]
        detail = store.event(row["id"])
        assert detail is not None
        assert (detail.title, detail.start, detail.lane) == (
            row["title"],
            row["start"],
            row["lane"],
        )
        assert detail.article is not None and detail.article.body
        assert row["id"] in [b.id for b in store.article_events(detail.article.id)]
        indexed = next(i for i in range(10, 20_001, 10))  # one title in --index-every is indexed
        title = store.titles([indexed])[indexed]
        found = store.search(f'"{title}"')
        assert indexed in [h.event_id for h in found.hits]
        precisions = {r for t in _events(out, manifest) for r in t.column("precision").to_pylist()}
        assert precisions == {"day", "minute", "month", "year"}
    finally:
        store.close()


def test_the_same_seed_makes_the_same_events(make_dataset):
    """A month's rows depend on the seed and the month only (the whole dataset is made of them)."""
    vocab = make_dataset.Vocabulary(5, 20_000, 800)
    first, _articles = make_dataset.make_month(vocab, 5, 660, 3000, 1, 1, 100)
    again, _articles = make_dataset.make_month(vocab, 5, 660, 3000, 1, 1, 100)
    other, _articles = make_dataset.make_month(vocab, 6, 660, 3000, 1, 1, 100)
    assert first.equals(again) and not first.equals(other)
    assert (np.diff(first.column("start_key").to_numpy()) >= 0).all()
