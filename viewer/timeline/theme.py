"""How the timeline looks: its metrics, palette and colours, fonts, and markers drawn once."""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap

from viewer.timeline.layout import (
    IMPRECISE_POINT,
    MARKER_R,
    PLANNED_POINT,
    PUBLICATION_POINT,
    ROW_H,
)

GUTTER_W = 160  # the lanes' names: the demo's longest, "UCDP: state-based", on one line
AXIS_H = 44
MIN_LANE_H = 2 * ROW_H + 12
MAX_LANE_H = 10 * ROW_H + 12
SPRITE = 2 * (MARKER_R + 2)  # size of a pre-drawn marker, px

# Lanes are hashed into the slots (palette_slots), so their order is arbitrary: the muted olive
# and grey sit where none of the demo's lane names fall.
PALETTE = (
    "#2f6fb0",
    "#9a9a1e",
    "#3a9a4a",
    "#5f6b73",
    "#7b57b0",
    "#8c5a3c",
    "#c2489a",
    "#b8343b",
    "#d0661c",
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
# a planned or expected event's title: told apart from what happened by more than its outline
PLANNED_TEXT = QColor("#3f6a96")
SELECT = QColor("#111111")
MARK = QColor("#f5b800")  # search hits
AS_OF = QColor("#c2571a")  # "as known on": the replay's present (the overview's handle too)
BADGE = QColor("#3d4a57")  # behind the number of reports of a story's marker
SCALE_BG = QColor(255, 255, 255, 200)  # behind a density lane's scale


def mix(color: QColor, base: QColor, share: float) -> QColor:
    """`share` of `color` over `base`, as an opaque colour (cheaper to fill than alpha)."""
    return QColor(
        round(color.red() * share + base.red() * (1 - share)),
        round(color.green() * share + base.green() * (1 - share)),
        round(color.blue() * share + base.blue() * (1 - share)),
    )


def palette_slots(names: Iterable[str]) -> dict[str, int]:
    """Each lane's palette slot, from its name: a stable hash (not the lane's position) picks
    it, so a lane keeps its colour when lanes are added, removed, hidden or reordered. Names
    whose slots collide take the next free one, in name order, so up to len(PALETTE) lanes stay
    distinct; only such a collision can move a colour, when a lane is added."""
    n = len(PALETTE)
    slots: dict[str, int] = {}
    taken: set[int] = set()
    for name in sorted(set(names)):
        slot = zlib.crc32(name.encode("utf-8", "surrogatepass")) % n
        if len(taken) < n:
            while slot in taken:
                slot = (slot + 1) % n
        taken.add(slot)
        slots[name] = slot
    return slots


def lane_color(colors: list[QColor] | None, lane: int) -> QColor:
    """The lane's colour (a copy: callers may change its alpha): the one given, else the
    palette's."""
    if colors is not None and lane < len(colors):
        return QColor(colors[lane])
    return QColor(PALETTE_COLORS[lane % len(PALETTE)])


class Fonts:
    """The timeline's fonts, made from the widget's."""

    def __init__(self, base: QFont) -> None:
        self.label = QFont(base)
        self.label.setPointSizeF(8.5)
        self.axis = QFont(base)
        self.axis.setPointSizeF(8.5)
        self.major = QFont(self.axis)
        self.major.setBold(True)
        self.lane = QFont(base)
        self.lane.setPointSizeF(9)
        self.lane.setBold(True)
        self.label_metrics = QFontMetricsF(self.label)
        # The selected event's label is bold (so wider): measured for its paint and its clicks.
        self.selected_label = QFont(self.label)
        self.selected_label.setBold(True)
        self.selected_metrics = QFontMetricsF(self.selected_label)


class Sprites:
    """Markers drawn once per colour, kind and pixel ratio, then blitted."""

    def __init__(self) -> None:
        self._sprites: dict[tuple, QPixmap] = {}

    def get(self, color: QColor, kind: str, ratio: float) -> QPixmap:
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
            elif kind == PLANNED_POINT:  # hollow: a dashed ring, nothing inside
                pen = QPen(color, 1.8)
                pen.setDashPattern([1.0, 1.4])
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(pen)
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
