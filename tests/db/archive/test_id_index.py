"""The records by id (db.archive.id_index) answer what the Parquet files answer: a frame gathering
its search hits from them selects, contains and locates exactly the events that the same frame
reading the files through DuckDB does, under every filter a frame has."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from db.archive import id_index
from db.archive.convert import convert
from db.archive.store import DatasetStore
from db.store.frame import FrameQuery
from db.store.model import NEGATED
from tests.db.archive.test_store import _make_db


def _queries(store: DatasetStore) -> list[FrameQuery]:
    lanes = store.lanes_of("lane")
    span = store.manifest["span"]
    middle = (span[0] + span[1]) // 2
    return [
        FrameQuery(),
        FrameQuery(hide=NEGATED),
        FrameQuery(lanes=(lanes[3], lanes[0])),
        FrameQuery(start=span[0] + (span[1] - span[0]) // 4, end=middle),
        FrameQuery(group="source"),
        FrameQuery(as_of=middle, hide=NEGATED),
        FrameQuery(lanes=()),
    ]


def _same_answers(folder: Path) -> int:
    """Compare the two paths on every query; returns how many hits the indexed path placed."""
    indexed, plain = DatasetStore(folder), DatasetStore(folder)
    assert indexed.id_index is not None
    plain.id_index = None  # the path of a dataset written without the records
    placed = 0
    try:
        every = np.sort(indexed.frame(FrameQuery()).ids())
        rng = np.random.default_rng(5)
        asked = np.unique(np.concatenate([rng.choice(every, len(every) // 3), [-4, 10**9]]))
        for query in _queries(indexed):
            mine, theirs = indexed.frame(query), plain.frame(query)
            lanes, got = mine.select(asked, -math.inf, math.inf)
            lanes_ref, ref = theirs.select(asked, -math.inf, math.inf)
            assert lanes.tolist() == lanes_ref.tolist(), query
            for name in ("ids", "start", "end", "flags"):
                assert getattr(got, name).tolist() == getattr(ref, name).tolist(), (query, name)
            assert mine.contains(asked).tolist() == theirs.contains(asked).tolist()
            for event_id in asked[::50].tolist():
                assert mine.locate(event_id) == theirs.locate(event_id), (query, event_id)
            placed += len(got)
    finally:
        indexed.close()
        plain.close()
    return placed


@pytest.fixture
def source_db(tmp_path) -> Path:
    path = tmp_path / "synthetic.db"
    _make_db()(path, 3000, 6, seed=3, years=10)
    with sqlite3.connect(path) as conn:  # negated events and report days, for hide and as_of
        conn.execute("UPDATE events SET status = 'negated' WHERE id % 5 = 0")
        conn.execute("UPDATE events SET reported_key = start_key + (id % 3) * 8640000")
        conn.execute("UPDATE events SET reported_key = NULL WHERE id % 4 = 0")
    return path


def test_a_converted_dataset_places_the_same_hits_from_its_records(source_db, tmp_path):
    convert(source_db, tmp_path / "ds")
    entry = json.loads((tmp_path / "ds" / "manifest.json").read_text())["id_index"]
    assert entry == {"first_id": 1, "events": 3000, "dense": True, "base": entry["base"]}
    assert not (tmp_path / "ds" / id_index.IDS).exists()
    records = np.load(tmp_path / "ds" / id_index.RECORDS, mmap_mode="r")
    assert records.dtype == id_index.NARROW and records.dtype.itemsize == 15
    assert _same_answers(tmp_path / "ds") > 3000  # hits found under most queries


def test_wide_records_written_before_still_answer_the_same(source_db, tmp_path):
    convert(source_db, tmp_path / "ds")
    manifest = json.loads((tmp_path / "ds" / "manifest.json").read_text())
    manifest["id_index"] = id_index.write(tmp_path / "ds", manifest, narrow=False)
    (tmp_path / "ds" / "manifest.json").write_text(json.dumps(manifest))
    assert "base" not in manifest["id_index"]
    assert np.load(tmp_path / "ds" / id_index.RECORDS, mmap_mode="r").dtype == id_index.RECORD
    assert _same_answers(tmp_path / "ds") > 3000


def test_keys_too_far_apart_for_narrow_records_are_written_wide(source_db, tmp_path):
    with sqlite3.connect(source_db) as conn:  # one range of two centuries
        conn.execute("UPDATE events SET end_key = start_key + 200 * 365 * 86400 WHERE id = 7")
    convert(source_db, tmp_path / "ds")
    entry = json.loads((tmp_path / "ds" / "manifest.json").read_text())["id_index"]
    assert "base" not in entry
    assert np.load(tmp_path / "ds" / id_index.RECORDS, mmap_mode="r").dtype == id_index.RECORD
    store = DatasetStore(tmp_path / "ds")
    try:
        place = store.frame(FrameQuery()).locate(7)
        assert place is not None and place.end - place.start == 200 * 365 * 86400
    finally:
        store.close()


def test_ids_with_gaps_are_found_through_the_sorted_ids(source_db, tmp_path):
    with sqlite3.connect(source_db) as conn:
        conn.execute("DELETE FROM events WHERE id % 7 = 0")
    convert(source_db, tmp_path / "ds")
    entry = json.loads((tmp_path / "ds" / "manifest.json").read_text())["id_index"]
    assert not entry["dense"] and entry["events"] == 3000 - 3000 // 7
    assert len(np.load(tmp_path / "ds" / id_index.IDS)) == entry["events"]
    assert _same_answers(tmp_path / "ds") > 2000


def test_a_dataset_written_without_records_gets_them_added(source_db, tmp_path):
    convert(source_db, tmp_path / "ds")
    manifest = json.loads((tmp_path / "ds" / "manifest.json").read_text())
    del manifest["id_index"]
    (tmp_path / "ds" / "manifest.json").write_text(json.dumps(manifest))
    (tmp_path / "ds" / id_index.RECORDS).unlink()
    store = DatasetStore(tmp_path / "ds")
    assert store.id_index is None  # read through DuckDB, as before
    assert len(store.frame(FrameQuery()).contains(np.arange(1, 11))) == 10
    store.close()
    assert id_index.main([str(tmp_path / "ds")]) == 0
    assert _same_answers(tmp_path / "ds") > 3000
