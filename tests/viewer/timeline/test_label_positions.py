"""Labels are drawn where the layout placed them, whatever was drawn before them: read off the
rendered pixels of the real window on the sample article at month zoom (its day events are narrow
bands beside wide ones: blitting cached band pixmaps there once shifted every label drawn after
them by the plot's offset)."""

from __future__ import annotations

import datetime

import numpy as np
from PySide6.QtGui import QImage

from db.ingest.importers import import_articles
from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE
from viewer.timeline.widget import GUTTER_W
from viewer.window import MainWindow


def pixels(window: MainWindow) -> np.ndarray:
    """The timeline as rendered, as an (h, w) array of grey levels."""
    image = window.timeline.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(bytes(image.constBits()), np.uint8)
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width()]


def test_every_label_is_drawn_at_its_place(qtbot, make_window, tmp_path):
    path = tmp_path / "sample.db"
    import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    window = make_window(path, size=(1200, 700))
    timeline = window.timeline
    timeline.set_range(period("2019-12-01").start, period("2019-12-31").end)

    def titled() -> list:
        timeline.grab()  # a paint asks for the titles it lacks; they arrive from a worker
        return [lb for lb in timeline.frame().labels if lb.text and not lb.inside]

    qtbot.waitUntil(lambda: len(titled()) >= 5)
    frame = timeline.frame()
    assert any(b.x1 - b.x0 < 48 for b in frame.bars), "no narrow band in view"
    grey = pixels(window)
    for label in titled():  # inside a solid bar a label is white: the others are dark text
        x0 = int(GUTTER_W + label.x)
        x1 = int(GUTTER_W + label.x + min(label.width, 60))
        y0, y1 = int(label.y - 6), int(label.y + 6)
        ink = int((grey[y0:y1, x0:x1] < 110).sum())  # lanes, bands and grid are light
        assert ink > 20, f"{label.text!r} is not drawn at x={label.x:.0f}, y={label.y:.0f}"
