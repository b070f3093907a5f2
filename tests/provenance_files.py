"""Real files for the provenance tests: the sample article imported, a short history article,
and a database as schema version 1 left it (shared by tests/db and tests/viewer)."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

from db import schema
from db.ingest.importers import import_articles
from tests.conftest import SAMPLE_ARTICLE

PUBLISHED = datetime.date(2019, 12, 23)
HISTORY = (
    "Operation Barbarossa\n\nIn June 1941 the army massed on the border. On 22 June it crossed.\n"
)


def import_sample(path: Path) -> Path:
    report = import_articles(path, [SAMPLE_ARTICLE], published=PUBLISHED)
    assert report.imported == 1 and not report.failed
    return path


def import_history(folder: Path) -> Path:
    text = folder / "barbarossa.txt"
    text.write_text(HISTORY, encoding="utf-8")
    path = folder / "history.db"
    report = import_articles(path, [text], published=PUBLISHED)
    assert report.imported == 1 and not report.failed
    return path


def event_id(path: Path, where: str) -> int:
    conn = sqlite3.connect(path)
    try:
        (found,) = conn.execute(f"SELECT id FROM events WHERE {where}").fetchone()
    finally:
        conn.close()
    return found


def as_version_1(path: Path) -> Path:
    """The file as schema version 1 wrote it: the version 2 event columns dropped."""
    conn = sqlite3.connect(path)
    for index in ("idx_events_story_id", "idx_events_status", "idx_events_around"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    for column in schema.V2_EVENT_COLUMNS:
        conn.execute(f"ALTER TABLE events DROP COLUMN [{column}]")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return path
