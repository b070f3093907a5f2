"""The timeline CSV format: what `timeline-viewer export --format csv` writes, and what imports
with no --mapping (docs/formats.md).

One header row, `id,title,start,end,precision,lane,text,source,headline,url,status,dated_by,
date_rule,date_anchor`, then one event a row (UTF-8 without a byte order mark, RFC 4180 quoting,
CRLF line ends): the event's fields as in the `events` table, the source article's outlet,
headline and URL when it has one, and how its date was found (db.provenance). `id` is
informative: an import gives new ids. A file with only the first ten columns (written before the
last four were added) imports the same way.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from db.formats.reading import TABLE_LIMIT, UnreadableFile, open_regular

BASE_HEADER = (
    "id",
    "title",
    "start",
    "end",
    "precision",
    "lane",
    "text",
    "source",
    "headline",
    "url",
)
# How each date was found: status, provenance in words, rule family, anchor (informative: an
# import does not read them back).
HEADER = (*BASE_HEADER, "status", "dated_by", "date_rule", "date_anchor")
ENCODING = "utf-8"
LINE_END = "\r\n"  # RFC 4180

# How the columns become event fields on import (a db.ingest.mapping.EventMapping as JSON).
IMPORT_MAPPING: dict[str, Any] = {
    "title": "title",
    "start": "start",
    "end": "end",
    "precision": "precision",
    "lane": "lane",
    "text": "text",
    "source": {"headline": "headline", "name": "source", "url": "url"},
}


def header_of(path: str | Path) -> tuple[str, ...] | None:
    """The column names on the first line of a CSV file (.gz too), or None if unreadable."""
    path = Path(path)
    try:
        with open_regular(path, TABLE_LIMIT, "an events table") as stored:
            raw = gzip.GzipFile(fileobj=stored) if path.name.lower().endswith(".gz") else stored
            line = raw.readline(64 * 1024)
    except (OSError, EOFError, UnreadableFile):  # a FIFO or a device is never opened
        return None
    try:
        text = line.decode("utf-8-sig")  # a file saved by a spreadsheet may start with a BOM
    except UnicodeDecodeError:
        return None
    row = next(csv.reader(io.StringIO(text)), None)
    return tuple(name.strip().lower() for name in row) if row else None


def is_timeline_csv(path: str | Path) -> bool:
    """Whether the file has the timeline CSV header (so it needs no mapping)."""
    return header_of(path) in (HEADER, BASE_HEADER)


def write_timeline_csv(events: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    """Write the header and one row per event (a mapping with the HEADER keys; None is written
    as an empty cell); the number of rows. `stream` is opened with newline=""."""
    written = 0
    writer = csv.writer(stream, lineterminator=LINE_END)
    writer.writerow(HEADER)
    for event in events:
        writer.writerow(["" if event[k] is None else event[k] for k in HEADER])
        written += 1
    return written
