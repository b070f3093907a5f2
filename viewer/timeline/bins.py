"""A histogram's bins as a reader counts time: hours, days, weeks, months, years.

A density lane's bars and a volume strip's bars each stand for one calendar unit, the finest that
is at least MIN_BIN_PX pixels wide at the zoom, so that the scale reads "max 16 per day" or "max
482 per month", never "max 16 per 32 h". Days start at midnight, weeks on Monday, months, quarters,
years and decades on their first day. The number of bins follows the width in pixels, never the
number of events."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from db.timekeys import DAY, civil_from_days
from viewer.timeline.scale import Scale
from viewer.timeline.spans import describe_duration

MIN_BIN_PX = 2  # a bar of one pixel and a gap: the narrowest bin drawn
# Hours only where a day is broad (a quarter's view at 1400 px counts per day, not per 6 hours
# of 2 px): a unit shorter than a day needs this many pixels.
SUB_DAY_PX = 4
FALLBACK_PX = 3  # beyond the units (a view of many millennia): bins of this many pixels
MONTH = 30.436875 * DAY  # a month on average, to compare units with the zoom

# (the unit in words, its length in seconds, months per unit or 0 for a fixed length)
UNITS: tuple[tuple[str, float, int], ...] = (
    ("minute", 60, 0),
    ("5 minutes", 300, 0),
    ("15 minutes", 900, 0),
    ("hour", 3600, 0),
    ("6 hours", 6 * 3600, 0),
    ("day", DAY, 0),
    ("week", 7 * DAY, 0),
    ("month", MONTH, 1),
    ("3 months", 3 * MONTH, 3),
    ("year", 12 * MONTH, 12),
    ("decade", 120 * MONTH, 120),
    ("century", 1200 * MONTH, 1200),
    ("1,000 years", 12000 * MONTH, 12000),
)


@dataclass(frozen=True)
class Bins:
    edges: np.ndarray  # float seconds, from at or before the view's start to at or past its end
    unit: str  # what one bar stands for, in words: "day", "3 months"
    seconds: float  # its length (months and years: on average)


def _days_from_civil(year: np.ndarray, month: np.ndarray) -> np.ndarray:
    """db.timekeys.days_from_civil for the first of each month, over arrays."""
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146_097 + doe - 719_468


def _edges(t0: float, t1: float, seconds: float, months: int) -> np.ndarray:
    if months:
        year, month, _ = civil_from_days(math.floor(t0 / DAY))
        first = (year * 12 + month - 1) // months * months  # quarters from January, decades...
        count = math.ceil((t1 - t0) / (months * 28 * DAY)) + 3
        k = first + months * np.arange(count, dtype=np.int64)
        edges = _days_from_civil(k // 12, k % 12 + 1).astype(np.float64) * DAY
    else:
        first = math.floor(t0 / seconds) * seconds
        if seconds == 7 * DAY:  # back to Monday (1 Jan 1970 was a Thursday)
            day = math.floor(t0 / DAY)
            first = (day - (day + 3) % 7) * DAY
        edges = first + seconds * np.arange(math.ceil((t1 - first) / seconds) + 1)
    past = int(np.searchsorted(edges, t1, side="left"))  # the first edge at or past the end
    return edges[: past + 1]


def calendar_bins(scale: Scale, finest: float = 0.0) -> Bins:
    """The view's bins: the finest unit (of at least `finest` seconds) that is MIN_BIN_PX
    pixels wide or more (SUB_DAY_PX for one shorter than a day)."""
    for unit, seconds, months in UNITS:
        wide = seconds / scale.spp >= (MIN_BIN_PX if seconds >= DAY else SUB_DAY_PX)
        if seconds >= finest and wide:
            return Bins(_edges(scale.t0, scale.t1, seconds, months), unit, seconds)
    seconds = FALLBACK_PX * scale.spp
    edges = scale.t0 + np.arange(scale.width // FALLBACK_PX + 2) * seconds
    return Bins(edges, describe_duration(seconds), seconds)
