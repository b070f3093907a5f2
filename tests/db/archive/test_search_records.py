"""The records of the events the search sidecar indexes, apart (db.archive.search_records): a
frame places a search's hits from them exactly as from the main records by id and as from the
Parquet files, under every filter; `timeline-viewer upgrade` adds them to a dataset written
without them, and stale ones are not read."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from db.archive import search_records, upgrade
from db.archive.convert import convert
from db.archive.store import DatasetStore
from db.store.frame import FrameQuery
from tests.conftest import bench_module
from tests.db.archive.test_id_index import _queries
from tests.db.archive.test_store import _make_db


@pytest.fixture(scope="module")
def sampled(tmp_path_factory) -> Path:
    """A dataset whose sidecar indexes one event's text in ten (as at 100M, one in 100)."""
    module = bench_module("make_dataset")
    out = tmp_path_factory.mktemp("sampled") / "ds"
    module.make(out, 8_000, seed=7, years=2, index_every=10)
    return out


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text())


def _placed(store: DatasetStore, query: FrameQuery, ids: np.ndarray) -> tuple[list, ...]:
    lanes, part = store.frame(query).select(ids, -math.inf, math.inf)
    return (
        lanes.tolist(),
        part.ids.tolist(),
        part.start.tolist(),
        part.end.tolist(),
        (part.flags.tolist()),
    )


def test_a_common_words_marks_are_placed_as_from_the_main_records_and_the_files(sampled):
    entry = _manifest(sampled)[search_records.ENTRY]
    assert 0 < entry["events"] < 8_000 // 5  # the indexed events only
    apart, main, files = DatasetStore(sampled), DatasetStore(sampled), DatasetStore(sampled)
    try:
        assert (
            apart.search_records is not None
            and len(apart.search_records.records) == (entry["events"])
        )
        main.search_records = None  # the path of a dataset written without them
        files.search_records, files.id_index = None, None  # and without any records by id
        words = [w for w in ("minister", "talks", "port") if apart.search(w, 0, 50_000).marked.size]
        assert words
        rng = np.random.default_rng(3)
        every = np.sort(apart.frame(FrameQuery()).ids())
        placed_apart = 0
        for word in words:
            marked = apart.search(word, 0, 50_000).marked
            # hits of events and of articles (their events lie in the main file), and ids that
            # are no event's
            ids = np.unique(np.concatenate([marked, rng.choice(every, 500), [-3, 10**9]]))
            indexed = np.isin(ids, np.asarray(apart.search_records.ids))
            assert indexed.any() and (~indexed).any()
            for query in _queries(apart):
                got = _placed(apart, query, ids)
                assert got == _placed(main, query, ids) == _placed(files, query, ids), query
                placed_apart += len(got[1])
        assert placed_apart > 1000
    finally:
        for store in (apart, main, files):
            store.close()


def test_upgrade_adds_them_to_a_dataset_without_and_then_has_nothing_to_do(sampled, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(sampled, old)
    manifest = _manifest(old)
    written = manifest.pop(search_records.ENTRY)
    (old / "manifest.json").write_text(json.dumps(manifest))
    for name in (search_records.RECORDS, search_records.IDS):
        (old / name).unlink()
    store = DatasetStore(old)  # opens and searches without them
    try:
        assert store.search_records is None and store.search("minister", 0, 100).marked.size
    finally:
        store.close()
    steps = upgrade.upgrade(old)
    assert [s.file for s in steps] == [search_records.RECORDS]
    assert _manifest(old)[search_records.ENTRY] == written
    for name in (search_records.RECORDS, search_records.IDS):
        assert (old / name).read_bytes() == (sampled / name).read_bytes()
    assert upgrade.upgrade(old) == []


def test_records_of_another_sidecar_are_not_read_and_upgrade_writes_them_again(sampled, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(sampled, copy)
    manifest = _manifest(copy)
    manifest[search_records.ENTRY]["sidecar_bytes"] += 4096  # as if the sidecar had grown since
    (copy / "manifest.json").write_text(json.dumps(manifest))
    store = DatasetStore(copy)
    try:
        assert store.search_records is None and store.id_index is not None
    finally:
        store.close()
    assert [s.file for s in upgrade.upgrade(copy)] == [search_records.RECORDS]
    store = DatasetStore(copy)
    try:
        assert store.search_records is not None
    finally:
        store.close()


def test_a_sidecar_indexing_every_event_gets_none(tmp_path):
    """A converted database's sidecar indexes every event: the main records serve as well."""
    source = tmp_path / "synthetic.db"
    _make_db()(source, 600, 4, seed=2, years=3)
    convert(source, tmp_path / "ds")
    assert upgrade.upgrade(tmp_path / "ds") == []
    assert search_records.ENTRY not in _manifest(tmp_path / "ds")
    assert not (tmp_path / "ds" / search_records.RECORDS).exists()
