"""Every `dated_sentences` output of the shared corpora and the bench sets, as text: to check
that a speed-up changes no output (issue 13).

    python bench/dump_dated.py /tmp/before.txt      # then change the code, and
    python bench/dump_dated.py /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt

Dates every document of TBAQ and TimeSET-dev (read as `bench/event_eval.py` reads them) and of
each `bench/data/*.json` set (in its own language) and writes the repr of each `DatedSentence`,
and each event row `db.ingest.events.sentence_events` makes of them. `--skip NAME` (repeatable)
leaves out the set `bench/data/NAME.json` (a set held back for a later evaluation).
`bench/dump_events.py` covers the import's rows of TBAQ, the Global Voices posts and the sample.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_eval import load_dir  # noqa: E402

from db.dates import dated_sentences  # noqa: E402
from db.ingest.events import sentence_events  # noqa: E402

BENCH = Path(__file__).resolve().parent
SHARED = BENCH.parent.parent / "shared" / "data"


def _docs(skip: list[str]):
    for name in ("tbaq", "timeset-dev"):
        for doc in load_dir(SHARED / name):
            yield f"{name}/{doc.name}", doc.text, doc.dct, "en"
    for path in sorted((BENCH / "data").glob("*.json")):
        if path.stem in skip:
            continue
        for k, d in enumerate(json.loads(path.read_text(encoding="utf-8"))["documents"]):
            dct = dt.date.fromisoformat(d["dct"]) if d.get("dct") else None
            yield f"{path.stem}/{k}", d["text"], dct, d.get("lang", "en")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--skip", action="append", default=[])
    args = ap.parse_args(argv)
    n = 0
    with args.out.open("w", encoding="utf-8") as f:
        for name, text, dct, lang in _docs(args.skip):
            items = dated_sentences(text, dct, lang)
            f.write(f"## {name}\n")
            f.writelines(f"{d!r}\n" for d in items)
            for row in sentence_events(text, items, article_id=0, lane=""):
                f.write(f"{row!r}\n")
            n += 1
    print(f"{n} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
