"""On a dataset, as on a timeline database, a search typed over is given up mid-way (its reads
on the sidecar's searcher threads too: db.archive.search) and never holds up the newer one."""

from __future__ import annotations

import threading

from db.archive.convert import convert
from db.errors import AbandonedError
from tests.viewer.test_search_list import many_hits_db


def test_a_stale_search_on_a_dataset_is_given_up(qtbot, make_window, tmp_path):
    convert(many_hits_db(tmp_path, 520), tmp_path / "ds")
    window = make_window(tmp_path / "ds", size=(1400, 860))
    search = window.search
    assert search.marks_after_drawn  # the sidecar searches on several threads at once
    real = search._search
    outcomes: list[tuple[str, int, str]] = []  # (query, hits asked, "found" or the error)
    newer_asked = threading.Event()
    lock = threading.Lock()

    def recorded(text: str, hits: int, marks: int):
        if text == "ceas" and hits:
            newer_asked.wait(10)  # "ceas" starts reading only once "ceasefire" was asked for
        try:
            found = real(text, hits, marks)
        except AbandonedError as exc:
            with lock:
                outcomes.append((text, hits, type(exc).__name__))
            raise
        with lock:
            outcomes.append((text, hits, "found"))
        return found

    search.set_search(recorded)
    shown: list[str] = []
    search.resultsChanged.connect(lambda r: shown.append(r.query if r is not None else ""))
    search.box.setText("ceas")
    search._activate_current()  # Enter: at once
    search.box.setText("ceasefire")
    search._activate_current()  # typed on: "ceas" is stale
    newer_asked.set()
    qtbot.waitUntil(lambda: not search.busy and not window.timeline.marks_pending())
    assert set(shown) == {"ceasefire"} and len(search.result.marked) == 520
    assert search.model.rowCount() == 50
    with lock:
        assert ("ceas", 50, "AbandonedError") in outcomes  # given up, not run to its end
        assert ("ceasefire", 50, "found") in outcomes and ("ceasefire", 0, "found") in outcomes
        assert ("ceas", 0, "found") not in outcomes  # its marks never read either
