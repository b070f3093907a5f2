"""Stories as reviewed: the reports grouped at import (`events.story_id`) with a reviewer's
splits (a report taken out of its story: not the same happening) and joins (two stories that
tell one happening) applied in the order they were made. The imported `story_id` never changes.

Which report stands for a story is chosen here too: the first published of its reports that no
review rejected (or merged into another event). Pure values, no SQLite: the store reads the
rows (db.store.timeline), the writer checks a change against them (db.review.writer).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .state import ReviewEntry, ReviewState

# Sorts a report whose day is unknown after every known one (as the import chooses the first).
_LAST = UNKNOWN_DAY = int(np.iinfo(np.int64).max)
# A member's report day as the readers select it: what another tool stored that is no integer
# is unknown.
DAY_SQL = f"CASE WHEN typeof(reported_key) = 'integer' THEN reported_key ELSE {UNKNOWN_DAY} END"


def story_changes(states: Mapping[int, ReviewState]) -> list[ReviewEntry]:
    """Every split and join among the reviewed events, oldest first (`at`, then row id)."""
    found = [e for s in states.values() for e in s.history if e.action in ("split", "join")]
    return sorted(found, key=lambda e: (e.at, e.id))


def touched(changes: Iterable[ReviewEntry]) -> set[int]:
    """The events the changes name (a joined event may be in no story yet)."""
    out: set[int] = set()
    for entry in changes:
        out.add(entry.event_id)
        other = _joined_with(entry)
        if other is not None:
            out.add(other)
    return out


def _joined_with(entry: ReviewEntry) -> int | None:
    if entry.action != "join" or not isinstance(entry.new, dict):
        return None
    other = entry.new.get("with")
    return other if isinstance(other, int) else None


@dataclass(frozen=True)
class Stories:
    """The stories of two or more reports, after review: each member with its story's label (the
    id of one of its members) and its report day, sorted by story and then report order."""

    ids: np.ndarray  # int64 event ids
    label: np.ndarray  # int64, the same for the reports of one story
    reported: np.ndarray  # int64 report day key; the largest int64 where unknown

    @classmethod
    def build(
        cls,
        members: Iterable[tuple[int, int, int | None]],
        changes: Sequence[ReviewEntry] = (),
        others: Iterable[tuple[int, int | None]] = (),
    ) -> Stories:
        """`members`: (event id, imported story id, report day key, None or UNKNOWN_DAY when
        unknown) of the events in a
        story; `changes`: the split and join rows, oldest first; `others`: (event id, report day)
        of events the changes name that are in no story."""
        members = list(members)
        try:  # days written as integers, none unknown: one numpy call for a million members
            if changes:
                raise TypeError
            table = np.array(members, np.int64).reshape(-1, 3)
        except (TypeError, ValueError, OverflowError):
            rows = [(int(i), int(s), _LAST if r is None else int(r)) for i, s, r in members]
            if changes:
                rows = _regroup(rows, changes, others)
            table = np.array(rows, np.int64).reshape(-1, 3)
        ids, label, reported = table[:, 0], table[:, 1], table[:, 2]
        _, inverse, sizes = np.unique(label, return_inverse=True, return_counts=True)
        big = sizes[inverse] >= 2
        ids, label, reported = ids[big], label[big], reported[big]
        order = np.lexsort((ids, reported, label))
        return cls(ids[order], label[order], reported[order])

    def __len__(self) -> int:
        return len(self.ids)

    def reports_of(self, event_id: int) -> list[int]:
        """The event's story's reports in report order (itself included); [] when it is its own
        story."""
        at = np.flatnonzero(self.ids == int(event_id))
        if not len(at):
            return []
        return self.ids[self.label == self.label[at[0]]].tolist()

    def day_of(self, ids: np.ndarray, unknown: int = np.iinfo(np.int64).min) -> np.ndarray:
        """The report day key of each of `ids` (members), `unknown` where not known."""
        order = np.argsort(self.ids)
        at = order[np.searchsorted(self.ids, ids, sorter=order)]
        days = self.reported[at]
        return np.where(days == _LAST, unknown, days)

    def fold(self, hidden: Iterable[int] = ()) -> np.ndarray:
        """(report id, id of the report drawn for its story) of every report that folds into a
        story drawn once, the drawn ones included. `hidden` (rejected or merged away) reports
        fold into nothing and stand for nothing: the first published of the others is drawn,
        counting only them; a story left with one report is not folded."""
        hide = np.isin(self.ids, np.fromiter(hidden, np.int64))
        ids, label = self.ids[~hide], self.label[~hide]  # still in story, then report order
        if not len(ids):
            return np.empty((0, 2), np.int64)
        first = np.ones(len(label), bool)
        first[1:] = label[1:] != label[:-1]
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, len(label)))
        drawn = np.repeat(ids[starts], counts)
        keep = np.repeat(counts >= 2, counts)
        return np.stack([ids[keep], drawn[keep]], axis=1)


def _regroup(
    rows: list[tuple[int, int, int]],
    changes: Sequence[ReviewEntry],
    others: Iterable[tuple[int, int | None]],
) -> list[tuple[int, int, int]]:
    """`rows` with the changes applied: a split report becomes its own story (the others keep
    theirs, relabelled when it held the label); a join puts the event's whole story into the
    other event's."""
    label = {i: s for i, s, _ in rows}
    reported = {i: r for i, _, r in rows}
    for i, r in others:
        label.setdefault(int(i), int(i))
        reported.setdefault(int(i), _LAST if r is None else int(r))
    groups: dict[int, set[int]] = {}
    for i, s in label.items():
        groups.setdefault(s, set()).add(i)
    for entry in changes:
        event = entry.event_id
        if event not in label:
            continue  # an event this file does not have
        story = label[event]
        if entry.action == "split":
            rest = groups[story] - {event}
            if not rest:
                continue
            if story == event:  # it held the label: the others take another of theirs
                new = min(rest)
                for i in rest:
                    label[i] = new
                groups[new] = rest
            else:
                groups[story] = rest
            label[event] = event
            groups[event] = {event}
        else:
            other = _joined_with(entry)
            if other is None or other not in label or label[other] == story:
                continue
            into = label[other]
            for i in groups.pop(story):
                label[i] = into
                groups[into].add(i)
    return [(i, s, reported[i]) for i, s in label.items()]
