"""The pure step before painting: visible events + scale + lane boxes -> what to draw where.

Per lane, a level of detail: when a lane has more events in view than its rows can show, it
becomes a density histogram (one bar per few pixel columns); otherwise each event is placed on a
row where its marker and label fit (greedy, left to right, so labels never overlap). Points that
would land on a pixel already drawn in the same row are drawn once.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from db.store import IMPRECISE, PUBLICATION, RANGE, EventIndex
from viewer.timeline.scale import Scale
from viewer.timeline.visible import LaneIndex

ROW_H = 20
LANE_PAD = 6
MARKER_R = 4.5
LABEL_GAP = 6
MAX_LABEL_W = 260
MIN_LABEL_W = 48  # a label squeezed below this is left out rather than shown as "A…"
BIN_PX = 3
DETAIL_LIMIT = 400  # at most this many events drawn one by one per lane
HYSTERESIS = 0.15

POINT, IMPRECISE_POINT, PUBLICATION_POINT = "point", "imprecise", "publication"
RANGE_BAR, IMPRECISE_BAR = "range", "imprecise"


@dataclass(frozen=True)
class LaneBox:
    lane: int
    top: float
    height: float

    @property
    def rows(self) -> int:
        return max(1, int((self.height - 2 * LANE_PAD) // ROW_H))

    def row_y(self, row: int) -> float:
        """The vertical centre of a row."""
        return self.top + LANE_PAD + row * ROW_H + ROW_H / 2


@dataclass(slots=True)  # made by the hundred each frame: plain slots, not frozen
class Marker:
    id: int
    x: float
    y: float
    kind: str
    lane: int


@dataclass(slots=True)  # made by the hundred each frame: plain slots, not frozen
class Bar:
    id: int
    x0: float
    x1: float
    y: float
    kind: str
    lane: int


@dataclass(slots=True)  # made by the hundred each frame: plain slots, not frozen
class Label:
    id: int
    x: float
    y: float
    text: str
    width: float
    inside: bool = False  # drawn inside its bar


@dataclass(frozen=True)
class Density:
    lane: int
    x: np.ndarray  # left edge of each bar, px
    height: np.ndarray  # px
    counts: np.ndarray
    base: float  # y of the lane's baseline
    band_x: np.ndarray = field(default_factory=lambda: np.empty(0))  # long events' coverage
    band_height: np.ndarray = field(default_factory=lambda: np.empty(0))


@dataclass(frozen=True)
class Overflow:
    """Events with no room in their lane's rows: one tick per pixel column at the lane's foot."""

    lane: int
    x: np.ndarray
    base: float


@dataclass
class Frame:
    markers: list[Marker] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    density: list[Density] = field(default_factory=list)
    overflow: list[Overflow] = field(default_factory=list)
    lane_counts: dict[int, int] = field(default_factory=dict)
    modes: dict[int, str] = field(default_factory=dict)  # lane -> "detail" | "density"

    def hit(self, x: float, y: float, radius: float = 7.0) -> int | None:
        """The event drawn under (x, y): the nearest marker within `radius`, else a bar."""
        best, best_d = None, radius * radius
        for m in self.markers:
            d = (m.x - x) ** 2 + (m.y - y) ** 2
            if d <= best_d:
                best, best_d = m.id, d
        if best is not None:
            return best
        for b in reversed(self.bars):
            if b.x0 - 2 <= x <= b.x1 + 2 and abs(b.y - y) <= ROW_H / 2 - 2:
                return b.id
        for lb in reversed(self.labels):
            if lb.x <= x <= lb.x + lb.width and abs(lb.y - y) <= ROW_H / 2 - 2:
                return lb.id
        return None

    def density_at(self, x: float, y: float, boxes: Sequence[LaneBox]) -> int | None:
        """The lane whose density histogram is under (x, y), if any."""
        for box in boxes:
            if self.modes.get(box.lane) == "density" and box.top <= y < box.top + box.height:
                return box.lane
        return None


LabelFor = Callable[[int], tuple[str, float]]


def lane_mode(count: int, capacity: int, previous: str | None) -> str:
    """Detail or density for a lane, with hysteresis so the mode does not flicker at the limit."""
    limit = capacity
    if previous == "density":
        return "detail" if count < limit * (1 - HYSTERESIS) else "density"
    if previous == "detail":
        return "density" if count > limit * (1 + HYSTERESIS) else "detail"
    return "detail" if count <= limit else "density"


def capacity(box: LaneBox, width: int) -> int:
    """How many events a lane can show one by one: a marker every ~12 px per row."""
    return min(DETAIL_LIMIT, box.rows * max(width, 1) // 12)


def layout(
    index: EventIndex,
    lanes: LaneIndex,
    scale: Scale,
    boxes: Sequence[LaneBox],
    label_for: LabelFor,
    previous_modes: dict[int, str] | None = None,
    in_view: dict[int, np.ndarray] | None = None,
) -> Frame:
    """Compute the frame for the window of `scale`; the cost follows the pixels, not the data.

    `in_view` may hold lanes' event positions already queried for this window."""
    frame = Frame()
    previous_modes = previous_modes or {}
    in_view = in_view or {}
    for box in boxes:
        count = lanes.count(box.lane, scale.t0, scale.t1)
        frame.lane_counts[box.lane] = count
        mode = lane_mode(count, capacity(box, scale.width), previous_modes.get(box.lane))
        frame.modes[box.lane] = mode
        if mode == "density":
            frame.density.append(_density(lanes, scale, box))
        else:
            positions = in_view.get(box.lane)
            if positions is None:
                positions = lanes.query(box.lane, scale.t0, scale.t1)
            frame.lane_counts[box.lane] = len(positions)  # exact here, long ranges included
            if len(positions):
                _detail(index, positions, scale, box, label_for, frame)
    return frame


def _density(lanes: LaneIndex, scale: Scale, box: LaneBox) -> Density:
    nbins = scale.width // BIN_PX + 1
    edges = scale.t0 + np.arange(nbins + 1) * (BIN_PX * scale.spp)
    counts = lanes.histogram(box.lane, edges)
    covered = lanes.coverage(box.lane, edges)
    inner = box.height - 2 * LANE_PAD
    nonzero = np.flatnonzero(counts)
    c = counts[nonzero]
    # Square-root scale: bursts stand out, yet a single event still shows as a short bar.
    peak = max(int(c.max()), 1) if len(c) else 1
    height = np.maximum(2.0, inner * np.sqrt(c / peak))
    # Long events (a month, a year, a range) as a band over the time they may lie in, not as a
    # spike at their middle: half the lane at most, behind the bars.
    wide = np.flatnonzero(covered)
    cpeak = max(int(covered.max()), 1) if len(wide) else 1
    band = np.maximum(2.0, inner * 0.5 * np.sqrt(covered[wide] / cpeak))
    return Density(
        box.lane, nonzero * BIN_PX, height, c, box.top + box.height - LANE_PAD, wide * BIN_PX, band
    )


def _detail(
    index: EventIndex,
    positions: np.ndarray,
    scale: Scale,
    box: LaneBox,
    label_for: LabelFor,
    frame: Frame,
) -> None:
    """Place each event on a row: with its label if there is room, else its marker alone, else
    (no room at all) as a tick on the lane's overflow strip. Nothing ever overlaps.

    Bars that span most of the view get at most the bottom third of the rows, so they can neither
    push the points out of sight nor be pushed out by them."""
    rows = box.rows
    row_end = [-math.inf] * rows
    width = scale.width
    items = []
    # Positions to pixels for the whole lane at once; the loop below sees plain Python numbers.
    x0s = ((index.start[positions] - scale.t0) / scale.spp).tolist()
    x1s = ((index.end[positions] - scale.t0) / scale.spp).tolist()
    all_flags = index.flags[positions].tolist()
    ids = index.ids[positions].tolist()
    for eid, x0, x1, flags in zip(ids, x0s, x1s, all_flags, strict=True):
        is_bar = bool(flags & (RANGE | IMPRECISE)) and x1 - x0 >= 6
        long_bar = is_bar and min(x1, width) - max(x0, 0) > width * 0.5
        items.append((long_bar, eid, x0, x1, flags, is_bar))
    # Long bars first, into at most a third of the rows from the bottom up; the rest of the lane
    # is left to points and short bars, placed from the top down.
    items.sort(key=lambda item: not item[0])  # stable: start order within each group
    long_rows = range(rows - 1, rows - 1 - max(1, rows // 3), -1)
    overflow: set[int] = set()
    for long_bar, eid, x0, x1, flags, is_bar in items:
        text, text_w = label_for(eid)
        text_w = min(text_w, MAX_LABEL_W)
        inside = False
        if is_bar:
            left, bare_right = x0, x1
            inside = text_w + 10 <= min(x1, width) - max(x0, 0)
            right = x1 if inside else x1 + LABEL_GAP + text_w
            label_x = max(x0, 0) + 5 if inside else x1 + LABEL_GAP
        else:
            x = (x0 + x1) / 2
            left, bare_right = x - MARKER_R - 1, x + MARKER_R + 1
            right = x + MARKER_R + LABEL_GAP + text_w
            label_x = x + MARKER_R + LABEL_GAP
        if bare_right < 0 or left > width:
            continue
        if label_x + text_w > width - 4:  # elide at the right edge rather than cut it off there
            room = width - 4 - label_x
            text_w = room if room >= MIN_LABEL_W else 0
            right = label_x + text_w if text_w else bare_right
        order = long_rows if long_bar else range(rows)
        row = next((r for r in order if row_end[r] + 4 <= left), None) if text_w else None
        with_label = row is not None
        if row is None:
            row = next((r for r in order if row_end[r] + 1 <= left), None)
            if row is None:
                overflow.add(round((x0 + x1) / 2 if not is_bar else max(x0, 0)))
                continue
            row_end[row] = bare_right
        else:
            row_end[row] = right
        y = box.row_y(row)
        if is_bar:
            kind = IMPRECISE_BAR if flags & IMPRECISE else RANGE_BAR
            frame.bars.append(Bar(eid, max(x0, -10.0), min(x1, width + 10.0), y, kind, box.lane))
        else:
            if flags & PUBLICATION:
                kind = PUBLICATION_POINT
            elif flags & IMPRECISE:
                kind = IMPRECISE_POINT
            else:
                kind = POINT
            frame.markers.append(Marker(eid, (x0 + x1) / 2, y, kind, box.lane))
        if with_label:
            frame.labels.append(Label(eid, label_x, y, text, text_w, inside))
    if overflow:
        frame.overflow.append(
            Overflow(box.lane, np.array(sorted(overflow), dtype=np.float64), box.top + box.height)
        )
