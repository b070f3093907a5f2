"""The read path: open a timeline database read-only and answer the viewer's questions.

No Qt here. The viewer holds the event *index* (ids, integer keys, lanes, flags: a few bytes an
event, as numpy arrays) in memory and asks for text (titles, articles) only for what is on screen.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from db import own_reads, pyramid_cache, schema
from db.errors import TimelineError
from db.lane_order import in_natural_order
from db.review.state import ReviewState
from db.schema import READ_ERRORS
from db.sorted_ids import start_then_id
from db.text import json_object
from db.timekeys import PRECISION_RANK
from db.windowed.frame import PyramidFrame

from . import fts_search, keep_pyramid, reviewed
from . import sqlite_ro as ro
from .frame import FrameQuery
from .memory_frame import FrameCache, MemoryFrame
from .model import (
    IMPRECISE,
    MAX_LANES,
    NEGATED,
    NOT_RECORDED,
    PLANNED,
    PUBLICATION,
    RANGE,
    ArticleDetail,
    Capabilities,
    EventBrief,
    EventDetail,
    EventIndex,
    ExportFilter,
    ReportBrief,
    SearchResult,
    TableMapping,
    article_detail,
    event_detail,
    int_or_none,
    other_lanes,
    unique_ids,
)
from .reporting import align_reported, days_of_articles
from .search_terms import term_tables
from .search_warmup import SearchWarmup
from .sqlite_ro import AtOnceReads, connect_like, fits_int64, open_readonly, time_limit
from .sqlite_ro import explain_error as _explain
from .stories import Stories, fold_stories, hidden_reports, read_stories
from .timeline_among import SearchAmong
from .timeline_export import TimelineExport
from .window_frames import WindowFrames
from .window_sources import read_sources
from .window_sql import EventsSql, marks_of

_DAY_RANK = PRECISION_RANK["day"]
CHUNK_ROWS = 3_000_000  # rows per index-loading query (SQLite strings stay far below 1 GB)
PARALLEL_ROWS = 200_000  # from this many events the index loads in two halves at once
# Keys beyond about a million years either way are not dates db.timekeys can write (its years have
# at most six digits); refusing them keeps sums and differences of keys exact in int64 and float.
MAX_KEY = 32_000_000_000_000


class TimelineStore(SearchAmong, SearchWarmup):
    """A read-only connection to one timeline database. Safe to share between threads."""

    capabilities = Capabilities(
        searchable=True, has_articles=True, groupings=("lane", "source"), writable_reviews=True
    )
    mapping: TableMapping | None = None

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self._at_once = AtOnceReads(conn, path)  # a click's reads: no wait for a write lock
        self._own = own_reads.of_file(path)  # they make way for this process's review writer
        self._frames = FrameCache(self.load_index, self.load_reported)
        self.path = path
        self.skipped = 0  # after load_index: events without a usable id or start key (not shown)
        self._reviews: dict[int, ReviewState] | None = None  # read once, again by lay_over
        self._unreviewed: dict[str, EventIndex] = {}  # each grouping's before its reviews
        # The events table's columns, read once: a version 1 file has none of version 2's
        # (status, provenance, story_id, reported_key), another tool's file may lack some.
        self._columns = schema.table_columns(conn, "events")
        self._v2_columns = {"status", "provenance"} <= self._columns
        self._stories: Stories | None = None  # read once, reviews applied
        self._folds: np.ndarray | None = None  # (report, drawn report) pairs, by report id
        # The file's state when opened, which a count pyramid written from the index counts.
        self._identity = pyramid_cache.identity(path)
        self._windows = WindowFrames(path, self._events_sql, self._query, self.reported_days)
        self._export = TimelineExport(self._query, self.review_states, self._columns, self._v2_sql)

    @classmethod
    def open(cls, path: str | Path) -> TimelineStore:
        """Open `path` read-only (`mode=ro` URI, `query_only`); TimelineError if unusable."""
        conn, path = open_readonly(path)
        try:
            schema.check(conn, path)
        except READ_ERRORS as exc:
            conn.close()
            raise _explain(exc, path) from exc
        except TimelineError:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        self._at_once.close()

    def _query(
        self,
        sql: str,
        params: tuple | list | dict = (),
        budget: str = "CLICK_BUDGET_S",
        what: str = "reading an event",
    ) -> list[tuple]:
        """Rows of `sql`, interrupted past the time limit `budget` names in db.store.sqlite_ro
        (read when the query runs); QueryTimeoutError then says `what` was given up."""

        def read() -> list[tuple]:
            conn, lock = self._at_once.pick(self._conn, self._lock)
            with lock, time_limit(conn, getattr(ro, budget), what, self.path, self._own):
                return conn.execute(sql, params).fetchall()

        try:  # again after this process's review writer took the file (db.own_reads)
            return self._own.run(read)
        except READ_ERRORS as exc:
            raise _explain(exc, self.path) from exc

    def review_states(self) -> dict[int, ReviewState]:
        """The reviewed events' states (db.review), read once from the `reviews` table."""
        if self._reviews is None:
            self._reviews = reviewed.read_states(self._read_reviews)
        return self._reviews

    def _read_reviews(self, sql: str) -> list[tuple]:
        return self._query(sql, what="reading reviews")

    def _index_query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self._query(sql, params, "INDEX_BUDGET_S", _INDEXING)

    # -- the index -----------------------------------------------------------------------------

    def frame(self, query: FrameQuery) -> MemoryFrame | PyramidFrame:
        """The events of one view: windowed when the file is large and its pyramid kept
        (db.store.window_frames), else from the whole index of its grouping (loaded once)."""
        windowed = self._windows.frame(query, self.review_states())
        return windowed if windowed is not None else self._frames.frame(query)

    def _events_sql(self, lanes: tuple[str, ...]) -> EventsSql:
        """How the index computes the events' columns, for windowed SQL (db.store.window_sql)."""
        around = self._index_query(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'idx_events_around'"
        )
        one = np.ones(1, np.int64)  # the marks of every id: read from the partial indexes
        marks = [m for m in (self._status_marks(one), self._around_marks(one)) if m]
        return EventsSql(
            lanes, self._v2_columns, self._v2_columns and bool(around), *marks_of(marks)
        )

    def load_index(self, group: str = "lane") -> EventIndex:
        """All events' keys, lanes and flags, sorted by start (no text).

        A million events in well under a second: SQLite packs each column into one comma-separated
        string (group_concat, in C) that numpy parses in one call, instead of a Python object per
        value; any sorting happens in numpy, not in SQL.
        """
        if group == "source":  # lanes by the source (outlet) of each event's article
            lane_sql = (
                "coalesce(CAST((SELECT source FROM articles a WHERE a.id = events.article_id)"
                " AS TEXT), '')"
            )
        else:
            lane_sql = "coalesce(CAST(lane AS TEXT), '')"  # numbers or bytes from other tools
        lanes: tuple[Any, ...] = tuple(  # numbers in names by value: "Lane 2" before "Lane 10"
            in_natural_order(
                r[0] for r in self._index_query(f"SELECT DISTINCT {lane_sql} FROM events")
            )
        )
        lane_case = " ".join(f"WHEN ? THEN {i}" for i in range(len(lanes)))
        lane_case = (lane_case or "WHEN NULL THEN 0") + " ELSE 0"
        lane_names: tuple[str, ...] = lanes
        if len(lanes) > MAX_LANES:
            # Too many lanes to draw: the busiest keep theirs (tested busiest first, so most
            # rows match early), the others share one folded lane, the last.
            busiest = [
                r[0]
                for r in self._index_query(
                    f"SELECT {lane_sql} FROM events GROUP BY 1 ORDER BY count(*) DESC, 1 "
                    f"LIMIT {MAX_LANES - 1}"
                )
            ]
            kept = in_natural_order(busiest)
            place = {name: i for i, name in enumerate(kept)}
            lane_names = (*kept, other_lanes(len(lanes) - len(kept)))
            lanes = tuple(busiest)
            lane_case = " ".join(f"WHEN ? THEN {place[n]}" for n in busiest)
            lane_case += f" ELSE {len(kept)}"
        coarse = ", ".join(f"'{p}'" for p, r in PRECISION_RANK.items() if r < _DAY_RANK)
        flags = (
            f"""(CASE WHEN "end" IS NOT NULL AND "end" != '' THEN {RANGE} ELSE 0 END)"""
            f" | (CASE WHEN precision IN ('fuzzy', {coarse}) THEN {IMPRECISE} ELSE 0 END)"
            f" | (CASE WHEN kind = 'publication' THEN {PUBLICATION} ELSE 0 END)"
        )
        # Keys written by other tools may be text, blobs, reals or absurdly large: a row is
        # loaded only with an integer id and a start key that is a number within +-MAX_KEY
        # (reals are truncated); an end key that is not becomes the start (a point). Text and
        # blobs sort after all numbers, so the range tests exclude them. `skipped` counts the
        # rows left out. (An INTEGER PRIMARY KEY id is always an integer: no test needed.)
        ids_sql, ids_ok = (
            ("id", "")
            if self._integer_ids()
            else (
                "CAST(id AS INTEGER)",
                "AND CAST(id AS INTEGER) = id",
            )
        )
        start_sql = "CAST(start_key AS INTEGER)"
        end_sql = f"""CASE WHEN end_key > start_key AND end_key <= {MAX_KEY}
                      THEN CAST(end_key AS INTEGER) ELSE {start_sql} END"""
        columns = f"""
            SELECT group_concat({ids_sql}), group_concat({start_sql}), group_concat({end_sql}),
                   group_concat(CASE {lane_sql} {lane_case} END),
                   group_concat({flags})
            FROM events WHERE start_key BETWEEN -{MAX_KEY} AND {MAX_KEY} {ids_ok}"""
        low, high = self._index_query("SELECT min(rowid), max(rowid) FROM events")[0]
        if low is None or high - low < CHUNK_ROWS:
            # With the covering index idx_events_timeline a scan reads no titles or text and
            # rows come in start order: two halves split at the median start run at once on
            # two connections (SQLite releases the GIL while it scans).
            middle = self._median_start(high - low + 1) if high is not None else None
            if middle is None:
                queries = [(columns, list(lanes))]
            else:
                queries = [
                    (columns + " AND start_key < ?", [*lanes, middle]),
                    (columns + " AND start_key >= ?", [*lanes, middle]),
                ]
        else:  # strings of a few MB per column and chunk, whatever the size of the database
            queries = [
                (columns + " AND rowid >= ? AND rowid < ?", [*lanes, first, first + CHUNK_ROWS])
                for first in range(low, high + 1, CHUNK_ROWS)
            ]
        parts: list[list[np.ndarray]] = [[], [], [], [], []]
        for row in self._parallel(queries):
            if row[0] is None:
                continue
            for column, text in zip(parts, row, strict=True):
                column.append(np.fromstring(text, dtype=np.int64, sep=","))
        ids, start, end, lane, flag = (
            (p[0] if len(p) == 1 else np.concatenate(p)) if p else np.empty(0, np.int64)
            for p in parts
        )
        order = start_then_id(start, ids)  # the index's order breaks ties by end, not id
        if order is not None:
            ids, start, end, lane, flag = (c[order] for c in (ids, start, end, lane, flag))
        self.skipped = max(self.count() - len(ids), 0)
        lane, flag = lane.astype(np.int32), flag.astype(np.uint8)
        _or_flags(ids, flag, [m for m in (self._status_marks(ids), self._around_marks(ids)) if m])
        index = self._unreviewed[group] = self._fold_stories(
            EventIndex(ids, start, end, lane, flag, lane_names))  # fmt: skip
        index = reviewed.overlay_index(index, self.review_states(), group)
        if group == "lane":
            self.keep_pyramid(index)
        return index

    def keep_pyramid(self, index: EventIndex) -> None:
        """Keep the pyramid the next open paints its first frame from, with the windowed
        frames' data when the index is the table's rows but its folded stories and reviews."""
        if len(index) < pyramid_cache.PYRAMID_MIN_EVENTS or self._identity is None:
            return
        windowable = self.skipped == 0 and len(index.lanes) < MAX_LANES and self._integer_ids()
        states = self.review_states()  # read again when written: still the file's?
        folds, ids = self._story_folds(), np.fromiter(states, np.int64)
        sources, again = functools.partial(read_sources, self._index_query), self._read_reviews
        keep_pyramid.keep(self.path, self._identity, index, windowable, folds, ids, sources,
                          (again, states))  # fmt: skip

    # -- a review change laid over the indexes held (db.store.review_patch) -------------------

    def held_indexes(self) -> dict[str, tuple[EventIndex, EventIndex | None]]:
        """Each grouping whose whole index is held in memory, as (the index, its load before
        the reviews were laid over it: None if not kept): what a review change is laid over."""
        held = self._frames.held()
        return {group: (index, self._unreviewed.get(group)) for group, index in held.items()}

    def hold_indexes(self, groups: tuple[str, ...]) -> None:
        """Load the whole index of `groups` (seconds for a million events: on a worker)."""
        for group in groups:
            self._frames.index(group)

    def reviews_now(self) -> dict[int, ReviewState]:
        """The reviews table read again, on the connection of the reads that wait for no one (a
        click's: no search's wait); `review_states` answers as before until `lay_over`."""
        with self._at_once.reading():
            return reviewed.read_states(self._read_reviews)

    def lay_over(
        self,
        states: dict[int, ReviewState],
        indexes: dict[str, EventIndex],
        carry: Callable[[MemoryFrame, MemoryFrame], None],
    ) -> None:
        """Hold `states` and the `indexes` they were laid over in place of those held (a frame
        made next gets what `carry(old, new)` carries over of its query's old one); windowed
        frames are given up (their data were kept with the reviews as they were) and the
        file's identity taken again, for the pyramid kept next (keep_pyramid)."""
        self._reviews = states
        self._frames.replace(indexes, carry)
        self._windows.stop()
        self._identity = pyramid_cache.identity(self.path)

    def _status_marks(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """The ids of the planned and negated events and their PLANNED or NEGATED bit: the few
        such events come from a partial index (schema.STATUS_INDEX), not the covering scan."""
        if not self._v2_columns or not len(ids):
            return None
        ids_text, bits_text = self._index_query(
            f"SELECT group_concat(CAST(id AS INTEGER)), group_concat(CASE status WHEN 'planned' "
            f"THEN {PLANNED} ELSE {NEGATED} END) FROM events "
            f"WHERE {schema.STATUS_DRAWN} AND CAST(id AS INTEGER) = id"  # ids the index loads
        )[0]
        if ids_text is None:
            return None
        marked = np.fromstring(ids_text, dtype=np.int64, sep=",")
        return marked, np.fromstring(bits_text, dtype=np.int64, sep=",").astype(np.uint8)

    def _around_marks(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """The ids of the events placed around their report's publication day, with IMPRECISE
        (schema.AROUND_INDEX); a file without that index has none."""
        if not self._v2_columns or not len(ids):
            return None
        if not self._index_query(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'idx_events_around'"
        ):
            return None
        ids_text = self._index_query(
            f"SELECT group_concat(CAST(id AS INTEGER)) FROM events "
            f"WHERE {schema.AROUND_DRAWN} AND CAST(id AS INTEGER) = id"
        )[0][0]
        if ids_text is None:
            return None
        marked = np.fromstring(ids_text, dtype=np.int64, sep=",")
        return marked, np.full(len(marked), IMPRECISE, np.uint8)

    def load_reported(self, index: EventIndex) -> np.ndarray:
        """The day each event of `index` was first reported (EventIndex.reported, UNREPORTED
        where unknown): the `reported_key` a version 2 import wrote, or for a version 1 file the
        publication date of each event's article (read through the article index)."""
        return self.reported_days(index.ids)

    def reported_days(self, wanted: np.ndarray) -> np.ndarray:
        """load_reported's days of the events `wanted` (ids), in their order."""
        ids_sql, ids_ok = (
            ("e.id", "") if self._integer_ids() else
            ("CAST(e.id AS INTEGER)", "AND CAST(e.id AS INTEGER) = e.id")
        )  # fmt: skip
        if "reported_key" in self._columns:
            row = self._index_query(
                f"SELECT group_concat({ids_sql}), group_concat(CAST(e.reported_key AS INTEGER)) "
                f"FROM events e WHERE e.reported_key BETWEEN -{MAX_KEY} AND {MAX_KEY} {ids_ok}"
            )[0]
            ids, days = (_ints(text) for text in row)
        else:
            day_key = functools.cache(schema.reported_key)  # many articles share a day
            published = {
                aid: key
                for aid, text in self._index_query(
                    "SELECT id, CAST(published AS TEXT) FROM articles "
                    "WHERE published IS NOT NULL AND typeof(id) = 'integer'"
                )
                if (key := day_key(text)) is not None
            }
            # A range on the article index (numbers only: text sorts after them).
            row = self._index_query(
                f"SELECT group_concat({ids_sql}), group_concat(CAST(e.article_id AS INTEGER)) "
                f"FROM events e WHERE e.article_id BETWEEN -{MAX_KEY} AND {MAX_KEY} {ids_ok}"
            )[0]
            ids, days = days_of_articles(_ints(row[0]), _ints(row[1]), published)
        return align_reported(wanted, ids, days)

    # -- stories: the reports of one happening drawn once (db.store.stories) --------------------

    def has_stories(self) -> bool:
        """Does the file have events.story_id (version 2)? A version 1 file has no stories."""
        return "story_id" in self._columns

    def stories(self) -> Stories | None:
        """The stories of several reports, with the reviews' splits and joins; None without."""
        if not self.has_stories():
            return None
        if self._stories is None:
            self._stories = read_stories(
                lambda sql, params: self._index_query(sql, params), self.review_states()
            )
        return self._stories

    def _story_folds(self) -> np.ndarray:
        """(report, the report drawn for its story) of every report folded, sorted by report."""
        if self._folds is None:
            stories = self.stories()
            pairs = (stories.fold(hidden_reports(self.review_states())) if stories is not None
                     else np.empty((0, 2), np.int64))  # fmt: skip
            self._folds = pairs[np.argsort(pairs[:, 0], kind="stable")]
        return self._folds

    def _fold_stories(self, index: EventIndex) -> EventIndex:
        folds = self._story_folds()
        stories = self.stories()
        if stories is None or not len(folds):
            return index
        folded = folds[folds[:, 0] != folds[:, 1]]  # the reports not drawn, with their day
        return replace(
            fold_stories(index, folds),
            folded=np.stack([folded[:, 1], stories.day_of(folded[:, 0])], 1),
        )

    def reports(self, event_id: int) -> list[ReportBrief]:
        """Every report of the event's story (itself included), first published first; [] when
        it is its own story. Each says its review (a rejected or merged one stands for nothing)."""
        stories = self.stories()
        ids = stories.reports_of(event_id) if stories is not None else []
        if not ids:
            return []
        rows = {r[0]: r for r in self._query(
            f"""SELECT e.id, e.article_id, coalesce({_TEXT.format("a.headline")}, ''),
                      {_TEXT.format("a.source")}, {_TEXT.format("a.published")}
               FROM events e LEFT JOIN articles a ON a.id = e.article_id
               WHERE e.id IN (SELECT value FROM json_each(?))""",
            (json.dumps(ids),),
        )}  # fmt: skip
        states = self.review_states()
        return [
            ReportBrief(
                r[0], int_or_none(r[1]), r[2], r[3], r[4], reviewed.brief_review(states.get(r[0]))
            )
            for r in (rows[i] for i in ids if i in rows)
        ]

    def _integer_ids(self) -> bool:
        """Is events.id the table's INTEGER PRIMARY KEY (an alias of the rowid)?"""
        pk = self._index_query(
            "SELECT name, upper(type) FROM pragma_table_info('events') WHERE pk > 0"
        )
        return len(pk) == 1 and pk[0][0] == "id" and pk[0][1] == "INTEGER"

    def _median_start(self, rows: int) -> int | None:
        """The median start key, read from the covering index; None when there is no point."""
        if rows < PARALLEL_ROWS or not self._index_query(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'idx_events_timeline'"
        ):
            return None
        found = self._index_query(
            "SELECT start_key FROM events INDEXED BY idx_events_timeline "
            "WHERE start_key IS NOT NULL ORDER BY start_key LIMIT 1 OFFSET ?",
            (rows // 2,),
        )
        middle = found[0][0] if found else None
        return int(middle) if isinstance(middle, int | float) and abs(middle) <= MAX_KEY else None

    def _parallel(self, queries: list[tuple[str, list]]) -> list[tuple]:
        """Run independent one-row queries, the first on this connection and the others each on
        a connection of its own in a thread; results in the order of `queries`."""
        if len(queries) == 1:
            return [self._index_query(*queries[0])[0]]
        results: list[tuple | BaseException | None] = [None] * len(queries)

        def run(i: int, sql: str, params: list) -> None:
            def read() -> tuple:  # as _query's, on a connection of its own
                with time_limit(conn, ro.INDEX_BUDGET_S, _INDEXING, self.path, self._own):
                    return conn.execute(sql, params).fetchone()

            try:
                conn = connect_like(self._conn, self.path)
                try:
                    results[i] = self._own.run(read)
                finally:
                    conn.close()
            except READ_ERRORS as exc:
                results[i] = _explain(exc, self.path)
            except TimelineError as exc:
                results[i] = exc

        threads = [
            threading.Thread(target=run, args=(i, sql, params), daemon=True)
            for i, (sql, params) in enumerate(queries[1:], 1)
        ]
        for thread in threads:
            thread.start()
        results[0] = self._index_query(*queries[0])[0]
        for thread in threads:
            thread.join()
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return results  # type: ignore[return-value]

    # -- text for what is on screen ------------------------------------------------------------

    def titles(self, ids: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in range(0, len(ids), 500):
            part = [int(i) for i in ids[chunk : chunk + 500] if fits_int64(int(i))]
            marks = ",".join("?" * len(part))
            out.update(
                self._query(
                    f"SELECT id, coalesce(CAST(title AS TEXT), '') FROM events "
                    f"WHERE id IN ({marks})",
                    part,
                    what="reading titles",
                )
            )
        for event_id, state in self.review_states().items():
            if state.title is not None and event_id in out:
                out[event_id] = state.title
        return out

    def event(self, event_id: int, *, wait: bool = True) -> EventDetail | None:
        """The event with its article; `wait=False`: DatabaseLockedError at once, rather than
        after BUSY_TIMEOUT, while another program holds the file's write lock."""
        if not wait:
            with self._at_once.reading():
                return self.event(event_id)
        if not fits_int64(event_id):
            return None  # no SQLite integer: no such row
        rows = self._query(
            f"""SELECT id, {_TEXT.format("title")}, {_TEXT.format("text")},
                      {_TEXT.format("start")}, {_TEXT.format('"end"')},
                      {_TEXT.format("precision")}, coalesce(CAST(lane AS TEXT), ''),
                      {_TEXT.format("kind")}, article_id, span_start, span_end, caption_id,
                      {_TEXT.format("data")}, {self._v2_sql()}
               FROM events WHERE id = ?""",
            (int(event_id),),
        )
        if not rows:
            return None
        eid, kind = rows[0][0], rows[0][7]
        more: dict[str, Any] = {"reports": self.reports(eid)}
        if not self._v2_columns:  # an article's event from before imports recorded it
            more["provenance"] = {NOT_RECORDED: 1} if kind == "sentence" else None
        detail = event_detail(rows[0], self.article, **more)
        state = self.review_states().get(eid)
        if state is not None and state.merged:  # the merged events' titles, for the panel
            titles = self.titles([i for i, _ in state.merged])
            state = replace(state, merged=tuple((i, titles.get(i, "")) for i, _ in state.merged))
        return reviewed.overlay_detail(detail, state)

    def _v2_sql(self, prefix: str = "") -> str:
        """The status and provenance columns (of the table alias `prefix`, "e."), or NULLs in a
        version 1 file."""
        if self._v2_columns:
            return f"{_TEXT.format(prefix + 'status')}, {_TEXT.format(prefix + 'provenance')}"
        return "NULL, NULL"

    def article(self, article_id: int) -> ArticleDetail | None:
        if not fits_int64(article_id):
            return None  # no SQLite integer: no such row
        rows = self._query(
            "SELECT id, "
            + ", ".join(
                _TEXT.format(c)
                for c in ("headline", "published", "source", "url", "categories", "body")
            )
            + " FROM articles WHERE id = ?",
            (int(article_id),),
        )
        if not rows:
            return None
        captions = self._query(
            f"SELECT id, {_TEXT.format('text')}, {_TEXT.format('credit')}, "
            f"{_TEXT.format('image')} FROM captions WHERE article_id = ? "
            "ORDER BY position, id",
            (rows[0][0],),
        )
        return article_detail(rows[0], captions)

    def count(self) -> int:
        return self._index_query("SELECT count(*) FROM events")[0][0]

    def data_version(self) -> int:
        """Changes when another connection commits to the file (for live reload).

        Polled from the UI thread, so it never waits for another program's write lock: while
        one is held it raises DatabaseUnavailableError at once (the file is not done changing).
        Read on the connection of the reads that do not wait (always that one: each connection
        counts its own versions), whose lock a search's SQL on the store's own connection does
        not hold: polled every second, it froze the window for the rest of a search's statement.
        """
        try:
            with self._at_once.reading():
                conn, lock = self._at_once.pick(self._conn, self._lock)
                with lock:  # its busy_timeout is 0: a held write lock raises at once
                    return int(conn.execute("PRAGMA data_version").fetchone()[0])
        except READ_ERRORS as exc:
            raise _explain(exc, self.path) from exc

    def export_records(self, which: ExportFilter) -> Iterator[dict[str, Any]]:
        """Events with their article and caption, with their reviewed values, by start, a page
        at a time; rejected events left out unless `which` names them (db.store.timeline_export)."""
        return self._export.records(which)

    def timeline_meta(self) -> dict[str, Any]:
        try:
            rows = self._query("SELECT value FROM meta WHERE key = 'timelinejs'")
        except TimelineError:
            return {}
        return json_object(rows[0][0]) if rows else {}

    def brief(self, event_id: int, *, wait: bool = True) -> EventBrief | None:
        """An event's title and date (a tooltip's; `wait` as for `event`)."""
        if not wait:
            with self._at_once.reading():
                return self.brief(event_id)
        if not fits_int64(event_id):
            return None  # no SQLite integer: no such row
        rows = self._query(
            f"SELECT {_BRIEF} FROM events WHERE id = ?",
            (int(event_id),),
        )
        if not rows:
            return None
        return reviewed.overlay_brief(EventBrief(*rows[0]), self.review_states().get(rows[0][0]))

    def article_events(self, article_id: int, *, wait: bool = True) -> list[EventBrief]:
        """The events dated from one article, in date order (`wait` as for `event`)."""
        if not wait:
            with self._at_once.reading():
                return self.article_events(article_id)
        if not fits_int64(article_id):
            return []  # no SQLite integer: no such row
        rows = self._query(
            f"SELECT {_BRIEF} FROM events WHERE article_id = ? ORDER BY start_key, id",
            (int(article_id),),
        )
        states = self.review_states()
        return [reviewed.overlay_brief(EventBrief(*r), states.get(r[0])) for r in rows]

    def search(self, text: str, limit: int = 500, marks: int = 50_000) -> SearchResult:
        """Full-text search over event titles and sentences, headlines, article text, captions
        (see db.store.fts_search.search), within the search time limit. The index is of the
        imported text: a hit shows its reviewed title and date, a reviewed title is not searched."""
        result = self._stories_found(
            fts_search.search(
                lambda sql, params: self._query(sql, params, *_SEARCHING),
                TimelineError,  # what _query makes of text that is no valid FTS5 query
                _SEARCH_HITS,
                text,
                limit,
                marks,
                terms=not marks and term_tables(*self._at_once.pick(self._conn, self._lock)),
            )
        )
        states = self.review_states()
        if not states or not any(h.event_id in states for h in result.hits):
            return result
        return replace(
            result, hits=[reviewed.overlay_hit(h, states.get(h.event_id)) for h in result.hits]
        )

    def _stories_found(self, result: SearchResult) -> SearchResult:
        """A hit on a report that is not drawn (a story is drawn once) stands for its story:
        found and marked as the story's drawn report, with its own snippet. The folds (reviews
        applied) are read once, so mapping 50,000 marks is a binary search, not a lookup each."""
        folds = self._story_folds() if self.has_stories() else None
        if folds is None or not len(folds):
            return result

        def drawn(ids: np.ndarray) -> np.ndarray:
            at = np.minimum(np.searchsorted(folds[:, 0], ids), len(folds) - 1)
            return np.where(folds[at, 0] == ids, folds[at, 1], ids)

        hit_ids, marked = np.asarray([h.event_id for h in result.hits], np.int64), result.marked
        hits_as, marked_as = drawn(hit_ids), drawn(np.asarray(marked, np.int64))
        if np.array_equal(hits_as, hit_ids) and np.array_equal(marked_as, marked):
            return result
        hits, seen = [], set()
        for hit, eid in zip(result.hits, hits_as.tolist(), strict=True):
            if eid not in seen:
                seen.add(eid)
                hits.append(dataclasses.replace(hit, event_id=eid))
        return dataclasses.replace(result, hits=hits, marked=unique_ids(marked_as))


_SEARCHING, _INDEXING = ("SEARCH_BUDGET_S", "searching"), "reading the events' dates and lanes"
# The hits of a search: only events on the timeline (the index's rule), as a NULL key cannot be
# sorted.
_SEARCH_HITS = f"""SELECT e.id, CAST(e.start_key AS INTEGER), coalesce(CAST(e.start AS TEXT), ''),
        coalesce(CAST(e.precision AS TEXT), 'day'), coalesce(CAST(e.title AS TEXT), ''),
        CAST(a.headline AS TEXT)
    FROM events e LEFT JOIN articles a ON a.id = e.article_id
    WHERE e.id IN ({{marks}}) AND e.start_key BETWEEN -{MAX_KEY} AND {MAX_KEY}"""


# A column read as text whatever another tool stored in it (numbers, bytes); NULL stays NULL.
_TEXT = "CAST({} AS TEXT)"
_BRIEF = (
    "id, coalesce(CAST(title AS TEXT), ''), coalesce(CAST(start AS TEXT), ''), "
    "CAST(\"end\" AS TEXT), coalesce(CAST(precision AS TEXT), 'day'), "
    "coalesce(CAST(lane AS TEXT), '')"
)


def _ints(text: str | None) -> np.ndarray:
    """A group_concat of integers as an array (None: no rows)."""
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.empty(0, np.int64)


def _or_flags(
    ids: np.ndarray, flags: np.ndarray, marks: list[tuple[np.ndarray, np.ndarray]]
) -> None:
    """OR each mark's bits into `flags` (in place) at the positions of its ids in `ids` (ids
    not loaded are passed over); `ids` sorted once for all of them."""
    if not marks:
        return
    order = np.argsort(ids, kind="stable")
    by_id = ids[order]
    for marked, bits in marks:
        at = np.searchsorted(by_id, marked)
        found = at < len(ids)
        found[found] &= by_id[at[found]] == marked[found]
        flags[order[at[found]]] |= bits[found]
