"""Convert a timeline database into a dataset folder (the format: db.archive.dataset).

Events are read once, in start order, a chunk at a time, and written as they come: short events
into their start year's Parquet file (rows arrive sorted, so each year is written whole before the
next begins), long ones kept for their duration-class tables. The rows kept and their keys are the
ones the timeline store loads (db.store.timeline.load_index), so the dataset shows what the file
shows.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from db import schema
from db.errors import TimelineError
from db.lane_order import in_natural_order
from db.timekeys import PRECISION_RANK

from . import by_source, id_index
from . import dataset as ds
from .pyramid import write_pyramid
from .search import build_sidecar

RANGE, IMPRECISE, PUBLICATION, PLANNED, NEGATED = 1, 2, 4, 8, 16  # db.store.model's flag bits
CHUNK = 50_000  # rows a fetch
ROW_GROUP = 16_384  # Parquet rows a group: DuckDB skips groups by their start-key statistics

EVENT_SCHEMA_V1 = pa.schema(
    [
        ("id", pa.int64()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("start", pa.string()),
        ("end", pa.string()),
        ("precision", pa.string()),
        ("lane", pa.string()),
        ("kind", pa.string()),
        ("start_key", pa.int64()),
        ("end_key", pa.int64()),
        ("article_id", pa.int64()),
        ("caption_id", pa.int64()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("data", pa.string()),
        ("status", pa.string()),
        ("provenance", pa.string()),
        ("lane_no", pa.int32()),
        ("flags", pa.uint8()),
    ]
)
# Version 2's columns after version 1's (db.archive.by_source), the long tables' dclass last.
EVENT_SCHEMA = pa.schema([*EVENT_SCHEMA_V1, *by_source.FIELDS])
LONG_SCHEMA = EVENT_SCHEMA.append(pa.field("dclass", pa.int8()))

_INT = "CASE WHEN typeof({0}) = 'integer' THEN {0} END"  # what is not an integer is missing
_TEXT = "CAST({} AS TEXT)"
# The rows the timeline store loads: an integer id and a start key within +-MAX_KEY.
WHERE = f"e.start_key BETWEEN -{ds.MAX_KEY} AND {ds.MAX_KEY} AND CAST(e.id AS INTEGER) = e.id"


class ConvertError(TimelineError):
    """The output folder cannot take this conversion (another database's dataset, foreign)."""


Progress = Callable[[str, int, int], None]


def convert(source: str | Path, out: str | Path, progress: Progress | None = None) -> dict:
    """Write the dataset of timeline database `source` into folder `out`; returns the manifest
    with "unchanged": True when `out` already holds this very database's dataset."""
    source, out = Path(source), Path(out)
    conn = _open_source(source)
    try:
        digest = ds.source_hash(source)
        if ds.is_dataset(out):
            old = ds.read_manifest(out)
            same = old.get("source", {}).get("sha256") == digest
            if same and old.get("format_version") == ds.FORMAT_VERSION:
                return {**old, "unchanged": True}
            if not same:  # an older format of the same database is written again, over it
                raise ConvertError(_taken(out, old))
        if out.exists() and not out.is_dir():
            raise ConvertError(f"{out} is a file, not a folder.")
        if out.exists() and [p for p in out.iterdir() if p.name not in _OURS]:
            raise ConvertError(
                f"{out} is a folder with other files in it and no dataset manifest; convert "
                "into an empty folder."
            )
        out.mkdir(parents=True, exist_ok=True)
        for stale in [p for p in out.rglob("*") if p.is_file() and ".tmp" in p.name]:
            stale.unlink()  # an interrupted convert's half-written files
        manifest = _write(conn, source, out, progress or (lambda stage, done, total: None))
        manifest["source"] = {"name": source.name, "sha256": digest, "bytes": source.stat().st_size}
        manifest["id_index"] = id_index.write(out, manifest)
        ds.write_manifest(out, manifest)  # last: the dataset is complete
        return manifest
    finally:
        conn.close()


def _taken(out: Path, old: dict) -> str:
    """Why folder `out`, holding dataset `old` of something else, cannot take this one."""
    if old.get("source", {}).get("engine"):
        return f"{out} holds a dataset imported from files; convert into an empty folder."
    return (
        f"{out} already holds a dataset converted from another database "
        f"({old.get('source', {}).get('name')}, sha256 "
        f"{str(old.get('source', {}).get('sha256'))[:12]}…); convert into an empty "
        "folder, or delete that one first."
    )


_OURS = {
    ds.MANIFEST, ds.SEARCH, ds.CATALOG, ds.ARTICLES, ds.CAPTIONS, ds.PYRAMID, "events", "long",
    id_index.RECORDS, id_index.IDS,
}  # fmt: skip


def _open_source(source: Path) -> sqlite3.Connection:
    if not source.is_file():
        raise ConvertError(f"{source} is not a file.")
    conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        schema.check(conn, source)
    except schema.READ_ERRORS as exc:
        conn.close()
        raise ConvertError(f"cannot read {source.name}: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def flags_sql(v2: bool = True, around: bool = False) -> str:
    """The flag bits of an event row `e` in SQL; `v2`: it has a status column; `around`: its
    provenance marks events placed around their publication day (schema.around_drawn)."""
    coarse = ", ".join(f"'{p}'" for p, r in PRECISION_RANK.items() if r < PRECISION_RANK["day"])
    status = (
        f" | (CASE e.status WHEN 'planned' THEN {PLANNED} WHEN 'negated' THEN {NEGATED} ELSE 0 END)"
        if v2
        else ""
    )
    approximate = (
        f" | (CASE WHEN {schema.around_drawn('e.provenance')} THEN {IMPRECISE} ELSE 0 END)"
        if around
        else ""
    )
    return (
        f"""(CASE WHEN e."end" IS NOT NULL AND e."end" != '' THEN {RANGE} ELSE 0 END)"""
        f" | (CASE WHEN e.precision IN ('fuzzy', {coarse}) THEN {IMPRECISE} ELSE 0 END)"
        f" | (CASE WHEN e.kind = 'publication' THEN {PUBLICATION} ELSE 0 END)"
        + status
        + approximate
    )


def start_years(keys: np.ndarray) -> np.ndarray:
    """Proleptic Gregorian years of keys (numpy's datetime64 uses that calendar too)."""
    return keys.astype("datetime64[s]").astype("datetime64[Y]").astype(np.int64) + 1970


def _write(conn: sqlite3.Connection, source: Path, out: Path, progress: Progress) -> dict:
    lane_sql = "coalesce(CAST(lane AS TEXT), '')"
    lanes = in_natural_order(r[0] for r in conn.execute(f"SELECT DISTINCT {lane_sql} FROM events"))
    lane_no = {name: i for i, name in enumerate(lanes)}
    total_rows = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    start_sql = "CAST(e.start_key AS INTEGER)"
    end_sql = f"""CASE WHEN e.end_key > e.start_key AND e.end_key <= {ds.MAX_KEY}
                  THEN CAST(e.end_key AS INTEGER) ELSE {start_sql} END"""
    text = [_TEXT.format(f"e.{c}") for c in ("title", "text", "start", '"end"', "precision")]
    # status and provenance: a version 1 file has neither (NULL, as an upgrade leaves them)
    v2 = {"status", "provenance"} <= schema.table_columns(conn, "events")
    v2_sql = "CAST(e.status AS TEXT), CAST(e.provenance AS TEXT)" if v2 else "NULL, NULL"
    cursor = conn.execute(
        f"""SELECT CAST(e.id AS INTEGER), {", ".join(text)}, coalesce(CAST(e.lane AS TEXT), ''),
                   {_TEXT.format("e.kind")}, {start_sql}, {end_sql},
                   {
            ", ".join(
                _INT.format(f"e.{c}")
                for c in ("article_id", "caption_id", "span_start", "span_end")
            )
        },
                   {_TEXT.format("e.data")}, {v2_sql}, {flags_sql(v2, around=v2)},
                   {SOURCE_SQL}, {reported_sql(conn)}
            FROM events e WHERE {WHERE} ORDER BY e.start_key, e.id"""
    )
    sources, source_no = source_lanes(conn)
    days = ReportDays(conn)
    years = YearFiles(out)
    longs: list[pa.Table] = []
    mids: list[np.ndarray] = []
    mid_lanes: list[np.ndarray] = []
    mid_sources: list[np.ndarray] = []  # version 2: by source, and which are negated
    mid_negated: list[np.ndarray] = []
    source_cols: list[np.ndarray] = []  # (source number, start, end) of every event
    lane_stats = np.zeros((len(lanes), 3), np.int64)  # count, min start, max end
    lane_stats[:, 1], lane_stats[:, 2] = np.iinfo(np.int64).max, np.iinfo(np.int64).min
    done = 0
    try:
        while rows := cursor.fetchmany(CHUNK):
            columns = list(zip(*rows, strict=True))
            lane_col = np.array([lane_no[v] for v in columns[6]], np.int32)
            src_col = np.array([source_no[v] for v in columns[18]], np.int32)
            flag_col = np.asarray(columns[17], np.uint8)
            v1 = EVENT_SCHEMA_V1.types[:-2]
            table = pa.Table.from_arrays(
                [pa.array(c, t) for c, t in zip(columns, v1, strict=False)]
                + [pa.array(lane_col), pa.array(flag_col)]
                + [pa.array(columns[18], pa.string()), pa.array(src_col)]
                + [pa.array(days.of(columns[19], columns[10]), pa.int64())],
                schema=EVENT_SCHEMA,
            )
            start = np.asarray(columns[8], np.int64)
            end = np.asarray(columns[9], np.int64)
            negated = (flag_col & NEGATED) != 0
            source_cols.append(np.stack([src_col, start, end, lane_col, negated]).astype(np.int64))
            np.add.at(lane_stats[:, 0], lane_col, 1)
            np.minimum.at(lane_stats[:, 1], lane_col, start)
            np.maximum.at(lane_stats[:, 2], lane_col, end)
            long = (end - start) > ds.LONG
            if long.any():
                longs.append(table.filter(pa.array(long)))
            short = ~long
            s, e, la = start[short], end[short], lane_col[short]
            mids.append(s + (e - s) // 2)
            mid_lanes.append(la)
            mid_sources.append(src_col[short])
            mid_negated.append((flag_col[short] & NEGATED) != 0)
            years.write(table.filter(pa.array(short)), start_years(s))
            done += len(rows)
            progress("events", done, total_rows)
        years.close()
    finally:
        years.abandon()
    partitions = years.partitions

    long_parts = write_long(out, longs)
    progress("articles", 0, 1)
    _write_plain(conn, out / ds.ARTICLES, "articles", ARTICLE_COLUMNS)
    _write_plain(conn, out / ds.CAPTIONS, "captions", CAPTION_COLUMNS)
    progress("search", 0, 1)
    ds.write_atomic(out / ds.SEARCH, lambda temp: build_sidecar(temp, source, WHERE))
    progress("pyramid", 0, 1)
    all_mids = np.concatenate(mids) if mids else np.empty(0, np.int64)
    all_lanes = np.concatenate(mid_lanes) if mid_lanes else np.empty(0, np.int32)
    write_pyramid(out, all_mids, all_lanes, len(lanes))
    by_source.write_pyramids(
        out, all_mids, all_lanes, _joined(mid_sources, np.int32), _joined(mid_negated, bool),
        len(sources),
    )  # fmt: skip
    every = np.concatenate(source_cols, axis=1) if source_cols else np.empty((5, 0), np.int64)
    source_stats = by_source.lane_stats(every[0], every[1], every[2], len(sources))
    kept_rows = every[:, every[4] == 0]  # without the negated events: a frame hiding them
    shown = (
        by_source.lane_stats(kept_rows[3], kept_rows[1], kept_rows[2], len(lanes)),
        by_source.lane_stats(kept_rows[0], kept_rows[1], kept_rows[2], len(sources)),
    )
    negated_total = int(every[4].sum())
    ds.write_atomic(out / ds.CATALOG, lambda temp: write_catalog(temp, partitions, long_parts))
    kept = int(lane_stats[:, 0].sum())
    meta = conn.execute("SELECT value FROM meta WHERE key = 'timelinejs'").fetchall()
    return ds.new_manifest(
        counts={
            "events": kept,
            "short": int(len(all_mids)),
            "long": kept - int(len(all_mids)),
            "skipped": int(total_rows) - kept,
            "articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            "captions": conn.execute("SELECT count(*) FROM captions").fetchone()[0],
        },
        lanes=lanes,
        lane_stats=[(n, a, b) for n, a, b in lane_stats.tolist()],
        partitions=partitions,
        long_parts=long_parts,
        timelinejs=meta[0][0] if meta else None,
        by_source=by_source.manifest_part(sources, source_stats, negated_total, shown),
    )


# Version 2's columns (db.archive.by_source): the source a timeline database groups an event's
# lane by (its article's), and the day it was first reported.
SOURCE_SQL = "coalesce(CAST((SELECT source FROM articles a WHERE a.id = e.article_id) AS TEXT), '')"


def reported_sql(conn: sqlite3.Connection) -> str:
    """An event's report day as the timeline store reads it: `reported_key` where the file has
    one (a version 2 file), else NULL (ReportDays reads its article's publication date)."""
    if "reported_key" in schema.table_columns(conn, "events"):
        return (
            f"CASE WHEN e.reported_key BETWEEN -{ds.MAX_KEY} AND {ds.MAX_KEY} "
            "THEN CAST(e.reported_key AS INTEGER) END"
        )
    return "NULL"


class ReportDays:
    """The report days of a chunk of events: their own (`reported_key`), or in a file without
    that column their article's publication day, as db.store.timeline.load_reported reads them."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.published: dict[int, int] | None = None
        if "reported_key" not in schema.table_columns(conn, "events"):
            self.published = {
                aid: key
                for aid, text in conn.execute(
                    "SELECT id, CAST(published AS TEXT) FROM articles "
                    "WHERE published IS NOT NULL AND typeof(id) = 'integer'"
                )
                if (key := schema.reported_key(text)) is not None
            }

    def of(self, own: tuple, articles: tuple) -> list[int | None]:
        if self.published is None:
            return list(own)
        found = self.published
        return [None if a is None else found.get(a) for a in articles]


def source_lanes(conn: sqlite3.Connection) -> tuple[list[str], dict[str, int]]:
    """The lanes by source (db.archive.by_source.source_lanes) and each source's lane number,
    from the events' counts by source, as the timeline store folds them."""
    counts = dict(conn.execute(f"SELECT {SOURCE_SQL}, count(*) FROM events e GROUP BY 1"))
    return by_source.source_lanes(counts)


def _joined(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0, dtype)


class YearFiles:
    """Short events into their start year's Parquet file: rows come sorted by start, so a year is
    written whole (row groups of ROW_GROUP) and renamed into place when the next one begins."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.partitions: list[dict[str, Any]] = []  # the manifest's, as each year is done
        self._writer: pq.ParquetWriter | None = None
        self._state: dict[str, Any] = {}

    def write(self, table: pa.Table, years: np.ndarray) -> None:
        """Add `table`'s rows (EVENT_SCHEMA, by start, none before the rows already written),
        `years` being each row's start year."""
        keys = table.column("start_key").to_numpy()
        for year in np.unique(years).tolist():
            chosen = years == year
            part = table.filter(pa.array(chosen))
            year_keys = keys[chosen]
            if self._writer is None or self._state["year"] != year:
                self.close()
                final = self.out / ds.year_file(year)
                final.parent.mkdir(parents=True, exist_ok=True)
                temp = final.with_name(final.name + ".tmp")
                self._writer = pq.ParquetWriter(temp, EVENT_SCHEMA, compression="zstd")
                self._state = {
                    "temp": temp, "final": final, "file": ds.year_file(year), "year": year,
                    "rows": 0, "min": int(year_keys[0]),
                }  # fmt: skip
            self._writer.write_table(part, row_group_size=ROW_GROUP)
            self._state["rows"] += len(part)
            self._state["max"] = int(year_keys[-1])

    def close(self) -> None:
        """Finish the year being written (rename it into place)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
            self._state["temp"].replace(self._state["final"])
            self.partitions.append(
                {k: self._state[k] for k in ("file", "year", "rows", "min", "max")}
            )

    def abandon(self) -> None:
        """After an error: drop the year being written."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
            self._state["temp"].unlink(missing_ok=True)


def write_long(out: Path, longs: list[pa.Table]) -> list[dict[str, Any]]:
    """Long events by duration class, each class sorted by start: a window looks back at most
    one class's longest duration from its start."""
    if not longs:
        return []
    table = pa.concat_tables(longs)
    start = table.column("start_key").to_numpy()
    end = table.column("end_key").to_numpy()
    classes = np.floor(np.log2(np.maximum(end - start, 1).astype(np.float64))).astype(np.int8)
    table = table.append_column("dclass", pa.array(classes))
    parts = []
    for c in np.unique(classes).tolist():
        chosen = np.flatnonzero(classes == c)
        chosen = chosen[np.lexsort((table.column("id").to_numpy()[chosen], start[chosen]))]
        part = table.take(pa.array(chosen))
        name = ds.class_file(c)
        ds.write_atomic(
            out / name,
            functools.partial(write_table, part, row_group_size=ROW_GROUP),
        )
        keys = start[chosen]
        parts.append(
            {"file": name, "dclass": c, "rows": len(chosen), "min": int(keys[0]),
             "max": int(keys[-1])}
        )  # fmt: skip
    return parts


ARTICLE_COLUMNS = {
    "id": pa.int64(), "headline": pa.string(), "published": pa.string(), "source": pa.string(),
    "url": pa.string(), "categories": pa.string(), "body": pa.string(),
}  # fmt: skip
CAPTION_COLUMNS = {
    "id": pa.int64(), "article_id": pa.int64(), "position": pa.int64(), "text": pa.string(),
    "credit": pa.string(), "image": pa.string(),
}  # fmt: skip


def _write_plain(conn: sqlite3.Connection, path: Path, table: str, columns: dict) -> None:
    names = list(columns)
    select = ", ".join(
        _INT.format(f'"{c}"') if t == pa.int64() else _TEXT.format(f'"{c}"')
        for c, t in columns.items()
    )
    rows = conn.execute(f"SELECT {select} FROM {table} ORDER BY id").fetchall()
    data: list = list(zip(*rows, strict=True)) if rows else [[] for _ in names]
    arrow = pa.table(
        {n: pa.array(d, t) for n, d, t in zip(names, data, columns.values(), strict=True)}
    )
    # Small row groups: sorted by id, a look-up by id reads one group (Parquet statistics).
    ds.write_atomic(path, functools.partial(write_table, arrow, row_group_size=4096))


def write_table(table: pa.Table, path: Path, row_group_size: int | None = None) -> None:
    pq.write_table(table, path, compression="zstd", row_group_size=row_group_size)


def write_catalog(path: Path, partitions: list[dict], long_parts: list[dict]) -> None:
    """A DuckDB file of views over the Parquet files by relative paths: open it with the dataset
    as file_search_path (the store does, read-only), or from inside the folder."""
    con = duckdb.connect(str(path), config={"file_search_path": str(path.parent)})
    try:
        views = {  # files, columns, the column DuckDB adds from their folders' names
            "short_events": ([p["file"] for p in partitions], EVENT_SCHEMA, "year"),
            "long_events": ([p["file"] for p in long_parts], LONG_SCHEMA, "class"),
        }
        for name, (files, shape, folder) in views.items():
            if files:
                listed = ", ".join(f"'{f}'" for f in files)
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{listed}])")
            else:  # no such events: an empty view of the same columns (`events` unites both)
                cols = [f'NULL::{_duck_type(f.type)} AS "{f.name}"' for f in shape]
                cols.append(f'NULL::BIGINT AS "{folder}"')
                con.execute(f"CREATE VIEW {name} AS SELECT {', '.join(cols)} WHERE false")
        con.execute(
            "CREATE VIEW events AS SELECT * EXCLUDE (lane_no, flags, source_no) FROM "
            "short_events UNION ALL SELECT * EXCLUDE (lane_no, flags, source_no, dclass) "
            "FROM long_events"
        )
        con.execute(f"CREATE VIEW articles AS SELECT * FROM read_parquet('{ds.ARTICLES}')")
        con.execute(f"CREATE VIEW captions AS SELECT * FROM read_parquet('{ds.CAPTIONS}')")
    finally:
        con.close()


def _duck_type(t: pa.DataType) -> str:
    types = {
        pa.int64(): "BIGINT",
        pa.int32(): "INTEGER",
        pa.uint8(): "UTINYINT",
        pa.int8(): "TINYINT",
    }
    return types.get(t, "VARCHAR")
