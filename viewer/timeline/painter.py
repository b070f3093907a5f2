"""The frame painter: draws a laid-out frame (viewer.timeline.layout) and the view around it:
lane backgrounds, grid and axis, density, overflow ticks, bars, markers, labels, search marks,
the selection and the gutter. It reads the view's state and never the data behind it.
"""

from __future__ import annotations

import math
from typing import Protocol

import numpy as np
from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import QScrollBar

from db.store.frame import EventFrame, EventPlace
from db.store.model import REJECTED
from viewer.timeline import ticks as tickmod
from viewer.timeline.badges import (
    BADGE_H,
    REVIEW_LEFT_OF_BADGE,
    REVIEW_PAST_BADGE,
    badge_font,
    badge_width,
    draw_badge,
)
from viewer.timeline.bar_style import BarStyle, density_tones
from viewer.timeline.eras import Era, paint_eras
from viewer.timeline.labels import Labels
from viewer.timeline.layout import (
    MARKER_R,
    PLANNED_BAR,
    PLANNED_POINT,
    RANGE_BAR,
    Frame,
    Label,
    LaneBox,
    Marker,
    Overflow,
)
from viewer.timeline.marks import PlacedMarks
from viewer.timeline.rect_arrays import fill_rects
from viewer.timeline.review_marks import draw_review_mark
from viewer.timeline.scale import Scale
from viewer.timeline.selection_marks import (
    SELECTED_CAP,
    paint_selected_in_density,
    paint_unlabelled_selection,
    selected_in_density,
)
from viewer.timeline.theme import (
    AS_OF,
    AXIS_H,
    BG,
    GRID_MAJOR,
    GRID_MINOR,
    GUTTER_BG,
    GUTTER_W,
    LANE_BG,
    MARK,
    PLANNED_TEXT,
    SCALE_BG,
    SELECT,
    SPRITE,
    TEXT,
    TEXT_DIM,
    WHITE,
    Fonts,
    Sprites,
    lane_color,
    mix,
)


class View(Protocol):
    """What the painter reads of the widget it paints (a TimelineWidget)."""

    events: EventFrame | None
    scale: Scale
    selected: int | None
    hovered: int | None
    empty_message: str
    fonts: Fonts
    labels: Labels
    lane_colors: list[QColor] | None
    marks: PlacedMarks  # search hits found in the frame (marks.py)
    vbar: QScrollBar  # shown when the lanes outgrow the height
    as_of: int | None  # "as known on": a key, or None
    eras: list[Era]  # drawn behind all the lanes (viewer/timeline/eras.py)

    def rect(self) -> QRect: ...
    def width(self) -> int: ...
    def height(self) -> int: ...
    def devicePixelRatioF(self) -> float: ...  # noqa: N802 (Qt naming)
    def lane_boxes(self) -> list[LaneBox]: ...
    def frame(self) -> Frame: ...
    def marked_count(self) -> int: ...
    def painted_selected_place(self) -> EventPlace | None: ...
    def drawn_label(self, label: Label) -> Label: ...


LANE_NAME_X = 24  # the lane's name in the gutter, right of its fold chevron
GUTTER_LINE_H = 15  # a line of the gutter's text under the lane's name's first
TWO_LINE_NAME_H = 52  # a lane this tall has room for its name on two lines, and its count


def chevron_rect(box: LaneBox) -> tuple[float, float, float, float]:
    """Where a lane's fold chevron is in the gutter (x, y, w, h): a click there folds it."""
    return 6.0, box.top + 5, 16.0, 16.0


def _runs(
    x: np.ndarray, right: np.ndarray, height: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Adjacent bins (each from x to right) of equal height merged: left edges, widths and
    heights of the runs."""
    x = np.asarray(x, np.int64)
    right = np.asarray(right, np.int64)
    breaks = np.flatnonzero((np.diff(height) != 0) | (x[1:] != right[:-1])) + 1
    first = np.concatenate(([0], breaks))
    last = np.concatenate((breaks, [len(x)])) - 1
    return x[first], right[last] - x[first], height[first]


def scale_text(peak: int, long_peak: int, unit: str) -> str:
    """A histogram's scale: its tallest bar in events per bin ("max 482 per week"); a lane of
    long events only (ranges, months, years: the pale band) says the band's, which counts the
    long events over each bin ("max 40 longer events per month"); "" when it shows nothing."""
    if peak:
        return f"max {peak:,} per {unit}"
    if long_peak:
        return f"max {long_peak:,} longer events per {unit}"
    return ""


def draw_ticks(p: QPainter, xs: np.ndarray, top: float) -> None:
    """A search hit's tick in each pixel column of `xs` (sorted): the pixels of a 2-px line from
    `top` to `top + 8`, with the painter's brush and no pen. Adjacent columns are one rectangle:
    a sample over the whole range marks most columns of a lane, and a QPointF pair a column cost
    ~10 ms of a paint at 16 lanes (5 ms now, 15 before, at 100M with every lane marked)."""
    if not len(xs):
        return
    breaks = np.flatnonzero(np.diff(xs) != 1) + 1
    first = xs[np.concatenate(([0], breaks))].astype(np.float64)
    last = xs[np.concatenate((breaks, [len(xs)])) - 1].astype(np.float64)
    fill_rects(p, first - 1, np.full(len(first), top - 1), last - first + 2, 10.0)


def _vector(p: QPainter) -> bool:
    """Is the painter drawing vector output (an SVG export) rather than pixels?"""
    return p.paintEngine().type() != QPaintEngine.Type.Raster


class FramePainter:
    """Paints a view (a TimelineWidget); keeps what is measured or drawn once (axis label
    widths, lane names cut to the gutter, marker sprites)."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.sprites = Sprites()
        self._widths: dict[tuple, float] = {}
        self._lane_names: dict[tuple[str, int], list[str]] = {}  # (name, lines) -> as shown
        # The axis labels of the last paint, minor and major row (plot pixels; tests read them).
        self.axis_labels: tuple[list[tickmod.AxisLabel], list[tickmod.AxisLabel]] = ([], [])
        self.density_scales: dict[int, str] = {}  # lane -> its scale as last painted
        self.density_scale_boxes: dict[int, QRectF] = {}  # lane -> where that scale was painted
        self.density_selection_title: QRectF | None = None  # the selection's title in a histogram
        self.selection_title: QRectF | None = None  # ... on rows, where its label had no room
        self.volume_scales: dict[int, str] = {}  # lane -> its volume strip's scale, last paint
        self.gutter_texts: dict[int, str] = {}  # lane -> its count line as last painted
        self.gutter_names: dict[int, list[str]] = {}  # lane -> its name's lines as last painted
        self._bar_styles: dict[int, BarStyle] = {}  # by colour (rgba)
        self._static: dict[str, QStaticText] = {}  # density scales laid out once
        # The "◂ 1 earlier" / "2 later ▸" marks of the last paint: (side, text, widget rect).
        self.outside_marks: list[tuple[str, str, QRectF]] = []

    def paint(self) -> None:
        """Draw the view's frame: lanes, grid, density, ticks, bars, markers, labels, axis,
        gutter."""
        view = self.view
        painter = QPainter(self.view)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if view.events is None or len(view.events) == 0:
                painter.fillRect(view.rect(), BG)
                painter.setPen(TEXT_DIM)
                message = (
                    view.empty_message if view.events is None else "This database has no events."
                )
                painter.drawText(view.rect(), Qt.AlignmentFlag.AlignCenter, message)
                return
            boxes = view.lane_boxes()
            frame = view.frame()
            self._paint_lanes(painter, boxes)
            tick_info = tickmod.choose(view.scale.t0, view.scale.t1, view.scale.width)
            painter.save()
            painter.setClipRect(QRectF(GUTTER_W, 0, view.scale.width, view.height()))
            self._paint_grid(painter, tick_info)
            paint_eras(painter, view)  # behind every event, over the lanes' backgrounds
            painter.translate(GUTTER_W, 0)
            self._paint_density(painter, frame)
            self._paint_volume(painter, frame)
            self._paint_marked_density(painter, frame, boxes)
            self._paint_density_scales(painter, frame, boxes)  # legible over the search ticks
            self._paint_overflow(painter, frame)
            self._paint_bars(painter, frame)
            self._paint_markers(painter, frame)
            self._paint_review_marks(painter, frame)
            self._paint_report_badges(painter, frame)
            self._paint_labels(painter, frame)
            self._paint_unlabelled_selection(painter, frame)
            self._paint_selected_in_density(painter, frame, boxes)
            self._paint_as_of(painter)
            painter.restore()
            self._paint_axis(painter, tick_info)
            self._paint_gutter(painter, boxes, frame)
            self._paint_outside(painter, frame)
        finally:
            painter.end()

    def _paint_lanes(self, p: QPainter, boxes: list[LaneBox]) -> None:
        """The lanes' backgrounds, over the widget's where a lane might not cover a pixel whole:
        the rows at and next to its edges, and the last column (an antialiased fill can leave
        them a shade short). The axis and the gutter cover the rest: filling the whole widget
        first cost as much again as the lanes. Vector output (SVG export) gets the whole."""
        view = self.view
        x, w, h = GUTTER_W, view.width() - GUTTER_W, view.height()
        if _vector(p):
            p.fillRect(view.rect(), BG)
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
            p.fillRect(QRectF(0, box.top, view.width(), box.height), LANE_BG[box.lane % 2])

    def _paint_grid(self, p: QPainter, info: tickmod.Ticks) -> None:
        view = self.view
        h = view.height()
        x_of = view.scale.x_of
        p.setPen(QPen(GRID_MINOR, 1))
        p.drawLines(
            [QLineF(GUTTER_W + x_of(k), AXIS_H, GUTTER_W + x_of(k), h) for k in info.minor_keys]
        )
        p.setPen(QPen(GRID_MAJOR, 1))
        p.drawLines(
            [QLineF(GUTTER_W + x_of(k), AXIS_H, GUTTER_W + x_of(k), h) for k in info.major_keys]
        )

    def _paint_axis(self, p: QPainter, info: tickmod.Ticks) -> None:
        view = self.view
        w = view.width()
        p.fillRect(QRectF(0, 0, w, AXIS_H), QColor("#f0f2f5"))
        p.setPen(QPen(GRID_MAJOR, 1))
        p.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(w, AXIS_H - 0.5))
        p.save()
        p.setClipRect(QRectF(GUTTER_W, 0, view.scale.width, AXIS_H))
        p.translate(GUTTER_W, 0)
        fm = QFontMetricsF(view.fonts.axis)
        fmb = QFontMetricsF(view.fonts.major)
        minor, major = tickmod.place_labels(
            info,
            view.scale.x_of,
            view.scale.width,
            lambda text, bold: self._text_width(fmb if bold else fm, text, bold),
        )
        self.axis_labels = (minor, major)
        # Each tick reaches up into its label's row, so the label reads as the line's.
        x_of = view.scale.x_of
        p.setPen(QPen(GRID_MAJOR, 1))
        lines = [QLineF(x_of(k), AXIS_H - 22, x_of(k), AXIS_H) for k in info.minor_keys]
        p.drawLines(lines + [QLineF(x_of(k), 0, x_of(k), AXIS_H) for k in info.major_keys])
        p.setFont(view.fonts.axis)
        p.setPen(TEXT_DIM)
        for label in minor:
            p.drawText(QPointF(label.x, AXIS_H - 9), label.text)
        p.setFont(view.fonts.major)
        p.setPen(TEXT)
        for label in major:
            p.drawText(QPointF(label.x, 15), label.text)
        p.restore()

    def _paint_outside(self, p: QPainter, frame: Frame) -> None:
        """Far outliers left out of the view (Fit All fits the bulk): a mark at each edge of the
        plot, "◂ 1 earlier", that a click (or Fit All again) brings into view."""
        self.outside_marks = []
        earlier, later = frame.outside
        if not (earlier or later):
            return
        view = self.view
        fm = QFontMetricsF(view.fonts.axis)
        p.setFont(view.fonts.axis)
        right = view.width() - (view.vbar.width() if view.vbar.isVisible() else 0) - 4
        for side, n in (("left", earlier), ("right", later)):
            if not n:
                continue
            text = f"◂ {n:,} earlier" if side == "left" else f"{n:,} later ▸"
            tw = self._text_width(fm, text, False)
            x = GUTTER_W + 4 if side == "left" else right - tw - 8
            rect = QRectF(x, AXIS_H + 4, tw + 8, fm.height() + 4)
            p.setPen(QPen(GRID_MAJOR, 1))
            p.setBrush(SCALE_BG)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(TEXT)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            self.outside_marks.append((side, text, rect))

    def _text_width(self, metrics: QFontMetricsF, text: str, bold: bool) -> float:
        """Axis label widths, measured once (the same few labels come back every frame)."""
        key = (bold, text)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 5000:
                self._widths.clear()
            width = self._widths[key] = metrics.horizontalAdvance(text)
        return width

    def _paint_gutter(self, p: QPainter, boxes: list[LaneBox], frame: Frame) -> None:
        view = self.view
        p.fillRect(QRectF(0, AXIS_H, GUTTER_W, view.height() - AXIS_H), GUTTER_BG)
        p.fillRect(QRectF(0, 0, GUTTER_W, AXIS_H), QColor("#e4e8ee"))
        p.setPen(QPen(GRID_MAJOR, 1))
        p.drawLine(QPointF(GUTTER_W - 0.5, 0), QPointF(GUTTER_W - 0.5, view.height()))
        if view.events is None:
            return
        small = QFont(view.fonts.axis)
        line = QPen(GRID_MINOR, 1)
        p.save()
        p.setClipRect(QRectF(0, AXIS_H, GUTTER_W, view.height() - AXIS_H))
        self.gutter_texts, self.gutter_names = {}, {}
        folded: list[tuple[LaneBox, str]] = []
        for box in boxes:
            color = self._lane_color(box.lane)
            p.fillRect(QRectF(0, box.top, 4, box.height), color)
            p.setFont(small)
            p.setPen(TEXT_DIM)
            p.drawText(QRectF(*chevron_rect(box)), Qt.AlignmentFlag.AlignCenter,
                       "▸" if box.folded else "▾")  # fmt: skip
            p.setFont(view.fonts.lane)
            p.setPen(TEXT)
            tall = not box.folded and box.height >= TWO_LINE_NAME_H
            name = self.gutter_names[box.lane] = self._lane_name(box.lane, 2 if tall else 1)
            for i, part in enumerate(name):
                p.drawText(QPointF(LANE_NAME_X, box.top + 18 + i * GUTTER_LINE_H), part)
            below = box.top + (len(name) - 1) * GUTTER_LINE_H  # the count lines move down
            count = frame.lane_counts.get(box.lane, 0)
            hidden = frame.hidden.get(box.lane, 0)
            # What is drawn: all of the count, or how many are ticks only, or folded away.
            if box.folded:
                text = f"{count:,} folded"
            elif hidden:
                text = f"{count:,} in view, {hidden:,} ticks"
            else:
                text = f"{count:,} in view"
            self.gutter_texts[box.lane] = text
            p.setFont(small)
            p.setPen(TEXT_DIM)
            if box.folded:  # one line: the count goes right of the gutter, in the plot's room
                folded.append((box, text))
            elif hidden and box.top + box.height >= below + 50:  # the ticks' on a line of its own
                p.drawText(QPointF(LANE_NAME_X, below + 33), f"{count:,} in view")
                p.drawText(QPointF(LANE_NAME_X, below + 47), f"{hidden:,} as ticks only")
            else:
                p.drawText(QPointF(LANE_NAME_X, below + 33), text)
            if box.volume and not box.folded:
                p.drawText(QPointF(LANE_NAME_X, box.foot + 15), "volume")
            p.setPen(line)
            p.drawLine(QPointF(0, box.top + box.height), QPointF(GUTTER_W, box.top + box.height))
        p.restore()
        if folded:
            p.save()
            p.setClipRect(QRectF(GUTTER_W, AXIS_H, view.width() - GUTTER_W, view.height() - AXIS_H))
            p.setFont(small)
            p.setPen(TEXT_DIM)
            for box, text in folded:
                p.drawText(QPointF(GUTTER_W + 8, box.top + 17), text)
            p.restore()

    def _lane_name(self, lane: int, lines: int = 1) -> list[str]:
        """A lane's name cut to the gutter, on up to `lines` lines: a name too long for one
        is broken between words (the last line cut short if need be, and a first word too
        long for a line keeps it on one). Measured once per name and lines."""
        view = self.view
        name = view.events.lanes[lane] or "(no lane)"
        shown = self._lane_names.get((name, lines))
        if shown is None:
            if len(self._lane_names) > 5000:
                self._lane_names.clear()
            fm = QFontMetricsF(view.fonts.lane)
            room = GUTTER_W - LANE_NAME_X - 6
            words = name.split()
            first = 0  # how many words fit on the first line
            while first < len(words) and fm.horizontalAdvance(" ".join(words[: first + 1])) <= room:
                first += 1
            if fm.horizontalAdvance(name) <= room or lines < 2 or first == 0:
                shown = [fm.elidedText(name, Qt.TextElideMode.ElideRight, room)]
            else:
                rest = " ".join(words[first:])
                shown = [
                    " ".join(words[:first]),
                    fm.elidedText(rest, Qt.TextElideMode.ElideRight, room),
                ]
            self._lane_names[(name, lines)] = shown
        return shown

    def _lane_color(self, lane: int) -> QColor:
        """The lane's colour (a copy: callers may change its alpha)."""
        view = self.view
        return lane_color(view.lane_colors, lane)

    def _paint_density(self, p: QPainter, frame: Frame) -> None:
        # Whole-pixel rectangles without antialiasing, built from numpy columns in one go: an
        # order of magnitude cheaper than antialiased shapes drawn one by one.
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        for d in frame.density:
            base = int(d.base)
            short_tone, long_tone = density_tones(self._lane_color(d.lane))
            if len(d.band_x):  # imprecise and long events: a pale band where they may lie
                x, width, height = _runs(
                    d.band_x, d.band_right, d.band_height.round().astype(np.int64)
                )
                p.setBrush(long_tone)
                fill_rects(p, x, base - height, width, height)
            height = d.height.round().astype(np.int64)
            keep = height > 0
            if keep.any():
                p.setBrush(short_tone)
                h = height[keep]
                fill_rects(p, d.x[keep], base - h, d.width[keep], h)
        p.restore()

    def _paint_density_scales(self, p: QPainter, frame: Frame, boxes: list[LaneBox]) -> None:
        """Each density lane's scale at its top right: its tallest bar in events and the time a
        bar stands for ("max 482 per week"), so that 482 is not read as 11,507; a lane of long
        events only, its pale band's ("max 40 longer events per month": scale_text)."""
        self.density_scales = {}
        self.density_scale_boxes = {}
        if not frame.density:
            return
        view = self.view
        tops = {box.lane: box.top for box in boxes}
        selected = self._selected_in_density(frame, boxes)
        fm = QFontMetricsF(view.fonts.axis)
        p.setFont(view.fonts.axis)
        right = view.scale.width - 6  # clear of the lanes' scroll bar, when it is shown
        if view.vbar.isVisible():
            right -= view.vbar.width()
        for d in frame.density:
            if d.lane not in tops:
                continue
            peak = int(d.counts.max()) if len(d.counts) else 0
            long_peak = int(d.band_counts.max()) if len(d.band_counts) else 0
            text = scale_text(peak, long_peak, d.unit)
            if not text:
                continue
            self.density_scales[d.lane] = text
            tw = self._text_width(fm, text, False)
            box = QRectF(right - tw - 4, tops[d.lane] + 3, tw + 8, fm.height() + 2)
            if selected is not None and selected[0].lane == d.lane:
                x = selected[1]
                if box.left() - SELECTED_CAP <= x <= box.right() + SELECTED_CAP:
                    box.moveLeft(x - SELECTED_CAP - 4 - box.width())  # left of the selection
                    if box.left() < 2:
                        box.moveLeft(x + SELECTED_CAP + 4)  # else right of it
            self.density_scale_boxes[d.lane] = box
            p.fillRect(box, SCALE_BG)  # legible over the bars it may cover
            static = self._static.get(text)
            if static is None:
                if len(self._static) > 2000:
                    self._static.clear()
                static = self._static[text] = QStaticText(text)
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(font=view.fonts.axis)
            p.setPen(TEXT_DIM)
            p.drawStaticText(QPointF(box.left() + 4, tops[d.lane] + 4), static)

    def _paint_volume(self, p: QPainter, frame: Frame) -> None:
        """Each volume strip under its lane's rows: a rule, a pale band for the long events, the
        bars of events per day, and its scale at the top right ("max 12 per day")."""
        self.volume_scales = {}
        if not frame.volume:
            return
        view = self.view
        fm = QFontMetricsF(view.fonts.axis)
        right = view.scale.width - 6 - (view.vbar.width() if view.vbar.isVisible() else 0)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for v in frame.volume:
            color = self._lane_color(v.lane)
            p.setPen(QPen(GRID_MAJOR, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(0, v.top + 0.5), QPointF(view.scale.width, v.top + 0.5))
            p.setPen(Qt.PenStyle.NoPen)
            base = int(v.base)
            for heights, tone in ((v.band_height, density_tones(color)[1]), (v.height, color)):
                h = np.round(heights).astype(np.int64)
                keep = (h > 0) & (v.x + v.width >= 0) & (v.x <= view.scale.width)
                if keep.any():
                    p.setBrush(tone)
                    fill_rects(p, v.x[keep], base - h[keep], v.width[keep], h[keep])
            long_peak = int(v.band_counts.max()) if len(v.band_counts) else 0
            text = scale_text(v.peak, long_peak, v.unit) or f"max 0 per {v.unit}"
            self.volume_scales[v.lane] = text
            tw = self._text_width(fm, text, False)
            p.fillRect(QRectF(right - tw - 4, v.top + 2, tw + 8, fm.height() + 2), SCALE_BG)
            p.setFont(view.fonts.axis)
            p.setPen(TEXT_DIM)
            p.drawText(QPointF(right - tw, v.top + 2 + fm.ascent()), text)
        p.restore()

    def _paint_as_of(self, p: QPainter) -> None:
        """ "As known on": a dashed line at the end of that day, the replay's present (what
        lies right of it was, then, still to come)."""
        view = self.view
        if view.as_of is None:
            return
        x = view.scale.x_of(view.as_of + 1)
        if 0 <= x <= view.scale.width:
            p.setPen(QPen(AS_OF, 1.5, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, AXIS_H), QPointF(x, view.height()))

    def _paint_marked_density(self, p: QPainter, frame: Frame, boxes: list[LaneBox]) -> None:
        """Search hits in lanes drawn as density: a tick per hit along the lane's top edge."""
        view = self.view
        marks = view.shown_marks()
        if not len(marks) or not frame.density:
            return
        scale = view.scale
        tops = {box.lane: box.top for box in boxes}
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(MARK)
        for d in frame.density:
            xs = marks.columns(d.lane, scale.t0, scale.spp, int(scale.width))
            if not len(xs):
                continue
            draw_ticks(p, xs, tops[d.lane] + 2)
        p.restore()

    def _selected_in_density(
        self, frame: Frame, boxes: list[LaneBox]
    ) -> tuple[LaneBox, float] | None:
        """The selected event's lane box and x, when its lane is drawn as density."""
        view = self.view
        if view.selected is None or view.events is None or not frame.density:
            return None
        sel = selected_in_density(view.painted_selected_place(), frame, boxes, view.scale.x_of)
        return (sel.box, sel.x) if sel is not None else None

    def _paint_unlabelled_selection(self, p: QPainter, frame: Frame) -> None:
        """A selected event on rows whose label had no room: its title beside it all the same."""
        view = self.view
        self.selection_title = None
        if view.selected is not None:
            title, _ = view.labels.label_for(view.selected)
            self.selection_title = paint_unlabelled_selection(
                p, frame, view.selected, view.scale.width, view.fonts, title
            )

    def _paint_selected_in_density(self, p: QPainter, frame: Frame, boxes: list[LaneBox]) -> None:
        """The selection stays visible when its lane is drawn as density (selection_marks.py;
        the lane's scale moves aside for it: _paint_density_scales)."""
        self.density_selection_title = None
        view = self.view
        if view.selected is None or view.events is None or not frame.density:
            return
        sel = selected_in_density(view.painted_selected_place(), frame, boxes, view.scale.x_of)
        if sel is None:
            return
        title, _ = view.labels.label_for(view.selected)
        self.density_selection_title = paint_selected_in_density(
            p, sel, view.scale.width, view.fonts, title, self.density_scale_boxes.get(sel.box.lane)
        )

    def _paint_overflow(self, p: QPainter, frame: Frame) -> None:
        """Events with no room in their lane: a tick each (one per pixel column, 5 px tall) at
        the lane's foot, and a line over the time the periods among them cover. On screen a
        lane's ticks are one small image, opaque where a tick is and clear elsewhere, blitted at
        a whole pixel: the same pixels as a rect a tick, without building a rect for each.
        Vector output (SVG export) keeps the rects."""
        view = self.view
        if _vector(p):
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.setPen(Qt.PenStyle.NoPen)
            for o in frame.overflow:
                p.setBrush(mix(self._lane_color(o.lane), BG, 0.8))
                x = np.asarray(o.x, np.int64)
                fill_rects(p, x, int(o.base) - 7, 1, 5)
                self._paint_overflow_spans(p, o)
            p.restore()
            return
        width = view.scale.width
        for o in frame.overflow:
            x = np.asarray(o.x, np.int64)
            x = x[(x >= 0) & (x < width)]  # the others fall outside the plot's clip
            if not len(x):
                continue
            left = int(x[0])
            strip = np.zeros((5, int(x[-1]) - left + 1), np.uint32)
            # Opaque, so premultiplied or not is the same.
            strip[:, x - left] = mix(self._lane_color(o.lane), BG, 0.8).rgba()
            image = QImage(strip.data, strip.shape[1], 5, strip.strides[0],
                           QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
            p.drawImage(QPoint(left, int(o.base) - 7), image)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        for o in frame.overflow:
            self._paint_overflow_spans(p, o)
        p.restore()

    def _paint_overflow_spans(self, p: QPainter, o: Overflow) -> None:
        """The periods with no room in their lane, over the time they cover: a 2-px line in the
        lane's colour through the foot of the ticks (a month of events left out reads as that
        month)."""
        if not len(o.spans):
            return
        p.setBrush(mix(self._lane_color(o.lane), BG, 0.55))
        x0, x1 = o.spans[:, 0], o.spans[:, 1]
        fill_rects(p, x0, int(o.base) - 4, x1 - x0, 2)

    def _paint_bars(self, p: QPainter, frame: Frame) -> None:
        view = self.view
        styles: dict[int, BarStyle] = {}  # a lane's, this frame
        for b in frame.bars:
            style = styles.get(b.lane)
            if style is None:
                style = styles[b.lane] = self._bar_style(b.lane)
            w = max(b.x1 - b.x0, 2.0)
            style.draw(p, QRectF(b.x0, b.y - 7, w, 14), b.kind)
            if b.id == view.selected:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(SELECT, 2))
                p.drawRoundedRect(QRectF(b.x0 - 2, b.y - 9, w + 4, 18), 5, 5)

    def _bar_style(self, lane: int) -> BarStyle:
        """The lane colour's bar style, made once per colour."""
        color = self._lane_color(lane)
        style = self._bar_styles.get(color.rgba())
        if style is None:
            if len(self._bar_styles) > 100:
                self._bar_styles.clear()
            style = self._bar_styles[color.rgba()] = BarStyle(color)
        return style

    def _paint_markers(self, p: QPainter, frame: Frame) -> None:
        view = self.view
        r = MARKER_R
        marks = view.shown_marks()
        if len(marks):  # search hits: a halo under the marker
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(MARK)
            for m in frame.markers:
                if m.id in marks:
                    p.drawEllipse(QPointF(m.x, m.y), r + 4, r + 4)
            for b in frame.bars:
                if b.id in marks:
                    p.drawRoundedRect(QRectF(b.x0 - 3, b.y - 10, b.x1 - b.x0 + 6, 20), 6, 6)
        half = SPRITE / 2
        sprites: dict[tuple[int, str], QPixmap] = {}
        for m in frame.markers:
            # A pre-drawn marker blitted is several times cheaper than an antialiased shape.
            sprite = sprites.get((m.lane, m.kind))
            if sprite is None:
                sprite = sprites[m.lane, m.kind] = self._sprite(m.lane, m.kind)
            p.drawPixmap(QPointF(m.x - half, m.y - half), sprite)
            if m.id == view.selected:
                center = QPointF(m.x, m.y)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(SELECT, 2))
                p.drawEllipse(center, r + 3.5, r + 3.5)

    def _paint_review_marks(self, p: QPainter, frame: Frame) -> None:
        """Accepted, corrected and rejected events' marks (viewer/timeline/review_marks.py),
        at a marker's upper right, at a bar's left end. A story's count badge has that place
        (_paint_report_badges): beside one, the mark goes to the marker's upper left, or
        along the bar past the badge."""
        r = MARKER_R
        font = None
        for m in frame.markers:
            if m.review:
                x = m.x - REVIEW_LEFT_OF_BADGE if m.reports > 1 else m.x + r + 1
                draw_review_mark(p, x, m.y - r - 1, m.review)
        for b in frame.bars:
            if b.review:
                x = max(b.x0, 0.0) + 4
                if b.reports > 1:
                    font = font or badge_font(self.view.fonts.label)
                    past = REVIEW_PAST_BADGE + (6 if b.review & REJECTED else 0)
                    x = max(b.x0, 0.0) + 2 + badge_width(b.reports, font) + past
                draw_review_mark(p, x, b.y - 7, b.review)

    def _paint_report_badges(self, p: QPainter, frame: Frame) -> None:
        """ "2": the number of reports a story's marker stands for, in a small badge."""
        counted = [m for m in frame.markers if m.reports > 1]
        counted += [b for b in frame.bars if b.reports > 1]
        if not counted:
            return
        font = badge_font(self.view.fonts.label)
        for item in counted:
            if isinstance(item, Marker):
                draw_badge(p, item.x, item.y - 1, item.reports, font)
            else:  # inside the bar, at its left end (or the view's)
                draw_badge(p, max(item.x0, 0.0) + 2, item.y + BADGE_H / 2, item.reports, font)

    def _sprite(self, lane: int, kind: str) -> QPixmap:
        """A marker drawn once per lane colour, kind and pixel ratio."""
        view = self.view
        return self.sprites.get(self._lane_color(lane), kind, view.devicePixelRatioF())

    def _paint_labels(self, p: QPainter, frame: Frame) -> None:
        view = self.view
        fm = view.fonts.label_metrics
        bold = view.fonts.selected_label
        on_solid_bar = {b.id for b in frame.bars if b.kind == RANGE_BAR}
        planned = {m.id for m in frame.markers if m.kind == PLANNED_POINT}
        planned.update(b.id for b in frame.bars if b.kind == PLANNED_BAR)
        top = -fm.height() / 2 - 1  # static text is placed by its top-left corner
        selected_id, hovered_id = view.selected, view.hovered
        font = None
        pen = None
        for lb in frame.labels:
            selected = lb.id == selected_id
            wanted = bold if selected else view.fonts.label
            if wanted is not font:
                p.setFont(wanted)
                font = wanted
            if lb.inside and lb.id in on_solid_bar:
                color = WHITE
            elif selected or lb.id == hovered_id:
                color = SELECT
            else:
                color = PLANNED_TEXT if lb.id in planned else TEXT
            if color is not pen:
                p.setPen(color)
                pen = color
            if selected:  # bold is wider: it takes the free room of its row, not an ellipsis
                lb = view.drawn_label(lb)
            p.drawStaticText(QPointF(lb.x, lb.y + top), view.labels.static(lb, selected, bold))
