"""`timeline-viewer convert DB OUT_DIR`: a timeline database into a dataset folder.

`main(argv)` takes the arguments after "convert": 0 when the dataset was written (or was already
this database's), 1 when it could not be, 2 for a usage error.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

from db.command_line import Parser, parse_command
from db.errors import TimelineError
from db.formats.reading import replace_surrogates

PROG = "timeline-viewer convert"


def parser() -> Parser:
    p = Parser(
        prog=PROG,
        description="Convert a timeline database into a dataset folder (Parquet by year, a "
        "count pyramid, a search sidecar) that the viewer opens like the database.",
    )
    p.add_argument("db", metavar="DB", type=Path, help="the timeline database (.db)")
    p.add_argument("out", metavar="OUT_DIR", type=Path, help="the dataset folder (new or empty)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from db.archive.convert import convert
    from db.terminal_progress import stage_bars

    code, args = parse_command(PROG, parser(), argv)
    if args is None:
        return code or 0
    started = time.perf_counter()
    try:
        with stage_bars() as progress:
            manifest = convert(args.db, args.out, progress)
    except TimelineError as exc:
        print(f"{PROG}: {replace_surrogates(str(exc))}", file=sys.stderr)
        return 1
    counts = manifest["counts"]
    if manifest.get("unchanged"):
        print(f"{args.out} already holds the dataset of {args.db.name}: nothing to do")
    else:
        print(
            f"{counts['events']} events ({counts['long']} long), {counts['articles']} articles "
            f"in {len(manifest['lanes'])} lanes written to {args.out} "
            f"in {time.perf_counter() - started:.1f} s"
        )
    if counts["skipped"]:
        print(f"  {counts['skipped']} events without a usable id or start key left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
