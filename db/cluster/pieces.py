"""A large year partition written by several compaction tasks at once: its events cut by start
key into pieces, each a Parquet file of its own in the year's folder (the dataset's manifest
lists each, with its rows and least and greatest start, as it lists a year's one file: every
reader of a dataset reads the files the manifest lists). Written one after the other, by start,
the pieces hold the rows one file would hold, in the same order.

A piece's name carries the last batch of the compaction that wrote it: a compaction never
writes over a file the dataset's manifest still lists (a killed one's next run reads the old
files whole), and the files no manifest lists any more are removed once the new one is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

# Events a piece at least: fewer are written in well under a second, and each piece is a file
# more for a window's query to open.
PIECE_ROWS = 20_000


def piece_count(rows: int, workers: int, piece_rows: int = PIECE_ROWS) -> int:
    """How many pieces a year of `rows` events is written in: one a worker, of `piece_rows`
    events at least (one when a worker is alone: nothing to share)."""
    return max(1, min(workers, rows // max(1, piece_rows)))


def bounds(starts: np.ndarray, pieces: int) -> list[int]:
    """The start keys where each piece after the first begins: the new events' start keys cut
    into `pieces` of about as many events (fewer pieces when keys repeat); every piece holds
    at least one of them."""
    keys = np.sort(np.asarray(starts, np.int64))
    if not len(keys):
        return []
    cuts = {int(keys[i * len(keys) // pieces]) for i in range(1, pieces)}
    return sorted(c for c in cuts if c > keys[0])


def piece_file(year: int, generation: int, piece: int) -> str:
    return f"events/year={year}/data-{generation}-{piece}.parquet"


def remove_unlisted(out: Path, manifest: dict[str, Any]) -> None:
    """Remove the year files that `manifest` (written) no longer lists: pieces of an earlier
    compaction, written again in other pieces now."""
    listed = {str(out / p["file"]) for p in manifest.get("partitions", [])}
    for path in out.glob("events/year=*/data*.parquet"):
        if str(path) not in listed:
            path.unlink(missing_ok=True)
