"""The pure step before painting: the frame's events in view + scale + lane boxes -> what to
draw where. It asks the frame (db.store.frame) per lane, never for whole arrays.

Per lane, a level of detail: when a lane has more events in view than its rows can show, it
becomes a density histogram (a bar per day, week, month... as the zoom allows: bins.py);
otherwise each event is placed on a row where its marker and label fit (greedy, left to right,
so labels never overlap). Points that would land on a pixel already drawn in the same row are
drawn once.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

import numpy as np

from db.store import IMPRECISE, PLANNED, PUBLICATION, RANGE
from db.store.frame import EventFrame, FrameSlice
from db.store.model import ACCEPTED, CORRECTED, REJECTED
from db.timekeys import DAY
from viewer.timeline.bins import Bins, calendar_bins
from viewer.timeline.scale import Scale

ROW_H = 20
LANE_PAD = 6
MARKER_R = 4.5
LABEL_GAP = 6
SOFT_LABEL_W = 150  # a label runs whole while its row is free; a later event cuts it to this
MIN_LABEL_W = 48  # a label squeezed below this is left out rather than shown as "A…"
KEEP_LABEL_W = 90  # ... and a later event's bare marker cuts it to this, not hidden as a tick
DETAIL_LIMIT = 400  # at most this many events drawn one by one per lane
HYSTERESIS = 0.15
REVIEWED = ACCEPTED | CORRECTED | REJECTED  # the flag bits a review sets
INSTANT = 60  # seconds: a period this short (a minute, a second) is an instant, drawn as a dot

POINT, IMPRECISE_POINT, PUBLICATION_POINT = "point", "imprecise", "publication"
RANGE_BAR, IMPRECISE_BAR = "range", "imprecise"
# An event placed around a day (its report's publication day: no words dated it), seen close
# enough to draw its day: a hatched band, and its label starts with AROUND_MARK at every zoom.
AROUND_BAR = "around"
AROUND_MARK = "≈ "
# A planned or expected event (status "planned"): drawn hollow, a dashed ring or outline.
PLANNED_POINT = PLANNED_BAR = "planned"


@dataclass(frozen=True)
class LaneBox:
    lane: int
    top: float
    height: float
    folded: bool = False  # folded by the user: nothing is laid out in it
    volume: float = 0.0  # the height of its volume strip at its foot (0: none shown)

    @property
    def rows(self) -> int:
        return max(1, int((self.foot - self.top - 2 * LANE_PAD) // ROW_H))

    @property
    def foot(self) -> float:
        """The bottom of the lane's rows (its volume strip, when shown, lies below)."""
        return self.top + self.height - self.volume

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
    review: int = 0  # the review bits of its flags (ACCEPTED, CORRECTED, REJECTED)
    reports: int = 1  # a story drawn once: how many reports it stands for


@dataclass(slots=True)  # made by the hundred each frame: plain slots, not frozen
class Bar:
    id: int
    x0: float
    x1: float
    y: float
    kind: str
    lane: int
    review: int = 0  # as Marker's
    reports: int = 1


@dataclass(slots=True)  # made by the hundred each frame: plain slots, not frozen
class Label:
    id: int
    x: float
    y: float
    text: str
    width: float
    inside: bool = False  # drawn inside its bar
    # The free stretch of its row it may be drawn over when it needs more room than it was
    # laid out with (the selected label is bold, and wider): lo..hi in plot x, set by Rows.take.
    lo: float = math.inf
    hi: float = -math.inf

    def widened(self, width: float) -> Label:
        """This label as wide as `width` allows within lo..hi: it grows to the right first (it
        runs on until the next event in its row), then to the left (a label left of its marker
        grows away from it). Itself when it has the room already or no more is free."""
        if width <= self.width:
            return self
        lo, hi = min(self.lo, self.x), max(self.hi, self.x + self.width)
        right = min(hi, self.x + width)
        x = max(lo, right - width)
        if right - x <= self.width:
            return self
        return Label(self.id, x, self.y, self.text, right - x, self.inside, lo, hi)


@dataclass(frozen=True)
class Density:
    lane: int
    x: np.ndarray  # left edge of each bar, px
    height: np.ndarray  # px
    counts: np.ndarray
    base: float  # y of the lane's baseline
    band_x: np.ndarray = field(default_factory=lambda: np.empty(0))  # long events' coverage
    band_height: np.ndarray = field(default_factory=lambda: np.empty(0))
    band_counts: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    bin_seconds: float = 0.0  # the time one bar stands for (months and years: on average)
    t0: float = 0.0  # the time at x = 0
    unit: str = ""  # what one bar stands for, in words: "day", "week", "month"
    width: np.ndarray = field(default_factory=lambda: np.empty(0))  # each bar's width, px
    band_right: np.ndarray = field(default_factory=lambda: np.empty(0))  # band bins' right, px
    edges: np.ndarray = field(default_factory=lambda: np.empty(0))  # every bin's edge, seconds
    spp: float = 1.0  # seconds per pixel

    def at(self, x: float) -> tuple[int, int, float, float]:
        """The bin under plot x: its short events, the long ones overlapping it, its times."""
        b = int(np.searchsorted(self.edges, self.t0 + x * self.spp, side="right")) - 1
        if not 0 <= b < len(self.edges) - 1:
            return 0, 0, self.t0 + x * self.spp, self.t0 + x * self.spp
        left = math.floor((self.edges[b] - self.t0) / self.spp)
        i = int(np.searchsorted(self.x, left))
        count = int(self.counts[i]) if i < len(self.x) and self.x[i] == left else 0
        j = int(np.searchsorted(self.band_x, left))
        covered = int(self.band_counts[j]) if j < len(self.band_x) and self.band_x[j] == left else 0
        return count, covered, float(self.edges[b]), float(self.edges[b + 1])


@dataclass(frozen=True)
class Volume:
    """A lane's volume strip: its events per day (per week, month... when a day is narrower),
    bars on a linear scale from the frame's counts; long events as a pale band where they may
    lie, as in a density lane."""

    lane: int
    x: np.ndarray  # each bar's left edge, px
    width: np.ndarray  # px
    height: np.ndarray  # px
    counts: np.ndarray  # short events by midpoint in each bar's bin
    band_height: np.ndarray  # px, per bin (long events overlapping it)
    band_counts: np.ndarray
    top: float  # the strip's top
    base: float  # its baseline
    bin_seconds: float  # the time one bar stands for (months and years: on average)
    peak: int  # the tallest bar's count (the scale)
    unit: str = ""  # what one bar stands for, in words: "day", "week", "month"


@dataclass(frozen=True)
class Overflow:
    """Events with no room in their lane's rows: one tick per pixel column at the lane's foot,
    and a thin line over the time the periods among them cover (a month's events left out read
    as that month, not as a tick on its first day)."""

    lane: int
    x: np.ndarray
    base: float
    spans: np.ndarray = field(default_factory=lambda: np.empty((0, 2)))  # (x0, x1) px, merged


@dataclass
class Frame:
    markers: list[Marker] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    density: list[Density] = field(default_factory=list)
    overflow: list[Overflow] = field(default_factory=list)
    volume: list[Volume] = field(default_factory=list)
    lane_counts: dict[int, int] = field(default_factory=dict)
    modes: dict[int, str] = field(default_factory=dict)  # lane -> "detail" | "density" | "folded"
    hidden: dict[int, int] = field(default_factory=dict)  # lane -> events drawn as ticks only
    outside: tuple[int, int] = (0, 0)  # far outliers wholly left / right of the view

    def reports_of(self, event_id: int) -> int:
        """How many reports a drawn event stands for (1 unless it is a story's first)."""
        for item in (*self.markers, *self.bars):
            if item.id == event_id:
                return item.reports
        return 1

    def hit(
        self, x: float, y: float, radius: float = 7.0, drawn: Label | None = None
    ) -> int | None:
        """The event drawn under (x, y): the nearest marker within `radius`, else a bar, else a
        label. `drawn`: a label as painted when that differs from its layout (the selected one,
        bold and widened over its row's free room), hit where it is painted."""
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
            if drawn is not None and lb.id == drawn.id:
                lb = drawn
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


def is_around(flags: int, start: int, end: int) -> bool:
    """Is this an event placed around a day rather than on it? Imprecise (IMPRECISE) but no
    longer than a day and no range: a day is imprecise only when it is a guess (an event
    placed around its report's publication day, a reviewer's "around"); months, years and
    vague periods are longer."""
    return bool(flags & IMPRECISE) and not flags & RANGE and end - start <= DAY


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


def plan(
    lanes: EventFrame,
    scale: Scale,
    boxes: Sequence[LaneBox],
    previous_modes: dict[int, str] | None = None,
    counts: dict[int, int] | None = None,
) -> dict[int, tuple[int, str]]:
    """Each lane's count in view and mode ("detail" or "density"): a few binary searches a lane.

    Made once a frame, so that whoever fetches the titles of the detail lanes before `layout`
    does not count the lanes a second time; `counts` may hold the lanes' counts in view."""
    previous_modes = previous_modes or {}
    planned = {}
    for box in boxes:
        count = counts[box.lane] if counts else lanes.count(box.lane, scale.t0, scale.t1)
        if box.folded:
            planned[box.lane] = (count, "folded")
            continue
        mode = lane_mode(count, capacity(box, scale.width), previous_modes.get(box.lane))
        planned[box.lane] = (count, mode)
    return planned


def layout(
    lanes: EventFrame,
    scale: Scale,
    boxes: Sequence[LaneBox],
    label_for: LabelFor,
    previous_modes: dict[int, str] | None = None,
    in_view: dict[int, FrameSlice] | None = None,
    planned: dict[int, tuple[int, str]] | None = None,
    crowded: bool = False,
    mark_w: float = 12.0,
    keep: Collection[int] = (),
) -> Frame:
    """Compute the frame for the window of `scale`; the cost follows the pixels, not the data.

    `in_view` may hold lanes' events already sliced for this window, and `planned` the lanes'
    counts and modes from `plan` for it. `crowded`: a lane that could draw most of its events
    only as ticks is drawn as a histogram instead, unless it is one of `keep` (lanes kept on
    their rows: lane_heights.keeps_rows). `mark_w`: the width of AROUND_MARK in the labels'
    font."""
    frame = Frame()
    in_view = in_view or {}
    if planned is None:
        planned = plan(lanes, scale, boxes, previous_modes)
    frame.volume = [volume(lanes, scale, box) for box in boxes if box.volume and not box.folded]
    detail = []
    for box in boxes:
        count, mode = planned[box.lane]
        frame.lane_counts[box.lane] = count
        frame.modes[box.lane] = mode
        if mode == "folded":
            continue
        if mode == "density":
            frame.density.append(_density(lanes, scale, box))
        else:
            part = in_view.get(box.lane)
            if part is None:
                part = lanes.window(box.lane, scale.t0, scale.t1)
            frame.lane_counts[box.lane] = len(part)  # exact here, long ranges included
            if len(part):
                detail.append((box, part))
    if detail:
        _detail(detail, scale, label_for, frame, mark_w)
    if detail and crowded:
        # A lane that could draw most of its events only as ticks reads better as a histogram,
        # while zooming in can still pull them apart. Events whose periods cross the whole view
        # (a busy day's events seen within that day) no zoom separates: where they are most of
        # the lane, it stays on its rows (and ticks), where they can be clicked.
        crowded_boxes = [
            b
            for b, part in detail
            if frame.hidden.get(b.lane, 0) * 2 > len(part)
            and _across(part, scale) * 2 <= len(part)
            and b.lane not in keep
        ]
        if crowded_boxes:
            _drop(frame, {box.lane for box in crowded_boxes})
            for box in crowded_boxes:
                frame.modes[box.lane] = "density"
                frame.density.append(_density(lanes, scale, box))
    return frame


def _across(part: FrameSlice, scale: Scale) -> int:
    """How many of the events cover the whole view (zooming in cannot pull them apart)."""
    return int(np.count_nonzero((part.start <= scale.t0) & (part.end >= scale.t1)))


def _drop(frame: Frame, lanes: set[int]) -> None:
    """Take these lanes' markers, bars, labels and ticks out of the frame."""
    ids = {m.id for m in frame.markers if m.lane in lanes} | {
        b.id for b in frame.bars if b.lane in lanes
    }
    frame.markers = [m for m in frame.markers if m.lane not in lanes]
    frame.bars = [b for b in frame.bars if b.lane not in lanes]
    frame.labels = [lb for lb in frame.labels if lb.id not in ids]
    frame.overflow = [o for o in frame.overflow if o.lane not in lanes]
    for lane in lanes:
        frame.hidden.pop(lane, None)


def _density(lanes: EventFrame, scale: Scale, box: LaneBox) -> Density:
    """A lane's histogram over the view's calendar bins (viewer/timeline/bins.py): a bar a day,
    a week, a month... as the zoom allows, so its scale reads "max 16 per day"."""
    bins = calendar_bins(scale)
    edges = bins.edges
    counts = lanes.histogram(box.lane, edges)
    covered = lanes.coverage(box.lane, edges)
    px = np.floor((edges - scale.t0) / scale.spp)
    left, right = px[:-1], px[1:]
    inner = box.foot - box.top - 2 * LANE_PAD
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
        box.lane,
        left[nonzero],
        height,
        c,
        box.foot - LANE_PAD,
        left[wide],
        band,
        covered[wide],
        bins.seconds,
        scale.t0,
        bins.unit,
        np.maximum(right[nonzero] - left[nonzero] - 1, 1),
        right[wide],
        edges,
        scale.spp,
    )


def volume_bins(scale: Scale) -> Bins:
    """The bins of a volume strip: calendar days while a day is at least MIN_BIN_PX wide, else
    weeks, months, years (the scale names the unit)."""
    return calendar_bins(scale, finest=DAY)


def volume_edges(scale: Scale) -> np.ndarray:
    return volume_bins(scale).edges


def volume(lanes: EventFrame, scale: Scale, box: LaneBox) -> Volume:
    """A lane's volume strip for the view: the frame's histogram and coverage over
    `volume_edges` (binary searches, whatever the number of events)."""
    bins = volume_bins(scale)
    edges = bins.edges
    counts = lanes.histogram(box.lane, edges)
    covered = lanes.coverage(box.lane, edges)
    x0 = (edges[:-1] - scale.t0) / scale.spp
    x1 = (edges[1:] - scale.t0) / scale.spp
    inner = box.volume - 8  # room above the baseline, below the scale's line
    peak = max(int(counts.max()), 1) if len(counts) else 1
    cpeak = max(int(covered.max()), 1) if len(covered) else 1
    return Volume(
        box.lane,
        np.floor(x0),
        np.maximum(np.floor(x1) - np.floor(x0) - 1, 1),
        np.where(counts > 0, np.maximum(1.0, inner * counts / peak), 0.0),
        counts,
        np.where(covered > 0, np.maximum(1.0, inner * 0.5 * covered / cpeak), 0.0),
        covered,
        box.foot,
        box.top + box.height - 2,
        bins.seconds,
        int(counts.max()) if len(counts) else 0,
        bins.unit,
    )


def _detail(
    lanes: list[tuple[LaneBox, FrameSlice]],
    scale: Scale,
    label_for: LabelFor,
    frame: Frame,
    mark_w: float = 12.0,
) -> None:
    """Place each event of each lane (box, its events in view) on a row: with its label if there
    is room, else its marker alone, else (no room at all) as a tick on the lane's overflow strip.
    Nothing ever overlaps.

    Bars that span most of the view get the bottom third of the rows (more when the lane has
    fewer other events than rows), so they can neither push the points out of sight nor be
    pushed out by them."""
    width = scale.width

    # What does not depend on the rows already taken is computed for all the lanes at once in
    # numpy (a few dozen calls a frame, not a lane); the loop below, where each event's row
    # depends on the ones before it, sees plain Python numbers. The arithmetic is the same,
    # operation for operation, as it would be in the loop.
    def column(name: str) -> np.ndarray:
        parts = [getattr(part, name) for _, part in lanes]
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    def reports() -> np.ndarray:  # a frame without stories has none: one report each
        parts = [
            part.reports if part.reports is not None else np.ones(len(part), np.int32)
            for _, part in lanes
        ]
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    which = np.repeat(np.arange(len(lanes)), [len(p) for _, p in lanes])
    x0 = (column("start") - scale.t0) / scale.spp
    x1 = (column("end") - scale.t0) / scale.spp
    flags = column("flags")
    # A period wider than a marker is drawn over its whole length: a range, a month, and a day
    # too (known to the day is not known to the hour: at hour zoom it spans its day). Only an
    # instant (to the minute or finer) stays a dot however far one zooms in.
    period = column("end") - column("start")
    around = ((flags & IMPRECISE) != 0) & ((flags & RANGE) == 0) & (period <= DAY)  # is_around
    is_bar = (((flags & RANGE) != 0) | (period > INSTANT)) & (x1 - x0 >= 2 * MARKER_R)
    seen = np.minimum(x1, width) - np.maximum(x0, 0)  # a bar's visible length
    long_bar = is_bar & (seen > width * 0.5)
    mid = (x0 + x1) / 2
    left = np.where(is_bar, x0, mid - MARKER_R - 1)
    bare_right = np.where(is_bar, x1, mid + MARKER_R + 1)
    tick = np.where(is_bar, np.maximum(x0, 0), mid)  # where an event with no row is marked
    # Events off the view take no row. Per lane, long bars are placed first, then the rest, each
    # group in start order.
    shown = np.flatnonzero((bare_right >= 0) & (left <= width))
    group = which[shown] * 2 + np.logical_not(long_bar[shown])
    order = shown[np.argsort(group, kind="stable")]
    counts = np.bincount(group, minlength=2 * len(lanes)).tolist()
    columns = (
        column("ids"), flags, is_bar, x0, x1, mid, seen, left, bare_right, tick, reports(), around
    )  # fmt: skip
    items = zip(*(c[order].tolist() for c in columns), strict=True)
    for k, (box, _) in enumerate(lanes):
        n_long, n_rest = counts[2 * k], counts[2 * k + 1]
        if n_long + n_rest:
            _place(
                islice(items, n_long + n_rest), n_long, n_rest, box, width, label_for, frame,
                mark_w,
            )  # fmt: skip


def merged_spans(spans: list[tuple[float, float]], width: int) -> np.ndarray:
    """Stretches of pixels, in the view and whole, that any of `spans` covers: one row (x0, x1)
    per run, overlapping or touching ones merged."""
    if not spans:
        return np.empty((0, 2))
    lines = np.clip(np.round(np.array(spans, np.float64)), 0, width)
    lines = lines[np.argsort(lines[:, 0], kind="stable")]
    reach = np.maximum.accumulate(lines[:, 1])
    starts = np.concatenate(([True], lines[1:, 0] > reach[:-1] + 1))
    first = np.flatnonzero(starts)
    last = np.concatenate((first[1:], [len(lines)])) - 1
    out = np.column_stack((lines[first, 0], reach[last]))
    return out[out[:, 1] > out[:, 0]]


class Rows:
    """A lane's rows as they fill from left to right: where each ends, and the last label of
    each, which gives up room to a later event (a label runs until the next event in its row):
    down to SOFT_LABEL_W for a labelled event, to KEEP_LABEL_W for a bare marker."""

    __slots__ = ("edge", "end", "floors", "last", "latest", "lowest")

    def __init__(self, n: int, edge: float = math.inf) -> None:
        self.edge = edge  # where the view ends for labels (its right edge, less a margin)
        self.end = [-math.inf] * n
        self.floors = [-math.inf] * n  # floor(r, KEEP_LABEL_W) of each row
        self.last: list[Label | None] = [None] * n  # the row's last label, if it may shrink
        self.latest: list[Label | None] = [None] * n  # the row's last label, whichever
        self.lowest = -math.inf  # the least a row can end at: an event left of it has no row

    def floor(self, r: int, keep: float) -> float:
        """Where row `r` ends with its last label cut to `keep` (if it is longer)."""
        label = self.last[r]
        if label is None:
            return self.end[r]
        return min(self.end[r], label.x + max(min(label.width, keep), 0.0))

    def find(self, candidates: Sequence[int], left: float, gap: float, keep: float) -> int:
        """The first row free from `left` (with `gap`); else the first that its last label,
        cut to `keep`, makes free; -1 if none."""
        end = self.end
        for r in candidates:
            if end[r] + gap <= left:
                return r
        for r in candidates:
            if self.floor(r, keep) + gap <= left:
                return r
        return -1

    def take(
        self, r: int, left: float, gap: float, right: float, label: Label | None, shrinks: bool
    ) -> None:
        """Row `r` holds what spans `left`..`right` now (`label` among it, which may later
        shrink if `shrinks`); its last label is cut short if it reached past `left`. The
        labels' free stretches (Label.lo, .hi) are kept: up to the next thing in the row."""
        free_from = max(self.end[r] + gap, 0.0)  # the row is free from here (in the view)
        if self.end[r] + gap > left:
            cut = self.last[r]
            if cut is not None:
                cut.width = left - gap - cut.x
                free_from = left
        before = self.latest[r]
        if before is not None:
            before.hi = min(before.hi, left - gap)
        if label is not None:
            if label.x <= left:  # left of its marker: it may grow leftwards, to the row's end
                label.lo, label.hi = min(free_from, label.x), label.x + label.width
            else:  # right of its marker or inside its bar: up to the next event or the edge
                end = self.edge if shrinks else min(right, self.edge)
                label.lo, label.hi = label.x, end - 5 if label.inside else end
            self.latest[r] = label
        self.end[r] = right
        self.last[r] = label if shrinks else None
        self.floors[r] = self.floor(r, KEEP_LABEL_W)
        self.lowest = min(self.floors)


def label_options(
    bar: bool, x0: float, x1: float, x: float, seen: float, left: float, bare_right: float,
    text_w: float, width: int,
) -> list[tuple[float, float, float, float, bool, bool, float]]:  # fmt: skip
    """Where an event's label may go, best first: (left, right, label x, label width, may
    shrink, inside its bar, how far the row's last label may be cut for it: Rows.find's keep).
    Whole, right of the marker or bar (or inside a bar it fits in); near the right edge, whole
    left of its marker where that stretch of its row is free (no other label cut for it)
    rather than cut down; else cut to the room right of it, or left of it, or, a bar with no
    room beside it (a period over the whole view), inside it."""
    if not text_w:
        return []
    if bar and text_w + 10 <= seen:
        return [(left, x1, max(x0, 0) + 5, text_w, False, True, SOFT_LABEL_W)]  # inside its bar
    label_x = x1 + LABEL_GAP if bar else x + MARKER_R + LABEL_GAP
    room = width - 4 - label_x
    if text_w <= room:
        return [(left, label_x + text_w, label_x, text_w, True, False, SOFT_LABEL_W)]
    before = (x0 if bar else x - MARKER_R) - LABEL_GAP  # the label's right end, left of it
    options = []
    if text_w <= before - 2:
        whole = before - text_w
        options.append((whole, bare_right, whole, text_w, False, False, math.inf))
    if room >= min(text_w, SOFT_LABEL_W):
        options.append((left, width - 4, label_x, room, False, False, SOFT_LABEL_W))
    shown = min(text_w, before - 2)
    if shown >= MIN_LABEL_W:
        options.append(
            (before - shown, bare_right, before - shown, shown, False, False, SOFT_LABEL_W)
        )
    if MIN_LABEL_W <= room < min(text_w, SOFT_LABEL_W):
        options.append((left, width - 4, label_x, room, False, False, SOFT_LABEL_W))
    if bar and seen - 10 >= MIN_LABEL_W:  # no room beside it: cut down inside its bar
        options.append((left, x1, max(x0, 0) + 5, seen - 10, False, True, SOFT_LABEL_W))
    return options


def _place(
    items: Iterator[tuple],
    n_long: int,
    n_rest: int,
    box: LaneBox,
    width: int,
    label_for: LabelFor,
    frame: Frame,
    mark_w: float = 12.0,
) -> None:
    """The greedy row placement of one lane's events (see `_detail`), long bars first; long
    bars their rows could not hold then go to the rows the others left empty, from the bottom
    up, before any is left to a tick."""
    rows = box.rows
    # Long bars into the bottom third of the rows, or more when fewer other events are left to
    # need the rest (a day at hour zoom spans the view: alone, its lane's days take any row);
    # the rest of the lane is left to points and short bars, placed from the top down.
    n_long_rows = min(rows, max(1, rows // 3, rows - n_rest))
    long_rows = range(rows - 1, rows - 1 - n_long_rows, -1)
    all_rows = range(rows)
    taken = Rows(rows, width - 4)
    overflow = []
    spans: list[tuple[float, float]] = []  # the periods among them: bars with no row
    deferred: list[tuple] = []  # long bars with no room in their rows: tried again at the end
    markers, bars, labels = frame.markers, frame.bars, frame.labels
    lane, row_y = box.lane, [box.row_y(r) for r in range(rows)]

    def put(item: tuple, candidates: Sequence[int], last_try: bool) -> None:
        eid, f, bar, x0, x1, x, seen, left, bare_right, tick, n, around = item
        if taken.lowest + 1 > left:
            if not last_try:
                deferred.append(item)
                return
            overflow.append(tick)
            if bar:
                spans.append((x0, x1))
            return
        text, text_w = label_for(eid)
        if around and text:  # approximate at every zoom, whatever the marker
            text, text_w = AROUND_MARK + text, text_w + mark_w
        row, label = -1, None
        for start, right, label_x, label_w, shrinks, inside, keep in label_options(
            bar, x0, x1, x, seen, left, bare_right, text_w, width
        ):
            if taken.lowest + 4 > start:
                continue
            row = taken.find(candidates, start, 4, keep)
            if row >= 0:
                label = Label(eid, label_x, row_y[row], text, label_w, inside)
                taken.take(row, start, 4, right, label, shrinks)
                break
        if row < 0:
            row = taken.find(candidates, left, 1, KEEP_LABEL_W)
            if row < 0:
                if not last_try:
                    deferred.append(item)
                    return
                overflow.append(tick)
                if bar:
                    spans.append((x0, x1))
                return
            taken.take(row, left, 1, bare_right, None, False)
        y = row_y[row]
        if bar:
            # Only a range with known ends is solid; a period it lies somewhere in is soft.
            kind = RANGE_BAR if f & RANGE and not f & IMPRECISE else IMPRECISE_BAR
            if f & PLANNED:
                kind = PLANNED_BAR
            elif around:
                kind = AROUND_BAR
            x0, x1 = max(x0, -10.0), min(x1, width + 10.0)
            bars.append(Bar(eid, x0, x1, y, kind, lane, review=f & REVIEWED, reports=n))
        else:
            if f & PUBLICATION:
                kind = PUBLICATION_POINT
            elif f & PLANNED:
                kind = PLANNED_POINT
            elif f & IMPRECISE:
                kind = IMPRECISE_POINT
            else:
                kind = POINT
            markers.append(Marker(eid, x, y, kind, lane, review=f & REVIEWED, reports=n))
        if label is not None:
            labels.append(label)

    for i, item in enumerate(items):
        if i < n_long:
            put(item, long_rows, n_long_rows == rows)
        else:
            put(item, all_rows, True)
    if deferred:
        # The rows nothing took, nearest the long rows first (a long bar needs its row free
        # across most of the view: only an empty one is sure to be).
        empty = [r for r in reversed(all_rows) if taken.end[r] == -math.inf]
        for item in deferred:
            put(item, empty, True)
    if overflow:
        frame.hidden[lane] = len(overflow)
        ticks = np.array(sorted(set(map(round, overflow))), dtype=np.float64)
        frame.overflow.append(Overflow(lane, ticks, box.foot, merged_spans(spans, width)))
