"""`timeline-viewer upgrade` (db.archive.upgrade) brings a dataset written before the term counts
and the events by id up to date: it then searches and marks as a freshly converted one does, a
second run changes no byte, the Parquet files are never written, and a folder that is not a
dataset it reads is refused with exit code 1."""

from __future__ import annotations

import datetime
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.archive import dataset, id_index
from db.archive.convert import convert
from db.archive.store import DatasetStore
from db.archive.upgrade import UpgradeError, main, upgrade
from db.ingest.importers import import_articles
from db.store import fts_rank
from tests.conftest import SAMPLE_ARTICLE
from tests.db.archive.test_store import _make_db


def _old_style(fresh: Path, old: Path) -> None:
    """A copy of dataset `fresh` as an earlier version wrote it: no term counts nor publication
    index, FTS5 indexes of several segments, no events by id."""
    shutil.copytree(fresh, old)
    conn = sqlite3.connect(old / dataset.SEARCH)
    try:
        with conn:
            conn.execute(f"DROP TABLE {fts_rank.TERMS}")
            conn.execute("DROP INDEX events_publication")
            rewritten = (("events_fts", "title, text"), ("articles_fts", "headline, body"))
            for table, columns in rewritten:
                # rows written again (same rowids and texts) land in new segments
                rows = conn.execute(
                    f"SELECT rowid, {columns} FROM {table} WHERE rowid % 3 = 0"
                ).fetchall()
                conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(r[0],) for r in rows])
                conn.executemany(f"INSERT INTO {table} (rowid, {columns}) VALUES (?, ?, ?)", rows)
        conn.execute("VACUUM")
    finally:
        conn.close()
    (old / id_index.RECORDS).unlink()
    manifest = dataset.read_manifest(old)
    del manifest["id_index"]
    dataset.write_manifest(old, manifest)


def _segments(folder: Path, table: str) -> int:
    conn = sqlite3.connect(folder / dataset.SEARCH)
    try:
        return conn.execute(f"SELECT count(DISTINCT segid) FROM {table}_idx").fetchone()[0]
    finally:
        conn.close()


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _words(folder: Path) -> list[str]:
    """The sidecar's most common terms, a prefix of each, two words and an FTS5 phrase."""
    conn = sqlite3.connect(folder / dataset.SEARCH)
    try:
        terms = [
            t
            for (t,) in conn.execute(
                f"SELECT term FROM {fts_rank.TERMS} WHERE length(term) > 3 "
                "GROUP BY term ORDER BY sum(docs) DESC, term LIMIT 6"
            )
        ]
    finally:
        conn.close()
    return [*terms, *(t[:3] for t in terms), f"{terms[0]} {terms[1]}", f'"{terms[2]}"']


@pytest.fixture(params=["synthetic", "articles"])
def source_db(request, tmp_path) -> Path:
    path = tmp_path / "source.db"
    if request.param == "synthetic":  # with gaps in its ids: the sorted ids are written too
        _make_db()(path, 1200, 4, seed=7, years=6)
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM events WHERE id % 7 = 0")
    else:  # an imported article: publication events
        import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    return path


def test_an_old_dataset_upgraded_searches_as_a_fresh_one_and_a_second_run_changes_nothing(
    source_db, tmp_path
):
    fresh, old = tmp_path / "fresh", tmp_path / "old"
    convert(source_db, fresh)
    _old_style(fresh, old)
    assert _segments(old, "events_fts") > 1
    parquet = {k: v for k, v in _digests(old).items() if k.endswith(".parquet")}

    steps = upgrade(old)

    assert [s.file for s in steps] == [dataset.SEARCH, id_index.RECORDS]
    assert "term counts" in steps[0].what and "publication index" in steps[0].what
    assert all(s.size > 0 for s in steps)
    assert {k: v for k, v in _digests(old).items() if k.endswith(".parquet")} == parquet
    assert _segments(old, "events_fts") == _segments(old, "articles_fts") == 1
    manifest, expected = dataset.read_manifest(old), dataset.read_manifest(fresh)
    assert manifest["id_index"] == expected["id_index"]
    for name in (id_index.RECORDS, id_index.IDS):
        assert (old / name).exists() == (fresh / name).exists()
        if (fresh / name).exists():
            assert (old / name).read_bytes() == (fresh / name).read_bytes()
    conn = sqlite3.connect(old / dataset.SEARCH)
    try:
        terms = conn.execute(f"SELECT * FROM {fts_rank.TERMS} ORDER BY 1, 2").fetchall()
    finally:
        conn.close()
    conn = sqlite3.connect(fresh / dataset.SEARCH)
    try:
        assert terms == conn.execute(f"SELECT * FROM {fts_rank.TERMS} ORDER BY 1, 2").fetchall()
    finally:
        conn.close()

    mine, theirs = DatasetStore(old), DatasetStore(fresh)
    try:
        assert mine.id_index is not None
        for words in _words(fresh):
            for limit, marks in ((50, 0), (0, 50_000), (3, 10)):
                a, b = mine.search(words, limit, marks), theirs.search(words, limit, marks)
                assert (a.hits, a.fallback, a.marked.tolist()) == (
                    b.hits,
                    b.fallback,
                    b.marked.tolist(),
                ), words
        assert any(mine.search(w, 50, 0).hits for w in _words(fresh))
    finally:
        mine.close()
        theirs.close()

    before = _digests(old)
    assert upgrade(old) == []
    assert _digests(old) == before


def test_wide_records_by_id_are_written_again_narrow_and_mark_the_same(source_db, tmp_path):
    fresh, old = tmp_path / "fresh", tmp_path / "old"
    convert(source_db, fresh)
    shutil.copytree(fresh, old)
    manifest = dataset.read_manifest(old)
    manifest["id_index"] = id_index.write(old, manifest, narrow=False)  # as written before
    dataset.write_manifest(old, manifest)
    wide = id_index.IdIndex.open(old, manifest)
    assert wide is not None and not wide.narrow
    del wide

    steps = upgrade(old)

    assert [(s.what, s.file) for s in steps] == [("events by id, narrowed", id_index.RECORDS)]
    assert dataset.read_manifest(old)["id_index"] == dataset.read_manifest(fresh)["id_index"]
    assert (old / id_index.RECORDS).read_bytes() == (fresh / id_index.RECORDS).read_bytes()
    narrow = id_index.IdIndex.open(old, dataset.read_manifest(old))
    assert narrow is not None and narrow.records.dtype.itemsize == 15  # of 29
    del narrow
    assert upgrade(old) == []


def test_the_command_says_what_it_did_then_that_it_is_up_to_date(tmp_path, capsys):
    from viewer.cli import main as viewer_main

    db = tmp_path / "source.db"
    _make_db()(db, 300, 2, seed=1, years=2)
    convert(db, tmp_path / "fresh")
    _old_style(tmp_path / "fresh", tmp_path / "old")
    capsys.readouterr()
    assert viewer_main(["upgrade", str(tmp_path / "old")]) == 0
    out = capsys.readouterr().out
    assert "term counts" in out and "events by id" in out and "upgraded" in out
    assert " s\n" in out and "KB" in out  # sizes and times
    assert main([str(tmp_path / "old")]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main([str(tmp_path / "fresh")]) == 0  # converted now: nothing to add
    assert "up to date" in capsys.readouterr().out


def test_a_folder_that_is_not_a_dataset_it_reads_is_refused(tiny_db, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([str(empty)]) == 1
    assert "not a dataset folder" in capsys.readouterr().err
    assert main([str(tiny_db)]) == 1  # a database, not a folder
    assert "not a folder" in capsys.readouterr().err
    assert main([]) == 2  # usage
    assert "DATASET_DIR" in capsys.readouterr().err

    convert(tiny_db, tmp_path / "ds")
    manifest = json.loads((tmp_path / "ds" / dataset.MANIFEST).read_text())
    future = tmp_path / "future"
    shutil.copytree(tmp_path / "ds", future)
    (future / id_index.RECORDS).unlink()
    (future / dataset.MANIFEST).write_text(json.dumps({**manifest, "format_version": 99}))
    before = _digests(future)
    assert main([str(future)]) == 1
    assert "format version 99" in capsys.readouterr().err
    assert _digests(future) == before  # nothing written

    (future / dataset.MANIFEST).write_text(json.dumps({**manifest, "format": "other"}))
    with pytest.raises(UpgradeError, match="cannot be read"):
        upgrade(future)
    (future / dataset.MANIFEST).write_text(json.dumps(manifest))
    (future / dataset.SEARCH).unlink()
    with pytest.raises(UpgradeError, match="no search.sqlite"):
        upgrade(future)
