"""Every event row of a full import of the bench corpora, as JSON: to check that a speed-up
changes no output.

    python bench/dump_events.py OUT.json [--tbaq ../shared/data/tbaq]
    cmp before.json after.json

Imports the TBAQ texts, the Global Voices posts and the sample article (as bench/import_bench.py
reads them) into one fresh database, in that order, and writes each event's columns (title,
start, end, precision, status, provenance, data, story_id, spans, keys...) ordered by id, and
the captions' and articles' rows (but the time of import).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import ROOT, globalvoices_files, sample_files, tbaq_files  # noqa: E402

from db.ingest.importers import import_articles  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--tbaq", type=Path, default=ROOT.parent / "shared" / "data" / "tbaq")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        (scratch / "gv").mkdir()
        (scratch / "tbaq").mkdir()
        items = tbaq_files(args.tbaq, scratch / "tbaq") if args.tbaq.exists() else []
        items += globalvoices_files(scratch / "gv") + sample_files()
        db = scratch / "all.db"
        report = import_articles(db, items)
        conn = sqlite3.connect(db)
        conn.row_factory = sqlite3.Row
        dump = {
            table: [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
            for table in ("events", "captions", "articles")
        }
        conn.close()
        for article in dump["articles"]:
            del article["imported_at"]  # the clock, not the import's output
            origin = (article["origin"] or "").replace(tmp, "TMP")  # a new one a run
            article["origin"] = origin.replace(str(ROOT), "ROOT")
    args.out.write_text(json.dumps(dump, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{report.imported} articles, {len(dump['events'])} events -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
