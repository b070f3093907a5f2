"""What the first page of a search costs the UI thread before it is drawn: the window, idle after
its first paint, has drawn a made-up list of results once (viewer.search.warm_results), and a
first page whose marks are every hit leaves the timeline's frame as it was (it is laid out and
painted again when the marks come, not before the list is drawn). Real widgets and database."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from tests.viewer.test_search_list import many_hits_db, search_for
from viewer.search import warm_results


def _colours(image) -> set[tuple[int, int, int]]:
    return {
        QColor(image.pixel(x, y)).getRgb()[:3]
        for x in range(0, image.width(), 3)
        for y in range(image.height())
    }


def test_the_window_draws_a_made_up_list_once_idle(qtbot, make_window, tmp_path):
    window = make_window(many_hits_db(tmp_path, 60), size=(1400, 860))
    panel = window.search
    qtbot.waitUntil(lambda: panel._warm)  # armed by the panel's first paint
    qtbot.wait(50)
    # The panel's own list is untouched: no rows, still hidden until a search shows it.
    assert panel.model.rowCount() == 0 and not panel.list.isVisible()

    image = warm_results(panel.list)
    colours = _colours(image)
    highlight = panel.list.palette().color(QPalette.ColorRole.Highlight).getRgb()[:3]
    assert highlight in colours  # the selected result's background
    assert (0xFF, 0xE5, 0x8A) in colours  # the marked words' yellow
    assert any(max(c) < 90 for c in colours)  # dark text: glyphs were drawn

    search_for(qtbot, window, "ceasefire")  # and a real search still lists and marks
    assert panel.model.rowCount() == 50 and window.timeline.marked_count() == 60


def test_a_first_page_leaves_the_timeline_frame_as_it_was(qtbot, make_window, tmp_path):
    window = make_window(many_hits_db(tmp_path, 60), size=(1400, 860))
    timeline = window.timeline
    frame = timeline.frame()
    timeline.set_window_search(None)  # what each first page's results say: no sample
    assert timeline.frame() is frame

    timeline.set_window_search(lambda ids: ids)  # a sample: the view's window will be asked
    assert timeline.frame() is not frame
    frame = timeline.frame()
    timeline.set_window_search(None)  # and no more: its marks go
    assert timeline.frame() is not frame
