"""An import on Dask leaves each full-text index of the dataset's search sidecar in one segment,
as the SQLite import leaves a timeline database's (db.ingest.search_segments): built in pieces,
joined, then extended by a later import, a search still reads one list of each word an index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.archive import dataset as ds
from db.archive.search import fts_tables
from db.ingest.search_segments import segments
from tests.db.cluster.test_incremental import _import, files  # noqa: F401


def _segments(out: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{out / ds.SEARCH}?mode=ro", uri=True)
    try:
        tables = fts_tables(lambda sql: conn.execute(sql).fetchall())
        return {table: segments(conn, table) for table in tables}
    finally:
        conn.close()


def test_every_index_of_the_sidecar_is_one_segment(files, tmp_path):  # noqa: F811
    out = tmp_path / "dataset"
    assert _import(out, files["root"] / "first") == 0
    first = _segments(out)
    assert set(first) >= {"events_fts", "articles_fts", "captions_fts"}
    assert all(n == 1 for n in first.values()), first
    assert _import(out, files["root"] / "later") == 0  # the sidecar extended
    assert all(n == 1 for n in _segments(out).values()), _segments(out)
