"""What format version 2 of a dataset adds for its writers (convert, the Dask import's
compaction, bench/make_dataset.py): each event's source and report day beside it, the count
pyramid by source, and the negated events' midpoints (few: taken off the counts while hidden).

An event's source is its article's (`articles.source`; '' without an article or a source), as a
timeline database groups lanes by source. Sources beyond MAX_LANES fold as the database folds
them: the busiest MAX_LANES - 1 keep a lane each (sorted by name), the others share the last,
"(N other lanes)"; an event's `source` keeps its own name, `source_no` its lane.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from db import pyramid as shared
from db.lane_order import in_natural_order
from db.pyramid import FINEST, Counts
from db.store.model import MAX_LANES, other_lanes

from .dataset import LONG, PYRAMID, write_atomic

NEGATED = 16  # db.store.model's flag bit
SOURCE_PYRAMID = "source"  # folders under the dataset's pyramid/
NEGATED_FILE = "negated.npy"  # under pyramid/ too
# The events' columns version 2 adds (after version 1's; a long table's dclass stays last).
FIELDS = [("source", pa.string()), ("source_no", pa.int32()), ("reported_key", pa.int64())]


def source_lanes(counts: dict[str, int]) -> tuple[list[str], dict[str, int]]:
    """The lanes by source of sources with these event counts, and each source's lane number."""
    names = in_natural_order(counts)
    if len(names) <= MAX_LANES:
        return names, {n: i for i, n in enumerate(names)}
    busiest = sorted(names, key=lambda n: (-counts[n], n))[: MAX_LANES - 1]
    kept = in_natural_order(busiest)
    place = {n: i for i, n in enumerate(kept)}
    folded = len(kept)
    return [*kept, other_lanes(len(names) - len(kept))], {n: place.get(n, folded) for n in names}


def lane_stats(
    lane_no: np.ndarray, start: np.ndarray, end: np.ndarray, n_lanes: int
) -> list[tuple[int, int, int]]:
    """Each lane's (events, least start, greatest end)."""
    stats = np.zeros((n_lanes, 3), np.int64)
    stats[:, 1], stats[:, 2] = np.iinfo(np.int64).max, np.iinfo(np.int64).min
    np.add.at(stats[:, 0], lane_no, 1)
    np.minimum.at(stats[:, 1], lane_no, start)
    np.maximum.at(stats[:, 2], lane_no, end)
    return [(n, a, b) for n, a, b in stats.tolist()]


def manifest_part(
    sources: list[str],
    stats: list[tuple[int, int, int]],
    negated: int,
    shown: tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]] | None = None,
) -> dict[str, Any]:
    """The manifest's entries for the lanes by source (db.archive.dataset.new_manifest);
    `shown`: each lane's and each source's statistics without the negated events (the spans of
    a frame hiding them, without a scan), None when there are none."""
    spans = [[int(a), int(b)] if n else None for n, a, b in stats]
    part: dict[str, Any] = {
        "sources": sources,
        "source_events": [int(n) for n, _a, _b in stats],
        "source_spans": spans,
        "negated_events": int(negated),
    }
    if shown is not None:
        lanes, by_source = shown
        part["lane_spans_shown"] = [[int(a), int(b)] if n else None for n, a, b in lanes]
        part["source_spans_shown"] = [[int(a), int(b)] if n else None for n, a, b in by_source]
    return part


def write_pyramids(
    root: Path,
    mids: np.ndarray,
    lane_no: np.ndarray,
    source_no: np.ndarray,
    negated: np.ndarray,
    n_sources: int,
) -> None:
    """Write the pyramid by source and the negated events' file, from the short events'
    midpoints, lane and source numbers and negated mask."""
    bounds = (int(mids.min()), int(mids.max())) if len(mids) else (None, None)
    chosen = np.asarray(negated, bool)
    write_counts(root, Counts.of(mids, source_no), n_sources, bounds)
    write_negated(root, mids[chosen], lane_no[chosen], source_no[chosen])


def write_counts(
    root: Path, by_source: Counts, n_sources: int, bounds: tuple[int | None, int | None]
) -> None:
    """Write the pyramid by source (`n_sources` lanes by number) with the levels of the lane
    pyramid, whose midpoints span `bounds`: a frame takes other counts off at the level it
    reads (negated events, those reported later), the same for both groupings."""
    folder = root / PYRAMID / SOURCE_PYRAMID
    lanes = list(range(n_sources))  # (all of them: the lane pyramid's all-lanes one)
    shared.write_counts(folder, Counts(by_source.lanes, *bounds), lanes, with_all=False)


def write_negated(root: Path, mids: np.ndarray, lane_no: np.ndarray, source_no: np.ndarray) -> None:
    """The short negated events' midpoints, lanes and sources, one file: they are few (a
    pyramid per lane and per source would be hundreds of files for them), read whole and
    counted in memory when a frame hides them."""
    table = np.stack([np.asarray(a, np.int64) for a in (mids, lane_no, source_no)])
    table = table[:, np.lexsort((table[2], table[1], table[0]))] if table.shape[1] else table

    def save(path: Path) -> None:
        with open(path, "wb") as f:
            np.save(f, table)

    write_atomic(root / PYRAMID / NEGATED_FILE, save)


def read_negated(root: Path) -> np.ndarray:
    """write_negated's table: rows of midpoints, lane numbers and source numbers."""
    return np.load(root / PYRAMID / NEGATED_FILE)


def counts_of(con: duckdb.DuckDBPyConnection, table: str, lane: str, where: str) -> Counts:
    """The short events of DuckDB `table` matching `where` counted by column `lane` (a number)
    and finest bucket, summed in DuckDB (the events need not fit in memory)."""
    mid = "(start_key + ((end_key - start_key) >> 1))"  # end >= start: as numpy floors
    found = con.execute(
        f"SELECT {lane} AS lane, {mid} >> {FINEST} AS bucket, count(*) AS n, min({mid}) AS lo, "
        f"max({mid}) AS hi FROM {table} WHERE end_key - start_key <= {LONG} AND ({where}) "
        "GROUP BY ALL ORDER BY lane, bucket"
    ).fetchnumpy()
    lanes = np.asarray(found["lane"], np.int64)
    buckets = np.asarray(found["bucket"], np.int64)
    n = np.asarray(found["n"], np.int64)
    if not len(lanes):
        return Counts({}, None, None)
    cut = np.flatnonzero(np.diff(lanes)) + 1
    parts = {
        int(lanes[a]): (buckets[a:b], n[a:b])
        for a, b in zip([0, *cut.tolist()], [*cut.tolist(), len(lanes)], strict=True)
    }
    return Counts(parts, int(np.min(found["lo"])), int(np.max(found["hi"])))


def write_pyramids_from(
    con: duckdb.DuckDBPyConnection,
    root: Path,
    table: str,
    n_sources: int,
    bounds: tuple[int | None, int | None],
) -> None:
    """As write_pyramids, from DuckDB `table` (lane_no, source_no, flags, keys): counted there."""
    write_counts(root, counts_of(con, table, "source_no", "true"), n_sources, bounds)
    mid = "(start_key + ((end_key - start_key) >> 1))"
    found = con.execute(
        f"SELECT {mid} AS mid, lane_no, source_no FROM {table} "
        f"WHERE end_key - start_key <= {LONG} AND (flags & {NEGATED}) != 0"
    ).fetchnumpy()
    write_negated(root, found["mid"], found["lane_no"], found["source_no"])
