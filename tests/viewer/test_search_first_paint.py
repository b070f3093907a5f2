"""What the first page of a search costs the UI thread before it is drawn: a first page whose
marks are every hit (no sample) leaves the timeline's frame as it was, so the list is drawn
without the timeline being laid out and painted again first (it is when the marks come). Real
widgets and database."""

from __future__ import annotations

from tests.viewer.test_search_list import many_hits_db, search_for


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

    search_for(qtbot, window, "ceasefire")  # a real search still lists and marks every hit
    assert window.search.model.rowCount() == 50 and timeline.marked_count() == 60
