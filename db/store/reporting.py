"""Reporting lags: how long after an event its first report came (its article's publication),
counted per lane into a few buckets. Pure numpy over a frame's `reporting()` columns; no SQL.

Lags are counted at the event's precision: an event is "reported the same day" when its report
falls within the period it is known to (its day; for an event known only to the month, that
month), "before it happened" when the report precedes that period (a plan, an announcement), and
otherwise by whole days after the period's end (a day-precision event reported the day after is
1 day late).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from db.timekeys import DAY

from .frame import EventFrame, Reporting
from .model import PUBLICATION, UNREPORTED

# The buckets, in order, with the lags in days each takes: (name, lowest, highest).
LAG_BUCKETS: tuple[tuple[str, float, float], ...] = (
    ("before it happened", -np.inf, -1),
    ("same day", 0, 0),
    ("next day", 1, 1),
    ("2–7 days", 2, 7),
    ("8–30 days", 8, 30),
    ("1–12 months", 31, 365),
    ("over a year", 366, np.inf),
)


@dataclass(frozen=True)
class LagHistogram:
    """Events per lane and lag bucket. Articles' own publication events are not counted (their
    lag is nil by definition); events with no known report day are in `unknown`."""

    lanes: tuple[str, ...]
    buckets: tuple[str, ...]
    counts: np.ndarray  # int64, shape (lanes, buckets)
    unknown: np.ndarray  # int64, per lane

    def lane(self, name: str) -> dict[str, int]:
        """One lane's counts by bucket name (for tests and scripts)."""
        row = self.counts[self.lanes.index(name)]
        return dict(zip(self.buckets, (int(c) for c in row), strict=True))


def lag_days(start: np.ndarray, end: np.ndarray, reported: np.ndarray) -> np.ndarray:
    """Each event's reporting lag in whole days at its precision: -1 reported before its period
    [start, end) began, 0 within it, else 1 + whole days from its end to the report. A report is
    known to its day (a publication date), so "before" means its whole day ended before the event
    began: a 1:15 a.m. event in the morning's paper is reported the same day."""
    start, end, reported = (np.asarray(a, np.int64) for a in (start, end, reported))
    after = (reported - end) // DAY + 1
    report_day_end = (reported // DAY + 1) * DAY
    return np.where(report_day_end <= start, -1, np.where(reported < end, 0, np.maximum(after, 0)))


def lag_histogram(frame: EventFrame) -> LagHistogram | None:
    """The frame's events per lane and lag bucket; None when its data records no report days."""
    found = frame.reporting()
    if found is None:
        return None
    return count_lags(found, frame.lanes)


def count_lags(r: Reporting, lanes: tuple[str, ...]) -> LagHistogram:
    """`lag_histogram` of columns already read."""
    n = len(lanes)
    counted = (np.asarray(r.flags) & PUBLICATION) == 0
    known = counted & (np.asarray(r.reported) != UNREPORTED)
    lane = np.asarray(r.lane, np.int64)
    unknown = np.bincount(lane[counted & ~known], minlength=n)[:n]
    days = lag_days(r.start[known], r.end[known], r.reported[known])
    highs = np.array([high for _, _, high in LAG_BUCKETS[:-1]], np.float64)
    bucket = np.searchsorted(highs, days, "left")  # the first bucket whose highest >= the lag
    cells = np.bincount(lane[known] * len(LAG_BUCKETS) + bucket, minlength=n * len(LAG_BUCKETS))
    counts = cells[: n * len(LAG_BUCKETS)].reshape(n, len(LAG_BUCKETS))
    return LagHistogram(
        tuple(lanes), tuple(name for name, _, _ in LAG_BUCKETS), counts.astype(np.int64),
        unknown.astype(np.int64),
    )  # fmt: skip


def align_reported(index_ids: np.ndarray, ids: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Report days given by event id, in the order of `index_ids`; UNREPORTED for the rest."""
    out = np.full(len(index_ids), UNREPORTED, np.int64)
    if not len(ids) or not len(index_ids):
        return out
    order = np.argsort(index_ids, kind="stable")
    sorted_ids = index_ids[order]
    at = np.minimum(np.searchsorted(sorted_ids, ids), len(sorted_ids) - 1)
    found = sorted_ids[at] == ids
    out[order[at[found]]] = days[found]
    return out


def days_of_articles(
    ids: np.ndarray, articles: np.ndarray, published: dict[int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """The events `ids` (of `articles`) whose article has a publication day in `published`
    (article id -> key), with that day: a version 1 file's report days."""
    known = np.array(sorted(published), np.int64)
    keys = np.array([published[a] for a in known.tolist()], np.int64)
    at = np.minimum(np.searchsorted(known, articles), max(len(known) - 1, 0))
    found = (known[at] == articles) if len(known) else np.zeros(len(ids), bool)
    return ids[found], keys[at[found]]
