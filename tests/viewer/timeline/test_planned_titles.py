"""A planned event is told apart from what happened by its title too, not only by its hollow
outline: its label is drawn in PLANNED_TEXT, a happened one's in TEXT (the real window's
pixels)."""

from __future__ import annotations

import datetime
import sqlite3

from PySide6.QtGui import QColor

from db.ingest.importers import import_articles
from db.timekeys import period
from viewer.timeline.theme import PLANNED_TEXT, TEXT
from viewer.timeline.widget import GUTTER_W

PIER = """Harbour town weighs its ferry pier

The harbour council met on Monday to discuss the new ferry pier. The builders will start work on 3 March, the council's chairwoman said.
"""  # noqa: E501


def _darkest(image, label, fm) -> QColor:
    """The darkest pixel of a label's text: a glyph's stem, drawn in the label's pen."""
    x0, x1 = round(GUTTER_W + label.x), round(GUTTER_W + label.x + label.width)
    y0, y1 = round(label.y - fm.height() / 2), round(label.y + fm.height() / 2)
    pixels = [image.pixelColor(x, y) for x in range(x0, x1) for y in range(y0, y1)]
    return min(pixels, key=lambda c: c.red() + c.green() + c.blue())


def _near(color: QColor, want: QColor, tolerance: int = 24) -> bool:
    return all(
        abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], want.getRgb()[:3], strict=True)
    )


def test_a_planned_events_title_is_drawn_apart_from_a_happened_ones(qtbot, make_window, tmp_path):
    text = tmp_path / "pier.txt"
    text.write_text(PIER, encoding="utf-8")
    path = tmp_path / "pier.db"
    report = import_articles(path, [text], published=datetime.date(2026, 2, 10), lane="News")
    assert report.imported == 1 and not report.failed
    with sqlite3.connect(path) as conn:
        ((planned,),) = conn.execute("SELECT id FROM events WHERE status = 'planned'").fetchall()
        ((met,),) = conn.execute(
            "SELECT id FROM events WHERE status = 'happened' AND title LIKE 'The harbour council%'"
        ).fetchall()
    window = make_window(path, size=(1300, 700))
    timeline = window.timeline
    timeline.set_range(period("2026-02-01").start, period("2026-03-10").end)
    qtbot.waitUntil(lambda: not timeline.labels_pending())
    image = timeline.grab().toImage()
    labels = {lb.id: lb for lb in timeline.frame().labels}
    assert planned in labels and met in labels
    fm = timeline.fonts.label_metrics
    assert _near(_darkest(image, labels[planned], fm), PLANNED_TEXT)
    assert _near(_darkest(image, labels[met], fm), TEXT)
    assert not _near(PLANNED_TEXT, TEXT, 40)  # two colours a reader tells apart
