"""A large year partition is written by several compaction tasks at once, in pieces by start
(db.cluster.pieces), on a real two-worker LocalCluster: read in the manifest's order, the pieces
hold the rows one file held, in the same order; the dataset reads the same (windows, events by
id, search); a later import writes the year again in other pieces and removes the old ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from db.cluster.pieces import Pieces, bounds, inside
from db.cluster.run import Options, import_dataset
from db.opening import open_store
from tests.db.cluster.test_dask_import import PUBLISHED
from tests.db.cluster.test_incremental import _articles


def test_pieces_cut_by_start_and_id_even_within_one_day():
    # Most events on one day (a publication day's key, 7): cut between its events by id.
    starts = np.array([7, 7, 7, 7, 7, 7, 3, 9])
    ids = np.array([10, 11, 12, 13, 14, 15, 16, 17])
    cuts = bounds(starts, ids, 2)
    assert cuts == [(7, 13)]
    first = inside(starts, ids, None, cuts[0])
    assert ids[first].tolist() == [10, 11, 12, 16]  # (3, 16) then (7, 10..12)
    assert ids[inside(starts, ids, cuts[0], None)].tolist() == [13, 14, 15, 17]
    assert bounds(np.array([4]), np.array([1]), 2) == []  # one event: one piece
    always = Pieces(rows=20, share=0)
    assert always.count(100, 100, 2) == 2 and always.count(100, 100, 1) == 1
    assert always.count(30, 30, 2) == 1  # a piece has 20 events at least
    # By default only a year longer than a worker's share of the compaction: never on 2.
    assert Pieces(rows=20).count(100, 100, 2) == 1
    assert Pieces(rows=20).count(60, 100, 8) == 3 and Pieces(rows=20).count(40, 100, 8) == 1


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("year-pieces")
    _articles(root / "first", 0, [2003] * 16 + [2005] * 4)
    _articles(root / "later", 100, [2003] * 6)
    return root


def _import(out: Path, inputs: list[Path], workers: int, piece_rows: int | None) -> None:
    options = Options(
        published=dt.date.fromisoformat(PUBLISHED), workers=workers, batch_size=5,
        year_pieces=Pieces(rows=piece_rows, share=0) if piece_rows else Pieces(),
    )  # fmt: skip
    report = import_dataset(out, inputs, options=options)
    assert not report.failed


def _short_rows(out: Path) -> tuple[list[dict], pa.Table]:
    """The manifest's year entries and their files' rows, read in its order."""
    entries = json.loads((out / "manifest.json").read_text())["partitions"]
    return entries, pa.concat_tables(pq.read_table(out / p["file"]) for p in entries)


def _year_files(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.glob("events/*/*.parquet"))


def _same_reading(got: Path, want: Path) -> None:
    store, theirs = open_store(got), open_store(want)
    try:
        query = "id, title, start_key, end_key, flags"
        assert sorted(store.query_all(query, "true")) == sorted(theirs.query_all(query, "true"))
        lanes = list(range(len(json.loads((want / "manifest.json").read_text())["lanes"])))
        a, b = -(2**40), 2**40
        mine, their = (s.fetch_window(lanes, a, b, "true") for s in (store, theirs))
        assert {k: v.tolist() for k, v in mine.items()} == {k: v.tolist() for k, v in their.items()}
        hit = store.search("delegation").hits[0]
        assert [h.event_id for h in store.search("delegation").hits] == [
            h.event_id for h in theirs.search("delegation").hits
        ]
        event, their_event = store.event(hit.event_id), theirs.event(hit.event_id)
        assert event is not None and their_event is not None
        assert (event.title, event.span) == (their_event.title, their_event.span)
    finally:
        store.close()
        theirs.close()


def test_a_year_written_in_pieces_holds_the_rows_of_one_file(files, tmp_path):
    first = sorted((files / "first").iterdir())
    later = sorted((files / "later").iterdir())
    whole, split = tmp_path / "whole", tmp_path / "split"
    _import(whole, first, workers=2, piece_rows=None)  # every year one file, as before (2 workers)
    _import(split, first, workers=2, piece_rows=20)
    entries, rows = _short_rows(split)
    whole_entries, whole_rows = _short_rows(whole)
    pieces = [p for p in entries if p["year"] == 2019]
    assert len(pieces) == 2 and all("/data-" in p["file"] for p in pieces)
    assert pieces[0]["max"] <= pieces[1]["min"]  # (a day may be cut between its events)
    assert sum(p["rows"] for p in pieces) == next(
        p["rows"] for p in whole_entries if p["year"] == 2019
    )
    assert rows.equals(whole_rows)  # the same rows, in the same order
    assert _year_files(split) == sorted(p["file"] for p in entries)
    _same_reading(split, whole)

    # A later import: the year written again, in pieces of its own; the old ones removed.
    before = {p["file"] for p in pieces}
    _import(whole, first + later, workers=2, piece_rows=None)
    _import(split, first + later, workers=2, piece_rows=20)
    entries, rows = _short_rows(split)
    assert not before & {p["file"] for p in entries}
    assert rows.equals(_short_rows(whole)[1])
    assert _year_files(split) == sorted(p["file"] for p in entries)
    _same_reading(split, whole)
