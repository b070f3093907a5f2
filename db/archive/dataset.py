"""The dataset folder's format: its files, its manifest, and how each file is written.

    OUT/manifest.json                 format version, counts, lanes, span, source hash, partitions
    OUT/events/year=YYYY/data.parquet short events (at most LONG) starting that year, by start
                                      (a large year imported on Dask: data-B-N.parquet, its
                                      pieces by start, db.cluster.pieces; the manifest lists each)
    OUT/long/class=CC/data.parquet    long events whose duration is below 2**(CC+1) s, by start
    OUT/articles.parquet, OUT/captions.parquet
    OUT/pyramid/lane-NNN.{keys,cum}.npy and lane-all.*: the count pyramid (db.archive.pyramid)
    OUT/pyramid/source/               (version 2) the same, lanes by source (db.archive.by_source)
    OUT/pyramid/negated/, negated-source/  (version 2) the negated events' alone, by lane and
                                      by source: subtracted while they are hidden
    OUT/search.sqlite                 the FTS5 sidecar (db.archive.search)
    OUT/events_by_id.npy              every event's record by id (db.archive.id_index), and
    OUT/event_ids.npy                 the sorted ids, only when they have gaps
    OUT/search_by_id.npy              the records of the events the sidecar indexes, apart, and
    OUT/search_ids.npy                their ids, where it indexes a sample (search_records.py)
    OUT/dataset.duckdb                views over the Parquet files (relative paths), for DuckDB
    OUT/parts/                        only in a dataset imported on Dask: its batches' Parquet parts
                                      and their manifest (db.cluster.parts)

Every file is written beside its place and renamed over it (os.replace), the manifest last: a
folder with a manifest is a complete dataset.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FORMAT = "timeline-viewer-dataset"
FORMAT_VERSION = 2
# Version 2 added the events' `source`, `source_no` and `reported_key` columns, the pyramids by
# source and of negated events (db.archive.by_source). A version 1 dataset still opens: it cannot
# group lanes by source nor cut "as known on", and counts its hidden negated events.
READABLE_VERSIONS = (1, 2)
MANIFEST = "manifest.json"
SEARCH = "search.sqlite"
CATALOG = "dataset.duckdb"
ARTICLES = "articles.parquet"
CAPTIONS = "captions.parquet"
PYRAMID = "pyramid"

# Events covering more than this are long: counted where they overlap, not at their middle (the
# same rule as the in-memory frame, db.store.intervals.LONG; a test holds them equal).
LONG = 86_400 * 2
# Keys a timeline store loads (db.store.timeline.MAX_KEY): beyond them a row is skipped.
MAX_KEY = 32_000_000_000_000


def duration_class(duration: int) -> int:
    """The power-of-two class of a long event: its duration is below 2 ** (class + 1)."""
    return max(int(duration), 1).bit_length() - 1


def year_file(year: int) -> str:
    return f"events/year={year}/data.parquet"


def class_file(dclass: int) -> str:
    return f"long/class={dclass:02d}/data.parquet"


def is_dataset(path: str | Path) -> bool:
    """A folder holding a manifest: what open_store opens as a dataset."""
    path = Path(path)
    try:
        return path.is_dir() and (path / MANIFEST).is_file()
    except (OSError, ValueError):  # unsearchable folder, NUL in the name: opening says why
        return False


def read_manifest(root: str | Path) -> dict[str, Any]:
    with open(Path(root) / MANIFEST, encoding="utf-8") as f:
        manifest = json.load(f)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValueError("not a timeline-viewer dataset manifest")
    return manifest


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed over it when the block ends without an error (a
    reader never sees half a file; a killed convert leaves only a temp file behind)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp(path)
    try:
        yield temp
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    with atomic_path(path) as temp:
        write(temp)


def new_manifest(
    *,
    counts: dict[str, int],
    lanes: list[str],
    lane_stats: list[tuple[int, int, int]],
    partitions: list[dict[str, Any]],
    long_parts: list[dict[str, Any]],
    timelinejs: str | None = None,
    source: dict[str, Any] | None = None,
    by_source: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The manifest of a dataset written now, by whichever writer (convert, the Dask import, the
    benchmark's generator): `counts` (events, short, long, skipped, articles, captions), each
    lane's (events, least start, greatest end), its files; `by_source`: the lanes by source and
    their statistics (db.archive.by_source.manifest_part)."""
    kept = sum(n for n, _a, _b in lane_stats)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "counts": counts,
        "lanes": lanes,
        "lane_events": [int(n) for n, _a, _b in lane_stats],
        "lane_spans": [[int(a), int(b)] if n else None for n, a, b in lane_stats],
        "span": [
            min(int(a) for n, a, _b in lane_stats if n),
            max(int(b) for n, _a, b in lane_stats if n),
        ]
        if kept
        else None,  # fmt: skip
        "long_threshold": LONG,
        # absent from datasets written before; source and reported_key: format version 2
        "event_columns": ["status", "provenance", "source", "reported_key"],
        "partitions": partitions,
        "long_partitions": long_parts,
        "timelinejs": timelinejs,
    }
    if source is not None:
        manifest["source"] = source
    if by_source is not None:
        manifest.update(by_source)
    return manifest


def write_manifest(root: Path, manifest: dict[str, Any]) -> None:
    def write(temp: Path) -> None:
        temp.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", "utf-8")

    write_atomic(root / MANIFEST, write)


def source_hash(path: Path) -> str:
    """SHA-256 of the database file (and its write-ahead log, which holds committed rows too)."""
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            with open(part, "rb") as f:
                while chunk := f.read(1 << 20):
                    digest.update(chunk)
    return digest.hexdigest()
