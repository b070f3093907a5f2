"""A story's badge: a marker that stands for several reports of one happening carries their
count at its upper right. Shared by the frame painter, the legend and the tooltip's words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from viewer.timeline.theme import BADGE, BG, WHITE

BADGE_H = 13.0
# Where a review mark goes when a story's badge takes its place (review_marks.review_rect spans
# x-10..x+5 of the x it is drawn at): left of a marker's badge, or past a bar's.
REVIEW_LEFT_OF_BADGE = 6.0
REVIEW_PAST_BADGE = 5.0


def reports_text(n: int) -> str:
    return f"{n} reports"


def badge_rect(x: float, y: float, text_w: float) -> QRectF:
    """The count's badge at the upper right of a marker at (x, y) (or a bar's left end)."""
    w = max(BADGE_H, text_w + 5)
    return QRectF(x - 0.5, y - BADGE_H - 0.5, w, BADGE_H)


def badge_font(label: QFont) -> QFont:
    font = QFont(label)
    font.setPointSizeF(max(font.pointSizeF() - 1.5, 6.5))
    font.setBold(True)
    return font


def badge_text(reports: int) -> str:
    return str(reports) if reports < 100 else "99+"


def badge_width(reports: int, font: QFont) -> float:
    """How wide the badge of `reports` is drawn."""
    return badge_rect(0, 0, QFontMetricsF(font).horizontalAdvance(badge_text(reports))).width()


def draw_badge(p: QPainter, x: float, y: float, reports: int, font: QFont) -> None:
    """The number of reports in a badge whose lower left is near (x, y) (see badge_rect)."""
    text = badge_text(reports)
    rect = badge_rect(x, y, QFontMetricsF(font).horizontalAdvance(text))
    p.setFont(font)
    p.setPen(QPen(BG, 1))
    p.setBrush(BADGE)
    p.drawRoundedRect(rect, BADGE_H / 2, BADGE_H / 2)
    p.setPen(WHITE)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
