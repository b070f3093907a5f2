"""The one write connection of a review: the `reviews` table of a timeline database, in WAL
mode (the viewer's read-only connection keeps reading while a review is written), one
transaction per change. The imported `events` rows are read, never written."""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from db import own_reads, schema
from db.errors import DatabaseUnavailableError, TimelineError
from db.timekeys import DateError

from .state import (
    ACTIONS,
    CORRECTIONS,
    MERGES,
    ORDER_SQL,
    SELECT_SQL,
    STORY_CHANGES,
    VERDICTS,
    DateValue,
    ReviewEntry,
    ReviewState,
    fold,
)
from .stories import DAY_SQL, Stories, story_changes, touched

CREATE_SQL = """CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT
)"""
T = TypeVar("T")
IDENTITY_SQL = "SELECT title, start FROM events WHERE id = ?"
INDEX_SQL = "CREATE INDEX IF NOT EXISTS idx_reviews_event_id ON reviews(event_id)"


def default_reviewer() -> str:
    """The OS user's name (the viewer's preferences may name someone else)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "unknown"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class ReviewWriter:
    """Write reviews into the timeline database at `path` as `reviewer`.

    Opening makes the table if it is missing (`CREATE TABLE IF NOT EXISTS`) and puts the file
    in WAL mode; every change is one transaction. TimelineError says why a file cannot be
    reviewed (not a timeline database, read-only, locked); `timeout` is how long a change waits
    for another program's write lock, and opening for this process's reads to make way."""

    def __init__(
        self,
        path: str | Path,
        reviewer: str | None = None,
        *,
        timeout: float = 5.0,
        open_wait: float | None = None,
    ) -> None:
        self.path = Path(path)
        self.reviewer = reviewer or default_reviewer()
        if not self.path.is_file():
            raise TimelineError(f"{self.path} is not a file: nothing to review.")
        wait = timeout if open_wait is None else open_wait
        # This process's reads of the file (a window's) make way while it is opened: the
        # switch to WAL needs the file to itself, and they are not another program.
        with own_reads.make_way(self.path, wait):
            self._conn = self._open(wait)
        self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")

    def _open(self, wait: float) -> sqlite3.Connection:
        try:
            # Opened on a worker (the window never waits for another program's lock), used on
            # the UI thread after: one thread at a time, so the connection may change threads.
            conn = sqlite3.connect(
                str(self.path), timeout=wait, isolation_level=None, check_same_thread=False
            )
        except schema.READ_ERRORS as exc:
            raise schema.write_problem(exc, self.path) from exc
        try:
            schema.check(conn, self.path)
            _to_wal(conn, self.path)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(CREATE_SQL)
            conn.execute(INDEX_SQL)
            conn.execute("COMMIT")
        except schema.READ_ERRORS as exc:
            conn.close()
            raise _review_problem(exc, self.path) from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ReviewWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading what is there -----------------------------------------------------------------

    def entries(self, event_id: int | None = None) -> list[ReviewEntry]:
        where, params = (
            (" WHERE event_id = ?", (int(event_id),)) if event_id is not None else ("", ())
        )
        rows = self._conn.execute(SELECT_SQL + where + ORDER_SQL, params).fetchall()
        return [ReviewEntry.from_row(r) for r in rows]

    def state(self, event_id: int) -> ReviewState:
        return fold(self.entries(event_id)).get(int(event_id), ReviewState())

    def imported(self, event_id: int) -> dict[str, Any]:
        """The imported row's reviewable values; TimelineError when there is no such event."""
        row = self._conn.execute(
            'SELECT title, start, "end", precision, lane FROM events WHERE id = ?',
            (int(event_id),),
        ).fetchone()
        if row is None:
            raise TimelineError(f"{self.path.name} has no event {event_id}.")
        title, start, end, precision, lane = row
        date = DateValue(str(start), str(end) if end else None, str(precision or "day"))
        return {"title": str(title or ""), "date": date.to_json(), "lane": str(lane or "")}

    def current(self, event_id: int, what: str) -> Any:
        """An event's value now (its latest correction, else as imported), as JSON."""
        state = self.state(event_id)
        value = {"title": state.title, "lane": state.lane,
                 "date": state.date.to_json() if state.date else None}[what]  # fmt: skip
        return value if value is not None else self.imported(event_id)[what]

    def identities(self, ids: set[int]) -> dict[int, tuple]:
        """Title and start of the events `ids` this file has (see db.review.merge)."""
        out = {}
        for event_id in ids:
            row = self._conn.execute(IDENTITY_SQL, (int(event_id),)).fetchone()
            if row is not None:
                out[int(event_id)] = tuple(row)
        return out

    # -- writing -------------------------------------------------------------------------------

    def record(
        self, event_id: int, action: str, new: Any = None, note: str | None = None
    ) -> ReviewEntry:
        """Write one change, with the value it replaces, in one transaction."""
        if action not in ACTIONS:
            raise ValueError(f"unknown review action {action!r}")
        if isinstance(new, DateValue):
            try:
                new.keys()
            except DateError as exc:
                raise TimelineError(f"not a date: {exc}") from exc
            new = new.to_json()
        value = new

        def write() -> ReviewEntry:
            if action in CORRECTIONS:
                old, now_value = self.current(event_id, action), value
            elif action in MERGES:
                merged_into = self.state(event_id).merged_into
                self.imported(event_id)  # the event exists
                old = {"into": merged_into} if merged_into is not None else None
                now_value = value if action == "merge" else None
            elif action in STORY_CHANGES:
                self.imported(event_id)  # the event exists
                old, now_value = None, value
            else:
                self.imported(event_id)  # the event exists
                old, now_value = self.state(event_id).verdict, VERDICTS[action]
            return self.insert_row(
                None, event_id, action, old, now_value, self.reviewer, now(), note
            )

        return self.transaction(write)

    def insert_row(self, rid: int | None, event_id: int, action: str, old: Any, new: Any,
                reviewer: str, at: str, note: str | None) -> ReviewEntry:  # fmt: skip
        cursor = self._conn.execute(
            "INSERT INTO reviews (id, event_id, action, old_value, new_value, reviewer, at, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (rid, int(event_id), action, _dump(old), _dump(new), reviewer, at, note),
        )
        return ReviewEntry(int(cursor.lastrowid or 0), int(event_id), action, old, new,
                           reviewer, at, note)  # fmt: skip

    def put_back(self, entry: ReviewEntry) -> ReviewEntry:
        """Write a row again as it was (redo after undo), in one transaction; a row still there
        (an undo that could not be written) is the same row: written over, not doubled."""

        def write() -> ReviewEntry:
            self._conn.execute("DELETE FROM reviews WHERE id = ?", (entry.id,))
            e = entry
            return self.insert_row(e.id, e.event_id, e.action, e.old, e.new, e.reviewer, e.at,
                                   e.note)  # fmt: skip

        return self.transaction(write)

    def remove(self, entry: ReviewEntry) -> None:
        """Delete a row this session wrote (undo), in one transaction."""
        self.transaction(
            lambda: self._conn.execute("DELETE FROM reviews WHERE id = ?", (entry.id,))
        )

    def transaction(self, work: Callable[[], T]) -> T:
        """Run `work` in one write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on error)."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                result = work()
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        except schema.READ_ERRORS as exc:
            raise schema.write_problem(exc, self.path) from exc
        return result

    # What the viewer and the command do.
    def accept(self, event_id: int, note: str | None = None) -> ReviewEntry:
        return self.record(event_id, "accept", note=note)

    def reject(self, event_id: int, note: str | None = None) -> ReviewEntry:
        return self.record(event_id, "reject", note=note)

    def correct_date(self, event_id: int, date: DateValue, note: str | None = None) -> ReviewEntry:
        return self.record(event_id, "date", date, note)

    def retitle(self, event_id: int, title: str, note: str | None = None) -> ReviewEntry:
        if not title.strip():
            raise TimelineError("a title cannot be empty.")
        return self.record(event_id, "title", title.strip(), note)

    def move(self, event_id: int, lane: str, note: str | None = None) -> ReviewEntry:
        return self.record(event_id, "lane", lane.strip(), note)

    def merge(self, event_id: int, into: int, note: str | None = None) -> ReviewEntry:
        """Fold `event_id` into `into` (one happening told twice): it is hidden, `into` lists
        it. Neither imported row changes."""
        if int(into) == int(event_id):
            raise TimelineError("an event cannot be merged into itself.")
        self.imported(into)  # it exists
        if self.state(into).merged_into is not None:
            raise TimelineError(
                f"event {into} is merged into event {self.state(into).merged_into} itself: "
                "merge into that one."
            )
        return self.record(event_id, "merge", {"into": int(into)}, note)

    def unmerge(self, event_id: int, note: str | None = None) -> ReviewEntry:
        return self.record(event_id, "unmerge", None, note)

    def stories(self, also: Iterable[int] = ()) -> Stories:
        """The file's stories with the reviews so far applied (db.review.stories); `also` are
        events to know even when in no story. TimelineError for a file without stories."""
        columns = {r[1] for r in self._conn.execute("PRAGMA table_info(events)")}
        if "story_id" not in columns:
            raise TimelineError(
                f"{self.path.name} is a version 1 file: it has no stories to split or join "
                "(import into it once to upgrade it)."
            )
        members = self._conn.execute(
            f"SELECT id, story_id, {DAY_SQL} FROM events WHERE story_id IS NOT NULL "
            "AND typeof(story_id) = 'integer' AND typeof(id) = 'integer'"
        ).fetchall()
        changes = story_changes(fold(self.entries()))
        wanted = json.dumps(sorted(touched(changes) | set(also)))
        others = self._conn.execute(
            f"SELECT id, {DAY_SQL} FROM events WHERE story_id IS NULL "
            "AND id IN (SELECT value FROM json_each(?))",
            (wanted,),
        ).fetchall()
        return Stories.build(members, changes, others)

    def split(self, event_id: int, note: str | None = None) -> ReviewEntry:
        """Take a report out of its story (not the same happening): it is drawn on its own, the
        story's other reports stay one story. events.story_id is not written."""
        self.imported(event_id)  # it exists
        if not self.stories().reports_of(event_id):
            raise TimelineError(f"event {event_id} is in no story of several reports.")
        return self.record(event_id, "split", None, note)

    def join(self, event_id: int, other: int, note: str | None = None) -> ReviewEntry:
        """Make the event's story and `other`'s one story (one happening, told in both): drawn
        once, as its first published report."""
        if int(other) == int(event_id):
            raise TimelineError("an event cannot be joined with itself.")
        self.imported(event_id)
        self.imported(other)
        reports = self.stories({int(event_id), int(other)}).reports_of(event_id)
        if int(other) in reports:
            raise TimelineError(f"events {event_id} and {other} are one story already.")
        return self.record(event_id, "join", {"with": int(other)}, note)


def _to_wal(conn: sqlite3.Connection, path: Path) -> None:
    """Put the file in WAL mode (once: it stays so), which needs no other connection reading it
    in rollback-journal mode; one still reading after the wait is another program's."""
    try:
        (mode,) = conn.execute("PRAGMA journal_mode=WAL").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        raise DatabaseUnavailableError(
            f"{path.name} is in use by another program: reviewing puts the file in WAL mode "
            "(once), which needs it to itself for a moment, and that program is reading or "
            "writing it. Close the file there, or let that program finish, and start reviewing "
            "again."
        ) from exc
    if str(mode).lower() != "wal":  # SQLite keeps the old mode where WAL cannot work
        raise DatabaseUnavailableError(
            f"{path.name} cannot be reviewed where it is: reviewing keeps the file in WAL mode, "
            "so the window reads on while a change is written, and the disk it is on refuses WAL "
            "(a network share, or a read-only or locked-down medium). Nothing was changed. Copy "
            f"the file to a local folder and review the copy; `{MERGE_HINT}` brings its reviews "
            "back into this file."
        )


MERGE_HINT = "timeline-viewer review THIS.db --merge-from COPY.db"


def _review_problem(exc: sqlite3.Error | UnicodeDecodeError, path: Path) -> TimelineError:
    """Why reviewing cannot write the file, in the user's terms: a file or folder that takes no
    writes is said as such (reviewing writes `NAME-wal` and `NAME-shm` beside the file)."""
    text = str(exc)
    if "readonly" in text or "unable to open" in text:
        return DatabaseUnavailableError(
            f"{path.name} cannot be reviewed where it is: the file or its folder takes no writes "
            f"(reviewing writes {path.name}-wal and {path.name}-shm beside it). Nothing was "
            f"changed. Copy the file to a folder you can write to and review the copy; "
            f"`{MERGE_HINT}` brings its reviews back."
        )
    return schema.write_problem(exc, path)


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)
