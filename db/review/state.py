"""What a review holds and how an event's current state is folded from its review rows.

Pure values, no SQLite: the store folds the rows it reads (read-only), the writer the rows it
writes. The current state of an event is its imported row with its latest corrections over it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from db.timekeys import PRECISION_RANK, DateError, period, span_keys

# The actions of a review row. accept / reject / restore set the verdict (restore: back to
# unreviewed); date, title and lane correct a value (a null new value goes back to the import);
# merge folds the event into another ({"into": id}: it is hidden, the other lists it), unmerge
# undoes that. split takes a report out of its story, join ({"with": id}) makes its story and
# that event's one story (db.review.stories regroups them on read; events.story_id stays).
VERDICTS = {"accept": "accepted", "reject": "rejected", "restore": None}
CORRECTIONS = ("date", "title", "lane")
MERGES = ("merge", "unmerge")
STORY_CHANGES = ("split", "join")
ACTIONS = (*VERDICTS, *CORRECTIONS, *MERGES, *STORY_CHANGES)

# What the viewer's filters name (db.store.model.review_mask turns flags into these).
REVIEW_STATES = ("unreviewed", "accepted", "corrected", "rejected")
_DAY = PRECISION_RANK["day"]


@dataclass(frozen=True)
class DateValue:
    """A reviewed date that keeps its precision: the period `start` names (partial ISO: "2019",
    "2019-12", "2019-12-22"), to the end of `end`'s when a range, and whether it is "around"."""

    start: str
    end: str | None = None
    precision: str = "day"
    around: bool = False

    def keys(self) -> tuple[int, int]:
        return span_keys(self.start, self.end)

    @property
    def imprecise(self) -> bool:
        return self.around or PRECISION_RANK.get(self.precision, _DAY) < _DAY

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "precision": self.precision,
            "around": self.around,
        }  # fmt: skip

    @classmethod
    def from_json(cls, value: Any) -> DateValue | None:
        if not isinstance(value, dict) or not isinstance(value.get("start"), str):
            return None
        end = value.get("end")
        return cls(
            value["start"],
            end if isinstance(end, str) and end else None,
            str(value.get("precision") or period_precision(value["start"])),
            bool(value.get("around")),
        )

    def text(self) -> str:
        """The form `parse_date` reads back: "~2019-12-20..2019-12-22"."""
        body = f"{self.start}..{self.end}" if self.end else self.start
        return f"~{body}" if self.around else body


def period_precision(text: str) -> str:
    try:
        return period(text).precision
    except DateError:
        return "day"


_AROUND = re.compile(r"^\s*(?:~|around\s+|about\s+|circa\s+|c\.\s*)", re.IGNORECASE)


def parse_date(text: str) -> DateValue:
    """A date as a reviewer types it: "2019-12-22" (day), "2019-12" (month), "2019" (year),
    "2019-12-20..2019-12-22" (a range), "~2019-12" or "around 2019-12" (around).
    DateError says what is wrong."""
    around = bool(_AROUND.match(text))
    body = _AROUND.sub("", text, count=1).strip()
    first, sep, last = body.partition("..")
    first, last = first.strip(), last.strip()
    if not first or (sep and not last):
        raise DateError(
            f"expected a date like 2019-12-22, 2019-12 or 2019-12-20..2019-12-22: {text!r}"
        )
    start = period(first)
    if sep:
        end = period(last)
        if end.end <= start.start:
            raise DateError(f"the range ends before it starts: {text!r}")
    return DateValue(first, last or None, start.precision, around)


@dataclass(frozen=True)
class ReviewEntry:
    """One row of the `reviews` table: one change by one reviewer."""

    id: int
    event_id: int
    action: str
    old: Any  # JSON values: a verdict, a title, a lane, a DateValue.to_json()
    new: Any
    reviewer: str
    at: str  # ISO UTC
    note: str | None = None

    @classmethod
    def from_row(cls, row: tuple) -> ReviewEntry:
        rid, event_id, action, old, new, reviewer, at, note = row
        return cls(int(rid), int(event_id), str(action), _json(old), _json(new),
                   str(reviewer or ""), str(at or ""), note)  # fmt: skip

    def describe(self) -> str:
        """One line for the history: "accepted", "date 2019-12-22 → ~2019-12"."""
        if self.action == "merge":
            into = self.new.get("into") if isinstance(self.new, dict) else None
            return f"merged into event {into}"
        if self.action == "unmerge":
            return "unmerged"
        if self.action == "split":
            return "taken out of its story (not the same happening)"
        if self.action == "join":
            other = self.new.get("with") if isinstance(self.new, dict) else None
            return f"story joined with event {other}'s"
        if self.action in VERDICTS:
            return {"accept": "accepted", "reject": "rejected", "restore": "back to unreviewed"}[
                self.action
            ]
        return f"{self.action}: {_shown(self.action, self.old)} → {_shown(self.action, self.new)}"


def _shown(action: str, value: Any) -> str:
    if value is None:
        return "(as imported)"
    if action == "date":
        date = DateValue.from_json(value)
        return date.text() if date else "?"
    return f"“{value}”" if action == "title" else str(value)


def _json(text: Any) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class ReviewState:
    """An event's review: the verdict and the corrected values (None: as imported), with the
    history that made them, oldest first."""

    verdict: str | None = None  # "accepted", "rejected" or None (unreviewed)
    title: str | None = None
    date: DateValue | None = None
    lane: str | None = None
    history: tuple[ReviewEntry, ...] = field(default=())
    merged_into: int | None = None  # merged into that event: hidden, told there
    merged: tuple[tuple[int, str], ...] = ()  # the events merged into this one (id, title)

    @property
    def corrected(self) -> bool:
        return self.title is not None or self.date is not None or self.lane is not None

    @property
    def name(self) -> str:
        """The state a filter names: rejected (or merged into another event), else corrected,
        else accepted, else unreviewed."""
        if self.verdict == "rejected" or self.merged_into is not None:
            return "rejected"
        if self.corrected:
            return "corrected"
        return self.verdict or "unreviewed"

    def then(self, entry: ReviewEntry) -> ReviewState:
        """This state with one more change applied."""
        history = (*self.history, entry)
        if entry.action in VERDICTS:
            return replace(self, verdict=VERDICTS[entry.action], history=history)
        if entry.action == "date":
            return replace(self, date=DateValue.from_json(entry.new), history=history)
        if entry.action == "title":
            title = entry.new if isinstance(entry.new, str) else None
            return replace(self, title=title, history=history)
        if entry.action == "lane":
            lane = entry.new if isinstance(entry.new, str) else None
            return replace(self, lane=lane, history=history)
        if entry.action in MERGES:
            into = entry.new.get("into") if isinstance(entry.new, dict) else None
            merged_into = int(into) if isinstance(into, int) and entry.action == "merge" else None
            return replace(self, merged_into=merged_into, history=history)
        # split and join (db.review.stories regroups across events), or an action this version
        # does not know: kept in the history
        return replace(self, history=history)


def fold(entries: Iterable[ReviewEntry]) -> dict[int, ReviewState]:
    """Each reviewed event's current state from its rows in the order they were made."""
    states: dict[int, ReviewState] = {}
    for entry in entries:
        states[entry.event_id] = states.get(entry.event_id, ReviewState()).then(entry)
    # Each event merged into another is listed there (titles are the store's to fill in).
    for event_id, state in list(states.items()):
        if state.merged_into is not None:
            into = states.get(state.merged_into, ReviewState())
            states[state.merged_into] = replace(into, merged=(*into.merged, (event_id, "")))
    return states


# The rows as the store and the writer read them, oldest first (`at`, then the row id: a merged
# file keeps each change's own time).
SELECT_SQL = "SELECT id, event_id, action, old_value, new_value, reviewer, at, note FROM reviews"
ORDER_SQL = " ORDER BY at, id"
