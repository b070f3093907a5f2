"""A story drawn once: the reports of one happening (events sharing `events.story_id`, grouped at
import by db.ingest.stories, split and joined by reviews: db.review.stories) fold into their first
report not rejected, which carries their count.

Only what the timeline draws changes: every report stays in the file, and in the panel's list of
a story's reports (`EventDetail.reports`).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping

import numpy as np

from db.review.state import ReviewState
from db.review.stories import DAY_SQL, Stories, story_changes, touched

from .model import EventIndex


def fold_stories(index: EventIndex, members: list[tuple[int, int]] | np.ndarray) -> EventIndex:
    """`index` without the reports that are not their story's first, and with `reports` (how
    many reports each event stands for, 1 for most). `members` are (event id, story id) of the
    events in a story. A story whose first report is not in the index (its date could not be
    read) keeps its other reports drawn."""
    if not len(members):
        return index
    pairs = np.array(members, dtype=np.int64).reshape(-1, 2)
    ids, story = pairs[:, 0], pairs[:, 1]
    present = np.isin(story, index.ids)
    ids, story = ids[present], story[present]
    if not len(ids):
        return index
    keep = ~np.isin(index.ids, ids[ids != story])
    firsts, counts = np.unique(story, return_counts=True)
    reports = np.ones(len(index.ids), np.int32)
    order = np.argsort(index.ids, kind="stable")
    at = order[np.searchsorted(index.ids, firsts, sorter=order)]
    reports[at] = counts
    n = len(index.ids)
    masked = {
        f.name: getattr(index, f.name)[keep]
        for f in dataclasses.fields(index)
        if isinstance(getattr(index, f.name), np.ndarray) and len(getattr(index, f.name)) == n
    }
    masked["reports"] = reports[keep]
    return dataclasses.replace(index, **masked)


Query = Callable[[str, tuple], list[tuple]]


def read_stories(query: Query, states: Mapping[int, ReviewState]) -> Stories:
    """The file's stories (events.story_id) with the reviews' splits and joins applied, read
    through the store's read-only `query`."""
    members = query(
        f"SELECT id, story_id, {DAY_SQL} FROM events WHERE story_id IS NOT NULL "
        "AND typeof(story_id) = 'integer' AND typeof(id) = 'integer'",
        (),
    )
    changes = story_changes(states)
    others: list[tuple] = []
    if changes:  # joined events that were in no story
        others = query(
            f"SELECT id, {DAY_SQL} FROM events WHERE story_id IS NULL "
            "AND id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(touched(changes))),),
        )
    return Stories.build(members, changes, others)


def hidden_reports(states: Mapping[int, ReviewState]) -> list[int]:
    """Reports that stand for no story: rejected, or merged into another event."""
    return [event_id for event_id, state in states.items() if state.name == "rejected"]
