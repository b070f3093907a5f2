"""The selection where its lane does not draw it as usual. In a lane drawn as a histogram its
events are not drawn one by one, yet the selected one stays in sight: a line at its middle with a
cap, its stretch of time as a bar through the cap when it is longer than a point, and its title in
bold beside them on a pale plate (clear of the lane's scale). On rows, a selected event whose
label had no room gets the same plate beside its marker or bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from db.store.frame import EventPlace
from viewer.timeline.layout import MARKER_R, MIN_LABEL_W, Frame, LaneBox
from viewer.timeline.theme import GRID_MAJOR, SCALE_BG, SELECT, WHITE, Fonts

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
    place: EventPlace | None, frame: Frame, boxes: list[LaneBox], x_of: Callable[[float], float]
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
    y: float,
    left: float,
    right: float,
    width: float,
    fm: QFontMetricsF,
    title: str,
    avoid: QRectF | None = None,
) -> tuple[QRectF, str] | None:
    """Where a title centred on `y` goes beside what is drawn from `left` to `right`, and as
    much of it as fits: right of it, else left of it, else on the side with more room, cut
    short; never over `avoid` (a lane's scale), never narrower than MIN_LABEL_W."""
    if not title:
        return None
    h = fm.height() + 2
    top = y - h / 2
    right_from = min(right, width) + GAP
    left_to = max(left, 0.0) - GAP
    right_to, left_from = width - 4, 2.0
    if avoid is not None and avoid.top() < top + h and top < avoid.bottom():
        if avoid.center().x() >= (left + right) / 2:
            right_to = min(right_to, avoid.left() - GAP)
        else:
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


def paint_title(
    p: QPainter, fonts: Fonts, placed: tuple[QRectF, str] | None, opaque: bool = False
) -> QRectF | None:
    """A selection's title in bold on its plate (placed by `title_rect`): see-through over a
    histogram's bars, `opaque` (framed) over other labels. Where it went."""
    if placed is None:
        return None
    rect, text = placed
    p.save()
    if opaque:
        p.setPen(QPen(GRID_MAJOR, 1))
        p.setBrush(WHITE)
        p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    else:
        p.fillRect(rect, SCALE_BG)
    p.setFont(fonts.selected_label)
    p.setPen(SELECT)
    p.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
    p.restore()
    return rect


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
    p.restore()
    fm = QFontMetricsF(fonts.selected_label)
    left, right = min(sel.x, sel.x0) - SELECTED_CAP, max(sel.x, sel.x1) + SELECTED_CAP
    places = [title_rect(sel.cap_y, left, right, width, fm, title, avoid)]
    h = fm.height() + 2
    if box.height >= 3 * h:  # else the line under the cap and the scale, beside the line
        below = max(sel.cap_y + SELECTED_CAP, avoid.bottom() if avoid is not None else 0) + 2
        places.append(title_rect(below + h / 2, sel.x - 1, sel.x + 1, width, fm, title, avoid))
    shown = [place for place in places if place is not None]  # the one showing most of it
    return paint_title(p, fonts, max(shown, key=lambda place: len(place[1]), default=None))


def paint_unlabelled_selection(
    p: QPainter, frame: Frame, selected: int, width: float, fonts: Fonts, title: str
) -> QRectF | None:
    """The title of a selected event drawn on rows without its label (it had no room): on a
    plate beside its marker or bar, over its neighbours' labels. None if it has its label or
    is not drawn."""
    if any(lb.id == selected for lb in frame.labels):
        return None
    fm = QFontMetricsF(fonts.selected_label)
    for m in frame.markers:
        if m.id == selected:
            left, right = m.x - MARKER_R - 1, m.x + MARKER_R + 1
            return paint_title(p, fonts, title_rect(m.y, left, right, width, fm, title), True)
    for b in frame.bars:
        if b.id == selected:
            return paint_title(p, fonts, title_rect(b.y, b.x0, b.x1, width, fm, title), True)
    return None
