"""Time a review change in the real main window, offscreen: from the keypress (Alt+A, Alt+R,
Ctrl+Z, Ctrl+Shift+Z; a date corrected through Review.correct_date, as the date dialog's OK
does) until the timeline's frame and the panel show it, the repaint included.

    python bench/review_change_bench.py DB [--rounds 3] [--keep-pyramid]

DB is written to (its `reviews` table, every row undone at the end): give a copy, e.g. of a
database bench/make_db.py made. What the open keeps for the next open (a file opened in memory:
its pyramid and window data, seconds of CPU at 1M) is waited for first, untimed.
`--keep-pyramid` first keeps what an import's end keeps (the count pyramid and window data: the
file then opens windowed, as after `timeline-viewer import`).
Prints one JSON object on the last line: the open, the wait after Start Reviewing until a
change can be shown at once (`ready_s`), and each change's milliseconds (median and max over
the rounds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.review.state import DateValue  # noqa: E402
from db.store import keep_pyramid  # noqa: E402
from db.store.model import ACCEPTED, CORRECTED  # noqa: E402
from db.timekeys import DAY, iso_of  # noqa: E402
from viewer.window import MainWindow  # noqa: E402

TIMEOUT_S = 120.0
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _until(check: Callable[[], bool], what: str = "") -> None:
    app = QApplication.instance()
    deadline = time.perf_counter() + TIMEOUT_S
    while not check():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"not shown: {what}")
        app.processEvents()
        time.sleep(0.0005)


def _timed(window: MainWindow, act: Callable[[], object], shown: Callable[[], bool]) -> float:
    t = time.perf_counter()
    act()
    _until(shown, getattr(act, "__name__", ""))
    window.timeline.repaint()
    window.panel.repaint()
    return (time.perf_counter() - t) * 1000


def run(db: Path, rounds: int, keep: bool) -> dict:
    _app = QApplication.instance() or QApplication([])  # kept: the window needs it
    if keep:
        from db.import_finish import finish_import

        finish_import(db)
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    t = time.perf_counter()
    window.open_later(db)
    _until(lambda: window.session.source is not None)
    window.timeline.repaint()
    keep_pyramid.finish_pending()  # what the open keeps for the next, written first (untimed)
    result: dict = {"db": str(db), "events": len(window.timeline.events),
                    "load_avg": os.getloadavg()[0], "open_s": round(time.perf_counter() - t, 3),
                    "frame": type(window.timeline.events).__name__}  # fmt: skip
    t = time.perf_counter()
    for _ in range(60):  # the first start makes the file WAL: not while a read holds it
        if window.review.start():
            break
        result["start_error"] = window.last_error.text()
        window.last_error.close()
        _spin(1.0)
    else:
        raise SystemExit(f"cannot review: {result['start_error']}")
    ready = getattr(window.review, "ready", lambda: True)  # the in-memory index, loaded
    _until(ready)
    result["ready_s"] = round(time.perf_counter() - t, 3)
    events = window.timeline.events
    event_id = int(events.ids()[len(events) // 2])
    window.timeline.set_range(*_around(events.locate(event_id).start))
    window.open_event(event_id)
    _until(lambda: window.panel.current is not None and window.panel.current.id == event_id)

    def place():
        return window.timeline.events.locate(event_id)

    def review():
        current = window.panel.current
        return current.review if current is not None and current.id == event_id else None

    start = place().start
    moved = DateValue(iso_of(start - 3 * DAY)[:10])
    key = lambda k, m: lambda: QTest.keyClick(window, k, m)  # noqa: E731
    steps: list[tuple[str, Callable[[], object], Callable[[], bool]]] = [
        ("accept", key(Qt.Key.Key_A, ALT),
         lambda: bool(place() and place().flags & ACCEPTED and review()
                      and review().verdict == "accepted")),
        ("undo", key(Qt.Key.Key_Z, CTRL),
         lambda: bool(place() and not place().flags & ACCEPTED and not (review() and
                      review().verdict))),
        ("redo", key(Qt.Key.Key_Z, CTRL | SHIFT),
         lambda: bool(place() and place().flags & ACCEPTED)),
        ("correct_date", lambda: window.review.correct_date(moved),
         lambda: bool(place() and place().flags & CORRECTED and place().start < start
                      and review() and review().date is not None)),
        ("undo_date", key(Qt.Key.Key_Z, CTRL),
         lambda: bool(place() and place().start == start and review()
                      and review().date is None)),
        ("reject", key(Qt.Key.Key_R, ALT),  # rejected events are hidden by default
         lambda: place() is None and bool(review() and review().verdict == "rejected")),
        ("undo_reject", key(Qt.Key.Key_Z, CTRL),
         lambda: bool(place() and review() and review().verdict == "accepted")),
    ]  # fmt: skip
    times: dict[str, list[float]] = {name: [] for name, _a, _s in steps}
    for _ in range(rounds):
        window.open_event(event_id)  # selected again (a rejected event, hidden, is not)
        for name, act, shown in steps:
            act.__name__ = name
            times[name].append(_timed(window, act, shown))
            print(name, round(times[name][-1]), file=sys.stderr, flush=True)
        while window.review.undo_stack.canUndo():  # back to the file as it was
            window.review.undo_stack.undo()
        _until(lambda: bool(place() and not place().flags & ACCEPTED))
    result["changes_ms"] = {
        name: {"median": round(statistics.median(v), 1), "max": round(max(v), 1)}
        for name, v in times.items()
    }
    result["all_median_ms"] = round(statistics.median([x for v in times.values() for x in v]), 1)
    window.review.stop()
    window.close()
    return result


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def _around(key: int) -> tuple[int, int]:
    return key - 20 * DAY, key + 20 * DAY


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep-pyramid", action="store_true")
    args = parser.parse_args()
    print(json.dumps(run(args.db, args.rounds, args.keep_pyramid)))


if __name__ == "__main__":
    main()
