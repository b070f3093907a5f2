"""The timeline CSV format: export a database, import the file with no mapping, same events."""

from __future__ import annotations

import csv
import datetime

import pytest
import sqlite_utils

from db.export import export_csv
from db.formats.timeline_csv import HEADER, is_timeline_csv
from db.ingest.cli import main as import_main
from db.ingest.importers import import_articles, import_events, import_file
from db.ingest.mapping import MappingError
from tests.conftest import add_events

FIELDS = ("title", "start", "end", "precision", "lane", "text")


def events(db_path) -> list[tuple]:
    db = sqlite_utils.Database(db_path)
    try:
        return [
            tuple(row.values())
            for row in db.query(
                """SELECT e.title, e.start, e."end", e.precision, e.lane, e.text,
                          a.source, a.headline, a.url
                   FROM events e LEFT JOIN articles a ON a.id = e.article_id
                   ORDER BY e.start_key, e.title"""
            )
        ]
    finally:
        db.close()


@pytest.fixture
def source_db(tmp_path, sample_path):
    """The sample article's events (with their source) plus hand-written rows with odd text."""
    path = tmp_path / "source.db"
    report = import_articles(path, [sample_path], published=datetime.date(2019, 12, 23))
    assert report.failed == []
    db = sqlite_utils.Database(path)
    add_events(
        db,
        [
            {"title": 'Quotes "and", commas', "start": "-0044-03-15", "lane": "Rome"},
            {
                "title": "Multi-line text",
                "start": "2019-11",
                "precision": "month",
                "text": "First line\nsecond line, with ünïcode — and a dash",
                "lane": "Notes",
            },
            {"title": "A range", "start": "2019-12-05", "end": "2019-12-09", "lane": "Notes"},
        ],
    )
    db.close()
    return path


def test_export_then_import_gives_the_same_events(tmp_path, source_db):
    out = tmp_path / "events.csv"
    written = export_csv(source_db, out)
    assert written == len(events(source_db))
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == HEADER and len(rows) == written + 1
    assert is_timeline_csv(out)

    copy = tmp_path / "copy.db"
    report = import_events(copy, out)  # no mapping: the header says what the columns are
    assert report.failed == [] and report.imported == written
    assert events(copy) == events(source_db)
    assert import_events(copy, out).imported == 0  # idempotent


def test_cli_imports_timeline_csv_without_mapping(tmp_path, source_db, capsys):
    out = tmp_path / "events.csv"
    export_csv(source_db, out, lanes=["Notes"])
    assert import_main([str(tmp_path / "cli.db"), str(out)]) == 0
    assert "imported 2" in capsys.readouterr().out
    assert import_file(tmp_path / "cli.db", out).skipped_duplicates == 2


def test_other_csv_still_needs_a_mapping(tmp_path, capsys):
    other = tmp_path / "other.csv"
    other.write_text("title,date\nSomething,2019-12-23\n", encoding="utf-8")
    assert not is_timeline_csv(other)
    with pytest.raises(MappingError, match="needs a column mapping"):
        import_events(tmp_path / "x.db", other)
    assert import_main([str(tmp_path / "x.db"), str(other)]) == 2
    assert "--mapping" in capsys.readouterr().err
