"""A review change laid over the index a timeline store holds, in place of reading the file
again: the window's reviewer writes one row of the `reviews` table (or deletes it, an undo), and
the events it changes move to their new place, lane and flags in the in-memory index of each
grouping held, as a full load with the reviews laid over it (db.store.reviewed.overlay_index)
would have them, row for row.

The store keeps each grouping's index as loaded before its reviews (the same arrays when the
file has none) and gives both (TimelineStore.held_indexes): the changed events' imported rows
are read there, their new states laid over them (reviewed.reviewed_row), the rows put back in
the order overlay_index gives, (start, date moved, id), and the store holds the result
(TimelineStore.lay_over). What costs is the reviews table read again (its rows, not the
events') and copying the arrays around the changed rows; nothing of the events is read.

A change that regroups stories (a split or a join, a report of a story rejected or restored:
db.store.stories) is not laid over: `apply` says so, and the caller reads the file again.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from dataclasses import replace

import numpy as np

from db.errors import TimelineError
from db.lane_order import in_natural_order
from db.review.state import ReviewState
from db.review.stories import story_changes

from . import frame_patch, reviewed
from .frame_patch import positions
from .model import EventIndex, EventStore
from .stories import hidden_reports
from .timeline import TimelineStore

States = dict[int, ReviewState]
QUIET_S = 3.0  # seconds after the last change of a run, its keep (see _keep_when_quiet)
_WAITING: weakref.WeakKeyDictionary[TimelineStore, threading.Timer] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()
_APPLYING = threading.Lock()


def holds_index(store: EventStore, groups: tuple[str, ...]) -> bool:
    """Does `store` hold the in-memory index of every grouping of `groups` (a change is then
    laid over at once), a timeline database's store only?"""
    if not isinstance(store, TimelineStore):
        return False
    held = store.held_indexes()
    return all(group in held and held[group][1] is not None for group in groups)


def hold_index(store: EventStore, groups: tuple[str, ...]) -> None:
    """Load the in-memory index of `groups` (a windowed file holds none): seconds for a million
    events, so on a worker, before the first change is to be shown."""
    if isinstance(store, TimelineStore):
        store.hold_indexes(groups)


def apply(store: EventStore) -> bool:
    """Read `store`'s reviews again and lay what changed over the indexes it holds (its frames
    are cut from them from now on, not windowed); False, with nothing changed, when it cannot
    (not a timeline database, no index held, stories regrouped): read the file again then."""
    if not isinstance(store, TimelineStore):
        return False
    with _APPLYING:  # one change after another (each on a worker): each diffs the one before
        return _apply(store)


def _apply(store: TimelineStore) -> bool:
    held = store.held_indexes()
    if not held or any(base is None for _index, base in held.values()):
        return False
    old = store.review_states()
    try:
        new = store.reviews_now()
    except TimelineError:
        return False
    changed = sorted(i for i in old.keys() | new.keys() if old.get(i) != new.get(i))
    if _regroups_stories(store, old, new, changed):
        return False
    patched = {
        group: patch_index(index, base, new, changed, group)
        for group, (index, base) in held.items()
        if base is not None
    }
    ids = np.asarray(changed, np.int64)
    store.lay_over(new, patched, lambda old, new: frame_patch.carry(old, new, ids))
    # The next open's pyramid and window data, for the file as the change left it (off the UI
    # thread, after a delay, as an open keeps them: db.store.keep_pyramid).
    if "lane" in patched:
        _keep_when_quiet(store, patched["lane"])
    return True


def _keep_when_quiet(store: TimelineStore, index: EventIndex) -> None:
    """Keep what the next open needs QUIET_S after the last of a run of changes: a keep is
    seconds of CPU at 1M events (the window data's sources read, the pyramid written), which a
    keep after every change took from the changes that followed it."""
    with _LOCK:
        waiting = _WAITING.pop(store, None)
        if waiting is not None:
            waiting.cancel()
        timer = threading.Timer(QUIET_S, _keep, (weakref.ref(store), index))
        timer.name, timer.daemon = "review-keep", True
        _WAITING[store] = timer
    timer.start()


def _keep(ref: weakref.ref[TimelineStore], index: EventIndex) -> None:
    store = ref()
    if store is None:  # dropped meanwhile (another file opened): its next open keeps them
        return
    try:
        store.keep_pyramid(index)
    except (TimelineError, sqlite3.Error):  # closed meanwhile: its next open keeps them
        pass


def _regroups_stories(store: TimelineStore, old: States, new: States, changed: list[int]) -> bool:
    if not changed or not store.has_stories():
        return False
    if story_changes(old) != story_changes(new):  # a split or a join made or undone
        return True
    stories = store.stories()
    flipped = set(hidden_reports(old)) ^ set(hidden_reports(new))
    return stories is not None and any(stories.reports_of(i) for i in flipped)


def _lanes(base: EventIndex, states: States, group: str) -> tuple[str, ...]:
    """The lane names a full load would give: the imported ones and the reviews' new ones of
    the events in the index (overlay_index's)."""
    if group != "lane":
        return base.lanes
    known = set(base.lanes)
    named = {i: s.lane for i, s in states.items() if s.lane is not None and s.lane not in known}
    if not named:
        return base.lanes
    present = base.ids[positions(base.ids, np.fromiter(named, np.int64, len(named)))]
    extra = list(dict.fromkeys(named[int(i)] for i in present))
    return tuple(in_natural_order([*base.lanes, *extra])) if extra else base.lanes


def _moved(ids: np.ndarray, states: States) -> np.ndarray:
    """Which of `ids` a corrected date moved (sorted after the unmoved of their start)."""
    out = np.zeros(len(ids), bool)
    for k, i in enumerate(ids.tolist()):
        state = states.get(i)
        if state is not None and state.date is not None:
            out[k] = reviewed.reviewed_row(0, 0, 0, state)[3]
    return out


def patch_index(
    index: EventIndex, base: EventIndex, states: States, changed: list[int], group: str
) -> EventIndex:
    """`index` (a grouping's, reviews laid over `base`, its load before them) with the events
    `changed` laid over again with `states`: equal to overlay_index(base, states, group)."""
    lanes = _lanes(base, states, group)
    place = {name: i for i, name in enumerate(lanes)}
    lane = index.lane
    if lanes != index.lanes:  # a new lane, or one no event is in any more: renumbered
        lane = np.array([place.get(n, -1) for n in index.lanes], np.int32)[index.lane]
    wanted = np.asarray(changed, np.int64)
    at, from_base = positions(index.ids, wanted), positions(base.ids, wanted)
    if not len(from_base):  # none drawn (reports folded into their story)
        return index if lane is index.lane else replace(index, lane=lane, lanes=lanes)
    # The changed events' rows as imported, with the new states over them.
    ids = base.ids[from_base]
    start, end = base.start[from_base].copy(), base.end[from_base].copy()
    flags, new_lane = base.flags[from_base].copy(), np.empty(len(ids), np.int32)
    moved = np.zeros(len(ids), bool)
    for k, event_id in enumerate(ids.tolist()):
        name = base.lanes[int(base.lane[from_base[k]])]
        state = states.get(event_id)
        if state is not None:
            start[k], end[k], flags[k], moved[k] = reviewed.reviewed_row(
                int(start[k]), int(end[k]), int(flags[k]), state
            )
            if state.lane is not None and group == "lane":
                name = state.lane
        new_lane[k] = place[name]
    # The per-event columns a review leaves as they are (first reported, reports of a story).
    extra = [n for n in ("reported", "reports") if getattr(index, n) is not None]
    held_at = dict(zip(index.ids[at].tolist(), at.tolist(), strict=True))
    old_at = np.array([held_at[i] for i in ids.tolist()], np.int64)
    columns = [index.ids, index.start, index.end, lane, index.flags]
    columns += [getattr(index, n) for n in extra]
    taken = [ids, start, end, new_lane, flags, *(c[old_at] for c in columns[5:])]
    # Only the stretch between the rows' old and new places changes: copied around it, rebuilt
    # within it (a correction of a few days moves a row past a few hundred others).
    lo = min(int(at[0]), int(np.searchsorted(index.start, start.min(), side="left")))
    hi = max(int(at[-1]) + 1, int(np.searchsorted(index.start, start.max(), side="right")))
    keep = np.ones(hi - lo, bool)
    keep[at - lo] = False
    rest = [c[lo:hi][keep] for c in columns]
    # In (start, moved, id) order among themselves, then each before the first row of the rest
    # that sorts after it.
    order = np.lexsort((ids, moved, start))
    taken = [c[order] for c in taken]
    spots = _spots(rest[0], rest[1], taken[0], taken[1], moved[order], states)
    out = []
    for column, r, t in zip(columns, rest, taken, strict=True):
        stretch = np.insert(r, spots, t)
        if np.array_equal(stretch, column[lo:hi]):  # unchanged (no date moved: most columns)
            out.append(column)
            continue
        whole = column.copy()  # frames cut from the index before share its arrays
        whole[lo:hi] = stretch
        out.append(whole)
    ids_, start_, end_, lane_, flags_, *optional = out
    return replace(
        index, ids=ids_, start=start_, end=end_, lane=lane_.astype(np.int32, copy=False),
        flags=flags_.astype(np.uint8, copy=False), lanes=lanes,
        **dict(zip(extra, optional, strict=True)),
    )  # fmt: skip


def _spots(
    rest_ids: np.ndarray, rest_start: np.ndarray, ids: np.ndarray, start: np.ndarray,
    moved: np.ndarray, states: States,
) -> np.ndarray:  # fmt: skip
    """Where each of the rows (`ids`, `start`, `moved`) goes among the rest, sorted by
    (start, moved, id): after the rows of a smaller start, and among those of its start (a day's
    events often share its first second) after those of a smaller (moved, id)."""
    low = np.searchsorted(rest_start, start, side="left")
    high = np.searchsorted(rest_start, start, side="right")
    out = low.copy()
    for k in np.flatnonzero(high > low).tolist():
        a, b = int(low[k]), int(high[k])
        same = rest_ids[a:b]
        same_moved = _moved(same, states)
        before = (same_moved < moved[k]) | ((same_moved == moved[k]) & (same < ids[k]))
        out[k] = a + int(before.sum())
    return out
