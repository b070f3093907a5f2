"""What a windowed frame's events are filtered by, as data: each source turns it into its own
query (a dataset's: DuckDB terms, db.archive.window_sql), so the frame holds no SQL."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WindowFilter:
    """The events of a frame: lanes read from each event's lane or source (`group`), only the
    source's lane numbers in `lanes` (None: every lane; empty: none), only events overlapping
    [start, end) where given, none with a flag bit in `hide` (db.store.model's flags), and with
    `as_of` only those first reported at or before it (those whose report day is unknown stay)."""

    group: str = "lane"  # "lane" or "source"
    lanes: tuple[int, ...] | None = None
    start: int | None = None
    end: int | None = None
    hide: int = 0
    as_of: int | None = None
