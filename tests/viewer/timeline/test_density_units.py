"""A density lane's scale in words a reader uses: each bar stands for an hour, a day, a week, a
month, a year... as the zoom allows ("max 16 per day", never "max 16 per 32 h"), its bins on the
calendar, and its tallest bar counts what SQLite counts in that day, week or month."""

from __future__ import annotations

import re
import sqlite3

import numpy as np
import pytest
import sqlite_utils

from db import schema
from db.timekeys import DAY, civil_from_days, iso_of, period
from tests.conftest import add_events
from viewer.timeline.bins import MIN_BIN_PX, SUB_DAY_PX

UNITS = ("hour", "6 hours", "day", "week", "month", "3 months", "year", "decade", "century")
SCALE = re.compile(r"max [\d,]+ per (.+)")


@pytest.fixture
def busy_db(tmp_path):
    """One lane of day events through 2011, a burst in 2-9 March; a few scattered decades away
    (so a century's view has them too)."""
    path = tmp_path / "busy.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    rng = np.random.default_rng(7)
    days = np.concatenate((rng.integers(0, 365, 2500), rng.integers(60, 68, 1500)))
    base = period("2011-01-01").start // DAY
    rows = [
        {"title": f"Busy {i}", "start": iso_of(int(base + d) * DAY, "day"), "lane": "Busy"}
        for i, d in enumerate(days.tolist())
    ]
    rows += [{"title": f"Old {y}", "start": f"{y}-06-01", "lane": "Busy"} for y in (1925, 1960)]
    add_events(db, rows)
    db.close()
    return path


def sql_count(path, t0: float, t1: float) -> int:
    """Short events whose middle lies in [t0, t1), asked of SQLite directly."""
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT count(*) FROM events WHERE end_key - start_key <= 2 * 86400"
            " AND start_key + (end_key - start_key) / 2 >= ?"
            " AND start_key + (end_key - start_key) / 2 < ?",
            (int(np.floor(t0)), int(np.floor(t1))),
        ).fetchone()[0]


def on_the_calendar(unit: str, t0: float, t1: float) -> bool:
    """Whether [t0, t1) is one `unit` of the calendar: a day from midnight, a week from Monday,
    a month from the first, a year from 1 January."""
    day, secs = divmod(int(t0), DAY)
    year, month, first = civil_from_days(day)
    length = t1 - t0
    if unit in ("hour", "6 hours"):
        return length == {"hour": 3600, "6 hours": 6 * 3600}[unit] and secs % length == 0
    if unit == "day":
        return length == DAY and secs == 0
    if unit == "week":
        return length == 7 * DAY and secs == 0 and (day + 3) % 7 == 0
    months = {"month": 1, "3 months": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    end_year, end_month, end_first = civil_from_days(int(t1) // DAY)
    whole = (end_year * 12 + end_month) - (year * 12 + month) == months
    return (
        secs == 0 and first == 1 and end_first == 1 and whole and (month - 1) % min(12, months) == 0
    )


@pytest.mark.parametrize("size", [(1024, 680), (1400, 860), (1920, 1080)])
def test_each_zoom_names_its_bars_in_calendar_units(make_window, busy_db, size):
    window = make_window(busy_db, size=size)
    timeline = window.timeline
    lane = timeline.events.lanes.index("Busy")
    seen = []
    for start, end in [
        ("2011-03-02", "2011-03-09"),
        ("2011-03", "2011-03"),
        ("2011-01", "2011-04"),
        ("2011", "2011"),
        ("2005", "2016"),
        ("1900", "2099"),
    ]:
        timeline.set_range(period(start).start, period(end).end)
        timeline.grab()  # paint: the scale is what was drawn
        frame = timeline.frame()
        assert frame.modes[lane] == "density", (start, end)
        density = next(d for d in frame.density if d.lane == lane)
        text = timeline.painter.density_scales[lane]
        unit = SCALE.fullmatch(text).group(1)
        assert unit in UNITS and unit == density.unit, text
        seen.append(UNITS.index(unit))
        # Each bar a unit on the calendar, at least MIN_BIN_PX wide; as many bins as the width
        # in pixels allows, whatever the number of events.
        edges = density.edges
        assert all(on_the_calendar(unit, a, b) for a, b in zip(edges[:-1], edges[1:], strict=True))
        least = MIN_BIN_PX if density.bin_seconds >= DAY else SUB_DAY_PX
        assert density.bin_seconds / timeline.scale.spp >= least  # February: a bit less
        assert len(edges) <= timeline.scale.width / MIN_BIN_PX + 3
        # The tallest bar: its count is SQLite's for that day, week or month.
        tallest = int(np.argmax(density.counts))
        count, _, t0, t1 = density.at(float(density.x[tallest]) + 1)
        assert count == int(density.counts.max()) == sql_count(busy_db, t0, t1)
        assert text == f"max {count:,} per {unit}"
    assert seen == sorted(seen) and len(set(seen)) >= 4  # coarser as one zooms out


def test_a_quarter_and_a_year_count_per_day(make_window, busy_db):
    """What a reader expects at the usual zooms of a 1400-px window: a quarter per day, not per
    6 hours of 2-px bars; a year per day."""
    window = make_window(busy_db, size=(1400, 860))
    timeline = window.timeline
    lane = timeline.events.lanes.index("Busy")
    for start, end, unit in [("2011-01-15", "2011-03-31", "day"), ("2011", "2011", "day")]:
        timeline.set_range(period(start).start, period(end).end)
        timeline.grab()
        assert timeline.painter.density_scales[lane].endswith(f" per {unit}"), (start, end)
