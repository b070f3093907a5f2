"""The viewer shows a dataset as it shows the database it was converted from: the same window,
the same labels, the same panel, through open_store (the viewer does not know it is a dataset)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt

from db.archive.convert import convert
from db.ingest.importers import import_articles
from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE


def _labels(qtbot, window, at: str) -> list[tuple[str, int]]:
    timeline = window.timeline
    timeline.set_range(period(at).start, period(at).end)

    def titled() -> list:
        timeline.grab()  # a paint asks for the titles it lacks; they arrive from a worker
        return [lb for lb in timeline.frame().labels if lb.text]

    qtbot.waitUntil(lambda: len(titled()) >= 3)
    qtbot.wait(200)  # the last titles asked for
    return sorted((lb.text, round(lb.x)) for lb in titled())


def test_the_window_shows_a_dataset_as_its_database(qtbot, make_window, tmp_path):
    db = tmp_path / "sample.db"
    import_articles(db, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    convert(db, tmp_path / "ds")
    shown = []
    for path in (db, tmp_path / "ds"):
        window = make_window(path, size=(1200, 700))
        assert window.session.source is not None and window.session.source.path == path
        shown.append(_labels(qtbot, window, "2019-12"))
        timeline, panel = window.timeline, window.panel
        ids = window.session.source.whole().ids().tolist()
        drawn = [(i, p) for i in ids if (p := timeline.marker_position(i)) is not None]
        event_id, pos = drawn[len(drawn) // 2]
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
        assert timeline.selected == event_id
        qtbot.waitUntil(lambda p=panel: p.headline.text() != "")
        shown.append(
            (event_id, panel.headline.text(), panel.meta.text(), panel.caption.text(),
             panel.event_date.text(), panel.highlighted_text())
        )  # fmt: skip
    assert shown[0] == shown[2] and shown[1] == shown[3]
    assert len(shown[0]) >= 3 and "Turkish delegation" in shown[1][1]


def test_the_tiny_database_and_its_dataset_draw_the_same_labels(qtbot, make_window, tiny_db,
                                                               tmp_path):  # fmt: skip
    convert(tiny_db, tmp_path / "ds")
    shown = [_labels(qtbot, make_window(p), "2019-12") for p in (tiny_db, tmp_path / "ds")]
    assert shown[0] == shown[1]
