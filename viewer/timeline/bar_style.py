"""How a lane's bars look: a solid range, the soft band of a period an event lies somewhere in,
a planned event's hollow outline, an event placed around a day; and a density lane's two tones.
Shared by the frame painter and the legend."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen

from viewer.timeline.layout import AROUND_BAR, IMPRECISE_BAR, PLANNED_BAR
from viewer.timeline.theme import BG, mix

NARROW_BAND = 48  # px: a band narrower is filled flat


def density_tones(color: QColor) -> tuple[QColor, QColor]:
    """A density lane's two tones: events known to within two days counted where they are, and
    the long or imprecise ones over the time they may lie in."""
    return color.lighter(125), mix(color, BG, 0.3)


class BarStyle:
    """How a lane's bars are drawn: a solid range, or the soft band of a period an event lies
    somewhere in (a day, a month, a vague date). Made once per colour."""

    def __init__(self, color: QColor) -> None:
        self.fill, faint, self.strong = QColor(color), QColor(color), QColor(color)
        self.fill.setAlpha(215)
        faint.setAlpha(20)
        self.strong.setAlpha(75)
        self._stops = ((0.0, faint), (0.3, self.strong), (0.7, self.strong), (1.0, faint))
        self.dashed = QPen(color, 1, Qt.PenStyle.DashLine)
        # planned: hollow, a bolder dashed outline than an imprecise band's, nothing inside
        self.planned = QPen(color, 1.8)
        self.planned.setDashPattern([3.0, 2.0])
        # around a day: the soft band, hatched, with a dotted outline (not a day's dashes)
        self.hatch = QBrush(self.strong, Qt.BrushStyle.BDiagPattern)
        self.dotted = QPen(color, 1.2, Qt.PenStyle.DotLine)

    def draw(self, p: QPainter, rect: QRectF, kind: str) -> None:
        if kind == AROUND_BAR:
            self.draw_around(p, rect)
        elif kind == PLANNED_BAR:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(self.planned)
            p.drawRoundedRect(rect.adjusted(0.9, 0.9, -0.9, -0.9), 4, 4)
        elif kind == IMPRECISE_BAR:
            # A soft band with a dashed outline: where it may lie. A narrow one (a day at month
            # zoom) is filled flat: faded ends would leave it a smudge.
            if rect.width() < NARROW_BAND:
                p.setBrush(self.strong)
            else:  # fading at both ends
                # A gradient in the band's own coordinates, not ObjectBoundingMode: with Qt
                # 6.8-6.11's raster engine that mode shifted the QStaticText labels drawn after
                # it (tests/viewer/timeline/test_label_positions.py).
                grad = QLinearGradient(rect.left(), 0, rect.right(), 0)
                grad.setStops(self._stops)
                p.setBrush(QBrush(grad))
            p.setPen(self.dashed)
            p.drawRoundedRect(rect, 5, 5)
        else:
            p.setBrush(self.fill)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(rect, 3, 3)

    def draw_around(self, p: QPainter, rect: QRectF) -> None:
        """An event placed around a day, not known to be on it: its day is the soft band of a
        day, hatched across and with a dotted outline, so that at day or hour zoom it does not
        read as a day that words stated (the label's AROUND_MARK says it in words)."""
        grad = QLinearGradient(rect.left(), 0, rect.right(), 0)  # see IMPRECISE_BAR's
        grad.setStops(self._stops)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(grad) if rect.width() >= NARROW_BAND else self.strong)
        p.drawRoundedRect(rect, 5, 5)
        p.setBrush(self.hatch)
        p.setPen(self.dotted)
        p.drawRoundedRect(rect, 5, 5)
