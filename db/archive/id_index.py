"""The events by id: one memory-mapped record per event, what a frame's filters read of it.

A search's hits (100,000 ids at 100M events) are placed and filtered by numpy gathers from
`events_by_id.npy` instead of reading their rows from the Parquet files (seconds): the records are
in id order, so an id's record is `id - first_id` when the ids are dense, else its position in
the sorted `event_ids.npy`. The manifest's `id_index` says which ({"first_id", "events",
"dense"}, and "base" for narrow records); a dataset without it (written before) is read through
DuckDB as before.

Narrow records (15 bytes an event) hold the keys as uint32 seconds after the manifest's `base`:
written whenever every start, end and report key lies within 136 years of the least one and the
lane and source numbers fit a byte (else the wide, 29-byte records written before, which stay
readable). `timeline-viewer upgrade` rewrites a wide file narrow where its keys fit.

`python -m db.archive.id_index DATASET` adds the files to a dataset written without them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.compute as pc
import pyarrow.parquet as pq

from db.store.model import UNREPORTED, unique_ids

from . import dataset as ds
from . import page_hints

RECORDS = "events_by_id.npy"
IDS = "event_ids.npy"
# Packed (29 bytes an event): a hit's fields share one page. Written before the narrow records,
# and still where the keys do not fit them.
RECORD = np.dtype(
    [
        ("start_key", "<i8"), ("end_key", "<i8"), ("reported_key", "<i8"),
        ("lane_no", "<u2"), ("source_no", "<u2"), ("flags", "u1"),
    ]
)  # fmt: skip
# The same, narrow (15 bytes): keys as seconds after the index's base, numbers as bytes. Half
# the file, half the pages a search's hits touch.
NARROW = np.dtype(
    [
        ("start", "<u4"), ("end", "<u4"), ("reported", "<u4"),
        ("lane_no", "u1"), ("source_no", "u1"), ("flags", "u1"),
    ]
)  # fmt: skip
NO_REPORT = np.iinfo(np.uint32).max  # a narrow record's unknown report day (UNREPORTED)
SPAN = int(NO_REPORT) - 1  # the seconds after base a narrow key can hold
FIELDS: tuple[str, ...] = tuple(RECORD.names or ())
_KEYS = ("start_key", "end_key", "reported_key")
_NUMBERS = ("lane_no", "source_no")
_COLUMNS = ("id", *_KEYS, *_NUMBERS, "flags")


def _files(root: Path, manifest: dict[str, Any]) -> list[Path]:
    parts = manifest.get("partitions", []) + manifest.get("long_partitions", [])
    return [root / p["file"] for p in parts]


def _read(path: Path) -> dict[str, np.ndarray]:
    """A file's columns the records hold; a version 1 file has no source nor report day."""
    names = set(pq.read_schema(path).names)
    table = pq.read_table(path, columns=[c for c in _COLUMNS if c in names])
    out = {c: table.column(c).to_numpy(zero_copy_only=False) for c in table.column_names}
    if "reported_key" in out:  # null: UNREPORTED, below every "as known on" key (kept)
        reported = table.column("reported_key").fill_null(UNREPORTED)
        out["reported_key"] = reported.to_numpy(zero_copy_only=False)
    return out


def _column_range(path: Path, column: str) -> tuple[int, int] | None:
    """The least and greatest non-null value of `column` in the file at `path` (None: no such
    column, or only nulls), from its row groups' statistics where they have them."""
    meta = pq.ParquetFile(path).metadata
    names = [meta.schema.column(j).name for j in range(meta.num_columns)]
    if column not in names:
        return None
    j = names.index(column)
    low: int | None = None
    high: int | None = None
    for g in range(meta.num_row_groups):
        chunk = meta.row_group(g).column(j)
        stats = chunk.statistics
        if stats is not None and stats.has_min_max:
            lo, hi = int(stats.min), int(stats.max)
        elif stats is not None and stats.has_null_count and stats.null_count == chunk.num_values:
            continue  # only nulls
        else:  # no statistics: the column itself
            found = pc.min_max(pq.read_table(path, columns=[column]).column(column)).as_py()
            if found["min"] is None:
                return None
            return int(found["min"]), int(found["max"])
        low = lo if low is None else min(low, lo)
        high = hi if high is None else max(high, hi)
    return None if low is None else (low, high)  # type: ignore[return-value]


def narrow_base(root: Path, manifest: dict[str, Any]) -> int | None:
    """The base key of narrow records for the dataset's events, None when they do not fit them
    (keys further apart than SPAN seconds, a lane or source number over 255)."""
    keys: list[tuple[int, int]] = []
    for f in _files(root, manifest):
        for column in (*_KEYS, *_NUMBERS):
            found = _column_range(f, column)
            if found is None:
                continue
            if column in _NUMBERS:
                if found[0] < 0 or found[1] > 255:
                    return None
            else:
                keys.append(found)
    if not keys:
        return 0
    base = min(lo for lo, _hi in keys)
    return base if max(hi for _lo, hi in keys) - base <= SPAN else None


def _narrowed(cols: dict[str, np.ndarray], base: int) -> np.ndarray:
    part = np.zeros(len(cols["id"]), NARROW)
    part["start"] = cols["start_key"] - base
    part["end"] = cols["end_key"] - base
    reported = cols.get("reported_key")
    if reported is None:
        part["reported"] = NO_REPORT
    else:
        part["reported"] = np.where(reported == UNREPORTED, NO_REPORT, reported - base)
    for name in (*_NUMBERS, "flags"):
        if name in cols:
            part[name] = cols[name]
    return part


def _wide(cols: dict[str, np.ndarray]) -> np.ndarray:
    part = np.zeros(len(cols["id"]), RECORD)
    part["reported_key"] = UNREPORTED
    for name in FIELDS:
        if name in cols:
            part[name] = cols[name]
    return part


def write(root: str | Path, manifest: dict[str, Any], narrow: bool = True) -> dict[str, Any]:
    """Write the records of the events `manifest`'s files hold (each file atomically), narrow
    where they fit (`narrow=False`: the wide records, as written before); returns the
    manifest's `id_index` entry. Call it before the manifest is written."""
    root = Path(root)
    files = _files(root, manifest)
    base = narrow_base(root, manifest) if narrow else None
    ids = [pq.read_table(f, columns=["id"]).column("id").to_numpy() for f in files]
    every = np.concatenate(ids) if ids else np.empty(0, np.int64)
    n = len(every)
    first = int(every.min()) if n else 0
    dense = not n or int(every.max()) - first + 1 == n
    del ids
    if dense:
        every = np.empty(0, np.int64)
    else:
        every.sort()
        with ds.atomic_path(root / IDS) as temp, open(temp, "wb") as handle:
            np.save(handle, every)  # to a handle: np.save would add ".npy" to the temp's name
    dtype = RECORD if base is None else NARROW
    with ds.atomic_path(root / RECORDS) as temp:
        records = np.lib.format.open_memmap(temp, mode="w+", dtype=dtype, shape=(n,))
        raw = np.asarray(records).view(np.dtype((np.void, dtype.itemsize)))
        for f in files:
            cols = _read(f)
            at = cols["id"] - first if dense else np.searchsorted(every, cols["id"])
            part = _wide(cols) if base is None else _narrowed(cols, base)
            raw[at] = part.view(raw.dtype)  # as bytes: a structured copy goes field by field
        records.flush()
        del raw, records
    if dense:  # a dataset written again over one whose ids were not
        (root / IDS).unlink(missing_ok=True)
    entry: dict[str, Any] = {"first_id": first, "events": n, "dense": dense}
    if base is not None:
        entry["base"] = base
    return entry


class IdIndex:
    """A dataset's records by id, memory-mapped (read-only; shared between threads)."""

    def __init__(
        self, root: Path, entry: dict[str, Any], records: str = RECORDS, ids: str = IDS
    ) -> None:
        self.records = np.load(root / records, mmap_mode="r")
        narrow = "base" in entry
        if self.records.dtype != (NARROW if narrow else RECORD):
            raise ValueError(f"{RECORDS} does not match the manifest")
        if len(self.records) != int(entry["events"]):
            raise ValueError(f"{RECORDS} does not match the manifest")
        self.base = int(entry["base"]) if narrow else None
        # Gathered as bytes: numpy copies a structured record field by field (four times as
        # long for 100,000 hits).
        self._raw = np.asarray(self.records).view(np.dtype((np.void, self.records.itemsize)))
        self.first = int(entry["first_id"])
        self.ids = None if entry["dense"] else np.load(root / ids, mmap_mode="r")

    @property
    def narrow(self) -> bool:
        return self.base is not None

    @classmethod
    def open(cls, root: Path, manifest: dict[str, Any]) -> IdIndex | None:
        """The dataset's index, None when it has none (or it cannot be read: DuckDB serves)."""
        entry = manifest.get("id_index")
        if not entry:
            return None
        try:
            return cls(root, entry)
        except (OSError, ValueError, KeyError):
            return None

    def _fields(self, found: np.ndarray) -> dict[str, np.ndarray]:
        """The records' fields as the wide records hold them (keys int64, numbers uint16)."""
        if self.base is None:
            return {name: np.asarray(found[name]) for name in FIELDS}
        base = self.base
        reported = found["reported"]
        return {
            "start_key": found["start"].astype(np.int64) + base,
            "end_key": found["end"].astype(np.int64) + base,
            "reported_key": np.where(
                reported == NO_REPORT, UNREPORTED, reported.astype(np.int64) + base
            ),
            "lane_no": found["lane_no"].astype(np.uint16),
            "source_no": found["source_no"].astype(np.uint16),
            "flags": np.asarray(found["flags"]),
        }

    def rows(self, ids: np.ndarray) -> dict[str, np.ndarray]:
        """The records of `ids` the dataset holds (others left out), in start order (then id),
        with their `id`: numpy gathers, no file read but the pages touched."""
        wanted = unique_ids(ids)  # sorted: the gathers walk forward
        raw, known = self.raw_of(wanted)
        return self.ordered(wanted[known] if len(raw) < len(wanted) else wanted, raw)

    def raw_of(self, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Of the sorted distinct ids `wanted`, the records the index holds (as bytes, in id
        order) and which of `wanted` they are (a mask)."""
        if self.ids is None:
            at = wanted - self.first
            known = (at >= 0) & (at < len(self.records))
        else:
            at = np.minimum(np.searchsorted(self.ids, wanted), max(len(self.ids) - 1, 0))
            known = self.ids[at] == wanted if len(self.ids) else np.zeros(len(wanted), bool)
        at = at if known.all() else at[known]
        page_hints.ask_for(self.records, at)  # cold: their pages alone, at once (page_hints)
        return np.take(self._raw, at), known

    def ordered(self, ids: np.ndarray, raw: np.ndarray) -> dict[str, np.ndarray]:
        """The records `raw` (of raw_of, or this index's format) of the sorted `ids` as `rows`
        gives them: fields, in start order then id, with their `id`."""
        out = self._fields(raw.view(self.records.dtype))
        order = np.argsort(out["start_key"], kind="stable")  # ids sorted: ties by id
        out = {name: column[order] for name, column in out.items()}
        out["id"] = ids[order]
        return out


def main(argv: list[str] | None = None) -> int:
    """Add the records by id to a dataset written without them (its manifest rewritten)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m db.archive.id_index DATASET", file=sys.stderr)
        return 2
    root = Path(args[0])
    manifest = ds.read_manifest(root)
    manifest["id_index"] = write(root, manifest)
    ds.write_manifest(root, manifest)
    print(f"{root}: {manifest['id_index']['events']:,} events indexed by id")
    return 0


if __name__ == "__main__":
    sys.exit(main())
