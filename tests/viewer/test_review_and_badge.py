"""A story's marker that a reviewer accepted carries both its count badge ("2") and the green
tick, side by side: neither covers the other, drawn as a band (day zoom) and as a dot."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from db.review.writer import ReviewWriter
from db.timekeys import period
from tests.stories import COUNCIL, FERRY_A, import_both
from viewer.timeline.badges import BADGE_H, badge_font, badge_width
from viewer.timeline.widget import GUTTER_W


def _event_id(path, start: str) -> int:
    conn = sqlite3.connect(path)
    (found,) = conn.execute("SELECT id FROM events WHERE text LIKE ? || '%'", (start,)).fetchall()
    conn.close()
    return found[0]


@pytest.fixture
def story_files(tmp_path):
    """The two articles imported (plain), and a copy where the story and the council's event,
    of the same day, are accepted (reviewed)."""
    plain, reviewed = tmp_path / "plain.db", tmp_path / "reviewed.db"
    assert import_both(plain).grouped == 1
    shutil.copy(plain, reviewed)
    with ReviewWriter(reviewed) as writer:
        writer.accept(_event_id(reviewed, FERRY_A))
        writer.accept(_event_id(reviewed, COUNCIL))
    return plain, reviewed


def render(make_window, path, days: tuple[str, str]):
    window = make_window(path, size=(1200, 640))
    timeline = window.timeline
    timeline.set_range(period(days[0]).start, period(days[1]).end)
    image = timeline.grab().toImage()
    return window, image


def changed(a: QImage, b: QImage, area: QRectF) -> list[tuple[int, int]]:
    """Device pixels in `area` (widget px) that differ between the two pictures."""
    ratio = a.devicePixelRatio()
    out = []
    for y in range(int(area.top() * ratio), int(area.bottom() * ratio)):
        for x in range(int(area.left() * ratio), int(area.right() * ratio)):
            if a.pixel(x, y) != b.pixel(x, y):
                out.append((x, y))
    return out


@pytest.mark.parametrize("days", [("2019-12-15", "2019-12-31"), ("2019-06", "2020-05")])
def test_the_review_mark_and_the_count_badge_do_not_overlap(make_window, story_files, days):
    plain, reviewed = story_files
    story, council = _event_id(plain, FERRY_A), _event_id(plain, COUNCIL)
    _, before = render(make_window, plain, days)
    window, after = render(make_window, reviewed, days)
    timeline = window.timeline
    frame = timeline.frame()
    assert frame.reports_of(story) == 2  # still counted once reviewed

    def around(event_id: int) -> QRectF:
        pos = timeline.marker_position(event_id)
        assert pos is not None
        return QRectF(pos.x() - 30, pos.y() - 18, 60, 24)

    def badge(event_id: int) -> QRectF:  # where badges.draw_badge puts it
        width = badge_width(2, badge_font(timeline.fonts.label))
        for m in frame.markers:
            if m.id == event_id:
                return QRectF(GUTTER_W + m.x - 0.5, m.y - 1 - BADGE_H - 0.5, width, BADGE_H)
        b = next(b for b in frame.bars if b.id == event_id)
        x = GUTTER_W + max(b.x0, 0.0) + 2
        return QRectF(x - 0.5, b.y + BADGE_H / 2 - BADGE_H - 0.5, width, BADGE_H)

    ratio = after.devicePixelRatio()
    mark = changed(before, after, around(story))  # what the review added: its mark
    alone = changed(before, after, around(council))  # the same mark with no badge beside it
    assert alone and mark
    # The whole tick is seen (the badge hides none of it) ...
    assert len(mark) >= 0.85 * len(alone)
    # ... and none of it is drawn inside the badge, which is as it was.
    inside = badge(story).adjusted(1, 1, -1, -1)  # its antialiased rim may take a shade
    assert not any(inside.contains(x / ratio, y / ratio) for x, y in mark)
