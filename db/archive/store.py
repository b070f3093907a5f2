"""`DatasetStore`: a dataset folder (db.archive.dataset) as an `EventStore`, read-only.

Frames are `PyramidFrame`s (db.windowed.frame). Events, articles and captions by id come from
DuckDB over the Parquet files, through the folder's catalog opened read-only; search from the
FTS5 sidecar. Nothing is loaded whole but the manifest and the long events' keys (for coverage):
opening a dataset costs the same whatever its size.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from db.errors import AsOfUnavailableError, TimelineError
from db.store.frame import FrameQuery, RecentFrames
from db.store.model import (
    DETAIL_COLUMNS,
    EXPORT_FIELDS,
    UNREPORTED,
    ArticleDetail,
    Capabilities,
    EventBrief,
    EventDetail,
    ExportFilter,
    SearchResult,
    TableMapping,
    article_detail,
    event_detail,
    unique_ids,
)
from db.text import json_object
from db.windowed.filter import WindowFilter
from db.windowed.frame import PyramidFrame
from db.windowed.memory_counts import MemoryCounts

from . import dataset as ds
from . import warm_search, window_sql
from .by_source import counts_of
from .grouped_counts import GroupedCounts, no_report_days
from .id_index import IdIndex
from .kept_titles import KeptTitles
from .long_keys import GROUPED_SQL, LongKeys
from .pyramid import Counts, Pyramid
from .search import Sidecar
from .search_records import IDS, RECORDS, open_records
from .search_records import rows as indexed_rows

FRAMES_KEPT = 4
LITERAL_IDS = 2000  # fetch_ids lists at most this many ids in its SQL, more are joined
TITLES_KEPT = 200_000  # titles fetched with windows, kept for the labels asked for next
_EVENTS = (
    "(SELECT * FROM short_events WHERE {w} "
    "UNION ALL SELECT * EXCLUDE (dclass) FROM long_events WHERE {w})"
)
_ROW = (
    'id, title, text, start, "end", precision, lane, kind, article_id, caption_id, span_start, '
    "span_end, data, start_key"
)


class DatasetError(TimelineError):
    """A dataset folder that cannot be read."""


class NoReportDays(DatasetError, AsOfUnavailableError):
    """An "as known on" cut asked of a dataset written before report days were kept."""


class DatasetStore:
    """A read-only dataset. Safe to share between threads (a DuckDB cursor per thread)."""

    capabilities = Capabilities(
        searchable=True, has_articles=True, groupings=("lane",), searches_at_once=True
    )
    mapping: TableMapping | None = None

    def __init__(self, root: str | Path) -> None:
        self.path = Path(root)
        try:
            self.manifest = ds.read_manifest(self.path)
            if self.manifest.get("format_version") not in ds.READABLE_VERSIONS:
                raise DatasetError(
                    f"{self.path.name} is a dataset of format version "
                    f"{self.manifest.get('format_version')}; this viewer reads version "
                    f"{ds.FORMAT_VERSION}. Convert the database again."
                )
            self.lanes: tuple[str, ...] = tuple(self.manifest["lanes"])
            self.pyramid = Pyramid(self.path, len(self.lanes))
            self._db = duckdb.connect(
                str(self.path / ds.CATALOG),
                read_only=True,
                config={"file_search_path": str(self.path)},
            )
            # Each Parquet file's footer parsed once, not at every query: a window reads ten
            # files (its year's and the long classes'), ~1 ms of CPU each without the cache.
            # (DuckDB 2 ignores the older enable_object_cache; this one needs the extension
            # loaded, so it is set after connecting.)
            self._db.execute("SET GLOBAL parquet_metadata_cache = true")
            self._sidecar = Sidecar(self.path / ds.SEARCH)
            self.grouped = GroupedCounts(self.path, self.manifest, self.pyramid.all)
            self.id_index = IdIndex.open(self.path, self.manifest)  # None: fetch_ids reads
            self.search_records = open_records(self.path, self.manifest, self.id_index)
        except (OSError, ValueError, KeyError, duckdb.Error) as exc:
            raise DatasetError(f"{self.path.name} is not a readable dataset: {exc}") from exc
        self.skipped = int(self.manifest["counts"]["skipped"])
        # Datasets converted before events had a status and provenance lack those columns.
        self._v2_columns = "provenance" in self.manifest.get("event_columns", ())
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()
        self._frames: RecentFrames[PyramidFrame] = RecentFrames(FRAMES_KEPT)
        self._titles = KeptTitles(TITLES_KEPT)  # the titles fetched with windows
        if self.grouped.version2:
            self.capabilities = replace(self.capabilities, groupings=("lane", "source"))
        # The long events' keys by (column, where): see long_keys.
        self._long_kept: dict[WindowFilter, LongKeys] = {}

    # -- DuckDB --------------------------------------------------------------------------------

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            cursor = self._local.cursor = self._db.cursor()
            with self._lock:
                self._cursors.append(cursor)
        return cursor

    def _run(self, sql: str, params: list | None = None) -> duckdb.DuckDBPyConnection:
        try:
            return self._cursor().execute(sql, params or [])
        except duckdb.Error as exc:
            raise DatasetError(f"reading {self.path.name}: {exc}") from exc

    def query_all(
        self,
        columns: str,
        where: str,
        params: list | None = None,
        order: str | None = None,
        numpy: bool = False,
    ) -> Any:
        """`columns` of every event (short and long) matching `where`, optionally ordered."""
        sql = "SELECT " + columns + " FROM " + _EVENTS.format(w=where)
        if order:
            sql += " ORDER BY " + order
        cursor = self._run(sql, (params or []) * 2)
        return cursor.fetchnumpy() if numpy else cursor.fetchall()

    def long_keys(
        self, low: int | None = None, high: int | None = None, which: WindowFilter | None = None
    ) -> LongKeys:
        """The long events' keys as coverage counts them (db.windowed.long_keys: each lane's
        distinct starts and ends with running totals; 174,000 keys for the 2.5 million long
        events of 100M). With `low` or `high` only the events overlapping [low, high), read
        again (a frame limited to dates). By `which`'s grouping (lanes by lane or by source)
        and only the events it holds (negated events hidden, a cut by report day: its lanes and
        range are not used), kept per `which`."""
        everything = low is None and high is None
        key = replace(which or WindowFilter(), lanes=None, start=None, end=None)
        with self._lock:
            found = self._long_kept.get(key) if everything else None
        if found is not None:
            return found
        column = window_sql.column_of(key)
        where = window_sql.where_of(replace(key, start=low, end=high))
        rows = self._run(GROUPED_SQL.format(column=column, where=where)).fetchnumpy()
        n_lanes = len(self.lanes_of(key.group))
        found = LongKeys(
            np.asarray(rows["lane"], np.int64), np.asarray(rows["key"], np.int64),
            np.asarray(rows["starts"], np.int64), np.asarray(rows["ends"], np.int64), n_lanes,
        )  # fmt: skip
        if everything:
            with self._lock:
                self._long_kept[key] = found
        return found

    def _files_holding(
        self, low: int, high: int, kinds: tuple[str, ...] = ("partitions", "long_partitions")
    ) -> list[tuple[str, int, int]]:
        """The files whose events can start in [low, high] (a short event is in its start
        year's file, a long one in its duration class's), each with that range clipped to it."""
        return [
            (p["file"], max(low, int(p["min"])), min(high, int(p["max"])))
            for kind in kinds
            for p in self.manifest[kind]
            if p["min"] <= high and low <= p["max"]
        ]

    def fetch_window(
        self, lane_nos: list[int], a: int, b: int, where: str, column: str = "lane_no"
    ) -> dict[str, np.ndarray]:
        """Lanes' events overlapping [a, b) in start order, from the year partitions that can
        hold them (short events start at most LONG before a) and each duration class's table
        (its events start at most its longest duration before a); their titles are kept."""
        parts, params = [], []
        m = self.manifest
        for p in m["partitions"]:
            if p["max"] >= a - ds.LONG and p["min"] < b:
                parts.append((p["file"], a - ds.LONG))
        for p in m["long_partitions"]:
            reach = 2 ** (int(p["dclass"]) + 1)
            if p["max"] >= a - reach and p["min"] < b:
                parts.append((p["file"], a - reach))
        if not parts:
            return _rows({})
        selects = []
        for file, low in parts:
            selects.append(
                f"SELECT id, {column} AS lane_no, start_key, end_key, flags, title "
                f"FROM read_parquet('{file}') WHERE {column} IN ({', '.join(map(str, lane_nos))}) "
                f"AND start_key >= ? AND start_key < ? AND end_key > ? AND {where}"
            )
            params += [low, b, a]
        found = self._run(" UNION ALL ".join(selects), params).fetchnumpy()
        rows = _rows(found)
        self._titles.add(rows["id"], found["title"])
        order = np.lexsort((rows["id"], rows["start_key"]))
        return {k: v[order] for k, v in rows.items()}

    def records_by_id(self, ids: np.ndarray) -> dict[str, np.ndarray] | None:
        """Of `ids`, the records by id (memory-mapped, db.archive.id_index; a search's event
        hits from their own small file, db.archive.search_records), unfiltered: the frame
        filters them in numpy. None for a dataset without them (fetch_ids then reads)."""
        if self.id_index is None:
            return None
        return indexed_rows(self.id_index, self.search_records, ids)

    def fetch_ids(
        self, ids: np.ndarray, where: str, column: str = "lane_no"
    ) -> dict[str, np.ndarray]:
        """Of `ids`, the events matching `where`, in start order. The sidecar knows each id's
        start: only the files holding those starts are read, and in each only the row groups
        between the lowest and the highest (Parquet statistics), not every file's ids."""
        known, starts = self._sidecar.starts(unique_ids(ids).tolist())
        if not len(known):
            return _rows({})
        if len(known) == 1:  # a click's: most events are short, in their year's file alone
            found = self._ids_in(known, starts, where, ("partitions",), column)
            if len(found["id"]):
                return found
            return self._ids_in(known, starts, where, ("long_partitions",), column)
        return self._ids_in(known, starts, where, ("partitions", "long_partitions"), column)

    def _ids_in(
        self, known: np.ndarray, starts: np.ndarray, where: str, kinds: tuple[str, ...],
        column: str = "lane_no",
    ) -> dict[str, np.ndarray]:  # fmt: skip
        few = len(known) <= LITERAL_IDS
        selects, params = [], []
        for file, low, high in self._files_holding(int(starts.min()), int(starts.max()), kinds):
            inside = (starts >= low) & (starts <= high)
            if not inside.any():
                continue
            if few:  # literals (integers): DuckDB skips the row groups no start can be in
                keys = f"start_key IN ({_ints(starts[inside])}) AND id IN ({_ints(known[inside])})"
            else:  # a join, its starts' range skipping what row groups it can
                keys = "start_key BETWEEN ? AND ? AND id IN (SELECT wanted FROM wanted_ids)"
                params += [int(starts[inside].min()), int(starts[inside].max())]
            selects.append(
                f"SELECT id, {column} AS lane_no, start_key, end_key, flags "
                f"FROM read_parquet('{file}') WHERE {keys} AND {where}"
            )
        if not selects:
            return _rows({})
        sql = f"SELECT * FROM ({' UNION ALL '.join(selects)}) ORDER BY start_key, id"
        if few:
            return _rows(self._run(sql, params).fetchnumpy())
        cursor = self._cursor()
        try:
            cursor.register("wanted_ids", pa.table({"wanted": pa.array(known, pa.int64())}))
            return _rows(cursor.execute(sql, params).fetchnumpy())
        except duckdb.Error as exc:
            raise DatasetError(f"reading {self.path.name}: {exc}") from exc
        finally:
            cursor.unregister("wanted_ids")

    # -- the windowed frame's Source (db.windowed.frame): its filter as DuckDB terms ------------

    def count_events(self, which: WindowFilter) -> int:
        return int(self.query_all("count(*)", window_sql.where_of(which))[0][0] or 0)

    def event_span(self, which: WindowFilter) -> tuple[int, int] | None:
        low, high = self.query_all("min(start_key), max(end_key)", window_sql.where_of(which))[0]
        return None if low is None else (int(low), int(high))

    def window_events(
        self, which: WindowFilter, lane_nos: list[int], a: int, b: int
    ) -> dict[str, np.ndarray]:
        where, column = window_sql.where_of(which), window_sql.column_of(which)
        return self.fetch_window(lane_nos, a, b, where, column)

    def events_by_id(self, which: WindowFilter, ids: np.ndarray) -> dict[str, np.ndarray]:
        return self.fetch_ids(ids, window_sql.where_of(which), window_sql.column_of(which))

    def first_event(
        self, which: WindowFilter, forward: bool, after: tuple[int, int | None] | None = None,
        offset: int = 0,
    ) -> tuple[Any, ...] | None:  # fmt: skip
        where, params = window_sql.where_of(which), []
        if after is not None:
            start, key = after
            past = ">" if forward else "<"
            if key is None:  # by start alone: at or after it, or before it
                where += f" AND start_key {'>=' if forward else '<'} ?"
                params = [int(start)]
            else:
                where += f" AND (start_key {past} ? OR (start_key = ? AND id {past} ?))"
                params = [int(start), int(start), int(key)]
        order = "start_key, id" if forward else "start_key DESC, id DESC"
        columns = f"id, {window_sql.column_of(which)} AS lane_no, start_key, end_key, flags"
        rows = self.query_all(columns, where, params, f"{order} LIMIT 1 OFFSET {int(offset)}")
        return rows[0] if rows else None

    def event_ids(self, which: WindowFilter) -> np.ndarray:
        rows = self.query_all("id", window_sql.where_of(which), None, "start_key, id", numpy=True)
        return np.asarray(rows["id"], np.int64)

    def reporting_rows(self, which: WindowFilter) -> dict[str, np.ndarray]:
        return self.query_all(
            f"{window_sql.column_of(which)} AS lane_no, start_key, end_key, flags, "
            f"coalesce(reported_key, {UNREPORTED}) AS reported",
            window_sql.where_of(which), None, "start_key, id", numpy=True,
        )  # fmt: skip

    # -- EventStore ----------------------------------------------------------------------------

    def frame(self, query: FrameQuery) -> PyramidFrame:
        problem = self.grouped.refuses(query)
        if problem:
            error = NoReportDays if query.as_of is not None else DatasetError
            raise error(f"{self.path.name}: {problem}")
        if query.lanes == self.lanes_of(query.group):
            query = replace(query, lanes=None)
        return self._frames.get(query, lambda q: PyramidFrame(self, q))

    # -- format version 2: lanes by source, negated events, report days (db.archive.by_source) --

    def lanes_of(self, group: str) -> tuple[str, ...]:
        """The lanes of a grouping ("lane" or "source")."""
        return self.grouped.sources if group == "source" else self.lanes

    def late_counts(self, column: str, as_of: int, hide: int) -> MemoryCounts:
        """The short events first reported after `as_of` (and not hidden by `hide`), counted by
        `column` and finest bucket: what an "as known on" frame takes off the pyramid."""
        where = f"reported_key > {int(as_of)} AND (flags & {int(hide)}) = 0"
        return self.grouped.late(
            (column, as_of, hide), lambda: MemoryCounts(self._count_short(column, where))
        )

    def _count_short(self, column: str, where: str) -> Counts:
        try:
            return counts_of(self._cursor(), "short_events", column, where)
        except duckdb.Error as exc:
            raise DatasetError(f"reading {self.path.name}: {exc}") from exc

    def titles(self, ids: list[int]) -> dict[int, str]:
        out = self._titles.get([int(i) for i in ids])
        missing = [int(i) for i in ids if int(i) not in out]
        if missing:
            out.update(self._sidecar.titles(missing))
        return out

    def _event_row(self, columns: str, event_id: int) -> tuple | None:
        """One event's columns, read from the files that can hold its start (the sidecar knows
        it), not from every file."""
        start = self._sidecar.start_of(event_id)
        if start is None:
            return None
        # Most events are short: their year's file first, the long classes' only if not there.
        for kinds in (("partitions",), ("long_partitions",)):
            files = [f for f, _low, _high in self._files_holding(start, start, kinds)]
            if not files:
                continue
            selects = " UNION ALL ".join(
                f"SELECT {_ROW}{', status, provenance' if self._v2_columns else ''} "
                f"FROM read_parquet('{f}') WHERE id = ? AND start_key = ?"
                for f in files
            )
            rows = self._run(
                f"SELECT {columns} FROM ({selects})", [int(event_id), start] * len(files)
            ).fetchall()
            if rows:
                return rows[0]
        return None

    def event(self, event_id: int, *, wait: bool = True) -> EventDetail | None:
        """`wait` is for SQLite's write locks: a dataset's files have none."""
        columns = ", ".join(f'"{c}"' for c in DETAIL_COLUMNS)
        row = self._event_row(
            f"{columns}, " + ("status, provenance" if self._v2_columns else "NULL, NULL"),
            event_id,
        )
        if row is None:
            return None
        return event_detail(row, self.article)

    def article(self, article_id: int) -> ArticleDetail | None:
        rows = self._run(
            "SELECT id, headline, published, source, url, categories, body "
            f"FROM read_parquet('{ds.ARTICLES}') WHERE id = ?",
            [int(article_id)],
        ).fetchall()
        if not rows:
            return None
        captions = self._run(
            f"SELECT id, text, credit, image FROM read_parquet('{ds.CAPTIONS}') "
            "WHERE article_id = ? ORDER BY position, id",
            [int(rows[0][0])],
        ).fetchall()
        return article_detail(rows[0], captions)

    def brief(self, event_id: int, *, wait: bool = True) -> EventBrief | None:
        found = self._sidecar.briefs("e.id = ?", (int(event_id),))
        return found[0] if found else None

    def article_events(self, article_id: int, *, wait: bool = True) -> list[EventBrief]:
        return self._sidecar.briefs("e.article_id = ?", (int(article_id),))

    def search(self, text: str, limit: int = 500, marks: int = 50_000) -> SearchResult:
        return self._sidecar.search(text, limit, marks)

    def search_among(self, text: str, ids: np.ndarray) -> np.ndarray:
        return self._sidecar.search_among(text, ids)

    def data_version(self) -> int:
        """The manifest's modification time: a dataset changes only as a whole."""
        try:
            return (self.path / ds.MANIFEST).stat().st_mtime_ns
        except OSError as exc:
            raise DatasetError(f"{self.path.name}: {exc}") from exc

    def export_records(self, which: ExportFilter) -> Iterator[dict[str, Any]]:
        """As TimelineStore.export_records (one query: a dataset's exports are of what is shown;
        paging like the database's is left for archives too large for that)."""
        where: list[str] = ["true"]
        params: list[Any] = []
        if which.ids is not None:
            where.append("e.id IN (SELECT unnest(?::BIGINT[]))")
            params.append([int(i) for i in which.ids])
        if which.lanes is not None:
            where.append("e.lane IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(which.lanes))
        if which.start is not None:
            where.append("e.end_key > ?")
            params.append(int(which.start))
        if which.end is not None:
            where.append("e.start_key < ?")
            params.append(int(which.end))
        if which.as_of is not None:  # as the timeline database: unknown report days stay
            if not self.grouped.version2:
                raise NoReportDays(f"{self.path.name}: {no_report_days()}")
            where.append("(e.reported_key IS NULL OR e.reported_key <= ?)")
            params.append(int(which.as_of))
        rows = self._run(
            f"""SELECT e.id, e.title, e.text, e.start, e."end", e.precision, e.lane, e.kind,
                       e.data, a.source, a.headline, a.url, c.text, c.credit, c.image,
                       {"e.status, e.provenance" if self._v2_columns else "NULL, NULL"}
                FROM events e
                LEFT JOIN read_parquet('{ds.ARTICLES}') a ON a.id = e.article_id
                LEFT JOIN read_parquet('{ds.CAPTIONS}') c ON c.id = coalesce(e.caption_id,
                    (SELECT x.id FROM read_parquet('{ds.CAPTIONS}') x
                     WHERE x.article_id = e.article_id ORDER BY x.position, x.id LIMIT 1))
                WHERE {" AND ".join(where)} ORDER BY e.start_key, e.id""",
            params,
        ).fetchall()
        # By start, explicit ids too: as the timeline database exports them.
        for row in rows:
            yield dict(zip(EXPORT_FIELDS, row, strict=True))

    def timeline_meta(self) -> dict[str, Any]:
        return json_object(self.manifest.get("timelinejs"))

    def warm_search(self) -> threading.Thread:
        """Read ahead, on a thread of its own, what the first search would read cold
        (db.archive.warm_search): the indexed events' records, the searchers' connections; then
        what the first click would (warm_footers)."""
        records = [self.path / RECORDS, self.path / IDS] if self.search_records else []
        return warm_search.start(
            lambda: warm_search.read_ahead(records), self._sidecar.warm, self.warm_footers
        )

    def warm_footers(self) -> None:
        """What a first click reads cold besides its rows (db.archive.warm_search): its year
        file's footer read into the page cache; the articles', the captions' and the long
        classes' (small) parsed into DuckDB's metadata cache (parquet_metadata_cache) by a query
        whose filter no row group's statistics can hold (it reads no row group)."""
        m = self.manifest
        warm_search.read_footers(self.path / p["file"] for p in m["partitions"])
        small = [ds.ARTICLES, ds.CAPTIONS] + [p["file"] for p in m["long_partitions"]]
        for name in small:  # on this thread's cursor: closed with the store
            self._run(f"SELECT id FROM read_parquet('{name}') WHERE id < -1").fetchall()

    def close(self) -> None:
        with self._lock:
            cursors, self._cursors = self._cursors, []
        # A cursor busy on a worker (a window fetch in flight when a reload replaces the store)
        # refuses to close: it goes when its thread drops it, its result unused.
        for cursor in cursors:
            with contextlib.suppress(duckdb.Error):
                cursor.close()
        with contextlib.suppress(duckdb.Error):
            self._db.close()
        self._sidecar.close()


def _ints(values: np.ndarray) -> str:
    return ", ".join(str(int(v)) for v in np.unique(values))


def _rows(found: dict[str, Any]) -> dict[str, np.ndarray]:
    kinds = {
        "id": np.int64, "lane_no": np.int64, "start_key": np.int64, "end_key": np.int64,
        "flags": np.uint8,
    }  # fmt: skip
    return {c: np.asarray(found.get(c, []), t) for c, t in kinds.items()}
