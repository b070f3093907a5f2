"""The overview strip under the timeline: the whole time span as a density histogram, with the
current window as a rectangle that can be dragged, resized by its edges, or jumped by a click,
and the "as known on" slider: a handle at the strip's foot (parked at its right end while all is
shown) that is dragged to the day whose knowledge to show; later time is shaded."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from db.store.frame import EventFrame
from db.timekeys import DAY
from viewer.timeline.bulk import bulk_span
from viewer.timeline.scale import Scale
from viewer.timeline.theme import AS_OF
from viewer.timeline.widget import GUTTER_W

HEIGHT = 54
EDGE_PX = 6  # how close to an edge of the window rectangle a press resizes it
MIN_WINDOW_PX = 4
AS_OF_PX = 7  # how close to the "as known on" handle (at the strip's foot) a press grabs it
AS_OF_H = 14  # the handle's height


class OverviewStrip(QWidget):
    rangeRequested = Signal(float, float)
    asOfRequested = Signal(object)  # the handle dragged: a key (a day's last second) or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setToolTip(
            "Whole time span: drag the window, drag its edges, or click to jump; drag the ▲ at "
            "the foot to show only what was known on a day"
        )
        self._events: EventFrame | None = None
        self._span: tuple[float, float] | None = None
        self.outside: tuple[int, int] = (0, 0)  # far outliers left out, before / after the span
        self._bars: QPixmap | None = None
        self._bars_key: tuple | None = None
        self._background: QPixmap | None = None
        self._background_key: tuple | None = None
        # paintEvent covers every pixel: Qt need not paint the parent's background under it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.window_range: tuple[float, float] = (0.0, 1.0)
        self._drag: tuple[str, float, tuple[float, float]] | None = None
        self.as_of: int | None = None  # "as known on" (a key), None: everything

    # -- data ----------------------------------------------------------------------------------

    def set_data(self, events: EventFrame | None, whole: EventFrame | None = None) -> None:
        """Show `events`' histogram over the span of `whole` (by default `events`): the span of
        everything the filters show, so that "as known on" cuts the bars, not the strip."""
        # The bulk of the events, as Fit All fits it: one far outlier would crush the rest.
        spanned = whole if whole is not None else events
        bulk = bulk_span(spanned) if spanned is not None else None
        self.outside = (bulk.earlier, bulk.later) if bulk is not None else (0, 0)
        if bulk is None:
            self._events, self._span = None, None
        else:
            self._events = events
            first, last = bulk.t0, bulk.t1
            pad = max((last - first) * 0.02, 86_400.0)
            self._span = (first - pad, last + pad)
        self._bars = self._background = None
        self.update()

    def set_as_of(self, key: int | None) -> None:
        if key != self.as_of:
            self.as_of = key
            self.update()

    def as_of_x(self) -> float:
        """Where the "as known on" handle is (widget x): the end of its day, else the right end."""
        right = float(self.width() - 1)
        if self.as_of is None or self._span is None:
            return right
        return min(max(GUTTER_W + self.scale().x_of(self.as_of + 1), float(GUTTER_W)), right)

    def set_window(self, t0: float, t1: float) -> None:
        self.window_range = (t0, t1)
        self.update()

    def span(self) -> tuple[float, float] | None:
        """What the strip shows: all the data (a window reaching beyond it is drawn clipped)."""
        return self._span

    def scale(self) -> Scale:
        width = max(self.width() - GUTTER_W, 1)
        span = self.span()
        if span is None:
            return Scale(0.0, 86_400.0, width)
        return Scale(0.0, 1.0, width).with_span(*span)

    def window_rect(self) -> QRectF:
        s = self.scale()
        x0 = GUTTER_W + s.x_of(self.window_range[0])
        x1 = GUTTER_W + s.x_of(self.window_range[1])
        if x1 - x0 < MIN_WINDOW_PX:
            mid = (x0 + x1) / 2
            x0, x1 = mid - MIN_WINDOW_PX / 2, mid + MIN_WINDOW_PX / 2
        # Clipped to the strip (a window wider than the data fills it), never into the gutter.
        x0, x1 = max(x0, GUTTER_W - 1.0), min(x1, self.width() + 1.0)
        x0 = min(x0, x1 - MIN_WINDOW_PX)
        return QRectF(x0, 1, x1 - x0, self.height() - 2)

    def _histogram_pixmap(self) -> QPixmap:
        """The histogram, drawn once per data or width change (frames only draw the pixmap)."""
        width, height = max(self.width() - GUTTER_W, 1), self.height()
        key = (width, height, self.span())
        if self._bars is None or self._bars_key != key:
            self._bars_key = key
            s = self.scale()
            edges = s.t0 + np.arange(s.width + 1) * s.spp
            pixmap = QPixmap(width, height)
            pixmap.fill(QColor("#eef1f4"))
            p = QPainter(pixmap)
            p.setPen(Qt.PenStyle.NoPen)
            # Long and imprecise events as a pale band under where they may lie, half height;
            # the others as bars by their middle.
            for counts, color, share in (
                (self._events.coverage(None, edges), "#c9d2dc", 0.5),
                (self._events.histogram(None, edges), "#9aa8b6", 1.0),
            ):
                peak = max(int(counts.max()), 1) if len(counts) else 1
                bars = np.round(np.sqrt(counts / peak) * (height - 6) * share).astype(int)
                p.setBrush(QColor(color))
                p.drawRects(
                    [QRect(x, height - 3 - h, 1, h) for x, h in enumerate(bars.tolist()) if h > 0]
                )
            p.end()
            self._bars = pixmap
        return self._bars

    # -- painting ------------------------------------------------------------------------------

    def _background_pixmap(self) -> QPixmap:
        """Everything but the window rectangle, drawn once per data or size change: the strip is
        repainted with every frame of the timeline, and only the rectangle moves."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.span(), self.font().key(), self.busy)
        if self._background is None or self._background_key != key:
            self._background_key = key
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            p = QPainter(pixmap)
            try:
                p.setFont(self.font())
                p.fillRect(self.rect(), QColor("#eef1f4"))
                p.fillRect(QRect(0, 0, GUTTER_W, self.height()), QColor("#e4e8ee"))
                p.setPen(QColor("#5f6870"))
                p.drawText(QRect(10, 0, GUTTER_W - 14, self.height()),
                           Qt.AlignmentFlag.AlignVCenter, self.gutter_text())  # fmt: skip
                if self._span is not None:
                    p.drawPixmap(GUTTER_W, 0, self._histogram_pixmap())
                    self._paint_outside(p)
            finally:
                p.end()
            self._background = pixmap
        return self._background

    def _paint_outside(self, p: QPainter) -> None:
        """ "◂ 1 earlier" / "2 later ▸" at the strip's edges for the far outliers left out."""
        earlier, later = self.outside
        fm = p.fontMetrics()
        for side, n in (("left", earlier), ("right", later)):
            if not n:
                continue
            text = f"◂ {n:,} earlier" if side == "left" else f"{n:,} later ▸"
            w = fm.horizontalAdvance(text) + 8
            x = GUTTER_W + 3 if side == "left" else self.width() - w - 3
            rect = QRectF(x, 4, w, fm.height() + 2)
            p.fillRect(rect, QColor(255, 255, 255, 210))
            p.setPen(QColor("#1f2328"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @property
    def busy(self) -> bool:
        """Is the strip a first sketch (db.store.first_frame) while the events load?"""
        return bool(getattr(self._events, "sketch", False))

    def gutter_text(self) -> str:
        """The gutter's label: "Overview", and "loading…" under it while busy."""
        return "Overview\nloading…" if self.busy else "Overview"

    def outside_text(self) -> list[str]:
        """The edge marks as drawn (for tests)."""
        earlier, later = self.outside
        return ([f"◂ {earlier:,} earlier"] if earlier else []) + (
            [f"{later:,} later ▸"] if later else []
        )

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            p.drawPixmap(0, 0, self._background_pixmap())
            if self._span is None:
                return
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            rect = self.window_rect()
            p.setBrush(QColor(47, 111, 176, 50))
            p.setPen(QPen(QColor("#2f6fb0"), 1.5))
            p.drawRoundedRect(rect, 3, 3)
            p.setBrush(QColor("#2f6fb0"))
            p.setPen(Qt.PenStyle.NoPen)
            for x in (rect.left(), rect.right()):
                p.drawRoundedRect(QRectF(x - 2, rect.center().y() - 9, 4, 18), 2, 2)
            self._paint_as_of(p)
        finally:
            p.end()

    def _paint_as_of(self, p: QPainter) -> None:
        """The "as known on" slider: later time shaded, a line, and the handle at the foot."""
        x, h = self.as_of_x(), float(self.height())
        if self.as_of is not None:
            p.fillRect(QRectF(x, 0, self.width() - x, h), QColor(90, 96, 104, 70))
            p.setPen(QPen(AS_OF, 1.5))
            p.drawLine(QPointF(x, 0), QPointF(x, h))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(AS_OF if self.as_of is not None else QColor("#8a929b"))
        p.drawPolygon([QPointF(x, h - AS_OF_H), QPointF(x - 6, h - 1), QPointF(x + 6, h - 1)])

    def _on_as_of_handle(self, x: float, y: float) -> bool:
        return abs(x - self.as_of_x()) <= AS_OF_PX and y >= self.height() - AS_OF_H - 4

    def as_of_at(self, x: float) -> int | None:
        """The "as known on" key for the handle at widget x: the last second of that day;
        None at (or past) the end of the data (everything is known)."""
        span = self.span()
        if span is None or x >= self.width() - 2:
            return None
        t = self.scale().t_of(max(x, float(GUTTER_W)) - GUTTER_W)
        if t >= span[1]:
            return None
        return int(t // DAY) * DAY + DAY - 1

    # -- mouse ---------------------------------------------------------------------------------

    def _part_at(self, x: float) -> str:
        rect = self.window_rect()
        if rect.width() < 3 * EDGE_PX and rect.left() - 2 <= x <= rect.right() + 2:
            return "move"  # too narrow to aim at an edge: it is grabbed whole
        if abs(x - rect.left()) <= EDGE_PX:
            return "left"
        if abs(x - rect.right()) <= EDGE_PX:
            return "right"
        if rect.left() < x < rect.right():
            return "move"
        return "jump"

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._span is None:
            return
        x = event.position().x()
        if self._on_as_of_handle(x, event.position().y()):
            self._drag = ("as_of", x, self.window_range)
            event.accept()
            return
        part = self._part_at(x)
        if part == "jump":  # centre the window on the click, then keep dragging it
            s = self.scale()
            t = s.t_of(x - GUTTER_W)
            half = (self.window_range[1] - self.window_range[0]) / 2
            self.rangeRequested.emit(t - half, t + half)
            part = "move"
        self._drag = (part, x, self.window_range)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        x = event.position().x()
        if self._drag is None:
            if self._on_as_of_handle(x, event.position().y()):
                self.setCursor(Qt.CursorShape.SizeHorCursor)
                return
            part = self._part_at(x)
            cursor = {
                "left": Qt.CursorShape.SizeHorCursor,
                "right": Qt.CursorShape.SizeHorCursor,
                "move": Qt.CursorShape.OpenHandCursor,
            }.get(part, Qt.CursorShape.PointingHandCursor)
            self.setCursor(cursor)
            return
        part, x_start, (t0, t1) = self._drag
        if part == "as_of":
            self.set_as_of(self.as_of_at(x))  # the handle follows at once; the data after
            self.asOfRequested.emit(self.as_of)
            return
        dt = (x - x_start) * self.scale().spp
        min_span = 60.0
        if part == "move":
            t0, t1 = t0 + dt, t1 + dt
        elif part == "left":
            t0 = min(t0 + dt, t1 - min_span)
        else:
            t1 = max(t1 + dt, t0 + min_span)
        self.rangeRequested.emit(t0, t1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None

    def point_of(self, t: float) -> QPointF:
        """Where time `t` is on the strip (for tests and tooltips)."""
        return QPointF(GUTTER_W + self.scale().x_of(t), self.height() / 2)
