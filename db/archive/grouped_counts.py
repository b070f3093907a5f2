"""The counts a dataset of format version 2 adds for its frames (db.archive.by_source writes
them): the pyramid by source, the negated events (counted in memory by lane or by source: taken
off while negated events are hidden), and the short events reported after an "as known on" day,
counted in DuckDB when a frame first asks (cached per day) and held in memory.

A version 1 dataset has none of them: it refuses lanes by source and "as known on" with a
message that says to convert again, and counts its hidden negated events.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from db.pyramid import Counts, LanePyramid, Pyramid
from db.store.frame import FrameQuery
from db.windowed.memory_counts import MemoryCounts

from .by_source import NEGATED, SOURCE_PYRAMID, read_negated
from .dataset import PYRAMID

LATE_KEPT = 8  # "as known on" days whose counts are kept
RECONVERT = "convert the database again (timeline-viewer convert) into an empty folder"


class GroupedCounts:
    """A dataset's version 2 pyramids (memory-mapped, opened with the dataset)."""

    def __init__(self, root: Path, manifest: dict[str, Any], every: LanePyramid) -> None:
        """`every`: the lane pyramid's all-lanes one, which the lanes by source share."""
        self.version = int(manifest.get("format_version") or 1)
        self.version2 = self.version >= 2 and "sources" in manifest
        self.sources: tuple[str, ...] = tuple(manifest.get("sources") or ())
        self.negated_events = int(manifest.get("negated_events") or 0)
        self.by_source: Pyramid | None = None
        if self.version2:
            self.by_source = SourcePyramid(
                root / PYRAMID / SOURCE_PYRAMID, len(self.sources), every
            )
        self._root = root
        self._negated: dict[str, MemoryCounts] = {}
        self._late: OrderedDict[tuple, MemoryCounts] = OrderedDict()
        self._lock = threading.Lock()

    def refuses(self, query: FrameQuery) -> str | None:
        """Why this dataset cannot answer `query` (a version 1 dataset: lanes by source, a cut
        by report day), or None."""
        if query.group not in ("lane", "source"):
            return f"a dataset groups lanes by lane or by source, not by {query.group}"
        if self.version2:
            return None
        if query.group == "source":
            return (
                "this dataset (format version 1) keeps no source beside each event, so it "
                f"cannot group lanes by source: {RECONVERT}"
            )
        if query.as_of is not None:
            return no_report_days()
        return None

    def hides_negated(self, hide: int) -> bool:
        """Must a frame hiding `hide` take negated events off the pyramid's counts?"""
        return bool(hide & NEGATED) and self.version2 and self.negated_events > 0

    def negated(self, group: str) -> MemoryCounts:
        """The short negated events counted by lane or by source ("lane", "source"), read the
        first time a frame hides them (a few per thousand events)."""
        with self._lock:
            found = self._negated.get(group)
        if found is None:
            table = read_negated(self._root)
            found = MemoryCounts(Counts.of(table[0], table[2 if group == "source" else 1]))
            with self._lock:
                self._negated[group] = found
        return found

    def late(self, key: tuple, count: Callable[[], MemoryCounts]) -> MemoryCounts:
        """The counts of `key` (column, day, hidden bits), counted by `count` the first time."""
        with self._lock:
            found = self._late.get(key)
            if found is not None:
                self._late.move_to_end(key)
                return found
        found = count()
        with self._lock:
            self._late[key] = found
            while len(self._late) > LATE_KEPT:
                self._late.popitem(last=False)
        return found


class SourcePyramid(Pyramid):
    """The pyramid by source: its lanes, and the lane pyramid's all-lanes one (the same
    events, not written twice)."""

    def __init__(self, folder: Path, n_sources: int, every: LanePyramid) -> None:
        index = json.loads((folder / "pyramid.json").read_text("utf-8"))
        levels = [int(k) for k in index["levels"]]
        self.lanes = [
            LanePyramid(folder, f"{i:03d}", levels, index["lanes"][f"{i:03d}"])
            for i in range(n_sources)
        ]
        self.all = every


def no_report_days() -> str:
    return (
        "this dataset (format version 1) keeps no report days, so it cannot show what was "
        f"known on a day (--as-of): {RECONVERT}"
    )
