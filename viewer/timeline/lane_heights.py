"""How tall each lane is: the rows it wants for its events in view (from the frame's counts, a
few binary searches), kept through small pans (`steady_rows`), and the window's height shared
among the lanes by need (`share_heights`); whether lanes crowded on their rows keep them or
become histograms (`keeps_rows`). Pure, no Qt; the widget asks it once per view."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

import numpy as np

from db.store.frame import EventFrame
from viewer.timeline.layout import DETAIL_LIMIT, LANE_PAD, ROW_H, Frame
from viewer.timeline.scale import Scale

MIN_ROWS = 2  # a lane is never lower than this (its name and count fit in the gutter)
DENSITY_ROWS = 5  # what a lane drawn as a histogram asks for
ITEM_PX = 250  # the room one event takes in a row: its marker and a typical label
FOLDED_H = 26  # a lane folded by the user: its name and count alone
EMPTY_H = 42  # a lane with nothing in view: its name and "0 in view"
VOLUME_H = 40  # a lane's volume strip (events per day), under its rows


def lane_height(rows: int) -> float:
    """The height of a lane of `rows` rows."""
    return 2 * LANE_PAD + rows * ROW_H


def rows_wanted(lanes: EventFrame, lane: int, scale: Scale, count: int) -> int:
    """How many rows a lane wants to show its `count` events in view one by one, with labels:
    the most that start within one event's room (plus the long ones over it), from the frame's
    histogram (a few binary searches, whatever the number of events)."""
    if count <= 0:
        return 0
    if count > DETAIL_LIMIT:
        return DENSITY_ROWS
    # Events within one event's room of each other each want a row: the most in any such
    # stretch (a sliding sum of three half-room bins, so no such stretch is split between
    # windows), long ones overlapping it included, each once: the most over any of its three
    # bins (exact for those over the whole view; summed, a year-long event counted three times).
    bins = max(2, math.ceil(2 * scale.width / ITEM_PX))
    edges = scale.t0 + np.arange(bins + 1) * (scale.spp * scale.width / bins)
    short = np.pad(lanes.histogram(lane, edges), 1)
    over = np.pad(lanes.coverage(lane, edges), 1)
    near = short[:-2] + short[1:-1] + short[2:]
    peak = int((near + np.maximum(np.maximum(over[:-2], over[1:-1]), over[2:])).max())
    return max(1, peak, math.ceil(count * ITEM_PX / max(scale.width, 1)))


PAN_GIVE = 0.5  # a lane gives rows back once the view moved this much of its width since ...
ZOOM_GIVE = 1.5  # ... or zoomed by more than this factor either way
RowsGiven = tuple[int, float, float]  # rows given, and the view's middle and width (keys) then


def steady_rows(wanted: int, before: RowsGiven | None, t0: float, t1: float) -> RowsGiven:
    """The rows a lane is given (with the view they were given for) now that it wants
    `wanted` in the view [t0, t1) and was given `before`: more at once (its events need them),
    fewer only once the view has moved or zoomed well away from where it was given them, so
    that a small pan, which moves a cluster in or out at an edge, does not make lanes jump."""
    mid, span = (t0 + t1) / 2, max(t1 - t0, 1e-9)
    if before is None or wanted >= before[0]:
        return (wanted, mid, span) if before is None or wanted > before[0] else before
    _rows, was_mid, was_span = before
    return before if near(was_mid, was_span, t0, t1) else (wanted, mid, span)


def near(was_mid: float, was_span: float, t0: float, t1: float) -> bool:
    """Is the view [t0, t1) near the one of middle `was_mid` and width `was_span`: moved less
    than PAN_GIVE of its width, zoomed by less than ZOOM_GIVE?"""
    mid, span = (t0 + t1) / 2, max(t1 - t0, 1e-9)
    zoom = span / was_span
    return abs(mid - was_mid) <= PAN_GIVE * span and 1 / ZOOM_GIVE < zoom < ZOOM_GIVE


Decided = tuple[bool, float, float]  # a crowded lane kept on its rows?, the view's middle, width


def decided(before: Decided | None, t0: float, t1: float) -> bool | None:
    """A crowded lane's choice (True: on its rows, False: a histogram; keeps_rows) while the
    view stays near the one it was made for, so that a pan does not weigh it again each frame
    nor make the lane flip; None: choose again."""
    if before is None:
        return None
    keep, was_mid, was_span = before
    return keep if near(was_mid, was_span, t0, t1) else None


def share_heights(
    wanted: Sequence[int], fixed: dict[int, float], room: float, dense: Collection[int] = ()
) -> list[float]:
    """Each lane's height: `wanted` rows each (at least MIN_ROWS; EMPTY_H for none), `fixed`
    ones (resized or folded by the user) as set. Room left over goes to the lanes by their need
    (an empty lane takes none of it, a lone lane all of it), to the `dense` ones (drawn as
    histograms) alone where there are any: a lane whose events all show on their rows has no
    use for more, a histogram reads better taller. Short of room, the lanes that want most
    give up rows first: each gets what it wants up to a common level, never under MIN_ROWS
    (below that, the lanes scroll)."""
    low = lane_height(MIN_ROWS)
    heights = [
        fixed.get(i, lane_height(max(w, MIN_ROWS)) if w else EMPTY_H) for i, w in enumerate(wanted)
    ]
    free = [i for i in range(len(wanted)) if i not in fixed and wanted[i]]
    if not free:  # nothing in view anywhere: the lanes share the room alike
        free = [i for i in range(len(wanted)) if i not in fixed]
        if not free:
            return heights
        total = sum(heights)
        if total < room:
            for i in free:
                heights[i] += (room - total) / len(free)
        return heights
    total = sum(heights)
    if total <= room:
        takers = [i for i in free if i in dense] or free
        weights = [wanted[i] for i in takers]
        extra = (room - total) / sum(weights)
        for i, w in zip(takers, weights, strict=True):
            heights[i] += extra * w
        return heights
    fixed_total = sum(h for i, h in enumerate(heights) if i not in free)
    asked = [heights[i] for i in free]

    def used(level: float) -> float:
        return fixed_total + sum(max(low, min(a, level)) for a in asked)

    lo, hi = low, max(asked)  # used(lo) may still exceed the room: then all scroll at `low`
    for _ in range(40):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if used(mid) <= room else (lo, mid)
    for i, a in zip(free, asked, strict=True):
        heights[i] = max(low, min(a, lo))
    return heights


def drawn(frame: Frame, lanes: Collection[int]) -> int:
    """How many of these lanes' events the frame draws one by one (markers and bars)."""
    return sum(m.lane in lanes for m in frame.markers) + sum(b.lane in lanes for b in frame.bars)


def keeps_rows(histograms: Frame, rows: Frame, crowded: Collection[int]) -> bool:
    """Do the `crowded` lanes (too many of their events left as ticks on the rows they were
    given) read better on their rows (`rows`: the room shared by need, they keep their rows)
    than as histograms (`histograms`: the room they give up goes to the other lanes)? Yes when
    they draw more of their events on their rows than the other lanes gain from that room, at
    least a third of them, and no other lane drawn whole with that room is left with ticks: a
    few dozen events on rows, most labelled, tell more than a histogram of them beside a lane
    that has little use for the room; a lane of hundreds stays a histogram."""
    kept = drawn(rows, crowded)
    others = set(rows.modes) - set(crowded)
    gain = drawn(histograms, others) - drawn(rows, others)
    whole = [lane for lane in others if histograms.modes.get(lane) == "detail"]
    broken = any(histograms.hidden.get(lane, 0) == 0 < rows.hidden.get(lane, 0) for lane in whole)
    few = 3 * kept >= sum(rows.lane_counts.get(lane, 0) for lane in crowded)
    return kept > gain and few and not broken
