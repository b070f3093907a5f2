"""`timeline-viewer import --engine dask` on a real LocalCluster of two worker processes on
127.0.0.1: the dataset holds the events a plain SQLite import of the same files holds (the same
manifest counts, partitions and pyramid as that database converted), a re-run imports nothing,
and a killed import resumes from the parts it recorded."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.archive import search_records, upgrade
from db.archive.convert import convert
from db.archive.store import DatasetStore
from db.cluster.batch import ARTICLES, BatchSpec, import_batch
from db.cluster.cli import main
from db.cluster.parts import PartsManifest, batch_dir, file_hash
from db.ingest.importers import import_articles, import_events
from db.opening import open_store
from db.store.frame import FrameQuery
from db.store.model import IMPRECISE, ExportFilter
from tests.conftest import SAMPLE_ARTICLE
from tests.db.archive.test_id_index import _same_answers

LANES = ("Syria", "Libya", "Iraq", "Yemen")
PUBLISHED = "2019-12-23"


def _write_articles(folder: Path, n: int) -> None:
    """n variations of the sample article: lane, caption date, headline, "since" year."""
    sample = SAMPLE_ARTICLE.read_text("utf-8")
    folder.mkdir()
    for i in range(n):
        day = dt.date(2019, 1, 1) + dt.timedelta(days=9 * i)
        text = re.sub(r"/(\s+)Syria(\s+)/", rf"/\g<1>{LANES[i % 4]}\g<2>/", sample, count=1)
        text = text.replace("October 24, 2019", day.strftime("%B %d, %Y"))
        text = text.replace("Turkish delegation in Russia", f"Turkish delegation {i} in Russia")
        text = text.replace("since 2011", f"since {1990 + i % 30}")
        (folder / f"article-{i:03d}.txt").write_text(text, "utf-8")
    # The same bytes twice, and the same article in other bytes (another batch): imported once.
    (folder / "copy-of-article-007.txt").write_bytes((folder / "article-007.txt").read_bytes())
    crlf = (folder / "article-012.txt").read_text("utf-8").replace("\n", "\r\n")
    (folder / "crlf-article-012.txt").write_bytes(crlf.encode("utf-8"))


def _write_table(path: Path, records: range = range(12)) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "start", "end", "precision", "lane", "text", "source",
                    "headline", "url"])  # fmt: skip
        for i in records:
            w.writerow([i, f"Record {i}", f"2018-{1 + i % 12:02d}-03", "", "day", "Table",
                        f"text {i}", "Wire", f"Report {i % 3}", ""])  # fmt: skip
        if records.start:
            return  # a second table, whose first record the first table has
        w.writerow([12, "Undated", "", "", "", "Table", "", "", "", ""])  # reported, skipped
        # The same record again: imported once.
        w.writerow(
            [13, "Record 1", "2018-02-03", "", "day", "Table", "text 1", "Wire", "Report 1", ""]
        )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """The files, and the dataset of a plain SQLite import of them (converted)."""
    root = tmp_path_factory.mktemp("dask-inputs")
    _write_articles(root / "articles", 100)
    _write_table(root / "table.csv")
    _write_table(root / "table2.csv", range(11, 15))
    (root / "empty.txt").write_text("", "utf-8")
    reference = root / "reference.db"
    published = dt.date.fromisoformat(PUBLISHED)
    report = import_articles(
        reference,
        sorted((root / "articles").iterdir()) + [root / "empty.txt"],
        published=published,
    )
    assert (report.imported, report.skipped_duplicates, len(report.failed)) == (100, 2, 1)
    import_events(reference, root / "table.csv")
    report = import_events(reference, root / "table2.csv")
    assert (report.imported, report.skipped_duplicates) == (3, 1)
    convert(reference, root / "reference")
    return {"root": root, "articles": root / "articles", "reference": root / "reference"}


def _events(path: Path) -> list[tuple]:
    store = open_store(path)
    try:
        return sorted(
            (
                r["title"],
                r["start"],
                r["end"],
                r["precision"],
                r["lane"],
                r["kind"],
                r["headline"],
                r["caption"],
            )
            for r in store.export_records(ExportFilter())
        )
    finally:
        store.close()


def _term_counts(dataset: Path) -> list[tuple]:
    """The search sidecar's stored term counts (db.store.fts_rank), which rank its hits."""
    import sqlite3

    conn = sqlite3.connect(dataset / "search.sqlite")
    try:
        return conn.execute("SELECT tbl, term, docs FROM fts_terms ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def _same_dataset(got: Path, reference: Path) -> None:
    import json

    mine, theirs = (json.loads((p / "manifest.json").read_text()) for p in (got, reference))
    for key in ("counts", "lanes", "lane_events", "lane_spans", "span", "partitions",
                "long_partitions", "event_columns", "sources", "source_events",
                "source_spans", "negated_events", "lane_spans_shown",
                "source_spans_shown"):  # fmt: skip
        assert mine[key] == theirs[key], key
    # the pyramids by lane, by source and of negated events alike
    for file in sorted(p for p in (reference / "pyramid").rglob("*") if p.is_file()):
        name = file.relative_to(reference)
        assert (got / name).read_bytes() == file.read_bytes(), name
    assert _events(got) == _events(reference)
    assert not list((got / "parts").glob("*sidecar-*")), "the sidecar's pieces are removed"
    assert _term_counts(got) == _term_counts(reference)  # an extended sidecar's too
    store, theirs = open_store(got), open_store(reference)
    try:
        # the flag bits too (planned, negated, placed around the publication day: imprecise)
        flags = [sorted(s.query_all("title, start_key, flags", "true")) for s in (store, theirs)]
        assert flags[0] == flags[1] and any(f & IMPRECISE for _t, _k, f in flags[0])
        hits = store.search("Erdogan")
        assert len(hits.hits) == len(theirs.search("Erdogan").hits) > 100
        # The same hits in the same order (the sidecar is built in pieces by the workers).
        for word in ("Erdogan", "delegation", "Record", "Report"):
            found = [
                [(h.start_key, h.title, h.headline, h.snippet) for h in s.search(word).hits]
                for s in (store, theirs)
            ]
            assert found[0] == found[1], word
        assert len(hits.marked) == len(theirs.search("Erdogan").marked)
        mine_hit, their_hit = (s.search("Erdogan").hits[-1].event_id for s in (store, theirs))
        event, their_event = store.event(mine_hit), theirs.event(their_hit)
        assert event is not None and event.article is not None
        assert their_event is not None and their_event.article is not None
        assert (event.title, event.text, event.span) == (
            their_event.title, their_event.text, their_event.span
        )  # fmt: skip
        # How its date was found and its status travel through the Dask import too.
        assert event.provenance is not None
        assert (event.status, event.provenance) == (their_event.status, their_event.provenance)
        assert event.article.body == their_event.article.body and event.article.captions
        assert [b.title for b in store.article_events(event.article.id)] == [
            b.title for b in theirs.article_events(their_event.article.id)
        ]
    finally:
        store.close()
        theirs.close()


def test_import_matches_a_sqlite_import_and_a_rerun_adds_nothing(inputs, tmp_path, capsys):
    out = tmp_path / "dataset"
    args = ["--engine", "dask", "--workers", "2", "--published", PUBLISHED, str(out)]
    code = main(
        [*args, str(inputs["articles"]), str(inputs["root"] / "table.csv"),
         str(inputs["root"] / "table2.csv"), str(inputs["root"] / "empty.txt")]
    )  # fmt: skip
    said = capsys.readouterr().out
    assert code == 1, said  # the empty file
    assert "imported 115, skipped 4 duplicates, 0 already in the dataset, failed 2" in said
    assert "empty.txt is empty." in said and "table.csv:line 14: no start date" in said
    _same_dataset(out, inputs["reference"])
    assert _same_answers(out) > 0  # its records by id place the hits DuckDB reads
    # Its sidecar indexes every event: no records of the indexed events apart (the main ones
    # are as compact), and nothing for `timeline-viewer upgrade` to add.
    assert not (out / search_records.RECORDS).exists() and upgrade.upgrade(out) == []

    made = (out / "manifest.json").read_bytes()
    assert main([*args, str(inputs["articles"]), str(inputs["root"] / "table.csv")]) == 0
    said = capsys.readouterr().out
    assert "imported 0, skipped 0 duplicates, 103 already in the dataset, failed 0" in said
    assert "nothing new" in said
    assert (out / "manifest.json").read_bytes() == made
    # Nothing new is found from the inputs' hashes without importing the importers (the date
    # finder), Arrow, DuckDB, Dask, numpy or the progress bar: a fresh process says what it loaded.
    again = [*args, str(inputs["articles"]), str(inputs["root"] / "table.csv")]
    heavy = ("db.dates", "db.ingest.article_import", "pyarrow", "duckdb", "distributed", "numpy",
             "rich")  # fmt: skip
    script = (
        f"import sys; from db.cluster.cli import main; code = main({again!r}); "
        f"print(code, [m for m in {heavy!r} if m in sys.modules])"
    )
    root = Path(__file__).resolve().parents[3]
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=root, env={**os.environ, "PYTHONPATH": str(root)})  # fmt: skip
    assert ran.stdout.splitlines()[-1] == "0 []", ran.stdout + ran.stderr


def test_a_killed_import_resumes_from_the_parts_it_recorded(inputs, tmp_path, capsys):
    """The first batch was done and recorded, the second one's worker was killed halfway (a
    temp file and a part left behind, not recorded) and the import while it recorded it (half a
    line in the parts manifest): the next run does only the rest."""
    out = tmp_path / "dataset"
    files = sorted(inputs["articles"].iterdir())
    first = tuple((str(p), file_hash(p)) for p in files[:50])
    parts = PartsManifest(out)
    published = dt.date.fromisoformat(PUBLISHED)
    done = import_batch(BatchSpec(1, str(out), ARTICLES, first, published=published))
    parts.record(done.done)
    with open(parts.path, "a", encoding="ascii") as f:
        f.write('{"batch": 2, "files": [["/x')  # its record, cut short by the kill
    # and its compaction's half-written sidecar piece (a task killed as it wrote)
    (out / "parts" / "..sidecar-events.sqlite.tmp-999").write_bytes(b"SQLite half")
    half = batch_dir(out, 2)
    half.mkdir()
    (half / ".events.parquet.tmp-999").write_bytes(b"PAR1 half")
    (half / "articles.parquet").write_bytes(b"not a whole part")

    code = main(
        ["--engine", "dask", "--workers", "2", "--published", PUBLISHED, str(out),
         str(inputs["articles"]), str(inputs["root"] / "table.csv"),
         str(inputs["root"] / "table2.csv")]
    )  # fmt: skip
    said = capsys.readouterr().out
    assert code == 1, said  # the table's undated record
    assert "imported 65, skipped 3 duplicates, 51 already in the dataset, failed 1" in said
    assert not half.exists() or sorted(p.name for p in half.iterdir()) == [
        "articles.parquet", "captions.parquet", "events.parquet", "pyramid.npz"
    ]  # fmt: skip
    # 50 articles; the other 50 and the article in other bytes, in two batches a worker of
    # even sizes; the two tables
    done = PartsManifest(out).done
    assert sorted(done) == [1, 2, 3, 4, 5, 6, 7]
    assert [len(done[b].files) for b in range(1, 8)] == [50, 13, 13, 13, 12, 1, 1]
    _same_dataset(out, inputs["reference"])


def test_the_report_times_each_phase_and_the_workers_tasks(inputs, tmp_path, monkeypatch):
    """What bench/import_bench.py reads the serial part of an import from: the client's phases
    and the workers' tasks by kind (the search sidecar's pieces among them), each once. A
    LocalCluster's inputs are hashed by the client while the cluster starts (no hash tasks),
    and the last files are cut into two batches a worker of even sizes. Compaction writes the
    records of the events the sidecar indexes, apart, itself (here asked for whatever share
    it indexes, as a sidecar indexing a sample would have them): no upgrade is needed."""
    from db.cluster.planning import batch_sizes
    from db.cluster.run import Options, import_dataset

    monkeypatch.setattr(search_records, "FEWEST_LEFT_OUT", 1.0)  # written whatever is indexed
    files = sorted(inputs["articles"].iterdir())[:12]
    options = Options(published=dt.date.fromisoformat(PUBLISHED), workers=2, batch_size=5)
    report = import_dataset(tmp_path / "dataset", files, options=options)
    assert batch_sizes(12, 5, 2) == [3, 3, 3, 3]
    assert report.imported == 12 and report.batches == 4
    for phase in ("start", "cluster", "plan", "map", "compact_stage", "compact_wait",
                  "compact_sidecar_wait", "compact_search_records", "compact",
                  "close"):  # fmt: skip
        assert report.seconds[phase] >= 0, phase
    _records_written_apart(tmp_path / "dataset")
    tasks = {kind: n for kind, (n, _summed, _longest) in report.tasks.items()}
    assert "hash" not in tasks and tasks["import"] == 4
    assert tasks["compact-search-events"] == tasks["compact-search-texts"] == 1  # (few events:
    assert tasks["compact-search-dates"] == 1  # the events' index in one part)
    assert tasks["compact-pyramid"] == tasks["compact-articles"] == 1 and tasks["compact-year"]
    assert not list((tmp_path / "dataset" / "parts").glob("*sidecar-*"))
    done = PartsManifest(tmp_path / "dataset").done
    assert [len(done[b].files) for b in sorted(done)] == [3, 3, 3, 3]


def _records_written_apart(out: Path) -> None:
    """The indexed events' records apart are current, written under temporary names, and place
    a search's hits as the main records by id do; upgrade has nothing to add."""
    import json
    import math

    import numpy as np

    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest[search_records.ENTRY]["events"] == manifest["counts"]["events"]
    assert search_records.is_current(out, manifest)
    assert not [p for p in out.iterdir() if ".tmp" in p.name]
    assert upgrade.upgrade(out) == []
    apart, main = DatasetStore(out), DatasetStore(out)
    try:
        assert apart.search_records is not None and main.search_records is not None
        main.search_records = None  # placed from the main records by id
        marked = apart.search("Erdogan", 0, 50_000).marked
        placed = [s.frame(FrameQuery()).select(marked, -math.inf, math.inf) for s in (apart, main)]
        assert len(marked) > 20 and np.array_equal(placed[0][0], placed[1][0])
        assert np.array_equal(placed[0][1].ids, placed[1][1].ids) and len(placed[0][1].ids)
    finally:
        apart.close()
        main.close()
