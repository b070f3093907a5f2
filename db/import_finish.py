"""The last step of every import into a timeline database, once its writing is committed and its
connections closed: full-text indexes merged (db.ingest.search_segments), then what the viewer's
first open needs kept for the file as it is then (db.store.first_open). Both are conveniences:
nothing fails for them, and running it again on an unchanged file changes nothing.

Above the write path and the read path (which meet only in the schema), as the import on Dask
is: the command `timeline-viewer import` (db.ingest.cli's, finished here), File ▸ Import, the
demo and bench/make_db.py call it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from db.ingest.cli import main as import_main
from db.ingest.search_segments import merge_segments
from db.store.first_open import keep_for_first_open


def finish_import(db_path: str | Path) -> Path | None:
    """Merge the file's search segments, then keep its pyramid and window data; the cache
    folder written, or None (a small file, or one that cannot be read)."""
    merge_segments(db_path)  # first: it writes the file, whose state the pyramid's must be
    return keep_for_first_open(db_path)


def main(argv: Sequence[str] | None = None) -> int:
    """`timeline-viewer import DB FILE...` (db.ingest.cli), finished."""
    return import_main(argv, finish=finish_import)
