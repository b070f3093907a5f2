"""Calendar ticks from millennia down to minutes, chosen from a table of levels.

A level is a unit (year, month, day, hour, minute) and a step; the finest level whose ticks are at
least `min_px` apart is the minor row, and a coarser unit labels the major row above it
("Dec" under "2019", "23" under "Dec 2019").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from db.timekeys import DAY, add_months, civil_from_days, days_from_civil, key_of

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_APPROX = {"year": 365.2425 * DAY, "month": 30.44 * DAY, "day": DAY, "hour": 3600, "minute": 60}


def year_label(year: int) -> str:
    return f"{1 - year} BCE" if year <= 0 else str(year)


@dataclass(frozen=True)
class TickLevel:
    unit: str
    step: int

    @property
    def approx(self) -> float:
        return _APPROX[self.unit] * self.step

    def ticks(self, t0: float, t1: float, limit: int = 2000) -> list[int]:
        """Tick keys in [t0, t1], aligned to the calendar (years to multiples of step, ...)."""
        out: list[int] = []
        year, month, day = civil_from_days(int(t0 // DAY))
        if self.unit == "year":
            y = (year // self.step) * self.step
            while len(out) < limit:
                k = key_of(y)
                if k > t1:
                    break
                if k >= t0:
                    out.append(k)
                y += self.step
        elif self.unit == "month":
            m = ((month - 1) // self.step) * self.step + 1
            y = year
            while len(out) < limit:
                k = key_of(y, m)
                if k > t1:
                    break
                if k >= t0:
                    out.append(k)
                y, m = add_months(y, m, self.step)
        elif self.unit == "day":
            # Steps of several days restart at each month's first day (1, 8, 15, 22 for 7).
            y, m = year, month
            while len(out) < limit:
                first = days_from_civil(y, m, 1)
                if first * DAY > t1:
                    break
                ny, nm = add_months(y, m, 1)
                last = days_from_civil(ny, nm, 1)
                for d in range(first, last, self.step):
                    if self.step > 1 and last - d < self.step * 0.6:
                        break  # no crowded tick just before the next month's first
                    k = d * DAY
                    if t0 <= k <= t1:
                        out.append(k)
                y, m = ny, nm
        else:
            size = 3600 * self.step if self.unit == "hour" else 60 * self.step
            k = int(t0 // size) * size
            while k <= t1 and len(out) < limit:
                if k >= t0:
                    out.append(k)
                k += size
        return out

    def label(self, key: int) -> str:
        """The short label of a minor tick."""
        days, secs = divmod(key, DAY)
        year, month, day = civil_from_days(days)
        if self.unit == "year":
            return year_label(year)
        if self.unit == "month":
            return MONTHS[month - 1]
        if self.unit == "day":
            return str(day)
        return f"{secs // 3600:02d}:{secs % 3600 // 60:02d}"


def major_label(unit: str, key: int, step: int = 1) -> str:
    """The label of a major tick: the context the minor row lacks. Years by tens, hundreds, ...
    (`step`) over a row of years name their span ("2010–2019"): "2010" alone, over "2010 2011
    ... 2019", would read as the one year."""
    days = key // DAY
    year, month, day = civil_from_days(days)
    if unit == "year":
        if step > 1:
            return f"{year_label(year)}–{year_label(year + step - 1)}"
        return year_label(year)
    if unit == "month":
        return f"{MONTHS[month - 1]} {year_label(year)}"
    weekday = WEEKDAYS[(days + 3) % 7]  # 1970-01-01 was a Thursday
    return f"{weekday} {day} {MONTHS[month - 1]} {year_label(year)}"


LEVELS: tuple[TickLevel, ...] = (
    *(TickLevel("year", s) for s in (10_000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1)),
    *(TickLevel("month", s) for s in (6, 3, 1)),
    *(TickLevel("day", s) for s in (7, 2, 1)),
    *(TickLevel("hour", s) for s in (12, 6, 3, 1)),
    *(TickLevel("minute", s) for s in (30, 15, 10, 5, 1)),
)
# The major row names the next coarser unit than the minor one.
MAJOR_UNIT = {"year": None, "month": "year", "day": "month", "hour": "day", "minute": "day"}


@dataclass(frozen=True)
class Ticks:
    minor: TickLevel
    minor_keys: list[int]
    major_unit: str | None
    major_keys: list[int]
    major_step: int = 1  # years by tens, hundreds, ... over a row of years


def choose(t0: float, t1: float, width: float, min_px: float = 56) -> Ticks:
    """The finest level whose ticks sit at least `min_px` apart, and its major row."""
    spp = (t1 - t0) / max(width, 1)
    minor = LEVELS[0]
    for i, level in enumerate(LEVELS):
        if level.approx / spp >= min_px:
            minor = level
            continue
        # A narrow view whose row would label one tick or none ("Dec" alone under 15 Nov to
        # 31 Dec, 360 px; one at the right edge has no room) takes the next finer level if
        # its ticks are at least 3/4 as far apart.
        labelled = minor.ticks(t0, t1 - min_px / 2 * spp, 3)
        if i and len(labelled) < 2 and level.approx / spp >= min_px * 0.75:
            minor = level
        break
    major_unit = MAJOR_UNIT[minor.unit]
    if major_unit is None:  # years: the major row marks decades, centuries ... when useful
        # Round spans only (decades, centuries, millennia): "1950–1999" reads as a whim.
        majors = [
            lv
            for lv in LEVELS
            if lv.unit == "year" and lv.step >= minor.step * 10 and str(lv.step).strip("0") == "1"
        ]
        if not majors:
            return Ticks(minor, minor.ticks(t0, t1), None, [])
        major = majors[-1]
        # The span that started before the left edge too, so its label can stick there.
        before = major.ticks(t0 - major.approx * 1.1, t0)
        keys = sorted(set(before[-1:] + major.ticks(t0, t1)))
        return Ticks(minor, minor.ticks(t0, t1), "year", keys, major.step)
    major_level = TickLevel(major_unit, 1)
    # Include the major period that started before the left edge, so its label can stick there.
    before = major_level.ticks(t0 - major_level.approx * 1.1, t0)
    keys = sorted(set(before[-1:] + major_level.ticks(t0, t1)))
    return Ticks(minor, minor.ticks(t0, t1), major_unit, keys)


LABEL_PAD = 4  # a label starts this far right of its gridline


@dataclass(frozen=True)
class AxisLabel:
    """A label as drawn on the axis: the tick (key) it names and its left edge in plot pixels."""

    key: int
    text: str
    x: float
    width: float


def place_labels(
    info: Ticks,
    x_of: Callable[[float], float],
    width: float,
    text_width: Callable[[str, bool], float],
) -> tuple[list[AxisLabel], list[AxisLabel]]:
    """The minor and major rows' labels (`text_width(text, major)` measures one), each starting
    just right of its own gridline, so a label names the instant under its line (an event on
    11 Feb is right of "8", not under it).

    A major label whose gridline is off the left edge sticks there until the next one comes
    close (it still lies inside its period), then goes, whole. A label that would not fit
    whole, or would run into the one before, is left out: a cut "Jan 20" reads as a day that is
    not there."""
    minor: list[AxisLabel] = []
    end = -math.inf
    for key in info.minor_keys:
        text = info.minor.label(key)
        tw = text_width(text, False)
        x = x_of(key) + LABEL_PAD
        if x < end + 6 or x + tw > width - 2:
            continue
        minor.append(AxisLabel(key, text, x, tw))
        end = x + tw
    major: list[AxisLabel] = []
    if info.major_unit is None:
        return minor, major
    xs = [x_of(k) for k in info.major_keys]
    for i, key in enumerate(info.major_keys):
        text = major_label(info.major_unit, key, info.major_step)
        tw = text_width(text, True)
        nxt = xs[i + 1] if i + 1 < len(xs) else math.inf
        if xs[i] >= 0:
            x = xs[i] + LABEL_PAD
            if x + tw + 6 > nxt:
                continue  # its period is narrower than its name
        else:
            x = min(LABEL_PAD, nxt - tw - 6)  # sticky at the left edge, until the next comes
            if x < 0:
                continue  # half pushed out, "2010" would read "010": gone instead
        if x + tw > width - 2:
            continue
        major.append(AxisLabel(key, text, x, tw))
    return minor, major
