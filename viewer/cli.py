"""The `timeline-viewer` command. Subcommands that do not show a window never import Qt.

timeline-viewer [DB] [--screenshot OUT.png [--range A..B] [--select ID]] [--as-of DATE]
timeline-viewer import DB FILE... [--published YYYY-MM-DD] [--source NAME] [--lane NAME]
timeline-viewer import --engine dask [--scheduler tcp://HOST:8786] [--workers N] OUT_DIR INPUT...
timeline-viewer dates --dct YYYY-MM-DD [--language es] FILE
timeline-viewer build-demo [OUT.db] [--dataset OUT_DIR]
timeline-viewer convert DB OUT_DIR
timeline-viewer upgrade DATASET_DIR
timeline-viewer review DB EVENT_ID (--accept | --reject | --date VALUE | --title TEXT) [--note TEXT]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from db.timekeys import DateError, period

NO_DISPLAY = (
    "timeline-viewer: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
    "run it under a virtual display: xvfb-run -a make run  (or use --screenshot OUT.png)"
)


def parse_range(text: str) -> tuple[int, int]:
    """'2019-12-01..2019-12-31' -> keys from the start of the first to the end of the last."""
    first, sep, last = text.partition("..")
    if not sep:
        raise argparse.ArgumentTypeError(
            f"expected FROM..TO, e.g. 2019-12-01..2019-12-31: {text!r}"
        )
    try:
        start, end = period(first).start, period(last).end
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if end <= start:
        raise argparse.ArgumentTypeError(f"the range ends before it starts: {text!r}")
    return start, end


MAX_SIZE = 16384  # pixels a side: larger windows cannot be grabbed into one image


def window_size(text: str) -> tuple[int, int]:
    """'1400x860' -> (1400, 860); argparse shows the usage for anything else."""
    w, sep, h = text.lower().strip().partition("x")
    if not (sep and w.strip().isdecimal() and h.strip().isdecimal()):
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT in pixels, e.g. 1400x860: {text!r}"
        )
    width, height = int(w), int(h)
    if not (0 < width <= MAX_SIZE and 0 < height <= MAX_SIZE):
        raise argparse.ArgumentTypeError(f"each side from 1 to {MAX_SIZE} pixels: {text!r}")
    return width, height


def as_of(text: str) -> int:
    """'2019-12-22' (or '22 Dec 2019') -> the last second of that day: what was known then."""
    from viewer.reporting_text import as_of_key  # no Qt

    try:
        return as_of_key(text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def event_id(text: str) -> int:
    """An event id: an integer (one too large for SQLite is simply no event's)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an event id (an integer): {text!r}") from None


def viewer_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-viewer",
        description="Show a timeline database (the bundled demo when DB is omitted). "
        "Other commands: import, export, dates, build-demo, convert, upgrade, review (see README).",
    )
    parser.add_argument(
        "db", nargs="?", help="timeline database to show (read-only; default: the last one opened)"
    )
    parser.add_argument("--demo", action="store_true", help="show the bundled demo database")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="render the window to a PNG and exit"
    )
    parser.add_argument("--range", type=parse_range, metavar="FROM..TO", help="visible time range")
    parser.add_argument("--select", type=event_id, metavar="EVENT_ID", help="select an event")
    parser.add_argument(
        "--as-of",
        type=as_of,
        metavar="DATE",
        help="show only what was known on DATE: events first reported by its end",
    )
    parser.add_argument(
        "--review",
        action="store_true",
        help="start reviewing at once (Edit ▸ Start reviewing: a write connection for reviews)",
    )
    parser.add_argument(
        "--size",
        type=window_size,
        default="1400x860",
        metavar="WxH",
        help="window size for --screenshot",
    )
    return parser


def open_parser() -> argparse.ArgumentParser:
    """`timeline-viewer open DB --table T --title C --start C ...`: any SQLite table, read-only."""
    parser = viewer_parser()
    parser.prog = "timeline-viewer open"
    parser.description = (
        "Show a table of any SQLite file as events, read-only. Columns not given are found "
        "by their names; the choice is remembered for the file."
    )
    group = parser.add_argument_group("column mapping")
    group.add_argument("--table", help="the table (or view) holding the events")
    group.add_argument("--title", help="title column")
    group.add_argument("--start", help="start date column (ISO, text dates or Unix seconds)")
    group.add_argument("--end", help="end date column")
    group.add_argument("--lane", help="lane column")
    group.add_argument("--text", help="longer text column")
    return parser


def mapping_of(args: argparse.Namespace):
    """The TableMapping the options name, or None to let the columns be found by name."""
    if not (args.table and args.title and args.start):
        if any((args.table, args.title, args.start, args.end, args.lane, args.text)):
            if not (args.table and args.title and args.start):
                raise SystemExit(
                    "timeline-viewer open: --table, --title and --start go together "
                    "(--end, --lane and --text are optional)"
                )
        return None
    from db.store.model import TableMapping

    return TableMapping(args.table, args.title, args.start, args.end, args.lane, args.text)


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "import" and any(a.startswith("--engine") for a in argv[1:]):
        from db.cluster.cli import main as dask_import_main  # into a dataset folder, on Dask

        return dask_import_main(argv[1:])
    if argv and argv[0] == "import":
        from db.import_finish import main as import_main  # db.ingest.cli's, finished

        return import_main(argv[1:])
    if argv and argv[0] == "dates":
        from db.dates.cli import main as dates_main

        return dates_main(argv[1:])
    if argv and argv[0] == "build-demo":
        return build_demo_main(argv[1:])
    if argv and argv[0] == "convert":
        from db.archive.cli import main as convert_main

        return convert_main(argv[1:])
    if argv and argv[0] == "upgrade":
        from db.archive.upgrade import main as upgrade_main

        return upgrade_main(argv[1:])
    if argv and argv[0] == "export":
        from db.export import main as export_main

        return export_main(argv[1:])
    if argv and argv[0] == "review":
        from db.review_finish import main as review_main  # db.review.cli's, finished

        return review_main(argv[1:])
    if argv and argv[0] == "open":
        args = open_parser().parse_args(argv[1:])
        args.mapping = mapping_of(args)
    else:
        args = viewer_parser().parse_args(argv)
        args.mapping = None
    if args.screenshot:
        if not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from viewer.app import run

    return run(args)


def build_demo_main(argv: list[str]) -> int:
    from db.demo import build_demo, demo_path, is_current
    from db.terminal_progress import stage_bars

    parser = argparse.ArgumentParser(prog="timeline-viewer build-demo")
    parser.add_argument("out", nargs="?", type=Path, help="where to write it (default: data dir)")
    parser.add_argument(
        "--dataset",
        metavar="OUT_DIR",
        type=Path,
        help="also as a dataset folder (timeline-viewer convert), from the database (built "
        "only when missing or from another demo version)",
    )
    args = parser.parse_args(argv)
    out = args.out or demo_path()
    with stage_bars(scaled=True, always=True) as progress:
        if args.dataset is None or not is_current(out):
            build_demo(out, progress)
            print(f"demo database written to {out}")
    if args.dataset is None:
        return 0
    from db.archive.cli import main as convert_main

    return convert_main([str(out), str(args.dataset)])
