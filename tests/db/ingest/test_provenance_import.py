"""An article import stores how each date was found (events.provenance), and the store reads it
back (EventDetail.provenance); a version 1 file says it recorded none."""

from __future__ import annotations

import json
import sqlite3

from db.store import EventDetail
from db.store.model import NOT_RECORDED
from db.store.timeline import TimelineStore
from tests.provenance_files import as_version_1, event_id, import_history, import_sample

SUNDAY = "text LIKE '%said on Sunday%'"


def _detail(path, where: str) -> EventDetail:
    store = TimelineStore.open(path)
    try:
        detail = store.event(event_id(path, where))
    finally:
        store.close()
    assert detail is not None
    return detail


def test_the_sunday_event_was_resolved_against_the_publication_date(tmp_path):
    path = import_sample(tmp_path / "sample.db")
    conn = sqlite3.connect(path)
    stored, body = conn.execute(
        "SELECT e.provenance, a.body FROM events e JOIN articles a ON a.id = e.article_id "
        f"WHERE {SUNDAY}"
    ).fetchone()
    conn.close()
    provenance = json.loads(stored)
    assert provenance == {
        "begin": provenance["begin"],
        "end": provenance["begin"] + len("Sunday"),
        "text": "Sunday",
        "type": "DATE",
        "value": "2019-12-22",
        "precision": "day",
        "rule": "weekday",
        "anchor": {"kind": "publication", "value": "2019-12-23"},
    }
    assert body[provenance["begin"] : provenance["end"]] == "Sunday"
    detail = _detail(path, SUNDAY)
    assert detail.provenance == provenance
    # the publication itself was found by no rule
    assert _detail(path, "kind = 'publication'").provenance is None


def test_a_year_less_date_of_a_history_names_the_expression_that_gave_its_year(tmp_path):
    path = import_history(tmp_path)
    detail = _detail(path, "start = '1941-06-22'")
    prov = detail.provenance
    assert prov is not None and (prov["text"], prov["rule"]) == ("22 June", "month-day")
    assert prov["anchor"] == {
        "kind": "reference",
        "value": "1941-06",
        "text": "June 1941",
        "begin": prov["anchor"]["begin"],
        "end": prov["anchor"]["begin"] + len("June 1941"),
        "sentences_back": 1,
    }
    body = detail.article.body if detail.article else ""
    assert body[prov["anchor"]["begin"] : prov["anchor"]["end"]] == "June 1941"


def test_a_version_1_file_says_its_article_events_recorded_none(tmp_path):
    path = as_version_1(import_sample(tmp_path / "old.db"))
    before = path.read_bytes()
    detail = _detail(path, SUNDAY)
    assert detail.provenance == {NOT_RECORDED: 1} and detail.status is None
    assert _detail(path, "kind = 'publication'").provenance is None
    assert path.read_bytes() == before  # read, never upgraded


def test_a_table_record_names_the_columns_its_dates_came_from(tmp_path):
    from db.ingest.importers import import_file
    from db.provenance import dated_by

    table = tmp_path / "events.csv"
    table.write_text("what,from,to\nSiege,2012-07-19,2016-12-22\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"title": "what", "start": "from", "end": "to"}', encoding="utf-8")
    path = tmp_path / "t.db"
    report = import_file(path, table, mapping)
    assert report.imported == 1
    detail = _detail(path, "title = 'Siege'")
    assert detail.provenance == {"from": "table", "columns": ["from", "to"]}
    assert dated_by(detail.provenance) == "Date from the table's columns 'from' and 'to'"
