"""A Dask batch dates its articles as the SQLite import does: an article with neither
`--published` nor a dateline takes the date of its folder or file name, so its publication
event and its relative dates ("on Tuesday", "last month") are there, as in the database; and
it says where each date came from and what an article without one left undated, as the SQLite
import's report does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyarrow.parquet as pq

from db.cluster.batch import ARTICLES, BatchSpec, import_batch
from db.cluster.parts import file_hash, part_file
from db.ingest.importers import import_articles
from db.ingest.published import PATH

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
    (root / "ferry-again.txt").write_text(FERRY.replace("300", "280"), "utf-8")  # no date
    return [day / "harbour.txt", root / "2020-06-05-ferry.txt", root / "ferry-again.txt"]


def test_a_batch_dates_articles_by_their_folder_or_file_name(tmp_path):
    files = _files(tmp_path / "in")
    reference = tmp_path / "reference.db"
    report = import_articles(reference, files)
    with sqlite3.connect(reference) as db:
        expected = sorted(db.execute(f"SELECT {', '.join(COLUMNS)} FROM events").fetchall())

    out = tmp_path / "dataset"
    spec = BatchSpec(1, str(out), ARTICLES, tuple((str(f), file_hash(f)) for f in files))
    result = import_batch(spec)
    events = pq.read_table(part_file(out, 1, "events"), columns=list(COLUMNS)).to_pylist()
    got = sorted(tuple(row[c] for c in COLUMNS) for row in events)

    assert result.done.imported == 3 and not result.done.failed
    assert got == expected
    assert result.done.dates_from == report.dates_from == {PATH: 2, "none": 1}
    assert result.done.notes == report.notes
    assert [(Path(f).name, note) for f, note in result.done.notes] == [
        ("ferry-again.txt", "1 relative date left unresolved: no publication date")
    ]
    starts = {title: start for title, start, *_ in got}
    assert starts["Harbour workers end strike at Piraeus"] == "2021-03-11"  # its publication
    assert starts["Ferry runs aground off Naxos"] == "2020-06-05"
    assert "2021-03-09" in starts.values()  # "on Tuesday", from the folder's Thursday
    assert "2020-06-03" in starts.values()  # "on Wednesday", from the file name's Friday
