"""`--screenshot` of a timeline database with no pyramid kept: the picture is the frame the
loaded index draws (not a sketch), and the pyramid that open keeps after its first frame is
written before the command exits, so that the next open paints from it as a user's would."""

from __future__ import annotations

from PySide6.QtGui import QImage

from db import pyramid_cache
from db.store import keep_pyramid, window_data
from tests.db.test_pyramid_cache import _db, _small_files_keep_pyramids  # noqa: F401
from viewer.cli import main
from viewer.source import DataSource


def test_a_screenshot_writes_the_pyramid_its_open_keeps(qtbot, tmp_path, monkeypatch):
    path = _db(tmp_path)
    # As for a file of millions of events: the write waits past the screenshot's first frame.
    monkeypatch.setattr(keep_pyramid, "WAIT_PER_EVENT_S", 1.0)
    assert DataSource.sketch(path) is None  # never opened: nothing to sketch from
    first = tmp_path / "first.png"
    assert main([str(path), "--screenshot", str(first), "--size", "900x560"]) == 0
    assert pyramid_cache.current(path, exact=True) and window_data.kept(path)
    assert not any(t.is_alive() for t in keep_pyramid._TIMERS)  # written, not dropped
    sketch = DataSource.sketch(path)  # the next open's first paint
    assert sketch is not None and sketch.lanes == ("Lane", "North", "Sea", "South")

    again = tmp_path / "again.png"
    assert main([str(path), "--screenshot", str(again), "--size", "900x560"]) == 0
    assert QImage(str(again)) == QImage(str(first))  # from the pyramid, the same picture
