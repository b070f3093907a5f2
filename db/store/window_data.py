"""What a timeline database's windowed frames keep beside its count pyramid (db.pyramid_cache),
in the same cache folder and for the same state of the file: what the pyramid does not count
and a query per frame would pay a scan for.

- the long events (longer than LONG: ranges, months, years) with their columns: a few per cent
  of the events, whose windows and coverage are answered in memory (SQL finds the events
  overlapping a window by start alone for the short ones, db.store.window_sql);
- each lane's number of events and span, and its span without the negated events;
- the short negated events' midpoints and lanes (taken off the counts while they are hidden);
- the reports folded into their story's first (not drawn: SQL reads them, the frame drops
  them), how many reports each drawn one stands for and each folded report's day (an "as
  known on" frame counts the reports known then) (db.store.stories);
- the ids of the reviewed events (db.store.window_apart: SQL reads them where they were
  imported, the frame takes them from the rows by id, where their reviews put them);
- every event's columns sorted by id, memory-mapped when read (`ById`): a click, a step or a
  search's 50,000 marks find their events by binary search, not by reading rows of the table
  (1.4 s for 50,000 ids at a million events, under load);
- lanes by source (where the file has fewer than MAX_LANES sources): each event's source
  number (a column by id: SQL's rows get theirs from it, the source is not in the start key's
  index), the pyramid by source (`by_source/`), the long and negated events' sources and each
  source's number of events and spans.

Written from the index a store loaded (TimelineStore.load_index), only when that index is the
table's rows as they are, which windowed SQL can read again, but the folded reports and the
reviewed events, kept apart: no row left out, at most MAX_LANES lanes (db.store.window_frames
says when it is used).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from db import pyramid_cache
from db.pyramid import Pyramid, write_pyramid
from db.sorted_ids import unique_ids

from .intervals import LONG
from .model import NEGATED, EventIndex

ARRAYS = "window.npz"
FACTS = "window.json"
FORMAT = 2  # as db.pyramid_cache's: lanes in natural order
_LONG_COLUMNS = ("id", "start", "end", "lane", "flags")
_MANIFEST = (
    "lane_events", "lane_spans", "lane_spans_shown", "source_events", "source_spans",
    "source_spans_shown",
)  # fmt: skip
BY_ID = ("id", "start_key", "end_key", "lane_no", "flags")  # by_id_<column>.npy
SOURCE_NO = "source_no"  # by_id_source_no.npy, in a file with lanes by source
BY_SOURCE = "by_source"  # the folder of the pyramid by source
# Lanes by source: their names and each event's number, in the order of the index's ids.
Sources = tuple[tuple[str, ...], np.ndarray]


@dataclass(frozen=True)
class WindowData:
    """The kept arrays and facts of one state of a database (see the module's docstring)."""

    lanes: tuple[str, ...]
    long: dict[str, np.ndarray]  # id, start, end, lane, flags of the long events, by start
    negated_mids: np.ndarray  # int64 midpoints of the short negated events
    negated_lanes: np.ndarray  # int64 their lanes
    manifest: dict[str, Any]  # lane_events, lane_spans, lane_spans_shown (as a dataset's)
    by_id: ById | None = None
    folded: np.ndarray | None = None  # sorted ids of the reports not drawn; None: no stories
    drawn: np.ndarray | None = None  # sorted ids of the events standing for several reports
    drawn_reports: np.ndarray | None = None  # how many each
    folded_days: np.ndarray | None = None  # (report drawn, day of a report folded into it)
    reviewed: np.ndarray | None = None  # sorted ids of the reviewed events (None: none)
    sources: tuple[str, ...] | None = None  # lanes by source (None: held in memory)
    by_source: Pyramid | None = None  # their pyramid
    negated_sources: np.ndarray | None = None  # the short negated events' sources

    def reports_of(self, ids: np.ndarray, as_of: int | None = None) -> np.ndarray | None:
        """How many reports each of `ids` stands for (None: the file has no stories); with
        `as_of`, those known then (as MemoryFrame's: the reports folded later not counted)."""
        if self.drawn is None or self.drawn_reports is None:
            return None
        out = np.ones(len(ids), np.int32)
        if len(self.drawn) and len(ids):
            at = np.minimum(np.searchsorted(self.drawn, ids), len(self.drawn) - 1)
            hit = self.drawn[at] == ids
            out[hit] = self.drawn_reports[at[hit]]
        if as_of is not None and self.folded_days is not None and len(ids):
            late = np.sort(self.folded_days[self.folded_days[:, 1] > as_of, 0])
            out -= (np.searchsorted(late, ids, "right") - np.searchsorted(late, ids)).astype(
                np.int32
            )
        return out


class ById:
    """Every event's columns sorted by id, memory-mapped (the pages a look-up touches)."""

    def __init__(self, folder: Path, sources: bool = False) -> None:
        names = (*BY_ID, SOURCE_NO) if sources else BY_ID
        self._columns = {c: np.load(folder / f"by_id_{c}.npy", mmap_mode="r") for c in names}

    def source_of(self, ids: np.ndarray) -> np.ndarray:
        """Each of `ids`' source number (every id the rows by id hold; 0 for any other)."""
        every, ids = self._columns["id"], np.asarray(ids, np.int64)
        if not len(every) or not len(ids):
            return np.zeros(len(ids), np.int64)
        at = np.minimum(np.searchsorted(every, ids), len(every) - 1)
        return np.asarray(self._columns[SOURCE_NO][at], np.int64)

    def rows(self, ids: np.ndarray) -> dict[str, np.ndarray]:
        """The rows of `ids` held (each once), in (start, id) order."""
        every = self._columns["id"]
        wanted = unique_ids(ids)
        if not len(every) or not len(wanted):
            wanted = wanted[:0]
        at = np.minimum(np.searchsorted(every, wanted), max(len(every) - 1, 0))
        at = at[np.asarray(every[at]) == wanted]
        out = {c: np.asarray(v[at]) for c, v in self._columns.items()}
        out["lane_no"] = out["lane_no"].astype(np.int64)
        if SOURCE_NO in out:
            out[SOURCE_NO] = out[SOURCE_NO].astype(np.int64)
        order = np.lexsort((out["id"], out["start_key"]))
        return {c: v[order] for c, v in out.items()}


def write_to(
    folder: Path, index: EventIndex, seen: dict[str, Any], folds: np.ndarray,
    reviewed: np.ndarray | None = None, sources: Sources | None = None,
) -> None:  # fmt: skip
    """Write `index`'s window data into the pyramid's `folder` (before its identity is), for
    the state `seen` of the file (db.pyramid_cache.identity); `folds`: the (report, report
    drawn) pairs it was folded with (db.store.stories.fold_stories); `reviewed`: the ids of
    the events with a review (laid over the index: db.store.reviewed.overlay_index); `sources`:
    the lanes by source (None: none kept)."""
    long = (index.end - index.start) > LONG
    negated = (index.flags & NEGATED) != 0
    short_negated = negated & ~long
    start, end = index.start, index.end
    arrays = {
        "id": index.ids[long], "start": start[long], "end": end[long],
        "lane": index.lane[long].astype(np.int64), "flags": index.flags[long],
        "negated_mids": start[short_negated] + (end[short_negated] - start[short_negated]) // 2,
        "negated_lanes": index.lane[short_negated].astype(np.int64),
    }  # fmt: skip
    if index.reports is not None:  # as fold_stories folds: reports whose drawn one is there
        pairs = np.asarray(folds, np.int64).reshape(-1, 2)
        pairs = pairs[(pairs[:, 0] != pairs[:, 1]) & np.isin(pairs[:, 1], index.ids)]
        several = index.reports != 1
        order = np.argsort(index.ids[several])
        arrays["folded"] = np.unique(pairs[:, 0])
        arrays["drawn"] = index.ids[several][order]
        arrays["drawn_reports"] = index.reports[several][order].astype(np.int32)
        if index.folded is not None:
            arrays["folded_days"] = np.asarray(index.folded, np.int64).reshape(-1, 2)
    if reviewed is not None and len(reviewed):
        arrays["reviewed"] = np.unique(np.asarray(reviewed, np.int64))
    n = len(index.lanes)
    facts = {
        "format": FORMAT,
        "identity": seen,
        "lanes": list(index.lanes),
        "lane_events": np.bincount(index.lane, minlength=n).tolist(),
        "lane_spans": _spans(index, index.lane, n, np.ones(len(index), bool)),
        "lane_spans_shown": _spans(index, index.lane, n, ~negated),
    }
    by_id = np.argsort(index.ids, kind="stable")
    columns = [index.ids, index.start, index.end, index.lane.astype(np.int32), index.flags]
    names = list(BY_ID)
    if sources is not None:
        source_names, source = sources[0], np.asarray(sources[1], np.int64)
        k = len(source_names)
        short = ~long
        mids = start[short] + (end[short] - start[short]) // 2
        (folder / BY_SOURCE).mkdir(exist_ok=True)
        write_pyramid(folder / BY_SOURCE, mids, source[short], k)
        arrays["source"], arrays["negated_sources"] = source[long], source[short_negated]
        facts["sources"] = list(source_names)
        facts["source_events"] = np.bincount(source, minlength=k).tolist()
        facts["source_spans"] = _spans(index, source, k, np.ones(len(index), bool))
        facts["source_spans_shown"] = _spans(index, source, k, ~negated)
        columns.append(source.astype(np.int32))
        names.append(SOURCE_NO)
    else:
        (folder / f"by_id_{SOURCE_NO}.npy").unlink(missing_ok=True)
    for name, column in zip(names, columns, strict=True):
        temp = folder / f".by_id_{name}.tmp.npy"
        np.save(temp, column[by_id])
        os.replace(temp, folder / f"by_id_{name}.npy")
    temp = folder / f".{ARRAYS}.tmp.npz"
    np.savez(temp, **arrays)
    os.replace(temp, folder / ARRAYS)
    temp = folder / f".{FACTS}.tmp"
    temp.write_text(json.dumps(facts) + "\n", "utf-8")
    os.replace(temp, folder / FACTS)


def _spans(
    index: EventIndex, lanes: np.ndarray, n: int, keep: np.ndarray
) -> list[list[int] | None]:
    """Each of `n` lanes' (`lanes`: each event's) earliest start and latest end among the
    events `keep` holds (None: none)."""
    lane = lanes[keep].astype(np.int64)
    low = np.full(n, np.iinfo(np.int64).max, np.int64)
    high = np.full(n, np.iinfo(np.int64).min, np.int64)
    np.minimum.at(low, lane, index.start[keep])
    np.maximum.at(high, lane, index.end[keep])
    held = np.bincount(lane, minlength=n) > 0
    return [[int(a), int(b)] if h else None for a, b, h in zip(low, high, held, strict=True)]


def kept(path: str | Path) -> bool:
    """Are window data and the pyramid kept for the database at `path` as it is now?"""
    if not pyramid_cache.current(path, exact=True):  # its identity is written last
        return False
    try:
        facts = json.loads((pyramid_cache.folder_for(path) / FACTS).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(facts, dict)
        and facts.get("format") == FORMAT
        and facts.get("identity") == pyramid_cache.identity(path)
    )


def load(path: str | Path) -> tuple[pyramid_cache.CachedPyramid, WindowData] | None:
    """The pyramid and window data of the database at `path` as it is now, counted from a
    store's index; None when either is missing, stale or unreadable."""
    if not pyramid_cache.current(path, exact=True):
        return None
    cached = pyramid_cache.load(path)
    if cached is None:
        return None
    folder = pyramid_cache.folder_for(path)
    try:
        facts = json.loads((folder / FACTS).read_text("utf-8"))
        if (
            facts.get("format") != FORMAT
            or facts.get("identity") != pyramid_cache.identity(path)
            or tuple(facts["lanes"]) != cached.lanes
        ):
            return None
        with np.load(folder / ARRAYS) as found:
            arrays = {k: np.asarray(found[k]) for k in found.files}
        sources = tuple(facts["sources"]) if "sources" in facts else None
        data = WindowData(
            cached.lanes,
            {k: arrays[k] for k in (*_LONG_COLUMNS, "source") if k in arrays},
            arrays["negated_mids"].astype(np.int64),
            arrays["negated_lanes"].astype(np.int64),
            {k: facts[k] for k in _MANIFEST if k in facts},
            ById(folder, sources is not None),
            **{k: arrays.get(k) for k in ("folded", "drawn", "drawn_reports", "folded_days")},
            reviewed=arrays.get("reviewed"),
            sources=sources,
            by_source=Pyramid(folder / BY_SOURCE, len(sources)) if sources else None,
            negated_sources=arrays.get("negated_sources"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # written by an earlier open without windows, or half written
    # Written before the identity: a pyramid rewritten meanwhile is not current any more.
    return (cached, data) if pyramid_cache.current(path, exact=True) else None
