"""`timeline-viewer import DB FILE...`: articles, events tables, TimelineJS files into a database.

`main(argv)` takes the arguments after "import" and returns the exit code: 0 when everything was
imported, 1 when something failed (each failure is listed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from db.command_line import Parser, UsageError, date_argument, print_listed, run_command
from db.formats.reading import replace_surrogates, shown
from db.ingest.importers import (
    TABLE,
    TIMELINEJS,
    ImportReport,
    expand_article_paths,
    file_kind,
    import_articles,
    import_events,
    import_timelinejs,
)
from db.ingest.mapping import EventMapping
from db.ingest.table_import import default_mapping
from db.terminal_progress import stage_bars

PROG = "timeline-viewer import"
Finish = Callable[[Path], object]


def parser() -> argparse.ArgumentParser:
    p = Parser(
        prog=PROG,
        description="Import article files (.txt, .html, folders), events tables (.csv, .jsonl, "
        ".json, optionally .gz) and TimelineJS files (.json) into a timeline database; it is "
        "created when missing.",
        epilog="Into a dataset folder instead, on Dask (a local cluster or a running scheduler): "
        f"{PROG} --engine dask --help",
    )
    p.add_argument("db", metavar="DB", type=Path, help="the timeline database (.db)")
    p.add_argument("files", metavar="FILE", nargs="+", type=Path, help="files or folders")
    p.add_argument(
        "--published",
        type=date_argument,
        help="publication date of the articles (default: each one's dateline, page metadata "
        "or a date in its folder or file name)",
    )
    p.add_argument("--source", help="source of the articles (e.g. 'Press TV')")
    p.add_argument("--lane", help="lane for the articles' events (default: their category)")
    p.add_argument("--language", help="language of the articles (e.g. en)")
    p.add_argument(
        "--mapping",
        type=Path,
        help="JSON column mapping for events tables (not needed for TimelineJS files and "
        "timeline CSV files)",
    )
    return p


def _is_dir(path: Path) -> bool:
    """Path.is_dir, but False (the path is then reported when read) for a path it cannot look
    at: in a folder without search permission, Path.is_dir raises."""
    try:
        return path.is_dir()
    except OSError:
        return False


def run(args: argparse.Namespace, finish: Finish | None = None) -> ImportReport:
    kinds = [
        (f, file_kind(f, mapped=args.mapping is not None)) for f in args.files if not _is_dir(f)
    ]
    tables = [f for f, kind in kinds if kind == TABLE]
    # TimelineJS files and timeline CSV files know their own columns: no --mapping needed.
    timelines = [f for f, kind in kinds if kind == TIMELINEJS]
    articles = expand_article_paths(f for f in args.files if f not in tables and f not in timelines)
    unmapped = [t for t in tables if args.mapping is None and default_mapping(t) is None]
    if unmapped:
        raise UsageError(
            f"{shown(unmapped[0].name)} is an events table: give its columns with --mapping."
        )
    mapping = EventMapping.load(args.mapping) if tables and args.mapping else None
    report = ImportReport()
    # A bar while each file or table is read, on stderr and only when it is a terminal; wiped
    # once done (the summary is printed after).
    if articles:
        with stage_bars("files", transient=True) as progress:
            report.add(
                import_articles(
                    args.db,
                    articles,
                    published=args.published,
                    source=args.source,
                    lane=args.lane,
                    language=args.language,
                    progress=partial(progress, "articles"),
                )
            )
    for table in tables:
        with stage_bars("B", scaled=True, transient=True) as progress:
            name = replace_surrogates(table.name)
            report.add(import_events(args.db, table, mapping, progress=partial(progress, name)))
    for timeline in timelines:
        report.add(import_timelinejs(args.db, timeline))
    if finish is not None:
        finish(args.db)
    return report


def main(argv: Sequence[str] | None = None, finish: Finish | None = None) -> int:
    """`finish(db)`: run once the files are imported (db.import_finish, which the write path
    does not import: the command `timeline-viewer import` is its `main`)."""
    code, _args, report = run_command(PROG, parser(), partial(run, finish=finish), argv)
    if code is not None:
        return code
    print(report.summary())
    if report.dates_line():
        print(report.dates_line())
    print_listed("undated", report.notes, "undated")
    print_listed("failed", report.failed, "failures")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
