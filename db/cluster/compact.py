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

Who does what: the client plans (`stage`: DuckDB over the parts' narrow columns, in memory,
spilling into a scratch folder beside them, so they need not fit in memory): which rows are
kept, their ids and lane numbers, their sources' lane numbers (format version 2:
db.archive.by_source), and which partitions the new batches touch. The writing is Dask tasks
(partition.py), the largest first: one a year partition and a long-event class touched (small
ones share a task; a year longer than a worker's share is cut into pieces, pieces.py), one for
articles and captions, one for the pyramid; then the search sidecar's (sidecar.py: the
articles' index, the events' in a part a worker, the captions and dates last; joined when
done). Once the partitions are written, and while the sidecar's tasks still
run, the client writes the catalog, the pyramid by source and the negated events' file from
the partitions' narrow columns, and the records by id. Each output is written under a
temporary name and renamed, the manifest last.

Incremental: when the folder holds a dataset of earlier batches (every new batch numbered after
them, so their ids are unchanged), only the year partitions and long classes the new batches'
events fall in are rewritten (their rows so far plus the new ones); the others stay as they are,
byte for byte, and the sidecar is extended (by one task) rather than built again. Lane and
source numbers given stay; new ones follow (_extend_sources).
"""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from db.archive import by_source, id_index, search_records
from db.archive import dataset as ds
from db.archive.convert import write_catalog
from db.archive.pyramid import Counts
from db.lane_order import in_natural_order
from db.store.model import MAX_LANES, other_lanes

from .batch import NARROW
from .batch_spec import INDEX_PART_ROWS
from .partition import (
    ArticlesJob,
    PartitionJob,
    PyramidJob,
    Target,
    long_classes,
    write_articles,
    write_partitions,
    write_pyramid_counts,
)
from .parts import PARTS, PartsManifest, counts_file, part_file
from .pieces import DEFAULT_PIECES, Pieces, bounds, inside, piece_file
from .sidecar import (
    DATES,
    EVENTS,
    EXTEND,
    TEXTS,
    SidecarJob,
    join_pieces,
    remove_pieces,
    write_sidecar_piece,
)

SCRATCH = ".compact.duckdb"  # (a file of earlier versions, removed if left behind)
SPILL = ".compact.tmp"  # where the plan's DuckDB spills what does not fit in memory
GROUP_ROWS = (
    25_000  # rows a partition task at least: a task costs the reading of its parts' footers
)

# Runs the writing tasks, returning their results in order (db.cluster.run gives Dask's map;
# without one they run here, one after the other).
Submit = Callable[[list[tuple[Callable[[Any], Any], Any, str]]], "Gathered"]


class Gathered:
    """Results of submitted tasks, waited for with `results()` (after the client's own work)."""

    def __init__(self, wait: Callable[[], list[Any]]) -> None:
        self.results = wait


def run_here(tasks: list[tuple[Callable[[Any], Any], Any, str]]) -> Gathered:
    done = [fn(job) for fn, job, _name in tasks]
    return Gathered(lambda: done)


@dataclass
class LeftOut:
    """What compaction left out of some batches as already imported by earlier ones."""

    articles: int = 0  # article files whose article was imported before
    records: int = 0  # table records imported before
    events: int = 0  # events left out with them


def compact(
    out: Path,
    parts: PartsManifest,
    new: dict[int, dict[str, pa.Table] | None] | None = None,
    submit: Submit = run_here,
    seconds: dict[str, float] | None = None,
    index_parts: int = 1,
    part_rows: int = INDEX_PART_ROWS,
    pieces: Pieces = DEFAULT_PIECES,
) -> tuple[dict[str, Any], LeftOut]:
    """Write the dataset of every batch done into `out` (incrementally when it holds earlier
    batches'); its manifest (to write last), and what was left out of batches `new` (the
    batches run now, with the narrow columns they sent back) as already imported (an import's
    report counts them as duplicates). `seconds` gets the wall seconds of each step (what
    the client waits for: a benchmark's serial part). `index_parts`: the events' search index
    is split into up to this many parts by id, built at once (a part has `part_rows` events at
    least); a year partition longer than a worker's share is written in up to as many pieces
    (`pieces`, pieces.py)."""
    clock = _Clock(seconds if seconds is not None else {})
    scratch = out / PARTS / SCRATCH
    for stale in (scratch, scratch.with_name(scratch.name + ".wal")):
        stale.unlink(missing_ok=True)
    for stale in [*out.glob("events/*/.*.tmp-*"), *out.glob("long/*/.*.tmp-*")]:
        stale.unlink()  # a killed compaction's half-written partitions
    remove_pieces(out)
    spill = out / PARTS / SPILL
    shutil.rmtree(spill, ignore_errors=True)
    # In memory, spilling into the parts folder beyond DuckDB's memory limit: no file to write
    # through and check-point for a plan that is thrown away (half the stage's time).
    con = duckdb.connect(":memory:", config={"temp_directory": str(spill)})
    try:
        new = new or {}
        stage = _Stage(con, out, parts, {b: n for b, n in new.items() if n is not None})
        left_out = stage.left_out(sorted(new))
        clock.lap("compact_stage")
        # The partitions' tasks first (the largest first), then the sidecar's: the client's
        # own work on the partitions written (the catalog, the pyramid by source, the records
        # by id) is then done while the sidecar's tasks still run.
        writing = submit(stage.jobs(index_parts, pieces))
        sidecar = submit(stage.sidecar_jobs(index_parts, part_rows))
        clock.lap("compact_jobs")
        written = writing.results()
        clock.lap("compact_wait")
        manifest = stage.manifest(written, clock)
        manifest["id_index"] = id_index.write(out, manifest)  # every partition's, kept ones too
        clock.lap("compact_id_index")
        sidecar.results()
        clock.lap("compact_sidecar_wait")
        if not stage.extends:
            join_pieces(out, stage.index_parts)
            clock.lap("compact_sidecar_join")
        _write_search_records(out, manifest)
        clock.lap("compact_search_records")
        return manifest, left_out
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)


def _write_search_records(out: Path, manifest: dict[str, Any]) -> None:
    """The records of the events the finished sidecar indexes, apart (db.archive.search_records,
    each file written atomically), named in `manifest` (written last, by the caller): as convert
    and `timeline-viewer upgrade` leave them, so no upgrade is needed after an import. None are
    written where the sidecar indexes most events (every one, as an import's does): the main
    records are as compact then, and stale ones are removed."""
    entry = search_records.write(out, manifest)
    if entry is None:
        manifest.pop(search_records.ENTRY, None)
    else:
        manifest[search_records.ENTRY] = entry


class _Clock:
    """Wall seconds between laps, into `seconds` by name."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds, self.last = seconds, time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self.last
        self.last = now


def _files(out: Path, batches: list[int], kind: str) -> str:
    return "[" + ", ".join(f"'{part_file(out, b, kind)}'" for b in batches) + "]"


def _arrow(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pa.Table:
    """A query's rows as an Arrow table (DuckDB 1 calls it arrow, 2 to_arrow_table)."""
    relation = con.sql(sql, params=params)
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    return fetch()


class _Stage:
    """The plan of a compaction, in the scratch database: narrow tables of every batch's rows
    (`art0`, `ev0`, `cap0` with their final ids), the rows kept (`art`, `ev`, `cap`, `keep`),
    and of the new batches' kept rows what the tasks write (`plan_ev`, `plan_art`, `plan_cap`)."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        out: Path,
        parts: PartsManifest,
        sent: dict[int, dict[str, pa.Table]] | None = None,
    ) -> None:
        self.con, self.out, self.parts = con, out, parts
        self.sent = sent or {}
        done = sorted(parts.done)
        self.holding = [b for b in done if any(parts.done[b].rows.values())]
        self.old = self._old_dataset()
        old_batches = set(self.old["source"]["batches"]) if self.old else set()
        self.new = [b for b in self.holding if b not in old_batches]
        bases, totals = {}, {"events": 0, "articles": 0, "captions": 0}
        for b in done:
            bases[b] = (totals["events"], totals["articles"], totals["captions"])
            for kind in totals:
                totals[kind] += parts.done[b].rows.get(kind, 0)
        # The first id of the new rows: every row before it is in the dataset already.
        first = bases[self.new[0]] if self.new else tuple(totals.values())
        self.cut = {"events": first[0] + 1, "articles": first[1] + 1, "captions": first[2] + 1}
        con.execute("CREATE TABLE bases (batch BIGINT, ev BIGINT, art BIGINT, cap BIGINT)")
        con.executemany(
            "INSERT INTO bases VALUES (?, ?, ?, ?)", [(b, *v) for b, v in bases.items()]
        )
        con.execute("CREATE TABLE new_batches AS SELECT unnest(?::BIGINT[]) AS batch", [self.new])
        self._plan()

    def _old_dataset(self) -> dict[str, Any] | None:
        """The manifest of the dataset this compaction extends, when it can be extended: made
        by an import, of batches done that all come before the new ones."""
        if not ds.is_dataset(self.out):
            return None
        try:
            old = ds.read_manifest(self.out)
        except (OSError, ValueError):
            return None
        batches = old.get("source", {}).get("batches")
        if (
            old.get("source", {}).get("engine") != "dask"
            or old.get("format_version") != ds.FORMAT_VERSION
            or not isinstance(batches, list)
            or not set(batches) <= set(self.holding)
            or "event_columns" not in old
        ):
            return None
        newer = [b for b in self.holding if b not in set(batches)]
        if newer and batches and min(newer) < max(batches):
            return None  # numbered among them: ids would move
        return old

    def _narrow(self, kind: str) -> str:
        """The narrow columns of every batch's `kind` part: those the batches run now sent back,
        the others' read from their parts."""
        sent = [b for b in self.holding if b in self.sent]
        read = [b for b in self.holding if b not in self.sent]
        columns = ", ".join(f'"{c}"' for c in NARROW[kind])
        pieces = []
        if sent:
            self.con.register(f"sent_{kind}", pa.concat_tables(self.sent[b][kind] for b in sent))
            pieces.append(f"SELECT {columns} FROM sent_{kind}")
        if read or not sent:
            pieces.append(f"SELECT {columns} FROM read_parquet({_files(self.out, read, kind)})")
        return "(" + " UNION ALL ".join(pieces) + ")"

    def _plan(self) -> None:
        con = self.con
        # Ids from 1, as SQLite gives them; the first of an article's copies wins.
        con.execute(
            f"""CREATE TABLE art0 AS SELECT a.batch, a.id AS lid, a.id + b.art + 1 AS id,
                    min(a.id + b.art + 1) OVER (PARTITION BY a.content_hash) AS winner,
                    coalesce(a.source, '') AS source
                FROM {self._narrow("articles")} a JOIN bases b USING (batch)"""
        )
        con.execute(
            f"""CREATE TABLE ev0 AS SELECT e.batch, e.id AS lid, e.id + b.ev + 1 AS id, e.kind,
                    e.article_id + b.art + 1 AS article_id, e.caption_id + b.cap + 1 AS caption_id,
                    e.record_hash, e.start_key, e.end_key, coalesce(e.lane, '') AS lane, e.year
                FROM {self._narrow("events")} e JOIN bases b USING (batch)"""
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
            f"""CREATE TABLE cap AS SELECT c.batch, c.id AS lid, c.id + b.cap + 1 AS id,
                    c.article_id + b.art + 1 AS article_id
                FROM {self._narrow("captions")} c JOIN bases b USING (batch)
                WHERE c.article_id + b.art + 1 IN (SELECT id FROM art)"""
        )
        # Lane numbers: those the dataset gave stay; new lanes follow, by name (a first import
        # numbers them all by name, as convert does:
        # db.lane_order).
        old_lanes = list(self.old["lanes"]) if self.old else []
        found = [lane for (lane,) in con.execute("SELECT DISTINCT lane FROM ev").fetchall()]
        known = set(old_lanes)
        self.lanes = old_lanes + in_natural_order(lane for lane in found if lane not in known)
        con.execute("CREATE TABLE lanes (lane VARCHAR, lane_no INTEGER)")
        con.executemany(
            "INSERT INTO lanes VALUES (?, ?)", [(n, i) for i, n in enumerate(self.lanes)]
        )
        self._number_sources()
        # The events a dataset keeps, with the keys db.archive.convert gives them.
        con.execute(
            f"""CREATE TABLE keep AS SELECT e.batch, e.lid, e.id, e.article_id, e.caption_id,
                    e.start_key, CASE WHEN e.end_key > e.start_key AND e.end_key <= {ds.MAX_KEY}
                                 THEN e.end_key ELSE e.start_key END AS end_key,
                    l.lane_no, s.source, s.source_no, e.year
                FROM ev e JOIN lanes l USING (lane)
                LEFT JOIN art a ON a.id = e.article_id
                JOIN sources s ON s.source = coalesce(a.source, '')
                WHERE e.start_key BETWEEN -{ds.MAX_KEY} AND {ds.MAX_KEY}"""
        )
        con.execute(
            "CREATE TABLE plan_ev AS SELECT k.*, k.end_key - k.start_key > "
            f"{ds.LONG} AS long FROM keep k SEMI JOIN new_batches USING (batch)"
        )
        con.execute(
            "CREATE TABLE plan_art AS SELECT * FROM art SEMI JOIN new_batches USING (batch)"
        )
        con.execute(
            "CREATE TABLE plan_cap AS SELECT * FROM cap SEMI JOIN new_batches USING (batch)"
        )

    def _number_sources(self) -> None:
        """Table `sources` (source, source_no): each source of the events (their article's) and
        its lane by source; `self.sources` the lanes' names. A first import folds many sources
        as db.archive.by_source.source_lanes does (as convert); a later one keeps the numbers
        the dataset gave (its partitions stay as they are) and numbers new sources after them
        (see _extend_sources)."""
        found = self.con.execute(
            "SELECT coalesce(a.source, '') AS source, count(*), "
            "bool_or(e.batch NOT IN (SELECT batch FROM new_batches)) "
            "FROM ev e LEFT JOIN art a ON a.id = e.article_id GROUP BY 1"
        ).fetchall()
        counts = {name: int(n) for name, n, _old in found}
        if self.old:
            before = {name for name, _n, old in found if old}
            self.sources, number = _extend_sources(list(self.old["sources"]), counts, before)
        else:
            self.sources, number = by_source.source_lanes(counts)
        self.con.execute("CREATE TABLE sources (source VARCHAR, source_no INTEGER)")
        self.con.executemany("INSERT INTO sources VALUES (?, ?)", list(number.items()))

    def left_out(self, batches: list[int]) -> LeftOut:
        if not batches:
            return LeftOut()
        listed = ", ".join(map(str, batches))
        found = self.con.execute(
            f"""SELECT
                (SELECT count(*) FROM art0 a WHERE a.batch IN ({listed}) AND a.id != a.winner
                    AND NOT EXISTS (SELECT 1 FROM ev0 e WHERE e.article_id = a.id
                                    AND e.kind = 'record')),
                (SELECT count(*) FROM ev0 e ANTI JOIN ev USING (id)
                    WHERE e.batch IN ({listed}) AND e.kind = 'record'),
                (SELECT count(*) FROM ev0 e ANTI JOIN ev USING (id) WHERE e.batch IN ({listed}))"""
        ).fetchall()[0]
        assert found is not None
        return LeftOut(*(int(n) for n in found))

    def _dropped(self) -> Counts:
        """The pyramid's counts of the short events left out as duplicates (every batch's)."""
        found = self.con.execute(
            f"""SELECT start_key, end_k, lane FROM (
                    SELECT e.start_key, e.lane,
                        CASE WHEN e.end_key > e.start_key AND e.end_key <= {ds.MAX_KEY}
                             THEN e.end_key ELSE e.start_key END AS end_k
                    FROM ev0 e ANTI JOIN ev USING (id)
                    WHERE e.start_key BETWEEN -{ds.MAX_KEY} AND {ds.MAX_KEY})
                WHERE end_k - start_key <= {ds.LONG}"""
        ).fetchnumpy()
        start = np.asarray(found["start_key"], np.int64)
        end = np.asarray(found["end_k"], np.int64)
        return Counts.of(start + (end - start) // 2, np.asarray(found["lane"], object).astype(str))

    def jobs(
        self, workers: int = 1, cut: Pieces = DEFAULT_PIECES
    ) -> list[tuple[Callable[[Any], Any], Any, str]]:
        """The writing tasks: each touched year partition and long class (a large year in up
        to `workers` pieces by start, pieces.py), articles and captions (when new ones came),
        the pyramid."""
        con, out = self.con, str(self.out)
        columns = (
            "batch, lid AS id, id AS gid, article_id, caption_id, end_key, lane_no, source, "
            "source_no"
        )
        sized: list[tuple[int, tuple[Callable[[Any], Any], Any, str]]] = []  # (rows, task)
        short = _arrow(con, f"SELECT {columns}, year, start_key FROM plan_ev WHERE NOT long")
        years, short_starts = (short.column(c).to_numpy() for c in ("year", "start_key"))
        short = short.drop_columns(["year", "start_key"])
        gids = short.column("gid").to_numpy()
        long = _arrow(con, f"SELECT {columns}, start_key FROM plan_ev WHERE long")
        starts, ends = (long.column(c).to_numpy() for c in ("start_key", "end_key"))
        classes = long_classes(starts, ends)
        long = long.drop_columns(["start_key"])
        old = self.old or {"partitions": [], "long_partitions": []}
        generation = max(self.holding, default=0)
        for plan, keys, olds, made in (
            (short, years, old["partitions"], lambda y, f: Target(ds.year_file(y), f, year=y)),
            (long, classes, old["long_partitions"],
             lambda c, f: Target(ds.class_file(c), f, dclass=c)),
        ):  # fmt: skip
            key = "year" if plan is short else "dclass"
            old_files: dict[int, tuple[str, ...]] = {}
            old_rows: dict[int, int] = {}
            for p in olds:  # (a year written in pieces has an entry a piece)
                old_files[p[key]] = (*old_files.get(p[key], ()), p["file"])
                old_rows[p[key]] = old_rows.get(p[key], 0) + p["rows"]
            group: list[int] = []
            rows = 0
            touched = np.unique(keys).tolist()
            for n, value in enumerate(touched):
                mine = keys == value
                total = int(mine.sum()) + old_rows.get(value, 0)
                pieces = cut.count(total, len(short) + len(long), workers) if plan is short else 1
                if pieces > 1:  # a task a piece, alone
                    cuts = [None, *bounds(short_starts[mine], gids[mine], pieces), None]
                    for i, (low, high) in enumerate(itertools.pairwise(cuts)):
                        held = mine & inside(short_starts, gids, low, high)
                        target = Target(piece_file(value, generation, i), old_files.get(value, ()),
                                        year=value, low=low, high=high, piece=i)  # fmt: skip
                        job = self._job([target], plan.filter(pa.array(held)), keys[held],
                                        [value], long=False)  # fmt: skip
                        share = total * int(held.sum()) // max(1, int(mine.sum()))
                        sized.append((share, (write_partitions, job, f"year-{value}-p{i}")))
                else:
                    group.append(value)
                    rows += total
                if group and (rows >= GROUP_ROWS or n == len(touched) - 1):
                    chosen = np.isin(keys, group)
                    job = self._job(
                        [made(v, old_files.get(v, ())) for v in group],
                        plan.filter(pa.array(chosen)), keys[chosen], group, long=plan is long,
                    )  # fmt: skip
                    name = f"{key}-{group[0]}-{group[-1]}"
                    sized.append((rows, (write_partitions, job, name)))
                    group, rows = [], 0
        tasks = [task for _rows, task in sorted(sized, key=lambda s: -s[0])]  # largest first
        self.touched = (set(np.unique(years).tolist()), set(np.unique(classes).tolist()))
        articles = _arrow(con, "SELECT batch, lid AS id, id AS gid FROM plan_art")
        captions = _arrow(con, "SELECT batch, lid AS id, id AS gid, article_id FROM plan_cap")
        if len(articles) or not self.old:
            text = ArticlesJob(
                out, articles, captions,
                [str(part_file(self.out, b, "articles")) for b in self.new],
                [str(part_file(self.out, b, "captions")) for b in self.new],
                self.old is not None, self.cut["articles"], self.cut["captions"],
            )  # fmt: skip
            tasks.append((write_articles, text, "articles"))
        pyramid = PyramidJob(
            out, [str(counts_file(self.out, b)) for b in self.holding], self._dropped(), self.lanes
        )
        tasks.append((write_pyramid_counts, pyramid, "pyramid"))
        return tasks

    def _job(
        self, targets: list[Target], plan: pa.Table, keys: np.ndarray, order: list[int], long: bool
    ) -> PartitionJob:
        """A task's job: `plan`'s rows go to the target of their key (year or class)."""
        at = np.searchsorted(np.asarray(order), keys).astype(np.int32)
        plan = plan.append_column("target", pa.array(at))
        batches = np.unique(plan.column("batch").to_numpy()).tolist()
        parts = [str(part_file(self.out, b, "events")) for b in batches]
        return PartitionJob(str(self.out), targets, plan, parts, self.cut["events"], long)

    def sidecar_jobs(
        self, index_parts: int = 1, part_rows: int = INDEX_PART_ROWS
    ) -> list[tuple[Callable[[Any], Any], Any, str]]:
        """The search sidecar's tasks (sidecar.py): the pieces built at once (the events'
        index in up to `index_parts` parts by id, the longest task otherwise), or the
        dataset's sidecar extended with the new rows."""
        con = self.con
        events, articles, captions = (
            _arrow(con, "SELECT batch, lid, id, article_id FROM plan_ev ORDER BY id"),
            _arrow(con, "SELECT batch, lid, id FROM plan_art ORDER BY id"),
            _arrow(con, "SELECT batch, lid, id, article_id FROM plan_cap ORDER BY id"),
        )
        parts = {
            kind: [str(part_file(self.out, b, kind)) for b in self.new]
            for kind in ("events", "articles", "captions")
        }
        self.extends = bool(self.old) and (self.out / ds.SEARCH).is_file()
        if self.extends:
            job = SidecarJob(str(self.out), EXTEND, events, articles, captions, parts, self.cut)
            return [(write_sidecar_piece, job, f"search-{EXTEND}")]
        self.index_parts = max(1, min(index_parts, len(events) // max(1, part_rows)))
        batch = events.column("batch").to_numpy()
        # The longest first (the articles' index, about as long as an events index's part),
        # the dates last: two workers then finish about together.
        jobs = [SidecarJob(str(self.out), TEXTS, events, articles, captions, parts, self.cut)]
        for part in range(self.index_parts):  # (the events are in id order)
            first = part * len(events) // self.index_parts
            last = (part + 1) * len(events) // self.index_parts
            files = [str(part_file(self.out, b, "events")) for b in np.unique(batch[first:last])]
            jobs.append(
                SidecarJob(str(self.out), EVENTS, events.slice(first, last - first), articles,
                           captions, {"events": files}, self.cut, part)
            )  # fmt: skip
        jobs.append(SidecarJob(str(self.out), DATES, events, articles, captions, parts, self.cut))
        return [(write_sidecar_piece, job, f"search-{job.piece}-{job.part}") for job in jobs]

    def manifest(self, written: list[Any], clock: _Clock | None = None) -> dict[str, Any]:
        """The dataset's manifest: the partitions written now and those kept as they were."""
        years, classes = self.touched
        partitions = [p for p in (self.old or {}).get("partitions", []) if p["year"] not in years]
        long_parts = [
            p for p in (self.old or {}).get("long_partitions", []) if p["dclass"] not in classes
        ]
        for entry in (e for found in written if isinstance(found, list) for e in found):
            if "year" in entry:
                partitions.append(entry)
            else:
                long_parts.append(entry)
        partitions.sort(key=lambda p: (p["year"], p.get("piece", 0)))  # (a year's pieces)
        long_parts.sort(key=lambda p: p["dclass"])
        ds.write_atomic(
            self.out / ds.CATALOG, lambda temp: write_catalog(temp, partitions, long_parts)
        )
        con = self.con
        stats = con.execute(
            "SELECT l.lane_no, count(k.id), min(k.start_key), max(k.end_key) "
            "FROM lanes l LEFT JOIN keep k USING (lane_no) GROUP BY l.lane_no ORDER BY l.lane_no"
        ).fetchall()
        kept = sum(n for _l, n, _a, _b in stats)
        short = sum(p["rows"] for p in partitions)
        one = con.execute("SELECT (SELECT count(*) FROM art), (SELECT count(*) FROM cap)")
        articles, captions = one.fetchone()  # type: ignore[misc]
        total = con.execute("SELECT count(*) FROM ev").fetchone()[0]  # type: ignore[index]
        bounds = next(found for found in written if isinstance(found, tuple))
        if clock:
            clock.lap("compact_catalog")
        by_sources = self._by_sources(partitions, long_parts, bounds)
        if clock:
            clock.lap("compact_by_source")
        return ds.new_manifest(
            counts={
                "events": kept,
                "short": short,
                "long": kept - short,
                "skipped": int(total) - kept,
                "articles": int(articles),
                "captions": int(captions),
            },
            lanes=self.lanes,
            lane_stats=[(n, a, b) for _l, n, a, b in stats],
            partitions=partitions,
            long_parts=long_parts,
            source={"engine": "dask", "batches": self.holding},
            by_source=by_sources,
        )

    def _by_sources(
        self,
        partitions: list[dict[str, Any]],
        long_parts: list[dict[str, Any]],
        bounds: tuple[int | None, int | None],
    ) -> dict[str, Any]:
        """Write the pyramid by source and the negated events' file, and return the manifest's
        entries by source: from the dataset's partitions as written (their few narrow columns;
        whether an event is negated is known from its wide columns only, which the client does
        not read), so that a later import's counts need no sum of earlier ones."""
        con, out = self.con, self.out
        pieces = [
            "SELECT 0::BIGINT AS start_key, 0::BIGINT AS end_key, 0 AS lane_no, 0 AS source_no, "
            "0::UTINYINT AS flags WHERE false"
        ]
        for entries in (partitions, long_parts):  # (a long table has one column more)
            if entries:
                files = _listed([str(out / p["file"]) for p in entries])
                pieces.append(
                    "SELECT start_key, end_key, lane_no, source_no, flags "
                    f"FROM read_parquet({files})"
                )
        con.execute(f"CREATE OR REPLACE VIEW written AS {' UNION ALL '.join(pieces)}")
        by_source.write_pyramids_from(con, out, "written", len(self.sources), bounds)
        con.execute("CREATE OR REPLACE TABLE source_lanes (source_no INTEGER)")
        con.executemany(
            "INSERT INTO source_lanes VALUES (?)", [(i,) for i in range(len(self.sources))]
        )
        shown = f"(flags & {by_source.NEGATED}) = 0"  # what a frame hiding negated events holds

        def stats(table: str, column: str, where: str) -> list[tuple[int, int, int]]:
            found = con.execute(
                f"SELECT count(k.{column}), min(k.start_key), max(k.end_key) FROM {table} l "
                f"LEFT JOIN (SELECT * FROM written WHERE {where}) k USING ({column}) "
                f"GROUP BY l.{column} ORDER BY l.{column}"
            ).fetchall()
            return [(int(n), a, b) for n, a, b in found]

        negated = con.execute(f"SELECT count(*) FROM written WHERE NOT {shown}").fetchone()
        return by_source.manifest_part(
            self.sources,
            stats("source_lanes", "source_no", "true"),
            int(negated[0]),  # type: ignore[index]
            (stats("lanes", "lane_no", shown), stats("source_lanes", "source_no", shown)),
        )


def _extend_sources(
    names: list[str], counts: dict[str, int], before: set[str]
) -> tuple[list[str], dict[str, int]]:
    """The lanes by source of a dataset extended by an import, and each source's number: the
    dataset's `names` keep their numbers (a source of the events `before` the import that is not
    among them was folded into its last lane); new sources follow, busiest first while there is
    room, the rest folded into the last lane (made one when full). The numbers never change, so
    no partition need be rewritten for them; the folding may then differ from what convert
    would give the same events at once."""
    number: dict[str, int] = {}
    fold: int | None = None
    place = {n: i for i, n in enumerate(names)}
    for name in before:
        if name in place:
            number[name] = place[name]
        else:
            fold = len(names) - 1  # folded into the dataset's last lane
            number[name] = fold
    names = list(names)
    new = sorted((n for n in counts if n not in before), key=lambda n: (-counts[n], n))
    for k, name in enumerate(new):
        if fold is None and len(names) + len(new) - k > MAX_LANES and len(names) >= MAX_LANES - 1:
            # (a dataset of MAX_LANES unfolded sources gets one lane more: its numbers stay)
            fold = len(names)
            names.append("")  # the folded lane, named below
        if fold is not None:
            number[name] = fold
        else:
            number[name] = len(names)
            names.append(name)
    if fold is not None:
        names[fold] = other_lanes(sum(1 for n in number.values() if n == fold))
    return names, number


def _listed(files: list[str]) -> str:
    return "[" + ", ".join(f"'{f}'" for f in files) + "]"
