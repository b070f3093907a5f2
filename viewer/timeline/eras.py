"""TimelineJS eras drawn as what they are: translucent spans behind all the lanes, each named at
the foot of the lanes, rather than as a lane of their own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from viewer.timeline.scale import Scale
from viewer.timeline.theme import AXIS_H, GUTTER_W, TEXT_DIM, Fonts

# Two tints in turn, so that eras that touch are told apart; light enough for events on top.
ERA_TINTS = (QColor(222, 176, 92, 40), QColor(104, 146, 214, 40))
ERA_EDGE = QColor(150, 128, 90, 110)
NAME_H = 16  # the strip at the foot of the lanes that holds the eras' names
NAME_BG = QColor(255, 255, 255, 170)


@dataclass(frozen=True)
class Era:
    start: float  # keys (seconds), the era's whole span
    end: float
    title: str


class EraView(Protocol):
    eras: list[Era]
    scale: Scale
    fonts: Fonts

    def width(self) -> int: ...
    def height(self) -> int: ...


def era_rects(view: EraView) -> list[tuple[Era, QRectF]]:
    """Each era in view and the part of the lanes it covers (widget coordinates)."""
    right, out = float(view.width()), []
    for era in view.eras:
        x0 = max(GUTTER_W + view.scale.x_of(era.start), float(GUTTER_W))
        x1 = min(GUTTER_W + view.scale.x_of(era.end), right)
        if x1 > x0:
            out.append((era, QRectF(x0, AXIS_H, x1 - x0, view.height() - AXIS_H)))
    return out


def paint_eras(p: QPainter, view: EraView) -> None:
    """The eras behind the events: a tint over their span, an edge at each end, and the name
    at the foot, left where the era starts (or at the view's left edge while it lasts)."""
    if not view.eras:
        return
    metrics = QFontMetricsF(view.fonts.axis)
    p.save()
    p.setFont(view.fonts.axis)
    for i, (era, rect) in enumerate(era_rects(view)):
        p.fillRect(rect, ERA_TINTS[i % 2])
        p.setPen(ERA_EDGE)
        for x in (rect.left(), rect.right()):
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        name = metrics.elidedText(era.title, Qt.TextElideMode.ElideRight, rect.width() - 8)
        if name:
            width = metrics.horizontalAdvance(name) + 8
            # At the foot of the lanes: rows fill from the top, so the foot is the freest.
            box = QRectF(rect.left() + 1, rect.bottom() - NAME_H - 1, width, NAME_H)
            p.fillRect(box, NAME_BG)
            p.setPen(TEXT_DIM)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
    p.restore()
