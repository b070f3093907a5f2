"""A second reviewer's file merged into one's own: their review rows are added (each with its
own reviewer and time), the events stay as imported.

Events are matched by id, and only where both files imported the same event (same title and
start): a row about an event the other file imported differently is left out and counted.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from db import schema
from db.errors import TimelineError

from .state import ORDER_SQL, SELECT_SQL, ReviewEntry
from .writer import IDENTITY_SQL, ReviewWriter


@dataclass
class MergeReport:
    added: int = 0  # rows copied
    known: int = 0  # rows the file had already (same event, change, reviewer and time)
    unmatched: int = 0  # rows about an event the two files do not share

    def summary(self) -> str:
        return (f"{self.added} review rows added, {self.known} already there, "
                f"{self.unmatched} about events this file does not have")  # fmt: skip


def _identity(entry: ReviewEntry) -> tuple:
    return (entry.event_id, entry.action, repr(entry.old), repr(entry.new), entry.reviewer,
            entry.at, entry.note)  # fmt: skip


def _imported(conn: sqlite3.Connection, ids: set[int]) -> dict[int, tuple]:
    """What tells an imported event from another: its title and start, by id."""
    out = {}
    for event_id in ids:
        row = conn.execute(IDENTITY_SQL, (event_id,)).fetchone()
        if row is not None:
            out[event_id] = tuple(row)
    return out


def merge_reviews(from_db: str | Path, into_db: str | Path) -> MergeReport:
    """Add the review rows of `from_db` to `into_db` (one transaction); `from_db` is only read."""
    source = sqlite3.connect(f"file:{quote(str(Path(from_db).resolve()))}?mode=ro", uri=True)
    try:
        try:
            schema.check(source, from_db)
            has_table = source.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reviews'"
            ).fetchone()
            theirs = ([ReviewEntry.from_row(r) for r in source.execute(SELECT_SQL + ORDER_SQL)]
                      if has_table else [])  # fmt: skip
            their_events = _imported(source, {e.event_id for e in theirs})
        except schema.READ_ERRORS as exc:
            raise TimelineError(f"cannot read the reviews of {from_db}: {exc}") from exc
    finally:
        source.close()
    report = MergeReport()
    with ReviewWriter(into_db) as writer:
        mine = {_identity(e) for e in writer.entries()}
        my_events = writer.identities(set(their_events))

        def add() -> None:
            for entry in theirs:
                if _identity(entry) in mine:
                    report.known += 1
                elif entry.event_id not in my_events or (
                    my_events[entry.event_id] != their_events.get(entry.event_id)
                ):
                    report.unmatched += 1
                else:
                    writer.insert_row(None, entry.event_id, entry.action, entry.old, entry.new,
                                   entry.reviewer, entry.at, entry.note)  # fmt: skip
                    report.added += 1

        writer.transaction(add)
    return report
