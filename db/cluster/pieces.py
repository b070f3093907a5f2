"""A large year partition written by several compaction tasks at once: its events cut by start
key and id into pieces, each a Parquet file of its own in the year's folder (the dataset's manifest
lists each, with its rows and least and greatest start, as it lists a year's one file: every
reader of a dataset reads the files the manifest lists). Read one after the other, in the
manifest's order, the pieces hold the rows one file would hold, in the same order.

A piece's name carries the last batch of the compaction that wrote it: a compaction never
writes over a file the dataset's manifest still lists (a killed one's next run reads the old
files whole), and the files no manifest lists any more are removed once the new one is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is imported by the functions that use it: a client with nothing new
    import numpy as np  # to import needs only `Pieces`

# Events a piece at least: fewer are written in well under a second, and each piece is a file
# more for a window's query to open.
PIECE_ROWS = 20_000
# A year's task costs about a quarter of what the whole compaction costs an event (CPU seconds
# on the parts of 4,000 articles: a year of 53,000 events 0.62 s; every task, for 67,700
# events, 2.9 s). Cut, each piece reads the year's rows of every part again (a part holds a
# year in one row group): worth it only when the year's task is longer than a worker's share
# of the whole, so when its events are more than YEAR_SHARE / workers of them: on 2 workers
# never (4 / 2 > 1), on 8 when it holds more than half the events.
YEAR_SHARE = 4.0


@dataclass(frozen=True)
class Pieces:
    """When a year is written in pieces: `rows` events a piece at least, and its events more
    than `share` / workers of the compaction's (0: whenever it has `rows` a piece)."""

    rows: int = PIECE_ROWS
    share: float = YEAR_SHARE

    def count(self, rows: int, events: int, workers: int) -> int:
        """How many pieces a year of `rows` events (of the compaction's `events`) is written
        in: one a worker at most (one when a worker is alone: nothing to share)."""
        if rows * workers <= self.share * events:
            return 1
        return max(1, min(workers, rows // max(1, self.rows)))


DEFAULT_PIECES = Pieces()


def bounds(starts: np.ndarray, ids: np.ndarray, pieces: int) -> list[tuple[int, int]]:
    """Where each piece after the first begins, as (start key, id): the new events cut into
    `pieces` of as many events in the order of the file, by start then id (many events share
    a start key: a publication day's); every piece holds at least one new event."""
    import numpy as np

    order = np.lexsort((ids, starts))
    at = sorted({i * len(order) // pieces for i in range(1, pieces)} - {0})
    return [(int(starts[order[i]]), int(ids[order[i]])) for i in at]


def inside(
    starts: np.ndarray, ids: np.ndarray, low: tuple[int, int] | None, high: tuple[int, int] | None
) -> np.ndarray:
    """Which events (start keys and ids) fall in the piece [low, high)."""
    import numpy as np

    found = np.ones(len(starts), bool)
    if low is not None:
        found &= (starts > low[0]) | ((starts == low[0]) & (ids >= low[1]))
    if high is not None:
        found &= (starts < high[0]) | ((starts == high[0]) & (ids < high[1]))
    return found


def within_sql(low: tuple[int, int] | None, high: tuple[int, int] | None) -> str:
    """The same test in SQL, over columns start_key and id (nothing for a whole partition)."""
    found = ""
    if low is not None:
        found += f" AND (start_key > {low[0]} OR (start_key = {low[0]} AND id >= {low[1]}))"
    if high is not None:
        found += f" AND (start_key < {high[0]} OR (start_key = {high[0]} AND id < {high[1]}))"
    return found


def piece_file(year: int, generation: int, piece: int) -> str:
    return f"events/year={year}/data-{generation}-{piece}.parquet"


def remove_unlisted(out: Path, manifest: dict[str, Any]) -> None:
    """Remove the year files that `manifest` (written) no longer lists: pieces of an earlier
    compaction, written again in other pieces now."""
    listed = {str(out / p["file"]) for p in manifest.get("partitions", [])}
    for path in out.glob("events/year=*/data*.parquet"):
        if str(path) not in listed:
            path.unlink(missing_ok=True)
