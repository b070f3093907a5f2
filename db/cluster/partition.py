"""Compaction's tasks, run on Dask workers (compact.py plans them): a year partition or a long
class written from the new batches' parts and the rows it held, articles and captions, the
pyramid. Each writes its file under a temporary name and renames it, and is a pure function of
its job: run again (a retry, a killed compaction's next run), it writes the same bytes.

A job's plan is an Arrow table of the new rows it writes, by (batch, id) in the parts, with the
ids, lane and source numbers the client gave them; rows the dataset held already are those of
the old file with an id below `cut` (a killed compaction may have written newer rows into it).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from db.archive import dataset as ds
from db.archive.convert import (
    ARTICLE_COLUMNS,
    CAPTION_COLUMNS,
    EVENT_SCHEMA,
    LONG_SCHEMA,
    ROW_GROUP,
    flags_sql,
    write_table,
)
from db.archive.pyramid import Counts, write_counts

from .parts import EVENT_PART, LONG_GROUPS
from .pieces import within_sql


@dataclass(frozen=True)
class Target:
    """A partition a job writes: a year's short events or a duration class's long ones, or a
    piece of a large year's (its events starting in [low, high): compact.py splits a year's
    writing between tasks)."""

    file: str  # its path in the dataset
    old: tuple[str, ...]  # its files in the dataset so far (a year's pieces: all of them)
    year: int | None = None
    dclass: int | None = None
    low: tuple[int, int] | None = None  # a piece's first (start key, id)
    high: tuple[int, int] | None = None  # the (start key, id) after a piece's last
    piece: int | None = None  # its number in the year


@dataclass(frozen=True)
class PartitionJob:
    """Some partitions written by one task (a task a small year would spend more on reading
    the parts' footers than on its rows)."""

    out: str
    targets: list[Target]
    # batch, id (in the part), gid, article_id, caption_id, end_key, lane_no, source, source_no,
    # target (index)
    plan: pa.Table
    parts: list[str]  # the events parts holding its new rows
    cut: int  # the old files' rows with an id below this are the dataset's so far
    long: bool  # long classes (else years)


@dataclass(frozen=True)
class ArticlesJob:
    out: str
    articles: pa.Table  # batch, id, gid of the new articles kept
    captions: pa.Table  # batch, id, gid, article_id of their captions
    article_parts: list[str]
    caption_parts: list[str]
    extend: bool  # the dataset's articles and captions so far come first
    article_cut: int
    caption_cut: int


@dataclass(frozen=True)
class PyramidJob:
    out: str
    counts: list[str]  # every batch's counts file
    dropped: Counts  # the short events left out as duplicates
    lanes: list[str]  # by lane number


def long_classes(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Duration classes of long events, as db.archive.convert.write_long computes them."""
    duration = np.maximum(end - start, 1).astype(np.float64)
    return np.floor(np.log2(duration)).astype(np.int8)


def _connect() -> duckdb.DuckDBPyConnection:
    # One thread: a worker process is one of several on the machine's cores.
    return duckdb.connect(config={"threads": 1})


def _arrow(con: duckdb.DuckDBPyConnection, sql: str) -> pa.Table:
    relation = con.sql(sql)
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    return fetch()


def _listed(files: list[str]) -> str:
    return "[" + ", ".join(f"'{f}'" for f in files) + "]"


def write_partitions(job: PartitionJob) -> list[dict[str, Any]]:
    """Write the job's partitions; their manifest entries."""
    columns = ", ".join(f'"{name}"' for name in EVENT_SCHEMA.names)
    out = Path(job.out)
    years = {t.year for t in job.targets if t.year is not None}
    con = _connect()
    try:
        con.register("plan", job.plan)
        con.register("e", read_events(job.parts, years, job.long))
        sql = f"""SELECT p.target, p.gid AS id, e.title, e.text, e.start, e."end", e.precision,
                coalesce(e.lane, '') AS lane, e.kind, e.start_key, p.end_key, p.article_id,
                p.caption_id, e.span_start, e.span_end, e.data, e.status, e.provenance,
                p.lane_no, ({flags_sql(around=True)})::UTINYINT AS flags, p.source, p.source_no,
                CASE WHEN e.reported_key BETWEEN -{ds.MAX_KEY} AND {ds.MAX_KEY}
                     THEN e.reported_key END AS reported_key
            FROM e JOIN plan p ON e.batch = p.batch AND e.id = p.id"""
        for i, target in enumerate(job.targets):
            for old in (out / f for f in target.old):
                if old.is_file():
                    sql += (
                        f" UNION ALL SELECT {i} AS target, {columns} "
                        f"FROM read_parquet('{old}') WHERE id < {job.cut}"
                        f"{within_sql(target.low, target.high)}"
                    )
        table = _arrow(con, f"SELECT * FROM ({sql}) ORDER BY target, start_key, id")
    finally:
        con.close()
    at = np.searchsorted(table.column("target").to_numpy(), np.arange(len(job.targets) + 1))
    table = table.drop_columns(["target"]).cast(EVENT_SCHEMA)
    return [
        _write_partition(out, target, table.slice(a, b - a))
        for target, a, b in zip(job.targets, at[:-1], at[1:], strict=True)
    ]


def read_events(parts: list[str], years: set[int], long: bool) -> pa.Table:
    """The row groups of these events parts that may hold rows of `years` (or long events): a
    part's footer says which group holds which (db.cluster.batch)."""
    found = []
    for path in parts:
        part = pq.ParquetFile(path)
        meta = part.metadata
        marked = (meta.metadata or {}).get(LONG_GROUPS.encode())
        groups = list(range(meta.num_row_groups))
        if marked is not None:
            listed = set(json.loads(marked))
            year_at = part.schema_arrow.get_field_index("year")
            if long:
                groups = [g for g in groups if g in listed]
            else:
                groups = [
                    g for g in groups if g not in listed and _has_year(meta, g, year_at, years)
                ]
        if groups:
            found.append(part.read_row_groups(groups))
    return pa.concat_tables(found) if found else EVENT_PART.empty_table()


def _has_year(meta: pq.FileMetaData, group: int, column: int, years: set[int]) -> bool:
    stats = meta.row_group(group).column(column).statistics
    if stats is None or not stats.has_min_max:
        return True
    return any(stats.min <= y <= stats.max for y in years)


def _write_partition(out: Path, target: Target, table: pa.Table) -> dict[str, Any]:
    if target.dclass is not None:
        classes = pa.array(np.full(len(table), target.dclass, np.int8))
        table = table.append_column("dclass", classes).cast(LONG_SCHEMA)
    ds.write_atomic(
        out / target.file, functools.partial(write_table, table, row_group_size=ROW_GROUP)
    )
    keys = table.column("start_key")
    span = {"rows": len(table), "min": keys[0].as_py(), "max": keys[-1].as_py()}
    if target.dclass is not None:
        return {"file": target.file, "dclass": target.dclass, **span}
    if target.piece is not None:  # (a year's pieces are listed in this order)
        return {"file": target.file, "year": target.year, "piece": target.piece, **span}
    return {"file": target.file, "year": target.year, **span}


def write_articles(job: ArticlesJob) -> str:
    """Write articles.parquet and captions.parquet: the dataset's so far and the new ones."""
    out = Path(job.out)
    con = _connect()
    try:
        for name, plan, parts, shape, cut, base in (
            ("articles", job.articles, job.article_parts, ARTICLE_COLUMNS, job.article_cut,
             ds.ARTICLES),
            ("captions", job.captions, job.caption_parts, CAPTION_COLUMNS, job.caption_cut,
             ds.CAPTIONS),
        ):  # fmt: skip
            con.register("plan", plan)
            replaced = "p.gid AS id" + (
                ", p.article_id AS article_id" if name == "captions" else ""
            )
            chosen = ", ".join(f'"{c}"' for c in shape)
            pieces = []
            if parts:
                pieces.append(
                    f"""SELECT {chosen} FROM (SELECT r.* REPLACE ({replaced})
                        FROM read_parquet({_listed(parts)}) r
                        JOIN plan p ON r.batch = p.batch AND r.id = p.id)"""
                )
            if job.extend and (out / base).is_file():
                pieces.append(f"SELECT {chosen} FROM read_parquet('{out / base}') WHERE id < {cut}")
            if pieces:
                found = _arrow(con, f"SELECT * FROM ({' UNION ALL '.join(pieces)}) ORDER BY id")
            else:
                found = pa.table({c: pa.array([], t) for c, t in shape.items()})
            found = found.cast(pa.schema(list(shape.items())))
            ds.write_atomic(out / base, functools.partial(write_table, found, row_group_size=4096))
            con.unregister("plan")
    finally:
        con.close()
    return "articles"


def write_pyramid_counts(job: PyramidJob) -> tuple[int | None, int | None]:
    """The pyramid of every batch's counts, less those left out: summed at once (lane by
    lane, one sort), not batch after batch. Its midpoints' bounds (the pyramid by source takes
    the same levels)."""
    parts = [Counts.load(Path(path)) for path in job.counts]
    lanes: dict[Any, list[tuple[np.ndarray, np.ndarray]]] = {}
    for part in [*parts, _negated(job.dropped)]:
        for name, pair in part.lanes.items():
            lanes.setdefault(name, []).append(pair)
    summed = {}
    for name, pairs in lanes.items():
        buckets = np.concatenate([b for b, _c in pairs])
        counts = np.concatenate([c for _b, c in pairs])
        keys, at = np.unique(buckets, return_inverse=True)
        total = np.zeros(len(keys), np.int64)
        np.add.at(total, at, counts)
        kept = total != 0
        if kept.any():
            summed[name] = (keys[kept], total[kept])
    bounds = [b for p in parts for b in (p.lo, p.hi) if b is not None]
    pyramid = Counts(summed, min(bounds, default=None), max(bounds, default=None))
    write_counts(Path(job.out), pyramid, job.lanes)
    return pyramid.lo, pyramid.hi


def _negated(counts: Counts) -> Counts:
    return Counts({n: (b, -c) for n, (b, c) in counts.lanes.items()}, None, None)
