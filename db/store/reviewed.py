"""Reviews applied on read: the `reviews` table (db.review), read through the store's read-only
connection, laid over the imported events (the index's keys, lanes and flags; an event's detail,
brief and title). A file without the table reads as it always did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Literal

import numpy as np

from db.lane_order import in_natural_order
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
    SearchHit,
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
    flags |= REJECTED if state.verdict == "rejected" or state.merged_into is not None else 0
    return flags | (CORRECTED if state.corrected else 0)


def reviewed_row(
    start: int, end: int, flags: int, state: ReviewState
) -> tuple[int, int, int, bool]:
    """An event's start and end keys and flags with its review `state` over the imported ones,
    and whether its date moved (a corrected date this version reads: the index places it after
    the unmoved events of its start, db.store.review_patch keeps that order)."""
    bits = flags & ~(ACCEPTED | CORRECTED | REJECTED)
    moved = False
    if state.date is not None:
        try:
            start, end = state.date.keys()
            moved = True
            bits &= ~(RANGE | IMPRECISE)
            bits |= (RANGE if state.date.end else 0) | (IMPRECISE if state.date.imprecise else 0)
        except DateError:  # a date this version cannot read: the imported one stays
            pass
    return start, end, bits | state_flags(state), moved


def overlay_index(index: EventIndex, states: dict[int, ReviewState], group: str) -> EventIndex:
    """The index with each reviewed event's corrected keys, lane (grouping "lane" only) and
    review flags, sorted by start again. Costs follow the reviews, not the events: the few
    moved events are taken out and put back in place, the rest is never sorted again."""
    if not states or not len(index):
        return index
    wanted = np.fromiter(states, np.int64, len(states))
    low, high = int(index.ids.min()), int(index.ids.max())
    # A lookup table over a compact id range (a few MB), else numpy's sort-based test.
    kind: Literal["table"] | None = "table" if high - low < 50_000_000 else None
    positions = np.flatnonzero(np.isin(index.ids, wanted, kind=kind))
    if not len(positions):
        return index
    start, end, lane = index.start.copy(), index.end.copy(), index.lane.copy()
    flags = index.flags.copy()
    lanes = list(index.lanes)
    lane_of = {name: i for i, name in enumerate(lanes)}
    moved: list[int] = []
    for pos in positions.tolist():
        state = states.get(int(index.ids[pos]))
        if state is None:
            continue
        start[pos], end[pos], flags[pos], dated = reviewed_row(
            int(start[pos]), int(end[pos]), int(flags[pos]), state
        )
        if dated:
            moved.append(pos)
        if state.lane is not None and group == "lane":
            if state.lane not in lane_of:
                lane_of[state.lane] = len(lanes)
                lanes.append(state.lane)
            lane[pos] = lane_of[state.lane]
    if len(lanes) != len(index.lanes):  # new lanes: names in order again, as the store has them
        names = in_natural_order(lanes)
        remap = np.array([names.index(n) for n in lanes], np.int32)
        lane, lanes = remap[lane], names
    # The optional per-event arrays (first reported, reports of a story) go along with them.
    extra = [name for name in ("reported", "reports") if getattr(index, name) is not None]
    columns = [index.ids, start, end, lane, flags, *(getattr(index, name) for name in extra)]
    if moved:  # out of order now: taken out, sorted among themselves, put back in place
        out = np.array(moved, np.int64)
        keep = np.ones(len(start), bool)
        keep[out] = False
        rest = [c[keep] for c in columns]
        order = np.lexsort((index.ids[out], start[out]))
        taken = [c[out][order] for c in columns]
        at = np.searchsorted(rest[1], taken[1], side="right")
        columns = [np.insert(r, at, t) for r, t in zip(rest, taken, strict=True)]
    ids, start, end, lane, flags, *optional = columns
    kept = dict(zip(extra, optional, strict=True))  # the others (folded reports) are not per event
    return replace(index, ids=ids, start=start, end=end, lane=lane.astype(np.int32),
                   flags=flags, lanes=tuple(lanes), **kept)  # fmt: skip


def _corrected(record: EventDetail | EventBrief, state: ReviewState) -> dict[str, Any]:
    """The fields a review corrects, as `record` shows them once corrected."""
    date = state.date
    return {
        "title": state.title if state.title is not None else record.title,
        "start": date.start if date else record.start,
        "end": date.end if date else record.end,
        "precision": date.precision if date else record.precision,
        "lane": state.lane if state.lane is not None else record.lane,
    }


def overlay_detail(detail: EventDetail, state: ReviewState | None) -> EventDetail:
    if state is None:
        return detail
    return replace(detail, **_corrected(detail, state), review=state)


def overlay_brief(brief: EventBrief, state: ReviewState | None) -> EventBrief:
    if state is None:
        return brief
    return replace(brief, **_corrected(brief, state), review=brief_review(state))


def brief_review(state: ReviewState | None) -> str | None:
    """An event's review in a word for a list: "merged" (into another event), "rejected",
    "corrected", "accepted"; None when not reviewed."""
    if state is None:
        return None
    if state.merged_into is not None:
        return "merged"
    return state.name if state.name != "unreviewed" else None


def overlay_hit(hit: SearchHit, state: ReviewState | None) -> SearchHit:
    """A search hit with its reviewed title and date (the snippet stays the imported text)."""
    if state is None:
        return hit
    hit = replace(hit, title=state.title) if state.title is not None else hit
    if state.date is not None:
        try:
            key = state.date.keys()[0]
        except DateError:
            return hit
        hit = replace(hit, start_key=key, start=state.date.start, precision=state.date.precision)
    return hit


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
