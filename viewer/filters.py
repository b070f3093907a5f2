"""What part of the data is shown: lane grouping, hidden lanes, lane order, a date range.

Pure functions over the event index (numpy), so filters are tested without a window and applied
to a million events in milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from db.store import EventIndex

GROUPS = {"lane": "Category", "source": "Source"}


@dataclass(frozen=True)
class Filters:
    group: str = "lane"  # "lane" (the category column) or "source" (the article's outlet)
    hidden: frozenset[str] = frozenset()
    order: tuple[str, ...] = ()  # preferred lane order; lanes not named keep theirs, after these
    start: int | None = None  # keys: only events overlapping [start, end)
    end: int | None = None
    extra: dict = field(default_factory=dict, compare=False)

    def with_(self, **changes) -> Filters:
        return replace(self, **changes)


def ordered_lanes(names: tuple[str, ...], filters: Filters) -> list[str]:
    known = set(names)
    first = [n for n in filters.order if n in known]
    return first + [n for n in names if n not in set(first)]


def apply(index: EventIndex, filters: Filters) -> EventIndex:
    """The index of what is shown: hidden lanes dropped, lanes renumbered in display order."""
    names = index.lanes
    shown = [n for n in ordered_lanes(names, filters) if n not in filters.hidden]
    position = {n: i for i, n in enumerate(names)}
    remap = np.full(len(names) + 1, -1, dtype=np.int32)
    for new, name in enumerate(shown):
        remap[position[name]] = new
    lane = remap[index.lane] if len(names) else np.empty(0, np.int32)
    mask = lane >= 0
    if filters.start is not None:
        mask &= index.end > filters.start
    if filters.end is not None:
        mask &= index.start < filters.end
    return EventIndex(
        index.ids[mask],
        index.start[mask],
        index.end[mask],
        lane[mask].astype(np.int32),
        index.flags[mask],
        tuple(shown),
    )
