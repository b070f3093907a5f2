"""What the data layer's commands (`timeline-viewer import`, `... export`) share: a usage error
is one line on stderr and exit code 2, not argparse's usage block and exit."""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from db.errors import TimelineError
from db.formats.reading import replace_surrogates

MAX_LISTED = 50  # failures listed one a line; a table with thousands of bad rows is summed up


class UsageError(Exception):
    """Bad command line; its message is printed as one line."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _usage_error(prog: str, exc: UsageError) -> int:
    """Say a usage error in one line (a path that is not UTF-8 in it must not make printing it
    fail); its exit code."""
    print(f"{prog}: error: {replace_surrogates(str(exc))}", file=sys.stderr)
    return 2


def parse_command(
    prog: str,
    parser: argparse.ArgumentParser,
    argv: Sequence[str] | None,
    check: Callable[[argparse.Namespace], Any] | None = None,
) -> tuple[int | None, argparse.Namespace | None]:
    """Parse `argv` and `check` the arguments (it raises UsageError): (None, args); or, once a
    usage error (exit code 2) or --help (0) has been said, (that code, None)."""
    try:
        args = parser.parse_args(argv)
        if check is not None:
            check(args)
        return None, args
    except UsageError as exc:
        return _usage_error(prog, exc), None
    except SystemExit as exc:  # --help
        return int(exc.code or 0), None


def run_command(
    prog: str,
    parser: argparse.ArgumentParser,
    run: Callable[[argparse.Namespace], Any],
    argv: Sequence[str] | None,
) -> tuple[int | None, argparse.Namespace | None, Any]:
    """Parse `argv` and call `run` with it: (None, args, its result); or, once a usage error
    (exit code 2), --help (0) or a TimelineError (1) has been said, (that code, None, None).
    A path that is not UTF-8 in a message must not make printing it fail."""
    code, args = parse_command(prog, parser, argv)
    if args is None:
        return code, None, None
    try:
        return None, args, run(args)
    except UsageError as exc:
        return _usage_error(prog, exc), None, None
    except TimelineError as exc:
        print(f"{prog}: {replace_surrogates(str(exc))}", file=sys.stderr)
        return 1, None, None


def print_listed(what: str, items: Sequence[tuple[str, str]], more: str) -> None:
    """'  failed: FILE: REASON' lines, at most MAX_LISTED, then '  ... and N more failures'."""
    for where, reason in items[:MAX_LISTED]:
        print(replace_surrogates(f"  {what}: {where}: {reason}"))
    if len(items) > MAX_LISTED:
        print(f"  ... and {len(items) - MAX_LISTED} more {more}")


def date_argument(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (expected YYYY-MM-DD, e.g. 2019-12-23)"
        ) from None
