"""Instruction count of a slice of a corpus's extraction or import, under callgrind: a figure for
speed work that a loaded machine does not move (CPU seconds do; issue 13).

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/ic.out \\
        --collect-atstart=no --toggle-collect='*qsort*' \\
        .venv/bin/python bench/instruction_count.py [--corpus tbaq] [--step extract]
    callgrind_annotate /tmp/ic.out | head    # "PROGRAM TOTALS": the instructions counted

Reads the corpus as bench/import_bench.py does, runs --warm-up items first (start-up, the
grammar's compiled patterns and every per-process cache filled), then the measured items
(--first up to --first + --count) inside the comparator of a libc `qsort` of two numbers, so that
`--toggle-collect='*qsort*'` counts that part alone. Without valgrind it runs the same steps (a
quick check that the command works). `PYTHONHASHSEED=0` keeps set and dict orders, and so the
count, the same from run to run (within about 0.1%).

Defaults as the twelfth to fifteenth sessions measured: TBAQ texts 20-59 extracted after texts
0-19 (--step import: the same imported into a fresh database, as the fourteenth session did);
--corpus globalvoices: the Global Voices posts 20-59 after posts 0-19.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import ROOT, extract, globalvoices_files, tbaq_files  # noqa: E402

from db.ingest.importers import import_articles  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Run under valgrind as shown at the top of bench/instruction_count.py.",
    )
    ap.add_argument("--corpus", choices=("tbaq", "globalvoices"), default="tbaq")
    ap.add_argument("--tbaq", type=Path, default=ROOT.parent / "shared" / "data" / "tbaq")
    ap.add_argument("--step", choices=("extract", "import"), default="extract")
    ap.add_argument("--warm-up", type=int, default=20, help="items run first, not counted")
    ap.add_argument("--first", type=int, default=20, help="the first measured item")
    ap.add_argument("--count", type=int, default=40, help="how many items are measured")
    args = ap.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="instruction-count-"))
    if args.corpus == "tbaq":
        items = tbaq_files(args.tbaq, scratch)
    else:
        items = globalvoices_files(scratch)
    measured = items[args.first : args.first + args.count]
    if not measured:
        ap.error(f"no items from {args.first} in {len(items)}")

    def run(part: list) -> Any:
        if args.step == "extract":
            return extract(part)
        db = scratch / f"import-{len(list(scratch.glob('*.db')))}.db"
        report = import_articles(db, part)
        return report.imported, report.events

    run(items[: args.warm_up])
    done: list[Any] = []

    def compare(_a: int, _b: int) -> int:
        if not done:  # qsort may compare more than once: run the measured part once
            done.append(run(measured))
        return 0

    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    comparator = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(compare)
    pair = (ctypes.c_int * 2)(1, 2)
    libc.qsort(pair, 2, ctypes.sizeof(ctypes.c_int), comparator)
    print(f"{args.corpus} {args.step}: items {args.first}-{args.first + len(measured) - 1}", done)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
