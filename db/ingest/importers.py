"""The write path's front door: `import_file` imports any file by its kind, and the importers of
each kind are here under one name.

- article files (.txt, .html): db.ingest.article_import
- events tables (.csv, .jsonl, .json; .gz too): db.ingest.table_import
- TimelineJS files (.json): db.ingest.timelinejs_import

Each import is one transaction and idempotent (articles by content hash, records by record
hash), and tells what it did in an `ImportReport`.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from db.ingest.article_import import (
    ArticleFile,
    ArticlePreview,
    import_articles,
    preview_article,
)
from db.ingest.article_paths import expand_article_paths
from db.ingest.file_kinds import ARTICLE, TABLE, TIMELINEJS, file_kind, is_table_file
from db.ingest.mapping import EventMapping
from db.ingest.report import ImportReport, Progress
from db.ingest.table_import import import_events
from db.ingest.timelinejs_import import import_timelinejs


def import_file(
    db_path: str | Path,
    file: str | Path,
    mapping: EventMapping | str | Path | None = None,
    *,
    progress: Progress | None = None,
    published: datetime.date | None = None,
    source: str | None = None,
    lane: str | None = None,
) -> ImportReport:
    """Import one file, whatever it is: a TimelineJS timeline, an events table (with `mapping`,
    or none for the timeline CSV format), or an article (.txt, .html), which `published`,
    `source` and `lane` describe as for `import_articles` (tables and timelines say their own)."""
    kind = file_kind(file, mapped=mapping is not None)
    if kind == TIMELINEJS:
        return import_timelinejs(db_path, file, progress=progress)
    if kind == TABLE:
        return import_events(db_path, file, mapping, progress=progress)
    return import_articles(
        db_path, [file], published=published, source=source, lane=lane, progress=progress
    )


__all__ = [
    "ARTICLE",
    "TABLE",
    "TIMELINEJS",
    "ArticleFile",
    "ArticlePreview",
    "EventMapping",
    "ImportReport",
    "Progress",
    "expand_article_paths",
    "file_kind",
    "import_articles",
    "import_events",
    "import_file",
    "import_timelinejs",
    "preview_article",
    "is_table_file",
]
