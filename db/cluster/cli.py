"""`timeline-viewer import --engine dask [--scheduler tcp://HOST:8786] [--workers N] OUT_DIR
INPUTS...`: article files and events tables into a dataset folder, on Dask.

`main(argv)` takes the arguments after "import": 0 when everything was imported (or nothing was
new), 1 when something failed (each failure is listed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from db.archive.dataset import is_dataset
from db.command_line import Parser, UsageError, date_argument, print_listed, run_command
from db.formats.reading import shown
from db.formats.timeline_csv import is_timeline_csv
from db.ingest.article_paths import expand_article_paths
from db.ingest.file_kinds import TABLE, TIMELINEJS, file_kind, is_table_file
from db.ingest.report import ImportReport

from .run import BATCH_SIZE, Options, Report, import_dataset
from .urls import check_url, expand_urls, is_url

PROG = "timeline-viewer import --engine dask"


def parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="timeline-viewer import",
        description="Import article files (.txt, .html, folders) and events tables (.csv, "
        ".jsonl, .json, optionally .gz) into a dataset folder, in batches on a Dask cluster "
        "(a local one by default). Run again, it imports only what is new; killed, it resumes.",
    )
    p.add_argument(
        "--engine", choices=["dask"], required=True, help="into a dataset folder, on Dask"
    )
    p.add_argument("out", metavar="OUT_DIR", type=_input, help="the dataset folder")
    p.add_argument(
        "files", metavar="INPUT", nargs="+", type=_input,
        help="files or folders; article files or folders also as URLs (file://, s3://, ...)",
    )  # fmt: skip
    p.add_argument(
        "--scheduler", metavar="tcp://HOST:8786", help="a running Dask scheduler's address"
    )
    p.add_argument("--workers", metavar="N", type=int, help="worker processes of the local cluster")
    p.add_argument(
        "--batch-size", metavar="N", type=int, default=BATCH_SIZE, help="articles a task (50)"
    )
    p.add_argument("--published", type=date_argument, help="publication date of the articles")
    p.add_argument("--source", help="source of the articles (e.g. 'Press TV')")
    p.add_argument("--lane", help="lane for the articles' events (default: their category)")
    p.add_argument("--language", help="language of the articles (e.g. en)")
    p.add_argument("--mapping", type=Path, help="JSON column mapping for events tables")
    return p


def _input(text: str) -> str | Path:
    """A path, or a URL kept as it is (a Path would fold its "//")."""
    return text if is_url(text) else Path(text)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # cannot be looked at: read as a file, which says why
        return False


def run(args: argparse.Namespace) -> Report:
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.workers is not None and args.scheduler:
        raise UsageError("--workers is for the local cluster: a scheduler has its own workers")
    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    urls = [f for f in args.files if isinstance(f, str)]
    unread = next(filter(None, map(check_url, urls)), None)
    if unread:
        raise UsageError(f"cannot read {unread}")
    if any(is_table_file(u) for u in urls):
        raise UsageError("events tables are read from paths: give URLs of article files only")
    if isinstance(args.out, str):
        raise UsageError(
            "OUT_DIR is a folder on a filesystem the workers share, not a URL: the dataset is "
            "written by renaming files into place and memory-mapped by the viewer"
        )
    paths = [f for f in args.files if not isinstance(f, str)]
    kinds = [(f, file_kind(f, mapped=args.mapping is not None)) for f in paths if not _is_dir(f)]
    tables = [f for f, kind in kinds if kind == TABLE]
    timelines = [f for f, kind in kinds if kind == TIMELINEJS]
    articles: list[str | Path] = []
    for given in args.files:  # in the order given (the first of two copies is imported)
        if isinstance(given, str):
            articles += expand_urls(given)
        elif given not in tables + timelines:
            articles += expand_article_paths([given])
    unmapped = [t for t in tables if args.mapping is None and not is_timeline_csv(t)]
    if unmapped:
        raise UsageError(
            f"{shown(unmapped[0].name)} is an events table: give its columns with --mapping."
        )
    mapping = None
    if tables and args.mapping:
        from db.ingest.mapping import EventMapping

        mapping = EventMapping.load(args.mapping)
    options = Options(
        published=args.published, source=args.source, lane=args.lane, language=args.language,
        mapping=mapping, batch_size=args.batch_size, workers=args.workers,
        scheduler=args.scheduler,
    )  # fmt: skip
    bars: list[Any] = []  # the progress (rich), made once there is progress to show

    def progress(stage: str, done: int, total: int, events: int) -> None:
        if not bars:
            from db.terminal_progress import ImportProgress

            bars.append(ImportProgress(into=shown(args.out)))
        bars[0](stage, done, total, events)

    try:
        report = import_dataset(args.out, articles, tables, options, progress)
    finally:
        for bar in bars:
            bar.close()
    report.failed = [
        (shown(t), "TimelineJS files are not imported with --engine dask: import them into a "
         "database and convert it") for t in timelines
    ] + report.failed  # fmt: skip
    return report


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    code, args, report = run_command(PROG, parser(), run, argv)
    if code is not None or args is None:
        return code or 0
    print(report.summary())
    dates = ImportReport(dates_from=report.dates_from).dates_line()
    if dates:
        print(dates)
    print_listed("undated", report.notes, "undated")
    print_listed("failed", report.failed, "failures")
    manifest = report.manifest
    if manifest is None and report.imported == 0 and is_dataset(args.out):
        print(f"nothing new: {shown(args.out)} is up to date")
    elif manifest is None:
        print(f"nothing imported: no dataset written to {shown(args.out)}")
    else:
        counts = manifest["counts"]
        print(
            f"{counts['events']} events ({counts['long']} long), {counts['articles']} articles "
            f"in {len(manifest['lanes'])} lanes written to {shown(args.out)} "
            f"in {time.perf_counter() - started:.1f} s ({report.batches} batches now)"
        )
    return 1 if report.failed else 0
