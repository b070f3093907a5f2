"""An import on two Dask workers (a real LocalCluster on 127.0.0.1) splits the events' search
index by id into a part a worker, built at once: a search of the dataset finds the same hits,
in the same order, and marks the same events as a plain SQLite import's, converted; a later
import adds its events to the last part. An import with nothing new starts no cluster."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from db.cluster.run import Options, import_dataset
from db.opening import open_store
from tests.db.cluster.test_dask_import import PUBLISHED
from tests.db.cluster.test_incremental import first_and_later

WORDS = ("Erdogan", "delegation", "Turkish delegation", "Russia", "Syria", "Ankara", "since")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    return first_and_later(tmp_path_factory.mktemp("split-index"))


def _parts(dataset: Path) -> list[tuple[str, int]]:
    """The events index's parts and their rows."""
    conn = sqlite3.connect(dataset / "search.sqlite")
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE name GLOB 'events_fts*' "
            "AND sql LIKE 'CREATE VIRTUAL%'"
        )]  # fmt: skip
        return sorted((n, conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0]) for n in names)
    finally:
        conn.close()


def _same_search(got: Path, reference: Path) -> None:
    store, theirs = open_store(got), open_store(reference)
    try:
        for word in WORDS:
            mine, want = store.search(word), theirs.search(word)
            assert mine.hits, word
            assert [(h.start_key, h.title, h.headline, h.snippet) for h in mine.hits] == [
                (h.start_key, h.title, h.headline, h.snippet) for h in want.hits
            ], word
            assert len(mine.marked) == len(want.marked), word
    finally:
        store.close()
        theirs.close()


def test_a_split_index_searches_as_one_and_a_later_import_extends_its_last_part(files, tmp_path):
    out = tmp_path / "dataset"
    options = Options(
        published=dt.date.fromisoformat(PUBLISHED), workers=2, batch_size=10, index_part_rows=100
    )
    first = sorted((files["root"] / "first").iterdir())
    report = import_dataset(out, first, options=options)
    assert report.imported == 40
    assert report.tasks["compact-search-events"][0] == 2  # a part a worker, at once
    parts = _parts(out)
    assert [name for name, _rows in parts] == ["events_fts", "events_fts_1"]
    assert abs(parts[0][1] - parts[1][1]) <= 1 and sum(n for _n, n in parts) == report.events
    assert not list((out / "parts").glob("*sidecar-*")), "the sidecar's pieces are removed"

    later = sorted((files["root"] / "later").iterdir())
    report = import_dataset(out, first + later, options=options)
    assert (report.imported, report.already) == (6, 40)
    grown = _parts(out)
    assert grown[0] == parts[0] and grown[1][1] == parts[1][1] + report.events
    _same_search(out, files["reference"])


def test_an_import_of_nothing_new_starts_no_cluster(files, tmp_path):
    out = tmp_path / "dataset"
    options = Options(published=dt.date.fromisoformat(PUBLISHED), workers=2)
    later = sorted((files["root"] / "later").iterdir())
    assert import_dataset(out, later, options=options).imported == 6
    made = (out / "manifest.json").read_bytes()

    report = import_dataset(out, later, options=options)
    assert (report.imported, report.already, report.batches) == (0, 6, 0)
    assert "cluster" not in report.seconds and report.tasks == {}  # never started
    assert (out / "manifest.json").read_bytes() == made
    _capped_marks_come_from_every_part(out)


def _capped_marks_come_from_every_part(dataset: Path) -> None:
    """More matches than marked: each part of the split index gives its share (fts_spread), so
    the marks are not the lowest ids of the first part alone."""
    conn = sqlite3.connect(dataset / "search.sqlite")
    try:
        by_part = {
            name: {
                r for (r,) in conn.execute(f"SELECT rowid FROM {name} WHERE {name} MATCH 'since'")
            }
            for name, _rows in _parts(dataset)
        }
    finally:
        conn.close()
    assert all(len(rowids) > 2 for rowids in by_part.values())
    store = open_store(dataset)
    try:
        capped = store.search("since", 0, 4)
    finally:
        store.close()
    marked = set(capped.marked.tolist())
    assert capped.sampled_of >= sum(len(r) for r in by_part.values())
    assert all(marked & rowids for rowids in by_part.values())
