"""The painted timeline widget: wheel zooms around the cursor, drag pans, click selects.

It holds an event frame (db.store.frame: the events shown, answered per lane) and a scale; on each
change it asks `layout()` for a frame and `paintEvent` only draws that frame. Labels come from a
cache of titles: the titles a frame lacks are asked for (`titlesWanted`), read by the window on a
worker and pushed in (`add_titles`); nothing reads a database while painting.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from itertools import starmap

import numpy as np
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QMouseEvent,
    QPaintEngine,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QStaticText,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QSizePolicy, QToolTip, QWidget

from db.store.frame import EventFrame, EventPlace, FrameSlice
from viewer.timeline import ticks as tickmod
from viewer.timeline.layout import (
    BIN_PX,
    IMPRECISE_BAR,
    IMPRECISE_POINT,
    MARKER_R,
    PUBLICATION_POINT,
    ROW_H,
    Frame,
    Label,
    LaneBox,
    layout,
    plan,
)
from viewer.timeline.scale import Scale

GUTTER_W = 150
AXIS_H = 44
MIN_LANE_H = 2 * ROW_H + 12
MAX_LANE_H = 10 * ROW_H + 12
DRAG_THRESHOLD = 4
SPRITE = 2 * (MARKER_R + 2)  # size of a pre-drawn marker, px
WHEEL_STEP = 1.25  # zoom factor of one wheel notch (120 units)
LABEL_CACHE_MAX = 50_000  # titles kept for labels; the database holds the rest

PALETTE = (
    "#2f6fb0",
    "#d0661c",
    "#3a9a4a",
    "#b8343b",
    "#7b57b0",
    "#8c5a3c",
    "#c2489a",
    "#5f6b73",
    "#9a9a1e",
    "#1c9cae",
)
PALETTE_COLORS = tuple(QColor(c) for c in PALETTE)
WHITE = QColor("#ffffff")
BG = QColor("#fbfbfc")
LANE_BG = (QColor("#ffffff"), QColor("#f3f5f8"))
GUTTER_BG = QColor("#e9edf2")
GRID_MINOR = QColor("#e3e7ec")
GRID_MAJOR = QColor("#c3cad3")
TEXT = QColor("#1f2328")
TEXT_DIM = QColor("#66707a")
SELECT = QColor("#111111")
MARK = QColor("#f5b800")  # search hits


def _rects(x, y, w, h) -> list[QRect]:
    """QRects from four equal-length integer arrays (no Python loop body of our own)."""
    return list(
        starmap(QRect, zip(*(np.asarray(a, np.int64).tolist() for a in (x, y, w, h)), strict=True))
    )


def _runs(x: np.ndarray, height: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Adjacent bins of equal height merged: left edges, widths and heights of the runs."""
    x = np.asarray(x, np.int64)
    breaks = np.flatnonzero((np.diff(height) != 0) | (np.diff(x) != BIN_PX)) + 1
    first = np.concatenate(([0], breaks))
    last = np.concatenate((breaks, [len(x)])) - 1
    return x[first], x[last] + BIN_PX - x[first], height[first]


def _vector(p: QPainter) -> bool:
    """Is the painter drawing vector output (an SVG export) rather than pixels?"""
    return p.paintEngine().type() != QPaintEngine.Type.Raster


def _mix(color: QColor, base: QColor, share: float) -> QColor:
    """`share` of `color` over `base`, as an opaque colour (cheaper to fill than alpha)."""
    return QColor(
        round(color.red() * share + base.red() * (1 - share)),
        round(color.green() * share + base.green() * (1 - share)),
        round(color.blue() * share + base.blue() * (1 - share)),
    )


class TimelineWidget(QWidget):
    eventClicked = Signal(int)  # a click on an event: select it and open its source
    eventSelected = Signal(int)  # selected with the keyboard (the panel follows)
    eventActivated = Signal(int)  # Enter on the selection: open its source
    selectionCleared = Signal()
    rangeChanged = Signal(float, float)
    laneMenuRequested = Signal(str, QPoint)  # lane name, global position (right click in gutter)
    titlesWanted = Signal(list)  # ids whose labels the view lacks: answer with add_titles

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(400, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # paintEvent covers every pixel: Qt need not paint the parent's background under it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.font_label = QFont(self.font())
        self.font_label.setPointSizeF(8.5)
        self.font_axis = QFont(self.font())
        self.font_axis.setPointSizeF(8.5)
        self.font_major = QFont(self.font_axis)
        self.font_major.setBold(True)
        self.font_lane = QFont(self.font())
        self.font_lane.setPointSizeF(9)
        self.font_lane.setBold(True)
        self._fm_label = QFontMetricsF(self.font_label)
        self.events: EventFrame | None = None
        self._label_cache: dict[int, tuple[str, float]] = {}
        self._asked: set[int] = set()  # ids asked for (titlesWanted) and not yet answered
        self._elide_cache: dict[tuple[int, int, bool], str] = {}
        self._sprites: dict[tuple, QPixmap] = {}
        self._static_cache: dict[tuple[str, bool], QStaticText] = {}
        self._widths: dict[tuple, float] = {}
        self._lane_names: dict[str, str] = {}  # name -> as shown in the gutter
        self._selected_key: tuple | None = None  # (selected id, frame) of _selected_at
        self._selected_at: EventPlace | None = None
        self.scale = Scale(0.0, 86_400.0, max(self.width() - GUTTER_W, 1))
        self.selected: int | None = None
        self.hovered: int | None = None
        self._frame: Frame | None = None
        self._modes: dict[int, str] = {}
        # The span fit_all/set_range asked for, kept through resizes until the user zooms or pans.
        self._asked_span: tuple[float, float] | None = None
        self._press: tuple[QPointF, Scale] | None = None
        self._dragging = False
        self.empty_message = "No database open. File ▸ Open… (Ctrl+O)"
        self._colors: list[QColor] | None = None
        self.describe: Callable[[int], str] | None = None  # tooltip text of an event
        self._marked_ids: np.ndarray = np.empty(0, np.int64)  # search hits, sorted
        self._marked_count = 0  # how many of them the frame holds
        self._marked_set: set[int] = set()
        self.vbar = QScrollBar(Qt.Orientation.Vertical, self)  # when lanes outgrow the height
        self.vbar.hide()
        self.vbar.valueChanged.connect(self._invalidate)

    # -- data and view -------------------------------------------------------------------------

    def set_data(
        self, events: EventFrame, colors: list[str] | None = None, keep_labels: bool = False
    ) -> None:
        """Show `events`; `colors` gives each lane's colour (stable when lanes are filtered).
        `keep_labels`: the same data filtered otherwise, so the titles read stay good."""
        self.events = events
        self._colors = [QColor(c) for c in colors] if colors else None
        if not keep_labels:
            self._label_cache.clear()
            self._asked.clear()
            self._elide_cache.clear()
            self._static_cache.clear()
        self._modes.clear()
        self.selected = None
        self._update_marked()
        self._layout_scrollbar()
        self._invalidate()

    def forget_labels(self) -> None:
        """Ask for the labels' titles again at the next paint (they could not be read before)."""
        self._label_cache.clear()
        self._asked.clear()
        self._elide_cache.clear()
        self._invalidate()

    def add_titles(self, titles: dict[int, str]) -> None:
        """Titles read for `titlesWanted` (an id without one gets an empty label): laid out and
        drawn from the next frame on."""
        cache = self._label_cache
        if len(cache) > LABEL_CACHE_MAX:  # memory stays bounded at any size
            cache.clear()
        for eid, title in titles.items():
            text = " ".join((title or "").split())
            cache[eid] = (text, self._fm_label.horizontalAdvance(text))
        self._asked.difference_update(titles)
        self._invalidate()

    def labels_pending(self) -> bool:
        """Does the view wait for titles it asked for (a screenshot waits for them)?"""
        self.frame()
        return bool(self._asked)

    def set_marked(self, ids: np.ndarray | list[int] | None) -> None:
        """Mark these events (search hits) wherever they are drawn."""
        self._marked_ids = np.unique(np.asarray(ids if ids is not None else [], dtype=np.int64))
        self._update_marked()
        self._invalidate()

    def marked_count(self) -> int:
        return self._marked_count

    def _update_marked(self) -> None:
        if self.events is None or not len(self._marked_ids):
            self._marked_count = 0
        else:
            self._marked_count = int(self.events.contains(self._marked_ids).sum())
        self._marked_set = set(self._marked_ids.tolist())

    def data_span(self) -> tuple[float, float] | None:
        span = self.events.span() if self.events is not None else None
        if span is None:
            return None
        return float(span[0]), float(span[1])

    def fit_all(self) -> None:
        span = self.data_span()
        if span:
            fitted = Scale.fit(span[0], span[1], self._plot_width())
            self.set_scale(fitted)
            self._asked_span = (fitted.t0, fitted.t1)

    def set_range(self, t0: float, t1: float) -> None:
        self.set_scale(Scale(t0, 1.0, self._plot_width()).with_span(t0, t1))
        self._asked_span = (t0, t1)

    def visible_range(self) -> tuple[float, float]:
        return self.scale.t0, self.scale.t1

    def set_scale(self, scale: Scale) -> None:
        self._asked_span = None
        if scale != self.scale:
            self.scale = scale
            self._invalidate()
            self.rangeChanged.emit(scale.t0, scale.t1)

    def zoom(self, factor: float, x: float | None = None) -> None:
        """Zoom by `factor` around widget x (the plot's centre by default)."""
        px = (x - GUTTER_W) if x is not None else self.scale.width / 2
        self.set_scale(self.scale.zoomed(factor, px))

    def select(self, event_id: int | None, *, reveal: bool = False) -> None:
        self.selected = event_id
        if reveal and event_id is not None and self.events is not None:
            place = self.events.locate(event_id)
            if place is not None:
                t0, t1 = float(place.start), float(place.end)
                if t1 < self.scale.t0 or t0 > self.scale.t1:
                    mid = (t0 + t1) / 2
                    half = self.scale.spp * self.scale.width / 2
                    self.set_scale(self.scale.with_span(mid - half, mid + half))
        self._invalidate()

    def marker_position(self, event_id: int) -> QPointF | None:
        """Where an event is drawn, in widget coordinates (for tests and keyboard navigation)."""
        frame = self.frame()
        for m in frame.markers:
            if m.id == event_id:
                return QPointF(GUTTER_W + m.x, m.y)
        for b in frame.bars:
            if b.id == event_id:
                return QPointF(GUTTER_W + (max(b.x0, 0) + min(b.x1, self.scale.width)) / 2, b.y)
        return None

    def event_at(self, pos: QPointF) -> int | None:
        return self.frame().hit(pos.x() - GUTTER_W, pos.y())

    # -- geometry ------------------------------------------------------------------------------

    def _plot_width(self) -> int:
        return max(self.width() - GUTTER_W, 1)

    def lane_boxes(self) -> list[LaneBox]:
        if self.events is None or not self.events.lanes:
            return []
        n = len(self.events.lanes)
        h = self._lane_height()
        top = AXIS_H - (self.vbar.value() if self.vbar.isVisible() else 0)
        boxes = [LaneBox(i, top + i * h, h) for i in range(n)]
        return [b for b in boxes if b.top + b.height > AXIS_H and b.top < self.height()]

    def _lane_height(self) -> float:
        n = len(self.events.lanes) if self.events is not None else 0
        return min(MAX_LANE_H, max(MIN_LANE_H, (self.height() - AXIS_H) / max(n, 1)))

    def _layout_scrollbar(self) -> None:
        n = len(self.events.lanes) if self.events is not None else 0
        total = n * self._lane_height()
        room = self.height() - AXIS_H
        if total > room + 1:
            self.vbar.setRange(0, int(total - room))
            self.vbar.setPageStep(int(room))
            self.vbar.setSingleStep(int(self._lane_height()))
            w = self.vbar.sizeHint().width()
            self.vbar.setGeometry(self.width() - w, AXIS_H, w, int(room))
            self.vbar.show()
        else:
            self.vbar.setValue(0)
            self.vbar.hide()

    def _invalidate(self) -> None:
        self._frame = None
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._layout_scrollbar()
        if self._asked_span is not None:
            asked = self._asked_span
            self.scale = Scale(0, 1, self._plot_width()).with_span(*asked)
            self._asked_span = asked
        else:
            self.scale = self.scale.with_width(self._plot_width())
        self._invalidate()
        super().resizeEvent(event)

    # -- layout --------------------------------------------------------------------------------

    def frame(self) -> Frame:
        if self._frame is None:
            self._frame = self._compute_frame()
        return self._frame

    def _compute_frame(self) -> Frame:
        if self.events is None:
            return Frame()
        boxes = self.lane_boxes()
        planned = plan(self.events, self.scale, boxes, self._modes)
        in_view = self._ask_titles(planned)
        frame = layout(
            self.events,
            self.scale,
            boxes,
            self._label_for,
            in_view=in_view,
            planned=planned,
        )
        self._modes = frame.modes
        return frame

    def _ask_titles(self, planned: dict[int, tuple[int, str]]) -> dict[int, FrameSlice]:
        """Ask, in one request, for the titles the lanes drawn one event at a time lack (they
        are drawn without labels until the titles come); returns those lanes' events in view,
        for the layout to use."""
        events, scale = self.events, self.scale
        in_view: dict[int, FrameSlice] = {}
        cache, asked = self._label_cache, self._asked
        wanted: list[int] = []
        for lane, (_count, mode) in planned.items():
            if mode == "detail":
                part = in_view[lane] = events.window(lane, scale.t0, scale.t1)
                wanted.extend(i for i in part.ids.tolist() if i not in cache and i not in asked)
        if wanted:
            asked.update(wanted)
            self.titlesWanted.emit(wanted)
        return in_view

    def _label_for(self, event_id: int) -> tuple[str, float]:
        return self._label_cache.get(event_id, ("", 0.0))

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if self.events is None or len(self.events) == 0:
                painter.fillRect(self.rect(), BG)
                painter.setPen(TEXT_DIM)
                message = (
                    self.empty_message if self.events is None else "This database has no events."
                )
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, message)
                return
            boxes = self.lane_boxes()
            frame = self.frame()
            self._paint_lanes(painter, boxes)
            tick_info = tickmod.choose(self.scale.t0, self.scale.t1, self.scale.width)
            painter.save()
            painter.setClipRect(QRectF(GUTTER_W, 0, self.scale.width, self.height()))
            self._paint_grid(painter, tick_info)
            painter.translate(GUTTER_W, 0)
            self._paint_density(painter, frame)
            self._paint_marked_density(painter, frame, boxes)
            self._paint_overflow(painter, frame)
            self._paint_bars(painter, frame)
            self._paint_markers(painter, frame)
            self._paint_labels(painter, frame)
            self._paint_selected_in_density(painter, frame, boxes)
            painter.restore()
            self._paint_axis(painter, tick_info)
            self._paint_gutter(painter, boxes, frame)
        finally:
            painter.end()

    def _lane_color(self, lane: int) -> QColor:
        """The lane's colour (a copy: callers may change its alpha)."""
        if self._colors is not None and lane < len(self._colors):
            return QColor(self._colors[lane])
        return QColor(PALETTE_COLORS[lane % len(PALETTE)])

    def _paint_lanes(self, p: QPainter, boxes: list[LaneBox]) -> None:
        """The lanes' backgrounds, over the widget's where a lane might not cover a pixel whole:
        the rows at and next to its edges, and the last column (an antialiased fill can leave
        them a shade short). The axis and the gutter cover the rest: filling the whole widget
        first cost as much again as the lanes. Vector output (SVG export) gets the whole."""
        x, w, h = GUTTER_W, self.width() - GUTTER_W, self.height()
        if _vector(p):
            p.fillRect(self.rect(), BG)
        else:
            y = AXIS_H  # the first row not yet filled, nor covered whole by a lane
            for box in boxes:
                top = math.ceil(box.top) + 1
                if top > y:
                    p.fillRect(QRect(x, y, w, top - y), BG)
                y = max(y, math.floor(box.top + box.height) - 1)
            if h > y:
                p.fillRect(QRect(x, y, w, h - y), BG)
            p.fillRect(QRect(x + w - 1, AXIS_H, 1, h - AXIS_H), BG)
        for box in boxes:
            p.fillRect(QRectF(0, box.top, self.width(), box.height), LANE_BG[box.lane % 2])

    def _paint_grid(self, p: QPainter, info: tickmod.Ticks) -> None:
        h = self.height()
        p.setPen(QPen(GRID_MINOR, 1))
        for key in info.minor_keys:
            x = GUTTER_W + self.scale.x_of(key)
            p.drawLine(QPointF(x, AXIS_H - 6), QPointF(x, h))
        p.setPen(QPen(GRID_MAJOR, 1))
        for key in info.major_keys:
            x = GUTTER_W + self.scale.x_of(key)
            p.drawLine(QPointF(x, 0), QPointF(x, h))

    def _paint_axis(self, p: QPainter, info: tickmod.Ticks) -> None:
        w = self.width()
        p.fillRect(QRectF(0, 0, w, AXIS_H), QColor("#f0f2f5"))
        p.setPen(QPen(GRID_MAJOR, 1))
        p.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(w, AXIS_H - 0.5))
        p.save()
        p.setClipRect(QRectF(GUTTER_W, 0, self.scale.width, AXIS_H))
        fm = QFontMetricsF(self.font_axis)
        p.setFont(self.font_axis)
        p.setPen(TEXT_DIM)
        keys = info.minor_keys
        step = info.minor.approx / self.scale.spp
        for key in keys:
            x = GUTTER_W + self.scale.x_of(key)
            text = info.minor.label(key)
            tw = self._text_width(fm, text, "minor")
            # Centre the label on its period when the period is wide enough, else on the tick.
            lx = x + (step - tw) / 2 if step >= tw + 8 else x - tw / 2
            p.drawText(QPointF(lx, AXIS_H - 9), text)
        if info.major_unit:
            p.setFont(self.font_major)
            p.setPen(TEXT)
            fmb = QFontMetricsF(self.font_major)
            xs = [GUTTER_W + self.scale.x_of(k) for k in info.major_keys]
            for i, key in enumerate(info.major_keys):
                text = tickmod.major_label(info.major_unit, key)
                tw = self._text_width(fmb, text, "major")
                x = max(xs[i] + 4, GUTTER_W + 4)  # the current period's label sticks to the edge
                x = min(x, GUTTER_W + self.scale.width - tw - 4)
                if i + 1 < len(xs):
                    x = min(x, xs[i + 1] - tw - 6)
                    if x < xs[i] + 4 and x < GUTTER_W + 4:
                        continue
                p.drawText(QPointF(x, 15), text)
        p.restore()

    def _text_width(self, metrics: QFontMetricsF, text: str, kind: str) -> float:
        """Axis label widths, measured once (the same few labels come back every frame)."""
        key = (kind, text)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 5000:
                self._widths.clear()
            width = self._widths[key] = metrics.horizontalAdvance(text)
        return width

    def _paint_gutter(self, p: QPainter, boxes: list[LaneBox], frame: Frame) -> None:
        p.fillRect(QRectF(0, AXIS_H, GUTTER_W, self.height() - AXIS_H), GUTTER_BG)
        p.fillRect(QRectF(0, 0, GUTTER_W, AXIS_H), QColor("#e4e8ee"))
        p.setPen(QPen(GRID_MAJOR, 1))
        p.drawLine(QPointF(GUTTER_W - 0.5, 0), QPointF(GUTTER_W - 0.5, self.height()))
        if self.events is None:
            return
        small = QFont(self.font_axis)
        line = QPen(GRID_MINOR, 1)
        p.save()
        p.setClipRect(QRectF(0, AXIS_H, GUTTER_W, self.height() - AXIS_H))
        for box in boxes:
            color = self._lane_color(box.lane)
            p.fillRect(QRectF(0, box.top, 4, box.height), color)
            p.setFont(self.font_lane)
            p.setPen(TEXT)
            p.drawText(QPointF(12, box.top + 18), self._lane_name(box.lane))
            count = frame.lane_counts.get(box.lane, 0)
            p.setFont(small)
            p.setPen(TEXT_DIM)
            p.drawText(QPointF(12, box.top + 33), f"{count:,} in view")
            p.setPen(line)
            p.drawLine(QPointF(0, box.top + box.height), QPointF(GUTTER_W, box.top + box.height))
        p.restore()

    def _lane_name(self, lane: int) -> str:
        """A lane's name cut to the gutter, measured once per name."""
        name = self.events.lanes[lane] or "(no lane)"
        shown = self._lane_names.get(name)
        if shown is None:
            if len(self._lane_names) > 5000:
                self._lane_names.clear()
            fm = QFontMetricsF(self.font_lane)
            shown = self._lane_names[name] = fm.elidedText(
                name, Qt.TextElideMode.ElideRight, GUTTER_W - 20
            )
        return shown

    def _paint_density(self, p: QPainter, frame: Frame) -> None:
        # Whole-pixel rectangles without antialiasing, built from numpy columns in one go: an
        # order of magnitude cheaper than antialiased shapes drawn one by one.
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        for d in frame.density:
            base = int(d.base)
            if len(d.band_x):  # imprecise and long events: a pale band where they may lie
                x, width, height = _runs(d.band_x, d.band_height.round().astype(np.int64))
                p.setBrush(_mix(self._lane_color(d.lane), BG, 0.3))
                p.drawRects(_rects(x, base - height, width, height))
            height = d.height.round().astype(np.int64)
            keep = height > 0
            if keep.any():
                p.setBrush(self._lane_color(d.lane).lighter(125))
                h = height[keep]
                p.drawRects(_rects(d.x[keep], base - h, np.full(len(h), BIN_PX - 1), h))
        p.restore()

    def _paint_marked_density(self, p: QPainter, frame: Frame, boxes: list[LaneBox]) -> None:
        """Search hits in lanes drawn as density: a tick per hit along the lane's top edge."""
        if not self._marked_count or not frame.density:
            return
        scale = self.scale
        # Hits starting up to the whole key after the view's end, as they always were.
        lanes, hits = self.events.select(self._marked_ids, scale.t0, int(scale.t1) + 1)
        tops = {box.lane: box.top for box in boxes}
        p.setPen(QPen(MARK, 2))
        for d in frame.density:
            mine = lanes == d.lane
            if not mine.any():
                continue
            mid = (hits.start[mine] + hits.end[mine]) / 2
            xs = np.unique(np.round((mid - scale.t0) / scale.spp).astype(np.int64))
            top = tops[d.lane] + 2
            p.drawLines([QPointF(x, y) for x in xs.tolist() for y in (top, top + 8)])

    def _paint_selected_in_density(self, p: QPainter, frame: Frame, boxes: list[LaneBox]) -> None:
        """The selection stays visible when its lane is drawn as density: a line with a cap."""
        if self.selected is None or self.events is None or not frame.density:
            return
        place = self._selected_place()
        if place is None:
            return
        lane = place.lane
        if frame.modes.get(lane) != "density":
            return
        box = next((b for b in boxes if b.lane == lane), None)
        if box is None:
            return
        x = self.scale.x_of((float(place.start) + float(place.end)) / 2)
        p.setPen(QPen(SELECT, 2))
        p.drawLine(QPointF(x, box.top + 4), QPointF(x, box.top + box.height - 4))
        p.setBrush(SELECT)
        p.drawEllipse(QPointF(x, box.top + 6), 4, 4)

    def _paint_overflow(self, p: QPainter, frame: Frame) -> None:
        """Events with no room in their lane: a tick each (one per pixel column, 5 px tall) at
        the lane's foot. On screen a lane's ticks are one small image, opaque where a tick is and
        clear elsewhere, blitted at a whole pixel: the same pixels as a rect a tick, without
        building a QRect for each. Vector output (SVG export) keeps the rects."""
        if _vector(p):
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.setPen(Qt.PenStyle.NoPen)
            for o in frame.overflow:
                p.setBrush(_mix(self._lane_color(o.lane), BG, 0.8))
                x = np.asarray(o.x, np.int64)
                n = len(x)
                p.drawRects(_rects(x, np.full(n, int(o.base) - 7), np.ones(n), np.full(n, 5)))
            p.restore()
            return
        width = self.scale.width
        for o in frame.overflow:
            x = np.asarray(o.x, np.int64)
            x = x[(x >= 0) & (x < width)]  # the others fall outside the plot's clip
            if not len(x):
                continue
            left = int(x[0])
            strip = np.zeros((5, int(x[-1]) - left + 1), np.uint32)
            # Opaque, so premultiplied or not is the same.
            strip[:, x - left] = _mix(self._lane_color(o.lane), BG, 0.8).rgba()
            image = QImage(strip.data, strip.shape[1], 5, strip.strides[0],
                           QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
            p.drawImage(QPoint(left, int(o.base) - 7), image)

    def _paint_bars(self, p: QPainter, frame: Frame) -> None:
        styles: dict[int, tuple[QColor, QColor, QColor, QPen]] = {}  # a lane's, made once
        for b in frame.bars:
            style = styles.get(b.lane)
            if style is None:
                color = self._lane_color(b.lane)
                fill, faint, strong = QColor(color), QColor(color), QColor(color)
                fill.setAlpha(215)
                faint.setAlpha(20)
                strong.setAlpha(75)
                dashed = QPen(color, 1, Qt.PenStyle.DashLine)
                style = styles[b.lane] = (fill, faint, strong, dashed)
            fill, faint, strong, dashed = style
            rect = QRectF(b.x0, b.y - 7, max(b.x1 - b.x0, 2.0), 14)
            if b.kind == IMPRECISE_BAR:
                # Imprecise period: a soft band fading at both ends, with a dashed outline.
                grad = QLinearGradient(rect.left(), 0, rect.right(), 0)
                grad.setColorAt(0.0, faint)
                grad.setColorAt(0.3, strong)
                grad.setColorAt(0.7, strong)
                grad.setColorAt(1.0, faint)
                p.setBrush(QBrush(grad))
                p.setPen(dashed)
                p.drawRoundedRect(rect, 5, 5)
            else:
                p.setBrush(fill)
                p.setPen(Qt.PenStyle.NoPen)
                p.drawRoundedRect(rect, 3, 3)
            if b.id == self.selected:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(SELECT, 2))
                p.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5, 5)

    def _paint_markers(self, p: QPainter, frame: Frame) -> None:
        r = MARKER_R
        if self._marked_set:  # search hits: a halo under the marker
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(MARK)
            for m in frame.markers:
                if m.id in self._marked_set:
                    p.drawEllipse(QPointF(m.x, m.y), r + 4, r + 4)
            for b in frame.bars:
                if b.id in self._marked_set:
                    p.drawRoundedRect(QRectF(b.x0 - 3, b.y - 10, b.x1 - b.x0 + 6, 20), 6, 6)
        half = SPRITE / 2
        sprites: dict[tuple[int, str], QPixmap] = {}
        for m in frame.markers:
            # A pre-drawn marker blitted is several times cheaper than an antialiased shape.
            sprite = sprites.get((m.lane, m.kind))
            if sprite is None:
                sprite = sprites[m.lane, m.kind] = self._sprite(m.lane, m.kind)
            p.drawPixmap(QPointF(m.x - half, m.y - half), sprite)
            if m.id == self.selected:
                center = QPointF(m.x, m.y)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(SELECT, 2))
                p.drawEllipse(center, r + 3.5, r + 3.5)

    def _sprite(self, lane: int, kind: str) -> QPixmap:
        """A marker drawn once per lane colour, kind and pixel ratio."""
        color = self._lane_color(lane)
        ratio = self.devicePixelRatioF()
        key = (color.rgba(), kind, ratio)
        sprite = self._sprites.get(key)
        if sprite is None:
            sprite = QPixmap(round(SPRITE * ratio), round(SPRITE * ratio))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            p = QPainter(sprite)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            r, c = MARKER_R, QPointF(SPRITE / 2, SPRITE / 2)
            white = QPen(QColor("#ffffff"), 1.5)
            if kind == IMPRECISE_POINT:
                p.setBrush(QColor("#ffffff"))
                p.setPen(QPen(color, 2))
                p.drawEllipse(c, r - 0.5, r - 0.5)
            elif kind == PUBLICATION_POINT:
                p.setBrush(color)
                p.setPen(white)
                p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
            else:
                p.setBrush(color)
                p.setPen(white)
                p.drawEllipse(c, r, r)
            p.end()
            self._sprites[key] = sprite
        return sprite

    def _paint_labels(self, p: QPainter, frame: Frame) -> None:
        fm = self._fm_label
        bold = QFont(self.font_label)
        bold.setBold(True)
        on_solid_bar = {b.id for b in frame.bars if b.kind != IMPRECISE_BAR}
        top = -fm.height() / 2 - 1  # static text is placed by its top-left corner
        selected_id, hovered_id = self.selected, self.hovered
        font = None
        pen = None
        for lb in frame.labels:
            selected = lb.id == selected_id
            wanted = bold if selected else self.font_label
            if wanted is not font:
                p.setFont(wanted)
                font = wanted
            if lb.inside and lb.id in on_solid_bar:
                color = WHITE
            else:
                color = SELECT if selected or lb.id == hovered_id else TEXT
            if color is not pen:
                p.setPen(color)
                pen = color
            p.drawStaticText(QPointF(lb.x, lb.y + top), self._static(lb, selected, bold))

    def _static(self, lb: Label, bold: bool, bold_font: QFont) -> QStaticText:
        """A label's text laid out once (QStaticText) per text and weight, and reused: a label
        cut at the view's edge gets a new room every frame, but mostly the same text."""
        text = self._elided(lb, bold, bold_font)
        key = (text, bold)
        static = self._static_cache.get(key)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=bold_font if bold else self.font_label)
            if len(self._static_cache) > LABEL_CACHE_MAX:
                self._static_cache.clear()
            self._static_cache[key] = static
        return static

    def _elided(self, lb: Label, bold: bool, bold_font: QFont) -> str:
        """A label's text cut to its room, measured once per (event, room, weight)."""
        key = (lb.id, int(lb.width), bold)
        text = self._elide_cache.get(key)
        if text is None:
            metrics = QFontMetricsF(bold_font) if bold else self._fm_label
            text = lb.text
            known = None if bold else self._label_cache.get(lb.id)
            # The regular width was measured with the title, by the same metrics.
            full = known[1] if known and known[0] == text else metrics.horizontalAdvance(text)
            if full > lb.width + 0.5:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, lb.width)
            if len(self._elide_cache) > LABEL_CACHE_MAX:
                self._elide_cache.clear()
            self._elide_cache[key] = text
        return text

    # -- keyboard ------------------------------------------------------------------------------

    def _selected_place(self) -> EventPlace | None:
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

    def select_adjacent(self, step: int) -> int | None:
        """Select the next (+1) or previous (-1) event in time; the view follows it."""
        events = self.events
        if events is None or len(events) == 0:
            return None
        here = self._selected_place()
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
        key = event.key()
        if key == Qt.Key.Key_Right:
            self.select_adjacent(+1)
        elif key == Qt.Key.Key_Left:
            self.select_adjacent(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(2.0)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(0.5)
        elif key == Qt.Key.Key_Home:
            self.select_end(last=False)
        elif key == Qt.Key.Key_End:
            self.select_end(last=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected is not None:
                self.eventActivated.emit(self.selected)
        elif key == Qt.Key.Key_Escape:
            self.select(None)
            self.selectionCleared.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event) -> bool:  # noqa: A003 (Qt naming)
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())
            hit = self.event_at(pos) if pos.x() >= GUTTER_W else None
            if hit is not None and self.describe is not None:
                text = self.describe(hit)
                if QtGui.Qt.mightBeRichText(text):  # text from a file is shown, not interpreted
                    text = f"<p style='white-space:pre'>{html.escape(text)}</p>"
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- interaction ---------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            return
        x = event.position().x()
        if self.vbar.isVisible() and (
            x < GUTTER_W or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):  # over the lane names (or with Shift) the wheel scrolls the lanes
            self.vbar.setValue(self.vbar.value() - int(delta / 120 * self._lane_height()))
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

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self.scale)
            self._dragging = False
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
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
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
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
        hit = self.event_at(pos)
        if hit is not None:
            self.select(hit)
            self.eventClicked.emit(hit)
        elif self.frame().density_at(pos.x(), pos.y(), self.lane_boxes()) is not None:
            self.zoom(4.0, pos.x())  # a click on a dense stretch opens it up
