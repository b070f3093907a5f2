"""Events of the demo's Global Voices posts (Spanish, French, Italian): how many, how long their
titles, which statuses, and a random sample to read by eye.

    python bench/foreign_events.py [--sample 30] [--seed 1] [--captions] [--dump OUT.tsv]

Imports the posts (as bench/import_bench.py reads them) into a fresh database and prints the
event count (publication events aside), the mean title length, the statuses, and `--sample` random
events, each with its date, status, title and the text it was found in, to check that the date,
title and status are right. `--captions` samples only events of photo captions and tweet-like
short lines. `--dump` writes every event as TSV (date, status, language, title, sentence).
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import globalvoices_files  # noqa: E402

from db.dates.foreign_names import names_no_happening  # noqa: E402
from db.ingest.importers import import_articles  # noqa: E402

_WHILE = re.compile(r"(?i)(?<![\w'’])(?:mentre|mientras|alors\s+qu|tandis\s+qu|pendant\s+qu)")
_WHILE_BEFORE = re.compile(r"(?i)(?:mentre|mientras|qu['’e])\s*\S?$")

_QUERY = """
SELECT e.id, e.title, e.start, e.end, e.precision, e.status, e.kind, e.caption_id,
       e.span_start, e.span_end, a.published, a.origin,
       COALESCE(c.text, a.body) AS source
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN captions c ON c.id = e.caption_id
WHERE e.kind != 'publication'
ORDER BY e.id
"""


def events(db: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(_QUERY).fetchall()
    finally:
        conn.close()


def context(row: sqlite3.Row, width: int = 160) -> str:
    text, b, e = row["source"] or "", row["span_start"], row["span_end"]
    if b is None or e is None:
        return text[:width]
    return " ".join(text[max(0, b - 40) : e + 40].split())[: width + 80]


def bad_titles(rows: list[sqlite3.Row]) -> dict[str, int]:
    """How many titles are a "while" clause, and how many only names or a credit."""
    counts = {"while clause": 0, "names or credit only": 0}
    for r in rows:
        title, source = r["title"] or "", r["source"] or ""
        at = source.find(title[1:25]) if len(title) > 25 else -1
        before = source[max(0, at - 16) : at] if at > 0 else ""
        if _WHILE.search(title) or (_WHILE.search(before) and _WHILE_BEFORE.search(before)):
            counts["while clause"] += 1
        if names_no_happening(title):
            counts["names or credit only"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--captions", action="store_true")
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        db = scratch / "gv.db"
        import_articles(db, globalvoices_files(scratch))
        rows = events(db)
    kinds = Counter(r["kind"] for r in rows)
    statuses = Counter(r["status"] for r in rows)
    mean = sum(len(r["title"]) for r in rows) / max(1, len(rows))
    print(f"events: {len(rows)} {dict(kinds)}")
    print(f"mean title length: {mean:.1f} characters")
    print(f"statuses: {dict(statuses)}")
    print(f"bad titles: {bad_titles(rows)}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for r in rows:
                lang = (r["origin"] or "").split("/")[-4:-3]
                out.write(
                    "\t".join(
                        [r["start"], r["status"] or "", *lang, r["title"], context(r)]
                    ).replace("\n", " ")
                    + "\n"
                )
    pool = [r for r in rows if r["caption_id"] is not None] if args.captions else rows
    for r in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
        print(
            f"\n#{r['id']} {r['start']}..{r['end']} ({r['precision']}) {r['status']}"
            f" published {r['published']}"
        )
        print(f"  title: {r['title']}")
        print(f"  text:  {context(r)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
