"""Time the real main window on a database, offscreen: first paint, frames, click->panel, memory.

    python bench/viewer_bench.py DB [--frames 40] [--later [--as-found]]

Prints one JSON object on the last line. Frame time is what a user waits for after a wheel notch
or a drag step: the scale change, the layout and the paint (`repaint()` is synchronous), at the
overview and at year, month and day scales around the busiest stretch of the database. Titles are
read on a worker, never in a frame: each step waits (untimed) for its labels' titles first, so the
frame timed draws them. A dataset's events in view are fetched on a worker too: the frame right
after each step is timed as well (`first_frames`: density where the events are still coming), and
the wait for the fetch (`fetches`, and `day_jumps`: 20 jumps to random days, nothing fetched there).
Search as the user sees it (`typed_to_marked`): a query typed (its debounce skipped, as Enter
does) until every hit is marked and the overview drawn with the marks, and the UI thread's
longest stall meanwhile (a 5 ms QTimer heartbeat's longest gap): the viewer must never freeze;
and the process's CPU time meanwhile (`cpu_ms`, every thread's); the first page listed, drawn
(`first_page_drawn_ms`: the list painted) and the CPU time until then (`first_page_cpu_ms`), and
the UI thread's part (`first_page_stages`: its CPU ms until the page is listed, in the repaint that
draws it, and the timeline's paint in that repaint).
`keys, WORD`: WORD typed key by key (KEY_GAP_MS apart, the debounce and all) with a pause of
PAUSE_MS after its first letters, whose search starts and goes stale: the wall ms from the last
keystroke to the whole word's first page.
`--marks-only` times that alone (at the overview), skipping the frames. The first query is typed
IDLE_MS after the first paint, once the search's warm-ups (`warm_wait_ms`) have ended.
`--cold-file` drops the searched file's pages from the page cache before each query typed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from cold_bench import drop_file_pages  # noqa: E402
from PySide6.QtCore import Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.timekeys import DAY  # noqa: E402
from viewer.app import wait_for_labels  # noqa: E402
from viewer.search import DEBOUNCE_MS, FIRST_PAGE, MARKS  # noqa: E402
from viewer.timeline.widget import GUTTER_W  # noqa: E402
from viewer.window import MainWindow  # noqa: E402

SCALES = {"overview": None, "year": 365 * DAY, "month": 31 * DAY, "day": DAY}


def _stats(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(ordered[-1], 2),
        "n": len(ordered),
    }


CPU: dict[str, list[float]] = {}  # the UI thread's CPU time of each frame timed, by kind


def _timed_repaint(widget, kind: str = "frames") -> float:
    """Repaint what a step invalidates (as the event loop would: the timeline less its
    scroll bar, see TimelineWidget.frame_region), now; the wall ms. The UI thread's CPU ms go
    to CPU[kind]: on a shared machine the wall time counts waiting for a core as well."""
    t, c = time.perf_counter(), time.thread_time()
    widget.repaint(widget.frame_region())
    CPU.setdefault(kind, []).append((time.thread_time() - c) * 1000)
    return (time.perf_counter() - t) * 1000


def busiest_time(events) -> float:
    """The middle of the densest day-bin, so the zoomed scales are measured where it is hardest:
    from the frame's histogram of all lanes (what a dataset answers from its pyramid), not by
    fetching every event."""
    lo, hi = events.span()
    edges = np.arange(lo // DAY * DAY, hi + DAY, DAY, dtype=np.float64)
    counts = events.histogram(None, edges)
    return float(edges[int(np.argmax(counts))] + DAY / 2)


def _fetched(window) -> float:
    """Wait (untimed for the frame) until the view's events are at hand; the ms it took: an
    archive fetches a window on a worker while the frame shows density, a database has them."""
    t = time.perf_counter()
    pool = QThreadPool.globalInstance()
    while window.timeline.windows_pending():
        pool.waitForDone(5)
        QApplication.processEvents()
    return (time.perf_counter() - t) * 1000


def keep_pyramid(db: Path) -> None:
    """Keep what an import's end keeps for the database (db.import_finish, untimed: its count
    pyramid and window data, nothing done when kept already), as after `timeline-viewer import`.
    Its full-text indexes are merged first only when in three segments or more (a file written
    by this version's import never is)."""
    from db.import_finish import finish_import

    finish_import(db)


def rss_kinds() -> dict[str, float]:
    """The resident memory now, split (Linux): ordinary (anonymous) memory, and pages of files
    mapped (the count pyramid's, the libraries') that the system can drop and read again."""
    out: dict[str, float] = {}
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return out
    for line in lines:
        name, _, value = line.partition(":")
        if name in ("RssAnon", "RssFile"):
            out[name.lower().replace("rss", "rss_") + "_mb"] = round(
                int(value.split()[0]) / 1024, 1
            )
    return out


WORDS = ("minister", "ceasefire talks", "refug", "bridge OR port", '"unbalanced')


def _marks_pending(window) -> bool:
    pending = getattr(window.timeline, "marks_pending", None)  # before: marked on the UI thread
    return bool(pending()) if pending is not None else False


# --cold-file: the searched files' pages dropped from the page cache before each query typed
# (posix_fadvise DONTNEED: this file's pages only, not another process's mapped ones), as a
# file not read for a while is searched.
COLD_FILES: list[Path] = []


def _drop_pages() -> None:
    for path in COLD_FILES:
        if path.is_file():
            drop_file_pages(path)


def typed_to_marked(window, word: str) -> dict:
    """Type `word` into the search box (Enter: no debounce) and wait until the first page is
    listed and every hit marked and drawn at the overview: the wall ms of each and the UI
    thread's longest stall (a heartbeat's longest gap) meanwhile."""
    app = QApplication.instance()
    timeline, panel = window.timeline, window.search
    window.search.clear()
    while panel.busy or _marks_pending(window):
        app.processEvents()
        time.sleep(0.002)
    _drop_pages()
    timeline.fit_all()
    timeline.repaint()
    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(5)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    beat.start()
    timeline_paints: list[float] = []  # the UI thread's CPU ms of each timeline paint
    paint_timeline = timeline.paintEvent

    def timed_paint(event) -> None:
        c = time.thread_time()
        paint_timeline(event)
        timeline_paints.append((time.thread_time() - c) * 1000)

    timeline.paintEvent = timed_paint
    # The list's viewport as Python sees it, asked for before the clock starts: the first ask
    # made PySide create the Python types of the widgets it might be (tens of enums, 8-10 ms of
    # the UI thread the first search of a run), a cost of the bench's, not of the viewer's.
    viewport = panel.list.viewport()
    t, cpu, ui = time.perf_counter(), time.process_time(), time.thread_time()
    ticks.append(t)
    panel.box.setText(word)
    panel._timer.stop()  # as Enter does: no debounce
    panel._run()
    listed = drawn = drawn_cpu = None
    marked_listed = 0
    stages: dict = {}
    while panel.busy or _marks_pending(window):
        app.processEvents()
        if listed is None and panel.result is not None:
            listed = time.perf_counter() - t
            ui_listed, before = time.thread_time(), len(timeline_paints)
            viewport.repaint()  # the page drawn now, if the loop has not yet
            drawn = time.perf_counter() - t
            drawn_cpu = time.process_time() - cpu
            marked_listed = len(panel.result.marked)  # the listed hits' alone, the rest to come
            stages = {  # the UI thread's CPU ms: until listed, the repaint, the timeline's in it
                "ui_until_listed_cpu_ms": round((ui_listed - ui) * 1000, 1),
                "repaint_cpu_ms": round((time.thread_time() - ui_listed) * 1000, 1),
                "timeline_in_repaint_cpu_ms": round(sum(timeline_paints[before:]), 1),
                "timeline_paints_until_drawn": len(timeline_paints),
            }
        time.sleep(0.001)
    del timeline.paintEvent  # the class's own again
    timeline.repaint()
    done, cpu = time.perf_counter(), time.process_time() - cpu
    beat.stop()
    ticks.append(done)
    result = panel.result
    return {
        "first_page_ms": round((listed if listed is not None else done - t) * 1000, 1),
        # the list painted with it (its rows' rich text laid out), before the marks come
        "first_page_drawn_ms": round((drawn if drawn is not None else done - t) * 1000, 1),
        "marked_when_listed": marked_listed,
        # the process's CPU time (every thread's) until the first page was drawn
        "first_page_cpu_ms": round((drawn_cpu or 0) * 1000, 1),
        "first_page_stages": stages,
        "all_marked_drawn_ms": round((done - t) * 1000, 1),
        "ui_stall_max_ms": round(float(np.diff(ticks).max()) * 1000, 1),
        # the process's CPU time meanwhile, every thread's (on a shared machine the wall time
        # counts waiting for a core as well)
        "cpu_ms": round(cpu * 1000, 1),
        "hits": len(result.marked) if result is not None else 0,
        "marked_in_view": timeline.marked_count(),
    }


def _spin(ms: float) -> None:
    """Let the event loop run for `ms` (timers fire, results come)."""
    app, end = QApplication.instance(), time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


IDLE_MS = 500  # after the first paint, before the first query is typed
KEY_GAP_MS = 70  # between two keystrokes (about 14 a second)
PAUSE_MS = 400  # a pause mid-word: the debounce fires and the prefix typed so far is searched


def typed_with_pause(window, word: str, pause_after: int) -> dict:
    """Type `word` key by key as a user does (debounce and all), pausing PAUSE_MS after its
    first `pause_after` letters (their search starts, then goes stale): the wall ms from the last
    keystroke to the whole word's first page listed and drawn, and to every hit marked."""
    app = QApplication.instance()
    panel = window.search
    panel.clear()
    while panel.busy or _marks_pending(window):
        app.processEvents()
        time.sleep(0.002)
    viewport = panel.list.viewport()  # before the clock starts (see typed_to_marked)
    for i, letter in enumerate(word):
        QTest.keyClick(panel.box, letter)
        _spin(PAUSE_MS if i + 1 == pause_after else KEY_GAP_MS if i + 1 < len(word) else 0)
    t, cpu = time.perf_counter(), time.process_time()
    listed = drawn = None
    while panel.busy or _marks_pending(window):
        app.processEvents()
        result = panel.result
        if listed is None and result is not None and result.query == word:
            listed = time.perf_counter() - t
            viewport.repaint()
            drawn = time.perf_counter() - t
        time.sleep(0.001)
    done = time.perf_counter() - t
    return {
        "typed": f"{word[:pause_after]} (pause) {word[pause_after:]}",
        "last_key_to_first_page_ms": round((listed or done) * 1000, 1),
        "last_key_to_first_page_drawn_ms": round((drawn or done) * 1000, 1),
        "last_key_to_all_marked_ms": round(done * 1000, 1),
        "cpu_ms": round((time.process_time() - cpu) * 1000, 1),
        "debounce_ms": DEBOUNCE_MS,
    }


def time_typed(window) -> dict:
    out = {word: typed_to_marked(window, word) for word in WORDS}
    out["keys, minister"] = typed_with_pause(window, "minister", 3)
    out["keys, ceasefire talks"] = typed_with_pause(window, "ceasefire talks", 4)
    return out


def run(
    db: Path, frames: int, later: bool = False, marks_only: bool = False, as_found: bool = False
) -> dict:
    app = QApplication.instance() or QApplication([])
    if later and not as_found and not db.is_dir():  # a dataset folder has its pyramid in it
        keep_pyramid(db)
    t_start = time.perf_counter()
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    sketched = None
    if later:  # as the app opens a file: on a worker, a sketch from the pyramid meanwhile
        window.open_later(db)
        # (or from a sample of its rows, read on a worker too: waited for, as the index is)
        while window.timeline.events is None and window.session.source is None:
            app.processEvents()
            time.sleep(0.002)
        window.timeline.repaint()
        sketched = time.perf_counter() - t_start
        while window.session.source is None:
            app.processEvents()
            time.sleep(0.002)
    else:
        window.open_database(db)
    t_open = time.perf_counter()
    timeline = window.timeline
    timeline.repaint()
    first_paint = time.perf_counter() - t_start
    app.processEvents()
    centre = busiest_time(timeline.events)
    result: dict = {
        "db": str(db),
        "events": len(timeline.events),
        "lanes": len(timeline.events.lanes),
        "load_avg": os.getloadavg()[0],  # the machine's 1-minute load when the run began
        "open_s": round(t_open - t_start, 3),
        "first_paint_s": round(first_paint, 3),
        # --later: the first frame painted (the pyramid's sketch), before the index is loaded
        "sketch_paint_s": round(sketched, 3) if sketched is not None else None,
        "frames": {},
        "first_frames": {},  # the frame right after the step (before a fetch or titles come)
        "fetches": {},  # steps that needed a window fetched: ms until it came (a dataset)
    }
    # A user reads the first frame before typing: IDLE_MS of the event loop, then the search's
    # warm-ups (DataSource.warmed: started when the file opened) waited for, that wait reported.
    _spin(IDLE_MS)
    t = time.perf_counter()
    warmed = getattr(window.source, "warmed", None)
    result["warm_wait_ms"] = (
        round((time.perf_counter() - t) * 1000, 1) if warmed and warmed(30) else None
    )
    if marks_only:
        result["typed_to_marked"] = time_typed(window)
        window.close()
        return result
    x_mid = GUTTER_W + timeline.scale.width / 2
    for name, span in SCALES.items():
        if span is None:
            timeline.fit_all()
        else:
            timeline.set_range(centre - span / 2, centre + span / 2)
        timeline.repaint()
        samples, first, fetches = [], [], []
        for i in range(frames):
            if i % 2 == 0:  # a wheel notch in then out, around a point off-centre
                factor = 1.25 if i % 4 == 0 else 0.8
                timeline.zoom(factor, x_mid + 150)
            else:  # a drag step of 40 px, alternating direction
                timeline.set_scale(timeline.scale.panned(40 if i % 4 == 1 else -40))
            first.append(_timed_repaint(timeline, "first"))  # at once: density where fetched
            if timeline.windows_pending():
                fetches.append(_fetched(window))
            wait_for_labels(window)
            timeline._invalidate()  # the frame laid out while waiting is laid out again, timed
            samples.append(_timed_repaint(timeline))
        result["frames"][name] = _stats(samples)
        result["first_frames"][name] = _stats(first)
        for kind in ("frames", "first"):  # the same frames' CPU time, then anew for the next
            result.setdefault(f"{kind}_cpu", {})[name] = _stats(CPU.pop(kind))
        if fetches:
            result["fetches"][name] = _stats(fetches)
    # Day windows far apart (a jump to another day: nothing fetched there yet): the frame at
    # once, and the wait for the worker's fetch.
    rng = np.random.default_rng(1)
    lo, hi = timeline.events.span()
    first, fetches = [], []
    for day in rng.integers(lo // DAY, hi // DAY, 20):
        timeline.set_range(float(day * DAY), float(day * DAY + DAY))
        first.append(_timed_repaint(timeline, "jump"))
        fetches.append(_fetched(window) if timeline.windows_pending() else 0.0)
        wait_for_labels(window)
    result["day_jumps"] = {
        "first_frame": _stats(first), "first_frame_cpu": _stats(CPU.pop("jump")),
        "fetch": _stats(fetches),
    }  # fmt: skip
    # Click -> panel: click a drawn event (a dot or a band) and wait for the panel: at month scale,
    # else zoomed in until the busiest stretch's lanes are drawn one event at a time.
    # In a large archive the busiest stretch may be density down to the minute (thousands of
    # day-long events on one hot day): then random days are tried, as a user would click elsewhere.
    where = None
    places = [centre] + [float(d * DAY + DAY / 2) for d in rng.integers(lo // DAY, hi // DAY, 10)]
    for place in places:
        half = 15 * DAY
        while where is None and half >= 60:
            timeline.set_range(place - half, place + half)
            if timeline.windows_pending():
                _fetched(window)
            wait_for_labels(window)
            timeline.repaint()
            frame = timeline.frame()
            drawn = [m.id for m in frame.markers] + [b.id for b in frame.bars]
            if drawn:
                where = timeline.marker_position(drawn[len(drawn) // 2])
                result["click_span_h"] = round(2 * half / 3600, 2)
                result["click_at_busiest"] = place == centre
            half //= 4
        if where is not None:
            break
    if where is not None:
        t = time.perf_counter()
        QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=where.toPoint())
        window.panel.repaint()
        result["click_to_panel_ms"] = round((time.perf_counter() - t) * 1000, 2)
        result["panel_shows"] = window.panel.event_title.text()[:60]
    else:  # every lane density down to the minute (100M events): the click's signal, a found id
        hits = window.source.search("minister").hits
        if hits:
            t = time.perf_counter()
            timeline.eventClicked.emit(hits[len(hits) // 2].event_id)
            window.panel.repaint()
            result["click_to_panel_ms"] = round((time.perf_counter() - t) * 1000, 2)
            result["click_by_signal"] = True
            result["panel_shows"] = window.panel.event_title.text()[:60]
    # Search: the query the user types, through the window's data source (FTS5), timed in the
    # viewer's two steps: the first page listed, then every hit marked.
    samples, marking = [], []
    for word in WORDS:
        t = time.perf_counter()
        found = window.source.search(word, FIRST_PAGE, 0)
        samples.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        window.source.search(word, 0, MARKS)
        marking.append((time.perf_counter() - t) * 1000)
        result.setdefault("search_hits", {})[word] = len(found.hits)
    result["search_ms"] = _stats(samples)
    result["search_marks_ms"] = _stats(marking)
    result["typed_to_marked"] = time_typed(window)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result.update(rss_kinds())
    window.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--frames", type=int, default=40)
    parser.add_argument(
        "--later",
        action="store_true",
        help="open as the app does (off the UI thread), timing the first sketched frame",
    )
    parser.add_argument(
        "--as-found",
        action="store_true",
        help="with --later: keep nothing first (a file another tool wrote, no pyramid kept for "
        "it: its first frame sketched from a sample of its rows)",
    )
    parser.add_argument(
        "--marks-only", action="store_true", help="time only a search typed -> every hit marked"
    )
    parser.add_argument(
        "--cold-file",
        action="store_true",
        help="drop the searched file's pages (a dataset: search.sqlite) from the page cache "
        "before each query typed",
    )
    args = parser.parse_args()
    if args.cold_file:
        searched = args.db / "search.sqlite" if args.db.is_dir() else args.db
        COLD_FILES.extend([searched, searched.with_name(searched.name + "-wal")])
    print(json.dumps(run(args.db, args.frames, args.later, args.marks_only, args.as_found)))


if __name__ == "__main__":
    main()
