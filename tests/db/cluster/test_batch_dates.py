"""A Dask batch dates its articles as the SQLite import does: an article with neither
`--published` nor a dateline takes the date of its folder or file name, so its publication
event and its relative dates ("on Tuesday", "last month") are there, as in the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyarrow.parquet as pq

from db.cluster.batch import ARTICLES, BatchSpec, import_batch
from db.cluster.parts import file_hash, part_file
from db.ingest.importers import import_articles

HARBOUR = """News / Ports / Greece

Harbour workers end strike at Piraeus

Dock workers at Piraeus returned to work on Tuesday after a walkout that began last month.

The union said talks with the port operator would resume next week.
"""

FERRY = """News / Islands

Ferry runs aground off Naxos

A ferry carrying 300 passengers ran aground off Naxos on Wednesday, the coast guard said.
"""

COLUMNS = ("title", "start", "end", "precision", "status", "lane")


def _files(root: Path) -> list[Path]:
    day = root / "2021" / "03" / "11"  # a Thursday, in the folders
    day.mkdir(parents=True)
    (day / "harbour.txt").write_text(HARBOUR, "utf-8")
    (root / "2020-06-05-ferry.txt").write_text(FERRY, "utf-8")  # a Friday, in the file name
    return [day / "harbour.txt", root / "2020-06-05-ferry.txt"]


def test_a_batch_dates_articles_by_their_folder_or_file_name(tmp_path):
    files = _files(tmp_path / "in")
    reference = tmp_path / "reference.db"
    import_articles(reference, files)
    with sqlite3.connect(reference) as db:
        expected = sorted(db.execute(f"SELECT {', '.join(COLUMNS)} FROM events").fetchall())

    out = tmp_path / "dataset"
    spec = BatchSpec(1, str(out), ARTICLES, tuple((str(f), file_hash(f)) for f in files))
    result = import_batch(spec)
    events = pq.read_table(part_file(out, 1, "events"), columns=list(COLUMNS)).to_pylist()
    got = sorted(tuple(row[c] for c in COLUMNS) for row in events)

    assert result.done.imported == 2 and not result.done.failed
    assert got == expected
    starts = {title: start for title, start, *_ in got}
    assert starts["Harbour workers end strike at Piraeus"] == "2021-03-11"  # its publication
    assert starts["Ferry runs aground off Naxos"] == "2020-06-05"
    assert "2021-03-09" in starts.values()  # "on Tuesday", from the folder's Thursday
    assert "2020-06-03" in starts.values()  # "on Wednesday", from the file name's Friday
