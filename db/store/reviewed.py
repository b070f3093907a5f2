"""Reviews applied on read: the `reviews` table (db.review), read through the store's read-only
connection, laid over the imported events (the index's keys, lanes and flags; an event's detail,
brief and title). A file without the table reads as it always did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from db.review.state import ORDER_SQL, SELECT_SQL, ReviewEntry, ReviewState, fold
from db.timekeys import DateError

from .model import (
    ACCEPTED,
    CORRECTED,
    IMPRECISE,
    RANGE,
    REJECTED,
    EventBrief,
    EventDetail,
    EventIndex,
)

Query = Callable[[str], list[tuple]]


def read_states(query: Query) -> dict[int, ReviewState]:
    """Every reviewed event's state; {} when the file has no reviews table."""
    if not query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reviews'"):
        return {}
    entries = []
    for row in query(SELECT_SQL + ORDER_SQL):
        try:
            entries.append(ReviewEntry.from_row(row))
        except (TypeError, ValueError):  # a row another tool wrote badly: left out
            continue
    return fold(entries)


def state_flags(state: ReviewState) -> int:
    flags = ACCEPTED if state.verdict == "accepted" else 0
    flags |= REJECTED if state.verdict == "rejected" else 0
    return flags | (CORRECTED if state.corrected else 0)


def overlay_index(index: EventIndex, states: dict[int, ReviewState], group: str) -> EventIndex:
    """The index with each reviewed event's corrected keys, lane (grouping "lane" only) and
    review flags, sorted by start again."""
    if not states or not len(index):
        return index
    order = np.argsort(index.ids, kind="stable")
    sorted_ids = index.ids[order]
    wanted = np.fromiter(states, np.int64, len(states))
    at = np.minimum(np.searchsorted(sorted_ids, wanted), len(sorted_ids) - 1)
    found = sorted_ids[at] == wanted
    start, end, lane = index.start.copy(), index.end.copy(), index.lane.copy()
    flags = index.flags.copy()
    lanes = list(index.lanes)
    moved = False
    for event_id, pos in zip(wanted[found].tolist(), order[at[found]].tolist(), strict=True):
        state = states[event_id]
        bits = int(flags[pos]) & ~(ACCEPTED | CORRECTED | REJECTED)
        if state.date is not None:
            try:
                start[pos], end[pos] = state.date.keys()
                moved = True
                bits &= ~(RANGE | IMPRECISE)
                bits |= (RANGE if state.date.end else 0) | (
                    IMPRECISE if state.date.imprecise else 0
                )
            except DateError:  # a date this version cannot read: the imported one stays
                pass
        if state.lane is not None and group == "lane":
            if state.lane not in lanes:
                lanes.append(state.lane)
            lane[pos] = lanes.index(state.lane)
        flags[pos] = bits | state_flags(state)
    ids = index.ids
    if len(lanes) != len(index.lanes):  # new lanes: names in order again, as the store has them
        names = sorted(lanes)
        remap = np.array([names.index(n) for n in lanes], np.int32)
        lane, lanes = remap[lane], names
    if moved:
        by_start = np.lexsort((ids, start))
        ids, start, end, lane, flags = (
            ids[by_start],
            start[by_start],
            end[by_start],
            lane[by_start],
            flags[by_start],
        )
    return EventIndex(ids, start, end, lane.astype(np.int32), flags, tuple(lanes))


def overlay_detail(detail: EventDetail, state: ReviewState | None) -> EventDetail:
    if state is None:
        return detail
    date = state.date
    return replace(
        detail,
        title=state.title if state.title is not None else detail.title,
        start=date.start if date else detail.start,
        end=date.end if date else detail.end,
        precision=date.precision if date else detail.precision,
        lane=state.lane if state.lane is not None else detail.lane,
        review=state,
    )


def overlay_brief(brief: EventBrief, state: ReviewState | None) -> EventBrief:
    if state is None:
        return brief
    date = state.date
    return replace(
        brief,
        title=state.title if state.title is not None else brief.title,
        start=date.start if date else brief.start,
        end=date.end if date else brief.end,
        precision=date.precision if date else brief.precision,
        lane=state.lane if state.lane is not None else brief.lane,
    )


def overlay_record(record: dict[str, Any], state: ReviewState | None) -> dict[str, Any]:
    """An exported event (EXPORT_FIELDS) with its reviewed values."""
    if state is None:
        return record
    record = dict(record)
    if state.title is not None:
        record["title"] = state.title
    if state.lane is not None:
        record["lane"] = state.lane
    if state.date is not None:
        record["start"], record["end"] = state.date.start, state.date.end
        record["precision"] = state.date.precision
    return record
