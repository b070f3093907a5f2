"""Help ▸ Legend: what each mark on the timeline means, each sample drawn by the timeline's own
code (marker sprites, bar styles, density tones), so the legend cannot drift from the picture."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QWidget

from db.store.model import ACCEPTED, CORRECTED, REJECTED
from viewer.timeline.badges import badge_font, draw_badge
from viewer.timeline.bar_style import BarStyle, density_tones
from viewer.timeline.layout import (
    AROUND_BAR,
    IMPRECISE_BAR,
    IMPRECISE_POINT,
    MARKER_R,
    PLANNED_BAR,
    PLANNED_POINT,
    POINT,
    PUBLICATION_POINT,
    RANGE_BAR,
)
from viewer.timeline.review_marks import draw_review_mark
from viewer.timeline.theme import (
    AS_OF,
    GRID_MAJOR,
    LANE_BG,
    MARK,
    PALETTE_COLORS,
    SCALE_BG,
    SELECT,
    SPRITE,
    TEXT_DIM,
    Fonts,
    Sprites,
    mix,
)

SAMPLE_W, SAMPLE_H = 150, 30

ROWS: tuple[tuple[str, str], ...] = (
    ("point", "An event known to the day, seen from too far to draw its day; an instant (known "
              "to the minute or second) at every zoom."),
    ("publication", "An article's own publication (its day, when too narrow to draw)."),
    ("ring", "A month, a year or a vague date, seen from too far to draw its period."),
    ("range", "A range with a known start and end (\"from March to May\")."),
    ("band", "The whole period an event lies somewhere in: a day (zoomed to hours), a month, a "
             "year, \"in recent days\"."),
    ("around", "Placed around a day, not on it: no words dated it, so it stands at its "
               "report's publication day (\u2248 before its title; hatched when its day is "
               "drawn). The tooltip and the panel say \"around\"."),
    ("planned", "Planned or expected (\"will\", \"is due to\"): hollow, its title in blue. "
                "Negated or hypothetical events are hidden unless the filters show them."),
    ("density", "Density, dark tone: events known to within two days, counted where they "
                "happened. Heights grow with the square root of the count."),
    ("pale", "Density, pale tone: longer or imprecise events (a month, a year, a range), over "
             "the time they may lie in."),
    ("scale", "A density lane's scale: its tallest bar holds 482 events and a bar stands for a "
              "month (a lane of long events only: \"max 40 longer events per month\", the "
              "most that overlap one month). Hover a bar for its count and dates; click to "
              "zoom in."),
    ("overflow", "Events with no room in their lane's rows: a tick each, and a line over the "
                 "time the longer ones (a month, a range) cover. Zoom in to see them one by one."),
    ("volume", "A lane's volume strip (its menu, or View ▸ Show Volume): its events per day, "
               "how loud the news was; pale for long events, with its scale (\"max 12 per "
               "day\")."),
    ("as_of", "\"As known on\" a day: the end of that day; what was reported later is hidden "
              "(a story counts only the reports known then)."),
    ("story", "One happening told by several articles (here 2): drawn once, as the first "
              "report; the panel lists every report and steps through them (a review splits "
              "or joins stories)."),
    ("hit", "A search hit."),
    ("selected", "The selected event: its source is in the panel."),
    ("accepted", "Reviewed and accepted as it is (Edit ▸ Start Reviewing)."),
    ("corrected", "Corrected by a review: its date, title or lane (the panel shows the old "
                  "value and who changed it)."),
    ("rejected", "Rejected by a review (hidden unless the filters show rejected events)."),
)  # fmt: skip


def draw_sample(kind: str, ratio: float = 1.0, fonts: Fonts | None = None) -> QPixmap:
    """One legend sample, drawn as the timeline draws it, in the first lane's colour."""
    color = QColor(PALETTE_COLORS[0])
    pixmap = QPixmap(round(SAMPLE_W * ratio), round(SAMPLE_H * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(LANE_BG[0])
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    mid = SAMPLE_H / 2
    sprites = Sprites()
    marker = {"point": POINT, "publication": PUBLICATION_POINT, "ring": IMPRECISE_POINT}
    half = SPRITE / 2
    if kind in marker:
        p.drawPixmap(QPointF(20 - half, mid - half), sprites.get(color, marker[kind], ratio))
    elif kind == "planned":  # the ring, then the outline of a range
        p.drawPixmap(QPointF(20 - half, mid - half), sprites.get(color, PLANNED_POINT, ratio))
        BarStyle(color).draw(p, QRectF(40, mid - 7, SAMPLE_W - 48, 14), PLANNED_BAR)
    elif kind == "around":  # the ring seen from afar, then the hatched day
        p.drawPixmap(QPointF(20 - half, mid - half), sprites.get(color, IMPRECISE_POINT, ratio))
        BarStyle(color).draw(p, QRectF(40, mid - 7, SAMPLE_W - 48, 14), AROUND_BAR)
    elif kind in ("range", "band"):
        bar = RANGE_BAR if kind == "range" else IMPRECISE_BAR
        BarStyle(color).draw(p, QRectF(8, mid - 7, SAMPLE_W - 16, 14), bar)
    elif kind in ("density", "pale"):
        short_tone, long_tone = density_tones(color)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        base = SAMPLE_H - 3
        if kind == "pale":
            p.setBrush(long_tone)
            p.drawRect(QRectF(6, base - 9, SAMPLE_W - 12, 9))
        p.setBrush(short_tone)
        counts = (1, 3, 9, 4, 16, 25, 12, 6, 2, 8, 20, 5, 1, 3, 10, 4, 2, 1, 6, 3)
        step = 3 if kind == "density" else 6
        for i in range((SAMPLE_W - 12) // step):
            n = counts[i % len(counts)]
            if kind == "pale" and i % 2:
                continue
            h = max(2.0, (SAMPLE_H - 6) * math.sqrt(n / 25))
            p.drawRect(QRectF(6 + i * step, base - h, 2, h))
    elif kind == "scale":
        fonts = fonts or Fonts(QGuiApplication.font())
        p.setFont(fonts.axis)
        text = "max 482 per month"
        tw = QFontMetricsF(fonts.axis).horizontalAdvance(text)
        box = QRectF(SAMPLE_W - tw - 10, mid - 8, tw + 8, 16)
        p.fillRect(box, SCALE_BG)
        p.setPen(TEXT_DIM)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    elif kind == "overflow":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(mix(color, LANE_BG[1], 0.8))
        for x in (10, 13, 14, 22, 30, 31, 32, 47, 60, 61, 75, 90, 104):
            p.drawRect(QRectF(x, SAMPLE_H - 9, 1, 5))
        p.setBrush(mix(color, LANE_BG[1], 0.55))
        p.drawRect(QRectF(60, SAMPLE_H - 6, 44, 2))  # a month left out
    elif kind == "volume":
        _draw_volume(p, color, fonts or Fonts(QGuiApplication.font()))
    elif kind == "as_of":
        p.setPen(QPen(AS_OF, 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(46.5, 1), QPointF(46.5, SAMPLE_H - 1))
        p.drawPixmap(QPointF(22 - half, mid - half), sprites.get(color, POINT, ratio))
    elif kind == "story":
        p.drawPixmap(QPointF(20 - half, mid - half), sprites.get(color, POINT, ratio))
        fonts = fonts or Fonts(QGuiApplication.font())
        draw_badge(p, 20, mid - 1, 2, badge_font(fonts.label))
    elif kind == "hit":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(MARK)
        p.drawEllipse(QPointF(20, mid), MARKER_R + 4, MARKER_R + 4)
        p.drawPixmap(QPointF(20 - half, mid - half), sprites.get(color, POINT, ratio))
    elif kind in ("accepted", "corrected", "rejected"):
        bits = {"accepted": ACCEPTED, "corrected": CORRECTED, "rejected": REJECTED}[kind]
        p.drawPixmap(QPointF(20 - half, mid - half), sprites.get(color, POINT, ratio))
        draw_review_mark(p, 20 + MARKER_R + 1, mid - MARKER_R - 1, bits)
    elif kind == "selected":
        p.drawPixmap(QPointF(20 - half, mid - half), sprites.get(color, POINT, ratio))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(SELECT, 2))
        p.drawEllipse(QPointF(20, mid), MARKER_R + 3.5, MARKER_R + 3.5)
    p.end()
    return pixmap


def _draw_volume(p: QPainter, color: QColor, fonts: Fonts) -> None:
    """A volume strip as the painter draws one: a dotted rule, the pale band of long events,
    the day's bars in the lane's colour, the scale at the top right."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(QPen(GRID_MAJOR, 1, Qt.PenStyle.DotLine))
    p.drawLine(QPointF(0, 0.5), QPointF(SAMPLE_W, 0.5))
    p.setPen(Qt.PenStyle.NoPen)
    base = SAMPLE_H - 2
    p.setBrush(density_tones(color)[1])
    p.drawRect(QRectF(4, base - 5, 70, 5))
    p.setBrush(color)
    for i, n in enumerate((2, 5, 3, 9, 14, 6, 4, 11, 7, 3, 2, 5, 8, 4, 1, 3, 6, 2, 1, 4)):
        p.drawRect(QRectF(4 + i * 4, base - n, 3, n))
    p.setFont(fonts.axis)
    text = "max 12 per day"
    tw = QFontMetricsF(fonts.axis).horizontalAdvance(text)
    box = QRectF(SAMPLE_W - tw - 8, 2, tw + 6, 14)
    p.fillRect(box, SCALE_BG)
    p.setPen(TEXT_DIM)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class LegendDialog(QDialog):
    """The legend: a sample and its meaning per row; not modal, so it can stay open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Legend")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        fonts = Fonts(self.font())
        self.samples: dict[str, QLabel] = {}
        for row, (kind, meaning) in enumerate(ROWS):
            sample = QLabel()
            sample.setPixmap(draw_sample(kind, self.devicePixelRatioF(), fonts))
            sample.setFixedSize(SAMPLE_W, SAMPLE_H)
            text = QLabel(meaning)
            text.setWordWrap(True)
            text.setMinimumWidth(380)
            grid.addWidget(sample, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(text, row, 1)
            self.samples[kind] = sample
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        grid.addWidget(buttons, len(ROWS), 0, 1, 2)
        # Tall enough for every meaning wrapped at the width it opens with (a grid of wrapped
        # labels asks for less than that, and the longest meanings would be cut).
        width = max(self.sizeHint().width(), 600)
        self.resize(width, max(self.sizeHint().height(), grid.totalHeightForWidth(width)))
