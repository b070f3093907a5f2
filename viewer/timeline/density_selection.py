"""The selection in a lane drawn as a histogram. Its events are not drawn one by one, yet the
selected one stays in sight, whatever the lane's mode: a line at its middle with a cap, its
stretch of time as a bar through the cap when it is longer than a point, and its title in bold
beside them on a pale plate (clear of the lane's scale)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from db.store.frame import EventPlace
from viewer.timeline.layout import MIN_LABEL_W, Frame, LaneBox
from viewer.timeline.theme import SCALE_BG, SELECT, Fonts

SELECTED_CAP = 4  # px: the radius of the cap
SPAN_H = 3  # px: the height of the bar of its stretch of time
GAP = 4  # px between the cap (or the bar's end) and the title


@dataclass(frozen=True)
class DensitySelection:
    box: LaneBox  # the lane's box
    x: float  # the middle of the event, plot x
    x0: float  # its start and end, plot x
    x1: float

    @property
    def cap_y(self) -> float:
        return self.box.top + 6


def selected_in_density(
    place: EventPlace | None, frame: Frame, boxes: list[LaneBox], x_of
) -> DensitySelection | None:
    """Where the selection (found at `place`) is drawn, when its lane is drawn as density."""
    if place is None or frame.modes.get(place.lane) != "density":
        return None
    box = next((b for b in boxes if b.lane == place.lane), None)
    if box is None:
        return None
    t0, t1 = float(place.start), float(place.end)
    return DensitySelection(box, x_of((t0 + t1) / 2), x_of(t0), x_of(t1))


def title_rect(
    sel: DensitySelection, width: float, fm: QFontMetricsF, title: str, avoid: QRectF | None
) -> tuple[QRectF, str] | None:
    """Where the title goes, and as much of it as fits: right of the cap and the bar's end,
    else left of them, else on the side with more room, cut short; never over the lane's
    scale (`avoid`), never narrower than MIN_LABEL_W."""
    if not title:
        return None
    h = fm.height() + 2
    top = sel.cap_y - h / 2
    right_from = max(sel.x, min(sel.x1, width)) + SELECTED_CAP + GAP
    left_to = min(sel.x, max(sel.x0, 0.0)) - SELECTED_CAP - GAP
    right_to, left_from = width - 4, 2.0
    if avoid is not None and avoid.top() < top + h and top < avoid.bottom():
        if avoid.left() >= right_from:
            right_to = min(right_to, avoid.left() - GAP)
        if avoid.right() <= left_to:
            left_from = max(left_from, avoid.right() + GAP)
    need = fm.horizontalAdvance(title) + 8
    if right_to - right_from >= need:
        return QRectF(right_from, top, need, h), title
    if left_to - left_from >= need:
        return QRectF(left_to - need, top, need, h), title
    room_right, room_left = right_to - right_from, left_to - left_from
    room = max(room_right, room_left)
    if room < MIN_LABEL_W:
        return None
    text = fm.elidedText(title, Qt.TextElideMode.ElideRight, room - 8)
    if room_right >= room_left:
        return QRectF(right_from, top, room, h), text
    return QRectF(left_to - room, top, room, h), text


def paint_selected_in_density(
    p: QPainter,
    sel: DensitySelection,
    width: float,
    fonts: Fonts,
    title: str,
    avoid: QRectF | None = None,
) -> QRectF | None:
    """Draw the selection in its histogram lane; returns where its title went (None: none)."""
    box = sel.box
    p.save()
    p.setPen(QPen(SELECT, 2))
    p.drawLine(QPointF(sel.x, box.top + 4), QPointF(sel.x, box.top + box.height - 4))
    p.setBrush(SELECT)
    x0, x1 = max(sel.x0, -2.0), min(sel.x1, width + 2)
    if x1 - x0 > 2 * SELECTED_CAP:  # a period: the time it covers, through the cap
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(x0, sel.cap_y - SPAN_H / 2, x1 - x0, SPAN_H), 1.5, 1.5)
    p.drawEllipse(QPointF(sel.x, sel.cap_y), SELECTED_CAP, SELECTED_CAP)
    fm = QFontMetricsF(fonts.selected_label)
    placed = title_rect(sel, width, fm, title, avoid)
    if placed is not None:
        rect, text = placed
        p.fillRect(rect, SCALE_BG)
        p.setFont(fonts.selected_label)
        p.setPen(SELECT)
        p.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
    p.restore()
    return placed[0] if placed is not None else None
