"""Starting the GUI: the application object, the demo database on first launch, screenshots."""

from __future__ import annotations

import argparse
import signal
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import AsOfUnavailableError, TimelineError
from db.store.keep_pyramid import finish_pending
from db.store.model import MappingNeededError
from viewer import settings
from viewer.source import shown_path
from viewer.window import APP_NAME, MainWindow

LABELS_WAIT_S = 10  # at most this long a screenshot waits for its labels' titles


def _excepthook(kind, value, tb) -> None:
    text = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(text)
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None, APP_NAME, f"This is a bug in {APP_NAME}; please report it.\n\n{value}"
        )


def _size(size: tuple[int, int] | str) -> tuple[int, int]:
    """A window size (as viewer.cli.window_size parses it), at least the window's minimum."""
    if isinstance(size, str):  # a Namespace built by hand, not by viewer.cli's parser
        w, _, h = size.lower().partition("x")
        size = int(w), int(h)
    return max(size[0], 400), max(size[1], 300)


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    if args.screenshot:
        with settings.defaults():  # the same picture for every user, and their settings kept
            window = MainWindow()
            apply_view_args(window, args)
            return screenshot(window, args)
    window = MainWindow()
    apply_view_args(window, args)
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in the terminal quits
    sys.excepthook = _excepthook
    last = settings.last_database()
    if not args.db and not args.demo and last is not None and last.exists():
        args.db = str(last)  # where the user left off
    window.show()
    app.aboutToQuit.connect(window.save_state)
    app.aboutToQuit.connect(window.session.close)  # after save_state, which reads its path
    if args.db:
        window.open_later(Path(args.db), args.mapping)
    else:
        window.open_demo()
    if getattr(args, "review", False):  # --review: Edit ▸ Start Reviewing once it is open
        window.session.opened_then(window.review.begin)
    return app.exec()


def apply_view_args(window: MainWindow, args: argparse.Namespace) -> None:
    """What the command line asks of the view before a database opens: `--as-of` (so that the
    database opens cut to what was known then, for the window and for screenshots alike)."""
    if getattr(args, "as_of", None) is not None:
        window.set_as_of(args.as_of)


def wait_for_labels(window: MainWindow, timeout: float = LABELS_WAIT_S) -> None:
    """Titles are read on a worker after a frame asks for them (and an archive's events too):
    wait until the frame shown has its events and labels (or they cannot be read), so the
    picture is the one a user sees."""
    deadline = time.monotonic() + timeout
    pool = QThreadPool.globalInstance()
    timeline = window.timeline
    while (timeline.windows_pending() or timeline.labels_pending()) and time.monotonic() < deadline:
        pool.waitForDone(20)
        QApplication.processEvents()


def screenshot(window: MainWindow, args: argparse.Namespace) -> int:
    """Render the window as it would look, save it as a PNG, and exit."""
    try:
        return _screenshot(window, args)
    finally:
        # The pyramid a first open keeps after its first frame (a large file's next open
        # paints from it), written before the store it reads closes.
        finish_pending()
        window.session.close()  # the -wal/-shm a read-only open made go with it


def _screenshot(window: MainWindow, args: argparse.Namespace) -> int:
    try:
        if args.db:
            path = Path(args.db)
        else:
            from db.demo import ensure_demo

            path = ensure_demo()
        window.resize(*_size(args.size))
        window.open_database(path, args.mapping)
    except MappingNeededError as exc:
        print(f"timeline-viewer: {exc}", file=sys.stderr)
        print(
            "  say which columns to show: timeline-viewer open DB --table T --title C --start C",
            file=sys.stderr,
        )
        return 1
    except AsOfUnavailableError as exc:  # --as-of of a dataset without report days
        print(f"timeline-viewer: error: {exc}", file=sys.stderr)
        return 2
    except TimelineError as exc:
        print(f"timeline-viewer: {exc}", file=sys.stderr)
        return 1
    # The window's minimum size is set while it has no platform window yet: set afterwards, the
    # offscreen platform warns that it cannot pass size hints on (and a screenshot prints nothing).
    window.layout().activate()
    window.show()
    QApplication.processEvents()
    if getattr(args, "review", False) and not window.review.start():
        why = window.last_error.text() if window.last_error is not None else ""
        print(
            f"timeline-viewer: {why or f'cannot review {shown_path(path.name)}'}", file=sys.stderr
        )
        return 1
    if args.range:
        window.timeline.set_range(*args.range)
    if args.select is not None:
        try:
            found = window.source is not None and window.source.event(args.select) is not None
        except TimelineError as exc:  # the file cannot say in time (or is locked, or gone)
            print(f"timeline-viewer: {exc}", file=sys.stderr)
            return 1
        if not found:
            name = shown_path(path.name)
            print(f"timeline-viewer: there is no event {args.select} in {name}", file=sys.stderr)
            return 1
        window.show_event(args.select)
        window.timeline.select(args.select, reveal=True)
    QApplication.processEvents()
    wait_for_labels(window)
    out = Path(args.screenshot)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"timeline-viewer: could not write {shown_path(out)}: {exc}", file=sys.stderr)
        return 1
    if not window.grab().save(str(out)):
        print(f"timeline-viewer: could not write {shown_path(out)}", file=sys.stderr)
        return 1
    print(shown_path(out))
    return 0
