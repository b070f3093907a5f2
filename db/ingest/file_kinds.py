"""What kind of input a file is (an article, an events table, a TimelineJS file), by its name and
a look inside a .json: apart from the importers, so a command can sort its inputs without them."""

from __future__ import annotations

from pathlib import Path

from db.formats.timelinejs import is_timelinejs_file
from db.ingest.records import TABLE_SUFFIXES, table_suffix

# The kinds of file an import tells apart.
ARTICLE = "article"
TABLE = "table"
TIMELINEJS = "timelinejs"


def is_table_file(path: str | Path) -> bool:
    """An events table (by its name), as opposed to an article file."""
    return table_suffix(Path(path)) in TABLE_SUFFIXES


def file_kind(path: str | Path, *, mapped: bool = False) -> str:
    """ARTICLE, TABLE or TIMELINEJS, by the file's name (and a look inside a .json). A
    TimelineJS file given a mapping (`mapped`) is a table: its slides are read as records."""
    if not mapped and is_timelinejs_file(path):
        return TIMELINEJS
    if is_table_file(path):
        return TABLE
    return ARTICLE
