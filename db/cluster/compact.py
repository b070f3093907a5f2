"""The parts of an import compacted into a dataset folder laid out as db.archive.convert lays
one out: short events in year partitions sorted by start, long events by duration class,
articles and captions sorted by id, the count pyramid, the search sidecar, the DuckDB catalog,
and the manifest last.

Ids are given here: a batch's rows take the ids after those of the batches before it (by
number), so ids already given never change when later imports add batches. As an SQLite import
does, an article already imported (same content hash) is not imported again (its events and
captions are left out; a table record citing it cites the first), nor a table record already
imported (same record hash). The pyramid is the sum of the batches' counts, less the short
events left out so.

DuckDB does the joins and sorts in a scratch database file beside the parts, so the parts need
not fit in memory (one year partition and the long events at a time do).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from db.archive import by_source
from db.archive import dataset as ds
from db.archive.convert import (
    ARTICLE_COLUMNS,
    CAPTION_COLUMNS,
    EVENT_SCHEMA,
    ROW_GROUP,
    flags_sql,
    write_catalog,
    write_long,
    write_table,
)
from db.archive.pyramid import Counts, write_counts
from db.archive.search import (
    SIDECAR_ARTICLE_COLUMNS,
    SIDECAR_CAPTION_COLUMNS,
    SIDECAR_EVENT_COLUMNS,
    build_sidecar_from,
)

from .parts import PARTS, PartsManifest, part_file

SCRATCH = ".compact.duckdb"
FETCH = 50_000  # rows a batch when feeding the sidecar


@dataclass
class LeftOut:
    """What compaction left out of some batches as already imported by earlier ones."""

    articles: int = 0  # article files whose article was imported before
    records: int = 0  # table records imported before
    events: int = 0  # events left out with them


def compact(
    out: Path, parts: PartsManifest, counts: Counts, new: Iterable[int] = ()
) -> tuple[dict[str, Any], LeftOut]:
    """Write the dataset of every batch done into `out`; its manifest, and what was left out
    of batches `new` as already imported (an import's report counts them as duplicates)."""
    scratch = out / PARTS / SCRATCH
    for stale in (scratch, scratch.with_name(scratch.name + ".wal")):
        stale.unlink(missing_ok=True)
    con = duckdb.connect(str(scratch))
    try:
        dropped = _stage(con, out, parts)
        if dropped is not None:
            counts = counts.add(dropped, sign=-1)
        left_out = _left_out(con, sorted(new)) if dropped is not None else LeftOut()
        return _write(con, out, parts, counts), left_out
    finally:
        con.close()
        for stale in (scratch, scratch.with_name(scratch.name + ".wal")):
            stale.unlink(missing_ok=True)


def _left_out(con: duckdb.DuckDBPyConnection, batches: list[int]) -> LeftOut:
    if not batches:
        return LeftOut()
    listed = ", ".join(map(str, batches))
    found = con.execute(
        f"""SELECT
            (SELECT count(*) FROM art0 a WHERE a.batch IN ({listed}) AND a.id != a.winner
                AND NOT EXISTS (SELECT 1 FROM ev0 e WHERE e.article_id = a.id
                                AND e.kind = 'record')),
            (SELECT count(*) FROM ev0 e ANTI JOIN ev USING (id)
                WHERE e.batch IN ({listed}) AND e.kind = 'record'),
            (SELECT count(*) FROM ev0 e ANTI JOIN ev USING (id) WHERE e.batch IN ({listed}))"""
    ).fetchone()
    assert found is not None
    return LeftOut(*(int(n) for n in found))


def _files(out: Path, parts: PartsManifest, kind: str) -> str:
    return "[" + ", ".join(f"'{part_file(out, b, kind)}'" for b in sorted(parts.done)) + "]"


def _stage(con: duckdb.DuckDBPyConnection, out: Path, parts: PartsManifest) -> Counts | None:
    """Tables `art`, `cap`, `ev` (final ids, duplicates left out) and `lanes`; the counts of the
    short events left out as duplicates (None when none was)."""
    bases, totals = [], {"events": 0, "articles": 0, "captions": 0}
    for b in sorted(parts.done):
        bases.append((b, totals["events"], totals["articles"], totals["captions"]))
        for kind in totals:
            totals[kind] += parts.done[b].rows.get(kind, 0)
    con.execute("CREATE TABLE bases (batch BIGINT, ev BIGINT, art BIGINT, cap BIGINT)")
    con.executemany("INSERT INTO bases VALUES (?, ?, ?, ?)", bases)
    # Ids from 1, as SQLite gives them; the first of an article's copies wins.
    con.execute(
        f"""CREATE TABLE art0 AS SELECT a.* REPLACE (a.id + b.art + 1 AS id),
                min(a.id + b.art + 1) OVER (PARTITION BY a.content_hash) AS winner
            FROM read_parquet({_files(out, parts, "articles")}) a JOIN bases b USING (batch)"""
    )
    con.execute(
        f"""CREATE TABLE ev0 AS SELECT e.* REPLACE (e.id + b.ev + 1 AS id,
                e.article_id + b.art + 1 AS article_id, e.caption_id + b.cap + 1 AS caption_id)
            FROM read_parquet({_files(out, parts, "events")}) e JOIN bases b USING (batch)"""
    )
    con.execute(
        """CREATE TABLE ev AS SELECT e.* REPLACE (a.winner AS article_id)
           FROM ev0 e LEFT JOIN art0 a ON a.id = e.article_id
           WHERE e.kind = 'record' OR a.id IS NULL OR a.id = a.winner
           QUALIFY e.record_hash IS NULL
               OR row_number() OVER (PARTITION BY e.record_hash ORDER BY e.id) = 1"""
    )
    con.execute("CREATE TABLE art AS SELECT * EXCLUDE (winner) FROM art0 WHERE id = winner")
    con.execute(
        f"""CREATE TABLE cap AS SELECT c.* REPLACE (c.id + b.cap + 1 AS id,
                c.article_id + b.art + 1 AS article_id)
            FROM read_parquet({_files(out, parts, "captions")}) c JOIN bases b USING (batch)
            WHERE c.article_id + b.art + 1 IN (SELECT id FROM art)"""
    )
    con.execute(
        "CREATE TABLE lanes AS SELECT lane, (row_number() OVER (ORDER BY lane) - 1)::INTEGER "
        "AS lane_no FROM (SELECT DISTINCT coalesce(lane, '') AS lane FROM ev)"
    )
    _stage_sources(con)
    # The events a dataset keeps, with the columns and keys db.archive.convert gives them.
    con.execute(
        f"""CREATE TABLE keep AS SELECT e.id, e.title, e.text, e.start, e."end", e.precision,
                coalesce(e.lane, '') AS lane, e.kind, e.start_key,
                CASE WHEN e.end_key > e.start_key AND e.end_key <= {ds.MAX_KEY}
                     THEN e.end_key ELSE e.start_key END AS end_key,
                e.article_id, e.caption_id, e.span_start, e.span_end, e.data, e.status,
                e.provenance, l.lane_no,
                ({flags_sql()})::UTINYINT AS flags, s.source, s.source_no,
                CASE WHEN e.reported_key BETWEEN -{ds.MAX_KEY} AND {ds.MAX_KEY}
                     THEN e.reported_key END AS reported_key, e.year
            FROM ev e JOIN lanes l ON l.lane = coalesce(e.lane, '')
            LEFT JOIN art a ON a.id = e.article_id
            JOIN sources s ON s.source = coalesce(CAST(a.source AS VARCHAR), '')
            WHERE e.start_key BETWEEN -{ds.MAX_KEY} AND {ds.MAX_KEY}"""
    )
    left_out = con.execute("SELECT (SELECT count(*) FROM ev0) - (SELECT count(*) FROM ev)")
    if not left_out.fetchone()[0]:  # type: ignore[index]
        return None
    found = con.execute(
        f"""SELECT start_key, end_k, lane FROM (
                SELECT e.start_key, coalesce(e.lane, '') AS lane,
                    CASE WHEN e.end_key > e.start_key AND e.end_key <= {ds.MAX_KEY}
                         THEN e.end_key ELSE e.start_key END AS end_k
                FROM ev0 e ANTI JOIN ev USING (id)
                WHERE e.start_key BETWEEN -{ds.MAX_KEY} AND {ds.MAX_KEY})
            WHERE end_k - start_key <= {ds.LONG}"""
    ).fetchnumpy()
    start = np.asarray(found["start_key"], np.int64)
    end = np.asarray(found["end_k"], np.int64)
    return Counts.of(start + (end - start) // 2, np.asarray(found["lane"], object).astype(str))


def _write(
    con: duckdb.DuckDBPyConnection, out: Path, parts: PartsManifest, counts: Counts
) -> dict[str, Any]:
    columns = ", ".join(f'"{name}"' for name in EVENT_SCHEMA.names)
    short = f"end_key - start_key <= {ds.LONG}"
    partitions = []
    query = f"SELECT DISTINCT year FROM keep WHERE {short} ORDER BY 1"
    years = [y for (y,) in con.execute(query).fetchall()]
    for year in years:
        table = _arrow(
            con, f"SELECT {columns} FROM keep WHERE {short} AND year = ? ORDER BY start_key, id",
            [year],
        )  # fmt: skip
        table = table.cast(EVENT_SCHEMA)
        name = ds.year_file(int(year))
        ds.write_atomic(out / name, functools.partial(write_table, table, row_group_size=ROW_GROUP))
        keys = table.column("start_key")
        partitions.append(
            {"file": name, "year": int(year), "rows": len(table), "min": keys[0].as_py(),
             "max": keys[-1].as_py()}
        )  # fmt: skip
    long = _arrow(con, f"SELECT {columns} FROM keep WHERE NOT ({short})")
    long_parts = write_long(out, [long.cast(EVENT_SCHEMA)] if len(long) else [])
    for name, table, shape in (
        (ds.ARTICLES, "art", ARTICLE_COLUMNS),
        (ds.CAPTIONS, "cap", CAPTION_COLUMNS),
    ):
        found = _arrow(con, f"SELECT {', '.join(shape)} FROM {table} ORDER BY id")
        found = found.cast(pa.schema(list(shape.items())))
        ds.write_atomic(out / name, functools.partial(write_table, found, row_group_size=4096))
    lanes = [lane for (lane,) in con.execute("SELECT lane FROM lanes ORDER BY lane_no").fetchall()]
    write_counts(out, counts, lanes)
    sources = [
        n for (n,) in con.execute("SELECT name FROM source_lanes ORDER BY source_no").fetchall()
    ]
    by_source.write_pyramids_from(con, out, "keep", len(sources), (counts.lo, counts.hi))
    ds.write_atomic(out / ds.SEARCH, lambda temp: _sidecar(con, temp))
    ds.write_atomic(out / ds.CATALOG, lambda temp: write_catalog(temp, partitions, long_parts))
    manifest = _manifest(con, parts, lanes, partitions, long_parts)
    manifest.update(_by_source_part(con))
    return manifest


def _stage_sources(con: duckdb.DuckDBPyConnection) -> None:
    """Table `sources` (source, source_no): each source of the events (their article's) and
    its lane by source, folded as db.archive.by_source folds many; `source_lanes` their names."""
    found = con.execute(
        "SELECT coalesce(CAST(a.source AS VARCHAR), '') AS source, count(*) "
        "FROM ev e LEFT JOIN art a ON a.id = e.article_id GROUP BY 1"
    ).fetchall()
    names, number = by_source.source_lanes({name: int(n) for name, n in found})
    con.execute("CREATE TABLE sources (source VARCHAR, source_no INTEGER)")
    con.executemany("INSERT INTO sources VALUES (?, ?)", list(number.items()))
    con.execute("CREATE TABLE source_lanes (source_no INTEGER, name VARCHAR)")
    con.executemany("INSERT INTO source_lanes VALUES (?, ?)", list(enumerate(names)))


def _by_source_part(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The manifest's lanes by source (db.archive.by_source.manifest_part)."""
    stats = con.execute(
        "SELECT l.name, count(k.id), min(k.start_key), max(k.end_key) FROM source_lanes l "
        "LEFT JOIN keep k USING (source_no) GROUP BY l.source_no, l.name ORDER BY l.source_no"
    ).fetchall()
    shown = f"(flags & {by_source.NEGATED}) = 0"  # what a frame hiding negated events holds

    def shown_stats(table: str, column: str) -> list[tuple[int, int, int]]:
        found = con.execute(
            f"SELECT count(k.id), min(k.start_key), max(k.end_key) FROM {table} l "
            f"LEFT JOIN (SELECT * FROM keep WHERE {shown}) k USING ({column}) "
            f"GROUP BY l.{column} ORDER BY l.{column}"
        ).fetchall()
        return [(int(n), a, b) for n, a, b in found]

    negated = con.execute(f"SELECT count(*) FROM keep WHERE NOT {shown}")
    return by_source.manifest_part(
        [name for name, _n, _a, _b in stats],
        [(int(n), a, b) for _name, n, a, b in stats],
        int(negated.fetchone()[0]),  # type: ignore[index]
        (shown_stats("lanes", "lane_no"), shown_stats("source_lanes", "source_no")),
    )


def _arrow(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pa.Table:
    """A query's rows as an Arrow table (DuckDB 1 calls it arrow, 2 to_arrow_table)."""
    relation = con.sql(sql, params=params)
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    return fetch()


def _batches(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[list[tuple]]:
    cursor = con.execute(sql)
    while rows := cursor.fetchmany(FETCH):
        yield rows


def _sidecar(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    def select(columns: tuple[str, ...], table: str) -> str:
        quoted = ", ".join(f'"{c}"' for c in columns)
        return f"SELECT {quoted} FROM {table}"

    # Three cursors: the sidecar takes one table after the other.
    build_sidecar_from(
        path,
        _batches(con.cursor(), select(SIDECAR_EVENT_COLUMNS, "keep") + " ORDER BY id"),
        _batches(con.cursor(), select(SIDECAR_ARTICLE_COLUMNS, "art") + " ORDER BY id"),
        _batches(con.cursor(), select(SIDECAR_CAPTION_COLUMNS, "cap") + " ORDER BY id"),
    )


def _manifest(
    con: duckdb.DuckDBPyConnection,
    parts: PartsManifest,
    lanes: list[str],
    partitions: list[dict[str, Any]],
    long_parts: list[dict[str, Any]],
) -> dict[str, Any]:
    stats = con.execute(
        "SELECT l.lane_no, count(k.id), min(k.start_key), max(k.end_key) "
        "FROM lanes l LEFT JOIN keep k USING (lane_no) GROUP BY l.lane_no ORDER BY l.lane_no"
    ).fetchall()
    kept = sum(n for _l, n, _a, _b in stats)
    short = sum(p["rows"] for p in partitions)
    one = con.execute("SELECT (SELECT count(*) FROM art), (SELECT count(*) FROM cap)")
    articles, captions = one.fetchone()  # type: ignore[misc]
    total = con.execute("SELECT count(*) FROM ev").fetchone()[0]  # type: ignore[index]
    return ds.new_manifest(
        counts={
            "events": kept,
            "short": short,
            "long": kept - short,
            "skipped": int(total) - kept,
            "articles": int(articles),
            "captions": int(captions),
        },
        lanes=lanes,
        lane_stats=[(n, a, b) for _l, n, a, b in stats],
        partitions=partitions,
        long_parts=long_parts,
        source={
            "engine": "dask",
            "batches": sorted(b for b, done in parts.done.items() if any(done.rows.values())),
        },
    )
