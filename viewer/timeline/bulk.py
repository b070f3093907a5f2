"""Where the bulk of a frame's events lies, so that one far outlier (a 1200 BCE event among
2010-2012) does not crush everything else into one pixel column when fitting the view.

Pure (no Qt): the quantiles come from the frame's own `count` by bisection (a few dozen binary
searches), never from a scan of the events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from db.store.frame import EventFrame

QUANTILE = 0.01  # at most this share of the events may be left out on each side ...
FAR = 3.0  # ... and only when they lie further out than three times the bulk's width
MIN_EVENTS = 50  # fewer events are a sparse chronology, not a bulk with outliers


@dataclass(frozen=True)
class Bulk:
    """The span that fitting shows (`t0`..`t1`), the whole span, and how many events lie
    wholly before / after the bulk (0 when nothing was left out on that side)."""

    t0: float
    t1: float
    full: tuple[float, float]
    earlier: int
    later: int

    @property
    def trimmed(self) -> bool:
        return bool(self.earlier or self.later)


def events_before(events: EventFrame, t: float, end: float) -> int:
    """Events wholly before `t` (long ones ending by it, short ones with their middle before)."""
    return len(events) - events.count(None, t, end)


def events_after(events: EventFrame, t: float, start: float) -> int:
    """Events wholly at or after `t`."""
    return len(events) - events.count(None, start, t)


def bulk_span(events: EventFrame) -> Bulk | None:
    """The bulk of `events`: the whole span, less at most QUANTILE of the events on a side when
    they lie further than FAR times the bulk's width from it."""
    span = events.span()
    if span is None:
        return None
    s0, s1 = span
    full = (float(s0), float(s1))
    n = len(events)
    if n < MIN_EVENTS:
        return Bulk(full[0], full[1], full, 0, 0)
    k = max(1, math.floor(n * QUANTILE))
    # The quantile core: the latest time with at most k events wholly before it, the earliest
    # with at most k wholly after it.
    t0, t1 = _start_after(events, k, s0, s1), _end_before(events, k, s0, s1)
    if t1 <= t0:  # the core is one instant: nothing to tell apart
        return Bulk(full[0], full[1], full, 0, 0)
    # Only the events far from the core are left out: the others of those k come back.
    reach = FAR * (t1 - t0)
    earlier = events_before(events, t0 - reach, s1 + 1)
    later = events_after(events, t1 + reach, s0 - 1)
    if earlier:
        t0 = _start_after(events, earlier, s0, s1)
    if later:
        t1 = _end_before(events, later, s0, s1)
    return Bulk(
        float(t0) if earlier else full[0], float(t1) if later else full[1], full, earlier, later
    )


def _start_after(events: EventFrame, k: int, s0: int, s1: int) -> int:
    """The latest time with at most `k` events wholly before it (bisection on `count`)."""
    a, b = s0, s1 + 1  # nothing is before s0; more than k may be before s1 + 1
    while b - a > 1:
        m = (a + b) // 2
        if events_before(events, m, s1 + 1) <= k:
            a = m
        else:
            b = m
    return a


def _end_before(events: EventFrame, k: int, s0: int, s1: int) -> int:
    """The earliest time with at most `k` events wholly at or after it."""
    a, b = s0 - 1, s1  # nothing is at or after s1 (ends are exclusive)
    while b - a > 1:
        m = (a + b) // 2
        if events_after(events, m, s0 - 1) <= k:
            b = m
        else:
            a = m
    return b
