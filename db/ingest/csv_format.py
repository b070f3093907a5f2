"""The timeline CSV format: what `timeline-viewer export --format csv` writes, and what imports
with no --mapping (docs/formats.md).

One header row, `id,title,start,end,precision,lane,text,source,headline,url`, then one event a
row (UTF-8, RFC 4180 quoting): the event's fields as in the `events` table, and the source
article's outlet, headline and URL when it has one. `id` is informative: an import gives new ids.
"""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

from db.ingest.mapping import EventMapping

HEADER = ("id", "title", "start", "end", "precision", "lane", "text", "source", "headline", "url")

DEFAULT_MAPPING = EventMapping.from_dict(
    {
        "title": "title",
        "start": "start",
        "end": "end",
        "precision": "precision",
        "lane": "lane",
        "text": "text",
        "source": {"headline": "headline", "name": "source", "url": "url"},
    }
)


def header_of(path: str | Path) -> tuple[str, ...] | None:
    """The column names on the first line of a CSV file (.gz too), or None if unreadable."""
    path = Path(path)
    try:
        raw = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")
        with raw:
            line = raw.readline(64 * 1024)
    except (OSError, EOFError):
        return None
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    row = next(csv.reader(io.StringIO(text)), None)
    return tuple(name.strip().lower() for name in row) if row else None


def is_timeline_csv(path: str | Path) -> bool:
    """Whether the file has the timeline CSV header (so it needs no mapping)."""
    return header_of(path) == HEADER


def default_mapping(path: str | Path) -> EventMapping | None:
    """The built-in mapping when `path` is a timeline CSV file, else None."""
    return DEFAULT_MAPPING if is_timeline_csv(path) else None
