"""A new frame repaints the timeline but not its lanes' scroll bar (a Fusion scroll bar's
gradient is filled on Qt's thread pool: waking threads every frame), which stays right: it is
opaque, and repaints itself when it moves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QRegion

from db.store.memory_frame import MemoryFrame
from db.timekeys import DAY
from tests.synthetic import random_index
from tests.viewer.timeline.test_fast_paths import depends_on_what_is_under
from viewer.timeline.widget import TimelineWidget


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_a_new_frame_leaves_the_scroll_bar_alone(qtbot):
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_data(MemoryFrame(random_index(3000, lanes=14)))
    timeline.resize(900, 320)
    timeline.show()
    qtbot.waitExposed(timeline)
    timeline.set_range(0, 200 * DAY)
    qtbot.wait(50)
    bar = timeline.vbar
    assert bar.isVisible()  # 14 lanes outgrow 320 px
    region = timeline.frame_region()
    assert not region.intersects(bar.geometry())
    assert region == QRegion(timeline.rect()) - QRegion(bar.geometry())
    counts = {w: PaintCounter() for w in ("timeline", "bar")}
    timeline.installEventFilter(counts["timeline"])
    bar.installEventFilter(counts["bar"])
    for step in range(3):  # zooms and pans: new frames, the bar where it was
        timeline.set_range(step * 10 * DAY, step * 10 * DAY + 100 * DAY)
        qtbot.waitUntil(lambda s=step: counts["timeline"].paints > s)
    assert counts["bar"].paints == 0
    bar.setValue(bar.maximum() // 2)  # the lanes scrolled: the bar moved, and is repainted
    qtbot.waitUntil(lambda: counts["bar"].paints > 0)
    # Opaque: the old frame never shows through it.
    assert depends_on_what_is_under(bar) == 0


def test_without_a_scroll_bar_a_frame_repaints_the_whole_timeline(qtbot):
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_data(MemoryFrame(random_index(500, lanes=2)))
    timeline.resize(900, 500)
    timeline.show()
    qtbot.waitExposed(timeline)
    assert not timeline.vbar.isVisible()
    assert timeline.frame_region() == QRegion(timeline.rect())
