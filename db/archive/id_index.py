"""The events by id: one memory-mapped record per event, what a frame's filters read of it.

A search's hits (100,000 ids at 100M events) are placed and filtered by numpy gathers from
`events_by_id.npy` instead of reading their rows from the Parquet files (seconds): the records are
in id order, so an id's record is `id - first_id` when the ids are dense, else its position in
the sorted `event_ids.npy`. The manifest's `id_index` says which ({"first_id", "events",
"dense"}); a dataset without it (written before) is read through DuckDB as before.

`python -m db.archive.id_index DATASET` adds the files to a dataset written without them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq

from db.store.model import UNREPORTED

from . import dataset as ds

RECORDS = "events_by_id.npy"
IDS = "event_ids.npy"
# Packed (29 bytes an event): a hit's fields share one page. Lanes are folded to at most 200
# (db.store.model.MAX_LANES), so uint16 holds every lane and source number.
RECORD = np.dtype(
    [
        ("start_key", "<i8"), ("end_key", "<i8"), ("reported_key", "<i8"),
        ("lane_no", "<u2"), ("source_no", "<u2"), ("flags", "u1"),
    ]
)  # fmt: skip
FIELDS: tuple[str, ...] = tuple(RECORD.names or ())
_COLUMNS = ("id", "start_key", "end_key", "reported_key", "lane_no", "source_no", "flags")


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


def write(root: str | Path, manifest: dict[str, Any]) -> dict[str, Any]:
    """Write the records of the events `manifest`'s files hold (each file atomically); returns
    the manifest's `id_index` entry. Call it before the manifest is written."""
    root = Path(root)
    files = _files(root, manifest)
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
    with ds.atomic_path(root / RECORDS) as temp:
        records = np.lib.format.open_memmap(temp, mode="w+", dtype=RECORD, shape=(n,))
        for f in files:
            cols = _read(f)
            at = cols["id"] - first if dense else np.searchsorted(every, cols["id"])
            part = np.zeros(len(at), RECORD)
            part["reported_key"] = UNREPORTED
            for name in FIELDS:
                if name in cols:
                    part[name] = cols[name]
            records[at] = part
        records.flush()
        del records
    if dense:  # a dataset written again over one whose ids were not
        (root / IDS).unlink(missing_ok=True)
    return {"first_id": first, "events": n, "dense": dense}


class IdIndex:
    """A dataset's records by id, memory-mapped (read-only; shared between threads)."""

    def __init__(self, root: Path, entry: dict[str, Any]) -> None:
        self.records = np.load(root / RECORDS, mmap_mode="r")
        if self.records.dtype != RECORD or len(self.records) != int(entry["events"]):
            raise ValueError(f"{RECORDS} does not match the manifest")
        self.first = int(entry["first_id"])
        self.ids = None if entry["dense"] else np.load(root / IDS, mmap_mode="r")

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

    def rows(self, ids: np.ndarray) -> dict[str, np.ndarray]:
        """The records of `ids` the dataset holds (others left out), in start order, with their
        `id`: numpy gathers, no file read but the pages touched."""
        wanted = np.unique(np.asarray(ids, np.int64))  # sorted: the gathers walk forward
        if self.ids is None:
            at = wanted - self.first
            known = (at >= 0) & (at < len(self.records))
        else:
            at = np.minimum(np.searchsorted(self.ids, wanted), max(len(self.ids) - 1, 0))
            known = self.ids[at] == wanted if len(self.ids) else np.zeros(len(wanted), bool)
        wanted, at = wanted[known], at[known]
        found = self.records[at]
        order = np.lexsort((wanted, found["start_key"]))
        out = {name: np.asarray(found[name])[order] for name in FIELDS}
        out["id"] = wanted[order]
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
