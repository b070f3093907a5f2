"""`timeline-viewer review DB EVENT_ID (--accept | --reject | --restore | --date VALUE |
--title TEXT | --lane NAME | --merge-into OTHER_ID | --unmerge | --split-story |
--join-story OTHER_ID) [--note TEXT] [--reviewer NAME]`, and `timeline-viewer review DB
--merge-from OTHER.db`: what the viewer's review does, for scripts. `main(argv)` returns 0, 1 on
failure (one line saying why), 2 for a usage error."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from db.command_line import Parser, UsageError, run_command
from db.timekeys import DateError

from .merge import merge_reviews
from .state import parse_date
from .writer import ReviewWriter

PROG = "timeline-viewer review"


def parser() -> Parser:
    p = Parser(
        prog=PROG,
        description="Review an event of a timeline database: the change goes to its reviews "
        "table, the imported event stays as it was.",
    )
    p.add_argument("db", metavar="DB", type=Path, help="a timeline database")
    p.add_argument("event", metavar="EVENT_ID", nargs="?", type=int, help="the event's id")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--accept", action="store_true", help="the event is right as it is")
    what.add_argument("--reject", action="store_true", help="the event is wrong (hidden)")
    what.add_argument("--restore", action="store_true", help="back to unreviewed")
    what.add_argument("--date", metavar="VALUE", help="2019-12-22, 2019-12, 2019, A..B, ~2019-12")
    what.add_argument("--title", metavar="TEXT", help="a new title")
    what.add_argument("--lane", metavar="NAME", help="move it to this lane")
    what.add_argument(
        "--merge-into",
        metavar="OTHER_ID",
        type=int,
        help="one happening told twice: fold it into event OTHER_ID (hidden; listed there)",
    )
    what.add_argument("--unmerge", action="store_true", help="undo --merge-into")
    what.add_argument(
        "--split-story",
        action="store_true",
        help="not the same happening: take this report out of its story (drawn on its own)",
    )
    what.add_argument(
        "--join-story",
        metavar="OTHER_ID",
        type=int,
        help="one happening: make this event's story and OTHER_ID's one story (drawn once)",
    )
    what.add_argument(
        "--merge-from", metavar="OTHER.db", type=Path, help="add another reviewer's reviews"
    )
    p.add_argument("--note", metavar="TEXT", help="why (kept with the change)")
    p.add_argument("--reviewer", metavar="NAME", help="who reviews (default: the OS user)")
    p.add_argument(
        "--no-keep",
        action="store_true",
        help="leave the viewer's cache as it is (a script of many changes to a large file: "
        "keep once, with the last; its next open loads every event otherwise)",
    )
    return p


def run(args, finish: Callable[[Path], object] | None = None) -> str:
    """Do what `args` ask; the line to print. `finish(db)`: run once the change is written and
    the write connection closed (db.review_finish keeps what the viewer's next open needs)."""
    line = _write(args)
    if finish is not None and not args.no_keep:
        finish(Path(args.db))
    return line


def _write(args) -> str:
    if args.merge_from is not None:
        if args.event is not None:
            raise UsageError("--merge-from takes no EVENT_ID")
        return merge_reviews(args.merge_from, args.db).summary()
    if args.event is None:
        raise UsageError("give EVENT_ID and one of --accept, --reject, --restore, --date, "
                         "--title, --lane")  # fmt: skip
    chosen = (args.accept, args.reject, args.restore, args.date, args.title, args.lane,
              args.merge_into, args.unmerge, args.split_story, args.join_story)  # fmt: skip
    if not any(c not in (None, False) for c in chosen):
        raise UsageError(
            "give one of --accept, --reject, --restore, --date, --title, --lane, --merge-into, "
            "--unmerge, --split-story, --join-story"
        )
    date = None
    if args.date is not None:
        try:
            date = parse_date(args.date)
        except DateError as exc:
            raise UsageError(f"--date: {exc}") from None
    with ReviewWriter(args.db, args.reviewer) as writer:
        if args.accept:
            entry = writer.accept(args.event, args.note)
        elif args.reject:
            entry = writer.reject(args.event, args.note)
        elif args.restore:
            entry = writer.record(args.event, "restore", note=args.note)
        elif date is not None:
            entry = writer.correct_date(args.event, date, args.note)
        elif args.title is not None:
            entry = writer.retitle(args.event, args.title, args.note)
        elif args.lane is not None:
            entry = writer.move(args.event, args.lane, args.note)
        elif args.merge_into is not None:
            entry = writer.merge(args.event, args.merge_into, args.note)
        elif args.split_story:
            entry = writer.split(args.event, args.note)
        elif args.join_story is not None:
            entry = writer.join(args.event, args.join_story, args.note)
        else:
            entry = writer.unmerge(args.event, args.note)
    return f"event {entry.event_id}: {entry.describe()} (by {entry.reviewer})"


def main(argv: Sequence[str] | None = None, finish: Callable[[Path], object] | None = None) -> int:
    code, _args, line = run_command(PROG, parser(), partial(run, finish=finish), argv)
    if code is not None:
        return code
    print(line)
    return 0
