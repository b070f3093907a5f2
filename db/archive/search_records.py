"""The records by id of the events the search sidecar indexes, apart: what marking a common
word's hits reads.

A search's event hits are rows of the sidecar's `events_fts`, which may index a sample of the
events (one in 100 at 100M: bench/make_dataset.py --index-every). Their records lie spread over
the whole of `events_by_id.npy` (db.archive.id_index): 50,000 hits of a common word touched
~36,000 of its 4 KB pages (1.5 GB at 100M), read from disk the first time (0.3-0.8 s of the
first search after the files went cold). The same records copied in id order into their own
file (`search_by_id.npy`, with `search_ids.npy`: 23 bytes an indexed event, 23 MB at 100M) are
read in a few tens of ms cold; an article's events (the hits an article stands for) lie together
in the main file and are read from there.

Written by `timeline-viewer upgrade` (and convert) when the sidecar indexes fewer than half the
events; the manifest's `search_records` entry says which index and sidecar they were copied from
(`of`, `sidecar_bytes`): stale or missing, every record is read from the main file as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import numpy as np

from db.store.model import unique_ids

from . import dataset as ds
from .id_index import IdIndex

RECORDS = "search_by_id.npy"
IDS = "search_ids.npy"
ENTRY = "search_records"  # the manifest's key
FEWEST_LEFT_OUT = 0.5  # written only when the sidecar leaves out at least this share of events


def indexed_ids(sidecar: Path) -> np.ndarray:
    """The ids of the events the sidecar's full-text index holds, sorted."""
    conn = sqlite3.connect(sidecar.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        # Each FTS5 row's size, by rowid: read in order without touching the index.
        (text,) = conn.execute(
            "SELECT group_concat(id) FROM (SELECT id FROM events_fts_docsize ORDER BY id)"
        ).fetchone()
    finally:
        conn.close()
    return np.fromstring(text, np.int64, sep=",") if text else np.empty(0, np.int64)


def _stamp(root: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    """What the records are copied from: the main index's entry and the sidecar's size."""
    return {"of": manifest.get("id_index"), "sidecar_bytes": (root / ds.SEARCH).stat().st_size}


def write(root: str | Path, manifest: dict[str, Any]) -> dict[str, Any] | None:
    """Copy the records of the sidecar's indexed events out of the main index (named by
    `manifest`, written already); the manifest's entry for them, or None when there is no main
    index or the sidecar indexes most events (the main file is then as compact: nothing is
    written, and stale files are removed). Call it before the manifest is written."""
    root = Path(root)
    index = IdIndex.open(root, manifest)
    ids = indexed_ids(root / ds.SEARCH) if index is not None else np.empty(0, np.int64)
    if index is None or len(ids) > FEWEST_LEFT_OUT * len(index.records):
        for name in (RECORDS, IDS):
            (root / name).unlink(missing_ok=True)
        return None
    raw, known = index.raw_of(ids)
    ids = ids[known]  # those the dataset holds
    with ds.atomic_path(root / IDS) as temp, open(temp, "wb") as handle:
        np.save(handle, ids)  # to a handle: np.save would add ".npy" to the temp's name
    with ds.atomic_path(root / RECORDS) as temp, open(temp, "wb") as handle:
        np.save(handle, raw.view(index.records.dtype))
    entry: dict[str, Any] = {
        "first_id": int(ids[0]) if len(ids) else 0,
        "events": len(ids),
        "dense": False,
        **_stamp(root, manifest),
    }
    if index.base is not None:
        entry["base"] = index.base
    return entry


def is_current(root: Path, manifest: dict[str, Any]) -> bool:
    """Are the records written for this dataset's index and sidecar as they are?"""
    entry = manifest.get(ENTRY)
    if not entry:
        return False
    try:
        stamp = _stamp(root, manifest)
    except OSError:
        return False
    return all(entry.get(k) == v for k, v in stamp.items())


def open_records(root: Path, manifest: dict[str, Any], main: IdIndex | None) -> IdIndex | None:
    """The indexed events' records, None when the dataset has none current (or they do not
    match the main index `main`): the main index serves alone."""
    if main is None or not is_current(root, manifest):
        return None
    try:
        records = IdIndex(root, manifest[ENTRY], RECORDS, IDS)
    except (OSError, ValueError, KeyError):
        return None
    if records.records.dtype != main.records.dtype or records.base != main.base:
        return None
    return records


def rows(main: IdIndex, indexed: IdIndex | None, ids: np.ndarray) -> dict[str, np.ndarray]:
    """The records of `ids` the dataset holds, in start order then id (as IdIndex.rows): those of
    indexed events from `indexed`, the others from `main` (the same format: copied bytes)."""
    if indexed is None:
        return main.rows(ids)
    wanted = unique_ids(ids)
    raw, known = indexed.raw_of(wanted)
    if len(raw) == len(wanted):
        return main.ordered(wanted, raw)
    rest = np.flatnonzero(~known)
    raw_rest, known_rest = main.raw_of(wanted[rest])
    held = known.copy()
    held[rest[known_rest]] = True
    both = np.empty(len(wanted), raw.dtype)  # in id order, then those held kept
    both[known] = raw
    both[rest[known_rest]] = raw_rest
    return main.ordered(wanted[held], both[held])
