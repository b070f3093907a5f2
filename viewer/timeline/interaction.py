"""The timeline's input: selection (click, keyboard, reveal), the mouse (drag pans, click
selects, a click on density zooms in), the wheel (zoom, or scroll the lanes), the tooltip and the
lane menu. A mixin of TimelineWidget, which holds the state and the signals it uses.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip

from db.store.frame import EventPlace
from viewer.timeline.badges import reports_text
from viewer.timeline.layout import ROW_H, LaneBox
from viewer.timeline.painter import chevron_rect
from viewer.timeline.scale import Scale
from viewer.timeline.spans import describe_span
from viewer.timeline.theme import AXIS_H, GUTTER_W

DRAG_THRESHOLD = 4
BORDER_PX = 3  # how close to a lane's lower border (in the gutter) a press resizes the lane
WHEEL_STEP = 1.25  # zoom factor of one wheel notch (120 units)


class TimelineInput:
    """Selection and input handling; mixed into TimelineWidget (before QWidget), whose
    attributes (events, scale, selected, frame(), signals) it uses."""

    def _init_input(self) -> None:
        self._selected_key: tuple | None = None  # (selected id, frame) of _selected_at
        self._selected_at: EventPlace | None = None
        self._press: tuple[QPointF, Scale] | None = None  # where a drag started, and the scale
        self._dragging = False
        self._resizing: tuple[int, float, float] | None = None  # lane, press y, its height then

    def select(self, event_id: int | None, *, reveal: bool = False) -> None:
        self.selected = event_id
        # Found now, not by the first paint that draws it (a paint never asks the store): the
        # next paint, or a grab right after (--screenshot), draws it in a histogram lane too.
        place = self.selected_place()
        if reveal and place is not None:
            t0, t1 = float(place.start), float(place.end)
            if t1 < self.scale.t0 or t0 > self.scale.t1:
                mid = (t0 + t1) / 2
                half = self.scale.spp * self.scale.width / 2
                self.set_scale(self.scale.with_span(mid - half, mid + half))
        self._invalidate()

    def selected_place(self) -> EventPlace | None:
        """Where the selection is, asked once per selection and frame rather than on every
        frame that draws it."""
        key = (self.selected, self.events)
        if (
            self._selected_key is None
            or self._selected_key[0] != key[0]
            or (self._selected_key[1] is not key[1])
        ):
            self._selected_key = key
            self._selected_at = (
                self.events.locate(self.selected)
                if self.events is not None and self.selected is not None
                else None
            )
        return self._selected_at

    def painted_selected_place(self) -> EventPlace | None:
        """The selection's place for a paint: the one found already, else None for this frame
        while it is looked up right after (a frame may ask its store, never inside a paint)."""
        key = (self.selected, self.events)
        if self._selected_key is not None and self._selected_key[0] == key[0]:
            if self._selected_key[1] is key[1]:
                return self._selected_at
        if self.selected is not None and self.events is not None:
            QTimer.singleShot(0, self, self._found_selected_place)
        return None

    def _found_selected_place(self) -> None:
        if self.selected_place() is not None:
            self.update(self.frame_region())

    def select_adjacent(self, step: int) -> int | None:
        """Select the next (+1) or previous (-1) event in time; the view follows it."""
        events = self.events
        if events is None or len(events) == 0:
            return None
        here = self.selected_place()
        if here is None:
            place = events.neighbour(None, step, at=(self.scale.t0 + self.scale.t1) / 2)
        else:  # past either end the selection stays where it is
            place = events.neighbour(here.id, step) or here
        return self._select_place(place) if place is not None else None

    def select_end(self, last: bool) -> int | None:
        """Select the first or last event of all (Home / End)."""
        if self.events is None or len(self.events) == 0:
            return None
        place = self.events.neighbour(None, -1 if last else +1)
        return self._select_place(place) if place is not None else None

    def _select_place(self, place: EventPlace) -> int:
        self.selected = place.id
        self.follow(float(place.start), float(place.end))
        self._invalidate()
        self.eventSelected.emit(place.id)
        return place.id

    def follow(self, t0: float, t1: float) -> None:
        """Pan (never zoom) so that [t0, t1) is in the middle 80 % of the view."""
        mid = (t0 + t1) / 2
        span = self.scale.t1 - self.scale.t0
        if not (self.scale.t0 + 0.1 * span <= mid <= self.scale.t1 - 0.1 * span):
            self.set_scale(self.scale.with_span(mid - span / 2, mid + span / 2))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        for keys, _shown, _does, act in KEYS:
            if event.key() in keys:
                act(self)
                event.accept()
                return
        super().keyPressEvent(event)

    def _activate_selected(self) -> None:
        if self.selected is not None:
            self.eventActivated.emit(self.selected)

    def _clear_selection(self) -> None:
        self.select(None)
        self.selectionCleared.emit()

    def event(self, event) -> bool:  # noqa: A003 (Qt naming)
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())
            hit = self.event_at(pos) if pos.x() >= GUTTER_W else None
            text = None
            if hit is not None and self.describe is not None:
                text = self.describe(hit)
                reports = self.frame().reports_of(hit)
                if reports > 1:  # a story drawn once
                    text = f"{text}\n{reports_text(reports)}"
                if QtGui.Qt.mightBeRichText(text):  # text from a file is shown, not interpreted
                    text = f"<p style='white-space:pre'>{html.escape(text)}</p>"
            elif hit is None and pos.x() >= GUTTER_W and pos.y() >= AXIS_H:
                text = self.density_tip(pos)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def density_tip(self, pos: QPointF) -> str | None:
        """What the density bar under `pos` stands for: "312 events, 3–9 March 2011", and the
        long or imprecise events that may lie there (the pale band)."""
        frame = self.frame()
        lane = frame.density_at(pos.x(), pos.y(), self.lane_boxes())
        density = next((d for d in frame.density if d.lane == lane), None)
        if density is None:
            return None
        count, covered, t0, t1 = density.at(pos.x() - GUTTER_W)
        if not count and not covered:
            return None
        when = describe_span(t0, t1)
        lines = [f"{count:,} event{'s' if count != 1 else ''}, {when}"] if count else []
        if covered:
            lines.append(
                f"{covered:,} longer or imprecise event{'s' if covered != 1 else ''} "
                f"(a month, a year, a range) may lie here" + ("" if count else f", {when}")
            )
        lines.append("Click to zoom in")
        return "\n".join(lines)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            return
        x = event.position().x()
        if self.vbar.isVisible() and (
            x < GUTTER_W or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):  # over the lane names (or with Shift) the wheel scrolls the lanes
            self.vbar.setValue(self.vbar.value() - int(delta / 120 * 3 * ROW_H))
            event.accept()
            return
        if x < GUTTER_W:
            x = GUTTER_W + self.scale.width / 2
        self.zoom(WHEEL_STEP ** (delta / 120), x)
        event.accept()

    def lane_at(self, y: float) -> int | None:
        for box in self.lane_boxes():
            if box.top <= y < box.top + box.height:
                return box.lane
        return None

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        lane = self.lane_at(event.pos().y()) if self.events is not None else None
        if lane is not None and event.pos().x() < GUTTER_W:
            self.laneMenuRequested.emit(self.events.lanes[lane], event.globalPos())

    def _border_at(self, pos: QPointF) -> LaneBox | None:
        """The lane whose lower border (in the gutter) is under `pos`: dragging it resizes."""
        if pos.x() >= GUTTER_W or pos.y() < AXIS_H:
            return None
        for box in self.lane_boxes():
            if abs(box.top + box.height - pos.y()) <= BORDER_PX and not box.folded:
                return box
        return None

    def _chevron_at(self, pos: QPointF) -> LaneBox | None:
        for box in self.lane_boxes():
            x, y, w, h = chevron_rect(box)
            if x - 4 <= pos.x() <= x + w + 4 and y - 3 <= pos.y() <= y + h + 3:
                return box
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        border = self._border_at(pos)
        if border is not None:  # drag a lane's lower border: its height
            self._resizing = (border.lane, pos.y(), border.height - border.volume)  # rows' part
            event.accept()
            return
        chevron = self._chevron_at(pos) if pos.x() < GUTTER_W and pos.y() >= AXIS_H else None
        if chevron is not None:
            self.toggle_folded(chevron.lane)
            event.accept()
            return
        self._press = (event.position(), self.scale)
        self._dragging = False
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        border = self._border_at(event.position())
        if border is not None:  # a resized lane takes the height it needs again
            self.set_lane_height(border.lane, None)
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._resizing is not None:
            lane, y0, h0 = self._resizing
            self.set_lane_height(lane, h0 + pos.y() - y0)
            return
        if pos.x() < GUTTER_W:
            if self._border_at(pos) is not None:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            elif self._chevron_at(pos) is not None:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, scale = self._press
            dx = pos.x() - start.x()
            if self._dragging or abs(dx) >= DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.set_scale(scale.panned(dx))
            return
        hit = self.event_at(pos) if pos.x() >= GUTTER_W else None
        if hit != self.hovered:
            self.hovered = hit
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hit is not None else Qt.CursorShape.ArrowCursor
            )
            self.update(self.frame_region())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._resizing is not None:
            self._resizing = None
            self.unsetCursor()
            return
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_drag = self._dragging
        self._press = None
        self._dragging = False
        self.unsetCursor()
        if was_drag:
            return
        pos = event.position()
        if pos.x() < GUTTER_W or pos.y() < AXIS_H:
            return
        if any(rect.contains(pos) for _, _, rect in self.painter.outside_marks):
            self.fit_whole()  # "◂ 1 earlier": show it, with everything else
            return
        hit = self.event_at(pos)
        if hit is not None:
            self.select(hit)
            self.eventClicked.emit(hit)
        elif self.frame().density_at(pos.x(), pos.y(), self.lane_boxes()) is not None:
            self.zoom(4.0, pos.x())  # a click on a dense stretch opens it up


# The keys the timeline answers while it has the focus: (keys, as shown, what it does, how).
# keyPressEvent dispatches from this table and Help ▸ Keyboard Shortcuts lists it, so the two agree.
K = Qt.Key
KEYS: tuple[tuple[tuple[Qt.Key, ...], str, str, Callable[[TimelineInput], object]], ...] = (
    ((K.Key_Left,), "Left", "Select the previous event in time", lambda w: w.select_adjacent(-1)),
    ((K.Key_Right,), "Right", "Select the next event in time", lambda w: w.select_adjacent(+1)),
    ((K.Key_Home,), "Home", "Select the first event", lambda w: w.select_end(last=False)),
    ((K.Key_End,), "End", "Select the last event", lambda w: w.select_end(last=True)),
    ((K.Key_Return, K.Key_Enter), "Enter", "Open the selected event's source",
     lambda w: w._activate_selected()),
    ((K.Key_Escape,), "Escape", "Clear the selection", lambda w: w._clear_selection()),
    ((K.Key_Plus, K.Key_Equal), "+", "Zoom in around the centre", lambda w: w.zoom(2.0)),
    ((K.Key_Minus, K.Key_Underscore), "-", "Zoom out around the centre",
     lambda w: w.zoom(0.5)),
)  # fmt: skip
