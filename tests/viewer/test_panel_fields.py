"""Issue 14 item 9: a record imported from a table reads like a page: known fields labelled,
ids hidden, the rest behind "More details", a greyed Open original that says why."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from db.ingest.mapping import EventMapping
from db.ingest.table_import import import_events
from db.timekeys import period
from viewer.record_fields import record_fields

COLUMNS = (
    "unique_id,date,title,side_a,side_b,best,low,high,where_coordinates,adm_1,latitude,longitude,"
    "weather,note"
)
ROW = (
    "bouazizi,2016-01-02,IS - Civilians: 2 killed,IS,Civilians,2,1,4,Al Bab town,"
    'Aleppo Governorate,36.369938,37.51788,cold,"<b>seen</b> by two witnesses"'
)
MAPPING = {
    "title": "title",
    "start": "date",
    "lane": {"value": "UCDP: one-sided"},
    "text": "{side_a} vs. {side_b}: {best} killed.",
    "keep": COLUMNS.split(",")[:1] + COLUMNS.split(",")[3:],
}


@pytest.fixture
def record_db(tmp_path):
    table = tmp_path / "ged.csv"
    table.write_text(f"{COLUMNS}\n{ROW}\n", encoding="utf-8")
    path = tmp_path / "ged.db"
    report = import_events(path, table, EventMapping.from_dict(MAPPING))
    assert report.imported == 1 and not report.failed
    return path


def test_a_table_record_shows_labelled_fields_and_hides_its_id(qtbot, make_window, record_db):
    conn = sqlite3.connect(record_db)
    (event_id,) = conn.execute("SELECT id FROM events").fetchone()
    conn.close()
    window = make_window(record_db, size=(1024, 680))
    timeline = window.timeline
    timeline.set_range(period("2015-12-20").start, period("2016-01-15").end)
    pos = timeline.marker_position(event_id)
    assert pos is not None
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    panel = window.panel
    assert panel.current.id == event_id

    form = panel.fields_form
    rows = {
        form.itemAt(i, form.ItemRole.LabelRole).widget().text(): form.itemAt(
            i, form.ItemRole.FieldRole
        )
        .widget()
        .text()
        for i in range(form.rowCount())
    }
    assert rows == {
        "Sides": "IS – Civilians",
        "Deaths": "2 (estimates 1–4)",
        "Place": "Al Bab town, Aleppo Governorate",
        "Location": "36.369938, 37.51788",
    }
    assert panel.fields.isVisible()
    shown = " ".join(w.text() for w in panel.findChildren(QLabel) if w.isVisible())
    assert "bouazizi" not in shown and "unique_id" not in shown and "latitude" not in shown

    # The rest waits behind "More details", as plain text (never HTML).
    assert panel.more_details.isVisible() and not panel.details.isVisible()
    qtbot.mouseClick(panel.more_details, Qt.MouseButton.LeftButton)
    assert panel.details.isVisible()
    assert panel.details.text() == "weather: cold\nnote: <b>seen</b> by two witnesses"
    assert panel.details.textFormat() == Qt.TextFormat.PlainText

    assert not panel.open_original.isEnabled()
    assert panel.open_original.toolTip() == "No URL in this record"


def test_record_fields_reads_common_keys():
    known, rest = record_fields(
        {
            "id": "7",
            "event_id": 3,
            "uuid": "x",
            "deaths": 5,
            "country": "Syria",
            "actor1": "A",
            "actor2": "B",
            "source": "SOHR",
            "timex": {"text": "1963"},
            "empty": "",
            "tags": ["a", "b"],
        }
    )
    assert known == [("Source", "SOHR"), ("Actors", "A, B"), ("Deaths", "5"), ("Place", "Syria")]
    assert rest == [("tags", '["a", "b"]')]
