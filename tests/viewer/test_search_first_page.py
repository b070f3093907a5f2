"""Search as you type in the real window: a query's first page shows without waiting for its
marks (their SQL starts once the first page's is done, or once the page is drawn where the store
searches on several threads, and may take as long as it likes), and a newer query supersedes an
older one: the older one's results are never shown, its reads are given up."""

from __future__ import annotations

import threading
import time

from tests.viewer.test_search_list import many_hits_db
from viewer import search as search_panel


def _recorded(search, calls: list[tuple], marks_may_go: threading.Event | None = None):
    """The data source's search, recording (what, query, hits, marks) as each call starts and
    ends; the marks' calls (hits=0) wait for `marks_may_go` when given."""
    lock = threading.Lock()

    def recorded(text: str, hits: int, marks: int):
        with lock:
            calls.append(("start", text, hits, marks))
        if hits == 0 and marks_may_go is not None:
            marks_may_go.wait(10)
        try:
            return search(text, hits, marks)
        finally:
            with lock:
                calls.append(("end", text, hits, marks))

    return recorded


def test_typing_a_query_shows_its_first_page_before_its_marks(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(search_panel, "DRAWN_WAIT_S", 30)  # (the wait's bound: not reached here)
    window = make_window(many_hits_db(tmp_path, 520), size=(1400, 860))
    search = window.search
    calls: list[tuple] = []
    marks_may_go = threading.Event()
    allowed = search._allowed

    def slow_filters(hits):  # a filters' test that takes its time (a dataset's may read rows)
        time.sleep(0.1)
        return allowed(hits)

    search.set_search(_recorded(search._search, calls, marks_may_go), slow_filters)
    # A timeline database searches on one connection; a dataset's sidecar on several at once,
    # and then the marks' search waits for the first page drawn: as here.
    assert not window.source.capabilities.searches_at_once and not search.marks_after_drawn
    search.marks_after_drawn = True
    shown: list[tuple[int, int]] = []  # each result shown: hits listed, ids marked
    search.resultsChanged.connect(lambda r: shown.append((len(r.hits), len(r.marked))))
    search.resultsChanged.connect(lambda r: calls.append(("shown", r.query, len(r.hits))))

    qtbot.keyClicks(search.box, "ceasefire")
    # The first page is listed and drawn while the marks' search is still held back.
    qtbot.waitUntil(lambda: search.model.rowCount() == 50, timeout=10_000)
    search.list.viewport().repaint()
    assert search.status.text().startswith("50 hits, marking every hit")
    assert shown[-1][0] == 50 and shown[-1][1] < 520 and window.timeline.marked_count() < 520
    marks_may_go.set()
    qtbot.waitUntil(lambda: not search.busy and not window.timeline.marks_pending())
    assert search.status.text().startswith("520 hits, 50 shown")
    assert len(search.result.marked) == 520 and window.timeline.marked_count() == 520
    # The marks' search began only once the first page's had ended: the two never shared the
    # store's connection (nor the cores) while the first page was being found.
    page = [c[0] for c in calls if c[1:] == ("ceasefire", 50, 0)]
    assert page == ["start", "end"]
    assert calls.index(("end", "ceasefire", 50, 0)) < calls.index(("start", "ceasefire", 0, 50_000))
    # Nor, on a store that searches on several threads at once, before the first page was shown
    # (handed to the list, then drawn): their start held the filters' test and drawing back.
    assert calls.index(("shown", "ceasefire", 50)) < calls.index(("start", "ceasefire", 0, 50_000))


def test_a_newer_query_supersedes_an_older_ones_results(qtbot, make_window, tmp_path):
    window = make_window(many_hits_db(tmp_path, 520), size=(1400, 860))
    search = window.search
    shown: list[str] = []
    search.resultsChanged.connect(lambda r: shown.append(r.query if r is not None else ""))
    search.box.setText("ceasefire")
    search._activate_current()  # Enter: searched at once, no debounce
    search.box.setText("envoys met")
    search._activate_current()  # typed on before the first came: it is stale
    qtbot.waitUntil(lambda: not search.busy and not window.timeline.marks_pending())
    assert shown and set(shown) == {"envoys met"}  # the older query's results never shown
    assert search.result.query == "envoys met" and len(search.result.marked) == 520
    assert search.model.rowCount() == 50
    assert all("envoys" in h.snippet.lower() for h in search.model.hits)

    # Typed on key by key, the debounce and all: the last text's results stand.
    search.box.setFocus()
    search.box.end(False)
    qtbot.keyClicks(search.box, " again")
    qtbot.waitUntil(lambda: not search.busy and not window.timeline.marks_pending())
    assert search.result.query == "envoys met again" and search.box.text() == "envoys met again"


def test_a_long_count_wraps_and_leaves_the_timeline_its_width(qtbot, make_window, tmp_path):
    """The count of a common word (a sample marked: about how many match) is a long line; it
    wraps in the side column rather than widening it, so the timeline is not squeezed, re-laid
    out and repainted whenever a search shows or clears it."""
    from viewer.search import sampled_text

    window = make_window(many_hits_db(tmp_path, 520), size=(1400, 860))
    search = window.search
    qtbot.keyClicks(search.box, "ceasefire")
    qtbot.waitUntil(lambda: not search.busy and not window.timeline.marks_pending())
    width, side = window.timeline.width(), window.splitter.sizes()[1]
    search.status.setText(sampled_text(50_000, 1_234_567, 50))
    qtbot.wait(50)  # the layout settles
    assert window.timeline.width() == width and window.splitter.sizes()[1] == side
    assert search.status.height() > search.status.fontMetrics().lineSpacing() * 1.5  # wrapped
    assert search.status.width() <= side
