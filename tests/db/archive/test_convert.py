"""`timeline-viewer convert`: a timeline database into a dataset folder, atomically, once."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pyarrow.parquet as pq
import pytest
import sqlite_utils

from db.archive import dataset
from db.archive.cli import main as convert_main
from db.archive.convert import ConvertError, convert
from db.store import intervals, timeline


def test_the_thresholds_are_the_in_memory_frames():
    assert dataset.LONG == intervals.LONG
    assert dataset.MAX_KEY == timeline.MAX_KEY


def test_convert_writes_year_partitions_long_events_and_a_manifest(tiny_db, tmp_path):
    out = tmp_path / "ds"
    manifest = convert(tiny_db, out)
    assert manifest["counts"] == {
        "events": 4, "short": 2, "long": 2, "skipped": 0, "articles": 0, "captions": 0,
    }  # fmt: skip
    assert manifest["lanes"] == ["A", "B"]
    assert json.loads((out / "manifest.json").read_text()) == manifest
    year = pq.read_table(out / "events/year=2019/data.parquet")
    assert year.column("title").to_pylist() == ["First point", "Late point"]  # by start
    assert year.schema.field("start_key").type == "int64"
    longs = [pq.read_table(out / p["file"]) for p in manifest["long_partitions"]]
    assert sorted(t for part in longs for t in part.column("title").to_pylist()) == [
        "A month", "A range",
    ]  # fmt: skip
    assert (
        pq.ParquetFile(out / "events/year=2019/data.parquet")
        .metadata.row_group(0)
        .column(0)
        .compression
        == "ZSTD"
    )
    cum = np.load(out / "pyramid/lane-all.cum.npy", mmap_mode="r")
    assert isinstance(cum, np.memmap)
    assert not [p for p in out.rglob("*") if ".tmp" in p.name]  # every temp file renamed


def test_converting_again_is_a_no_op_and_another_database_is_refused(tiny_db, tmp_path):
    out = tmp_path / "ds"
    convert(tiny_db, out)
    stamp = (out / "manifest.json").stat().st_mtime_ns
    assert convert(tiny_db, out)["unchanged"] is True
    assert (out / "manifest.json").stat().st_mtime_ns == stamp
    other = tmp_path / "other.db"
    shutil.copy(tiny_db, other)
    with sqlite_utils.Database(other) as db:
        db.execute("UPDATE events SET title = 'changed' WHERE id = 1")
    with pytest.raises(ConvertError, match="another database"):
        convert(other, out)


def test_a_folder_with_other_files_is_refused(tiny_db, tmp_path):
    out = tmp_path / "ds"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(ConvertError, match="other files"):
        convert(tiny_db, out)


def test_the_command(tiny_db, tmp_path, capsys):
    assert convert_main([str(tiny_db), str(tmp_path / "ds")]) == 0
    assert "4 events (2 long)" in capsys.readouterr().out
    assert convert_main([str(tiny_db), str(tmp_path / "ds")]) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert convert_main([str(tmp_path / "missing.db"), str(tmp_path / "x")]) == 1
    assert convert_main([]) == 2


def test_an_interrupted_convert_is_finished_by_the_next(tiny_db, tmp_path):
    out = tmp_path / "ds"
    convert(tiny_db, out)
    (out / "manifest.json").unlink()  # killed before its last step: no manifest, our files
    (out / "events" / ".data.parquet.tmp-1").write_bytes(b"half")
    assert convert(tiny_db, out)["counts"]["events"] == 4
    assert dataset.is_dataset(out)
    assert not [p for p in out.rglob("*") if ".tmp" in p.name]


def test_an_empty_database_makes_an_empty_dataset(tmp_path):
    from db.opening import open_store
    from db.store.frame import FrameQuery

    path = tmp_path / "empty.db"
    with sqlite_utils.Database(path) as db:
        from db import schema

        schema.create(db)
    convert(path, tmp_path / "ds")
    store = open_store(tmp_path / "ds")
    try:
        frame = store.frame(FrameQuery())
        assert (len(frame), frame.span(), frame.lanes) == (0, None, ())
        assert frame.histogram(None, np.array([0.0, 10.0, 20.0])).tolist() == [0, 0]
        assert frame.neighbour(None, 1) is None and frame.ids().tolist() == []
        assert store.search("anything").hits == []
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["short", "long"])
def test_a_database_of_only_short_or_only_long_events_converts(kind, tmp_path):
    """The catalog's `events` view unites the two kinds even when one has no files."""
    import duckdb

    from db import schema
    from tests.conftest import add_events

    path = tmp_path / "one-kind.db"
    with sqlite_utils.Database(path) as db:
        schema.create(db)
        end = "2020-03-01" if kind == "long" else None
        add_events(db, [{"id": 7, "title": "Only one", "start": "2020-01-01", "end": end}])
    convert(path, tmp_path / "ds")
    con = duckdb.connect(
        str(tmp_path / "ds" / dataset.CATALOG),
        read_only=True,
        config={"file_search_path": str(tmp_path / "ds")},
    )
    try:
        assert con.sql("SELECT id, title FROM events").fetchall() == [(7, "Only one")]
    finally:
        con.close()
