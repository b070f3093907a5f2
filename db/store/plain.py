"""Any SQLite table as a timeline, read-only: a column mapping, its detection, and a store.

`PlainTableStore` answers the viewer's questions like `db.store.TimelineStore` does, for a table
someone else made (`sqlite-utils insert my.db events events.csv --csv`): the user's file is never
written to, so sort keys are computed in memory from the date column each time the index is
loaded. Event ids are the table's rowids; tables WITHOUT ROWID and views have none, so there an
event's id is its row number (1, 2, ...) in primary-key order (a view: the order it returns rows).

Dates understood: ISO 8601 (partial too), years alone, English text, Unix seconds and
milliseconds, at the precision written (`db.store.cell_dates` lists them).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from db.errors import (
    TimelineError,
)
from db.lane_order import in_natural_order
from db.schema import READ_ERRORS
from db.store import sqlite_ro as ro
from db.store.cell_dates import read_cell_date, unix_column
from db.store.frame import FrameQuery
from db.store.memory_frame import FrameCache, MemoryFrame
from db.store.model import (
    EXPORT_FIELDS,
    IMPRECISE,
    MAX_LANES,
    RANGE,
    Capabilities,
    EventBrief,
    EventDetail,
    EventIndex,
    ExportFilter,
    SearchHit,
    SearchResult,
    TableInfo,
    TableMapping,
    other_lanes,
    unique_ids,
)
from db.store.plain_tables import _connect, _fit, _lower, _primary_key, _quote, _sample, _tables
from db.store.sqlite_ro import AtOnceReads, fits_int64, read_data_version, time_limit
from db.store.sqlite_ro import explain_error as _explain
from db.text import shorten
from db.timekeys import (
    PRECISION_RANK,
    DateError,
    Period,
    iso_of,
)

# ---- the store -------------------------------------------------------------------------------

_DAY_RANK = PRECISION_RANK["day"]
MAX_DATA_CHARS = 200  # longer cells are text, not facts for the panel's details line
MAX_REASONS = 5


def _cell_text(value: Any) -> str:
    if value is None or isinstance(value, bytes):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass
class _Rows:
    """The readable rows of a table as columns, and how many were left out (and why)."""

    ids: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    lanes: list[str] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)
    skipped: int = 0
    reasons: list[str] = field(default_factory=list)


class PlainTableStore:
    """A read-only view of one table of any SQLite file as events; same interface as
    TimelineStore (plus `data_version`). Safe to share between threads.

    After `load_index`, `skipped` counts the rows whose start could not be read (they are not
    shown) and `skip_reasons` says why for the first few.
    """

    capabilities = Capabilities(searchable=True)

    def __init__(
        self, conn: sqlite3.Connection, path: Path, mapping: TableMapping, info: TableInfo
    ):
        self._conn = conn
        self._lock = threading.Lock()
        self._at_once = AtOnceReads(conn, path)  # a click's reads: no wait for a write lock
        self._frames = FrameCache(self.load_index)
        self.path = path
        self.mapping: TableMapping | None = mapping
        self._mapping = mapping  # the same, never None
        self.info = info
        self.skipped = 0
        self.skip_reasons: list[str] = []
        table = _quote(info.name)
        if info.rowid:
            alias = next(a for a in ("rowid", "_rowid_", "oid") if a not in _lower(info.columns))
            self._id = alias
            self._from = table
        else:
            # Row numbers in a fixed order stand in for the missing rowid.
            order = _primary_key(conn, info.name) if info.kind == "table" else ""
            self._id = "__tv_row"
            self._from = f"(SELECT row_number() OVER ({order}) AS __tv_row, * FROM {table})"
        # Whether the start and end columns hold Unix seconds, judged on a sample once.
        self._unix: dict[str, bool] = {}
        for column in (mapping.start, mapping.end):
            if column:
                try:
                    self._unix[column] = unix_column(_sample(conn, info.name, column))
                except READ_ERRORS:
                    pass  # a damaged file: load_index will say so

    @classmethod
    def open(cls, path: str | Path, mapping: TableMapping) -> PlainTableStore:
        """Open `path` read-only and check that `mapping` fits it (MappingNeededError if not)."""
        conn, path = _connect(path)
        try:
            tables = _tables(conn)
            mapping, info = _fit(mapping, tables, path)
        except sqlite3.Error as exc:
            conn.close()
            raise _explain(exc, path) from exc
        except TimelineError:
            conn.close()
            raise
        return cls(conn, path, mapping, info)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        self._at_once.close()

    def _query(
        self,
        sql: str,
        params: tuple | list = (),
        budget: str = "CLICK_BUDGET_S",
        what: str = "reading an event",
    ) -> list[tuple]:
        """Rows of `sql`, interrupted past the time limit `budget` names in db.store.sqlite_ro;
        QueryTimeoutError then says `what` was given up."""
        with self._lock:
            try:
                with time_limit(self._conn, getattr(ro, budget), what, self.path):
                    return self._conn.execute(sql, params).fetchall()
            except READ_ERRORS as exc:  # a damaged file can fail to decode, too
                raise _explain(exc, self.path) from exc

    def _column(self, name: str | None) -> str:
        return _quote(name) if name else "NULL"

    def data_version(self) -> int:
        """Changes when another connection commits to the file: the cue to reload. Polled from
        the UI thread, so it never waits for another program's write lock."""
        with self._lock:
            try:
                return read_data_version(self._conn)
            except READ_ERRORS as exc:
                raise _explain(exc, self.path) from exc

    def count(self) -> int:
        """Rows in the table (rows whose date cannot be read included)."""
        return self._query(
            f"SELECT count(*) FROM {_quote(self.info.name)}",
            budget="INDEX_BUDGET_S",
            what="counting the rows",
        )[0][0]

    def frame(self, query: FrameQuery) -> MemoryFrame:
        """The events of one view, from the whole index of its grouping (loaded once)."""
        return self._frames.frame(query)

    def load_index(self, group: str = "lane") -> EventIndex:
        """Every readable row's keys, lane and flags, sorted by start; keys computed here.

        A plain table has no sources, so every grouping is by its lane column. Past
        INDEX_BUDGET_S (a view that never ends) the read is given up: QueryTimeoutError."""
        m = self._mapping
        sql = (
            f"SELECT {self._id}, {self._column(m.start)}, {self._column(m.end)}, "
            f"{self._column(m.lane)} FROM {self._from}"
        )
        what = f"reading the dates of '{m.table}'"
        with self._lock:
            try:
                with time_limit(self._conn, ro.INDEX_BUDGET_S, what, self.path):
                    rows = self._read_rows(sql)
            except READ_ERRORS as exc:
                raise _explain(exc, self.path) from exc
        self.skipped, self.skip_reasons = rows.skipped, rows.reasons
        lane_of = rows.lanes
        names = in_natural_order(set(lane_of))
        if len(names) > MAX_LANES:  # the busiest keep their lane, the others share the last
            kept = in_natural_order(n for n, _ in Counter(lane_of).most_common(MAX_LANES - 1))
            folded, keep = other_lanes(len(names) - len(kept)), set(kept)
            lane_of = [name if name in keep else folded for name in lane_of]
            names = [*kept, folded]
        lanes = tuple(names)
        lane_index = {name: i for i, name in enumerate(lanes)}
        id_array = np.array(rows.ids, dtype=np.int64)
        start_array = np.array(rows.starts, dtype=np.int64)
        order = np.lexsort((id_array, start_array))
        return EventIndex(
            id_array[order],
            start_array[order],
            np.array(rows.ends, dtype=np.int64)[order],
            np.array([lane_index[x] for x in lane_of], dtype=np.int32)[order],
            np.array(rows.flags, dtype=np.uint8)[order],
            lanes,
        )

    def _read_rows(self, sql: str) -> _Rows:
        """The rows of `sql` (id, start, end, lane cells) read as dates; the caller holds the
        lock and the time limit."""
        m = self._mapping
        default_lane = "" if m.lane else m.table
        out = _Rows()
        memo: dict[tuple[Any, bool], Period | DateError] = {}

        def read(value: Any, unix: bool) -> Period:
            found = memo.get((value, unix)) if isinstance(value, str) else None
            if found is None:
                try:
                    found = read_cell_date(value, unix)
                except DateError as exc:
                    found = exc
                if isinstance(value, str):
                    memo[(value, unix)] = found
            if isinstance(found, DateError):
                raise found
            return found

        unix_start = self._unix.get(m.start, False)
        unix_end = self._unix.get(m.end, False) if m.end else False
        cursor = self._conn.execute(sql)
        while chunk := cursor.fetchmany(10_000):
            for rid, start, end, lane in chunk:
                try:
                    first = read(start, unix_start)
                except DateError as exc:
                    out.skipped += 1
                    if len(out.reasons) < MAX_REASONS:
                        out.reasons.append(f"row {rid}: {exc}")
                    continue
                flag = IMPRECISE if PRECISION_RANK[first.precision] < _DAY_RANK else 0
                stop = first.end
                if end is not None and end != "" and end != start:
                    try:
                        last = read(end, unix_end)
                    except DateError:
                        last = None  # an unreadable end leaves a point, not a lost row
                    if last is not None and last.end > first.end:
                        stop, flag = last.end, flag | RANGE
                out.ids.append(rid)
                out.starts.append(first.start)
                out.ends.append(stop)
                out.lanes.append(_cell_text(lane) if m.lane else default_lane)
                out.flags.append(flag)
        return out

    def titles(self, ids: list[int]) -> dict[int, str]:
        m = self._mapping
        out: dict[int, str] = {}
        for chunk in range(0, len(ids), 500):
            part = [int(i) for i in ids[chunk : chunk + 500]]
            marks = ",".join("?" * len(part))
            sql = (
                f"SELECT {self._id}, {_quote(m.title)}, {self._column(m.text)} FROM {self._from} "
                f"WHERE {self._id} IN ({marks})"
            )
            for rid, title, text in self._query(sql, part, what="reading titles"):
                out[rid] = shorten(_cell_text(title) or _cell_text(text))
        return out

    def event(self, event_id: int, *, wait: bool = True) -> EventDetail | None:
        """The row as an event (article None; the unmapped columns' short values in `data`).
        `wait=False`: DatabaseLockedError at once while another program holds the write lock."""
        if not fits_int64(event_id):
            return None  # no SQLite integer: no such row
        try:
            with self._at_once.reading() if not wait else nullcontext():
                conn, lock = self._at_once.pick(self._conn, self._lock)
            with lock:
                with time_limit(conn, ro.CLICK_BUDGET_S, f"reading row {event_id}", self.path):
                    cursor = conn.execute(
                        f"SELECT {self._id} AS __tv_id, * FROM {self._from} WHERE {self._id} = ?",
                        (int(event_id),),
                    )
                    row = cursor.fetchone()
                names = [d[0] for d in cursor.description]
        except READ_ERRORS as exc:
            raise _explain(exc, self.path) from exc
        if row is None:
            return None
        values = dict(zip(names[1:], row[1:], strict=True))
        m = self._mapping
        try:
            first = read_cell_date(values.get(m.start), self._unix.get(m.start, False))
        except DateError:
            return None  # not on the timeline
        end_text = None
        if m.end:
            try:
                last = read_cell_date(values.get(m.end), self._unix.get(m.end, False))
                if last.end > first.end:
                    end_text = iso_of(last.start, last.precision)
            except DateError:
                pass
        title = _cell_text(values.get(m.title))
        text = _cell_text(values.get(m.text)) if m.text else ""
        mapped = _lower(m.columns()) | {"__tv_row"}
        data = {
            k: v
            for k, v in values.items()
            if k.casefold() not in mapped
            and isinstance(v, (str, int, float))
            and _cell_text(v)
            and len(str(v)) <= MAX_DATA_CHARS
        }
        return EventDetail(
            id=int(row[0]),
            title=shorten(title or text),
            text=text or None,
            start=iso_of(first.start, first.precision),
            end=end_text,
            precision=first.precision,
            lane=_cell_text(values.get(m.lane)) if m.lane else m.table,
            kind="record",
            span=None,
            caption_id=None,
            article=None,
            data=data,
            # the dates are the mapping's columns read (docs/schema.md "Provenance")
            provenance={"from": "table", "columns": [c for c in (m.start, m.end) if c]},
        )

    def article(self, article_id: int) -> None:
        """A plain table has no articles."""
        return None

    def article_events(self, article_id: int, *, wait: bool = True) -> list[EventBrief]:
        return []

    def brief(self, event_id: int, *, wait: bool = True) -> EventBrief | None:
        event = self.event(event_id, wait=wait)
        if event is None:
            return None
        return EventBrief(event.id, event.title, event.start, event.end, event.precision,
                          event.lane)  # fmt: skip

    def export_records(self, which: ExportFilter) -> Iterator[dict[str, Any]]:
        """The rows as exported events (no articles or captions: a plain table has none; its
        unmapped columns are not exported, neither format has a place for them)."""
        if which.ids is not None:
            ids = list(which.ids)
        else:
            index = self.load_index()
            keep = np.ones(len(index), dtype=bool)
            if which.lanes is not None:
                wanted = [i for i, name in enumerate(index.lanes) if name in set(which.lanes)]
                keep &= np.isin(index.lane, wanted)
            if which.start is not None:
                keep &= index.end > which.start
            if which.end is not None:
                keep &= index.start < which.end
            ids = index.ids[keep].tolist()
        for event_id in ids:
            event = self.event(int(event_id))
            if event is None:
                continue
            record = dict.fromkeys(EXPORT_FIELDS)
            record.update(
                id=event.id,
                title=event.title,
                text=event.text,
                start=event.start,
                end=event.end,
                precision=event.precision,
                lane=event.lane,
                kind=event.kind,
            )
            yield record

    def timeline_meta(self) -> dict[str, Any]:
        return {}

    def _like(self, words: list[str]) -> tuple[str, list[str]]:
        """SQL that a row holds every word in its title or text, and its parameters."""
        m = self._mapping
        haystack = f"coalesce({_quote(m.title)}, '') || ' ' || coalesce({self._column(m.text)}, '')"
        where = " AND ".join(f"{haystack} LIKE ? ESCAPE '\\'" for _ in words)
        like = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                for w in words]  # fmt: skip
        return where, like

    def search_among(self, text: str, ids: np.ndarray) -> np.ndarray:
        """Of the rows `ids`, those `search` finds (a plain search marks every row it finds
        already: this serves a view asking as it asks a timeline database)."""
        words = re.findall(r"\w+", text)
        if not words:
            return np.empty(0, np.int64)
        where, like = self._like(words)
        found: list[int] = []
        for i in range(0, len(ids), 500):
            part = [int(x) for x in ids[i : i + 500]]
            rows = self._query(
                f"SELECT {self._id} FROM {self._from} WHERE {where} "
                f"AND {self._id} IN ({','.join('?' * len(part))})",
                [*like, *part], "SEARCH_BUDGET_S", "searching",
            )  # fmt: skip
            found += [int(r[0]) for r in rows]
        return unique_ids(found)

    def search(self, text: str, limit: int = 500, marks: int = 50_000) -> SearchResult:
        """Rows whose title or text contain every word (a plain table has no full-text index:
        a LIKE scan, fine for the tables people keep by hand)."""
        words = re.findall(r"\w+", text)
        if not words:
            return SearchResult(text, [], False)
        where, like = self._like(words)
        rows = self._query(f"SELECT {self._id} FROM {self._from} WHERE {where} LIMIT ?",
                           [*like, max(marks, limit)], "SEARCH_BUDGET_S", "searching")  # fmt: skip
        ids = [r[0] for r in rows]  # marks=0: only the hits are marked
        hits = []
        for event_id in ids[:limit]:
            event = self.event(event_id)
            if event is None:
                continue
            key = read_cell_date(event.start).start
            hits.append(SearchHit(event.id, key, event.start, event.precision, event.title,
                                  None, event.text or event.title))  # fmt: skip
        hits.sort(key=lambda h: (h.start_key, h.event_id))
        return SearchResult(text, hits, False, np.asarray(ids[: marks or limit], np.int64))
