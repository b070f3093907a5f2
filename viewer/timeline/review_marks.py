"""The small marks a review leaves on the timeline (db.review): a green tick for an accepted
event, an orange dot for a corrected one (its date, title or lane), a red cross over a rejected
one (shown only when the filters show rejected events). Drawn by the painter and the legend."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from db.store.model import ACCEPTED, CORRECTED, REJECTED

REVIEWED = ACCEPTED | CORRECTED | REJECTED
ACCEPTED_COLOR = QColor("#2e8b57")
CORRECTED_COLOR = QColor("#e07b00")
REJECTED_COLOR = QColor("#c0392b")
BADGE_R = 3.6


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def draw_review_mark(p: QPainter, x: float, y: float, bits: int) -> None:
    """The mark of review `bits` for an item whose upper right corner is at (x, y)."""
    if bits & REJECTED:
        p.setPen(_pen(REJECTED_COLOR, 1.8))
        p.drawLine(QPointF(x - 9, y - 1), QPointF(x - 1, y + 7))
        p.drawLine(QPointF(x - 9, y + 7), QPointF(x - 1, y - 1))
    if bits & CORRECTED:
        p.setPen(QPen(QColor("#ffffff"), 1.2))
        p.setBrush(CORRECTED_COLOR)
        p.drawEllipse(QPointF(x, y), BADGE_R + 0.6, BADGE_R + 0.6)
    elif bits & ACCEPTED:
        p.setPen(_pen(ACCEPTED_COLOR, 1.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline([QPointF(x - 2.5, y), QPointF(x - 0.5, y + 2.2), QPointF(x + 3.5, y - 2.8)])


def review_rect(x: float, y: float) -> QRectF:
    """Where a mark at (x, y) draws (for tests that sample its pixels)."""
    return QRectF(x - 10, y - 4, 15, 12)
