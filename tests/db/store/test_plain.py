"""Any SQLite table as a timeline: detection, dates, the read-only store, open_store's choices."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from db.errors import DatabaseUnavailableError, ForeignDatabaseError, NotSQLiteError
from db.opening import open_store
from db.store.cell_dates import read_cell_date
from db.store.model import IMPRECISE, RANGE, ExportFilter, MappingNeededError, TableMapping
from db.store.plain import PlainTableStore
from db.store.plain_tables import detect_mapping, list_tables
from db.store.timeline import TimelineStore
from db.timekeys import DateError, iso_of, key_of

SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def sqlite_utils_db(tmp_path) -> Path:
    """What a user gets from `sqlite-utils insert my.db events events.csv --csv`."""
    csv_file = tmp_path / "events.csv"
    csv_file.write_text(
        "title,date,category\n"
        "Wall falls,1989-11-09,Europe\n"
        "Moon landing,1969-07-20,Space\n"
        "Sputnik,1957-10,Space\n"
        "Euro coins,2002,Europe\n"
        "Someday,not a date,Space\n",
        encoding="utf-8",
    )
    path = tmp_path / "my.db"
    command = [str(SQLITE_UTILS), "insert", str(path), "events", str(csv_file), "--csv"]
    if not SQLITE_UTILS.exists():
        command[:1] = [sys.executable, "-m", "sqlite_utils"]
    subprocess.run(command, check=True, capture_output=True)
    return path


def test_a_sqlite_utils_table_opens_with_no_mapping(sqlite_utils_db):
    before = fingerprint(sqlite_utils_db)
    assert detect_mapping(sqlite_utils_db) == TableMapping(
        "events", "title", "date", lane="category"
    )
    store = open_store(sqlite_utils_db)
    try:
        assert isinstance(store, PlainTableStore)
        index = store.load_index()
        assert store.skipped == 1 and "not a date" in store.skip_reasons[0]
        assert index.lanes == ("Europe", "Space")
        titles = store.titles(list(index.ids))
        assert [titles[int(i)] for i in index.ids] == [
            "Sputnik",
            "Moon landing",
            "Wall falls",
            "Euro coins",
        ]
        assert [index.lanes[i] for i in index.lane] == ["Space", "Space", "Europe", "Europe"]
        assert list(index.start) == [
            key_of(1957, 10),
            key_of(1969, 7, 20),
            key_of(1989, 11, 9),
            key_of(2002),
        ]
        assert list(index.end)[:2] == [key_of(1957, 11), key_of(1969, 7, 21)]
        assert [bool(f & IMPRECISE) for f in index.flags] == [True, False, False, True]
        assert store.count() == 5
        event = store.event(int(index.ids[2]))
        assert (event.title, event.start, event.precision, event.lane) == (
            "Wall falls",
            "1989-11-09",
            "day",
            "Europe",
        )
        assert event.article is None and event.end is None
    finally:
        store.close()
    assert fingerprint(sqlite_utils_db) == before  # never written to
    assert sorted(p.name for p in sqlite_utils_db.parent.iterdir()) == ["events.csv", "my.db"]


def test_a_plain_table_exports_the_lanes_asked_for(sqlite_utils_db):
    store = open_store(sqlite_utils_db)
    try:
        space = [r["title"] for r in store.export_records(ExportFilter(lanes=("Space",)))]
        none = list(store.export_records(ExportFilter(lanes=("Asia",))))
    finally:
        store.close()
    assert sorted(space) == ["Moon landing", "Sputnik"]
    assert none == []


def test_unix_seconds_and_text_dates(tmp_path):
    path = tmp_path / "log.db"
    conn = sqlite3.connect(path)
    conn.execute(
        'CREATE TABLE "Log Entries" (Headline TEXT, StartDate, Until TEXT, Kind TEXT, '
        "Notes TEXT, severity INTEGER)"
    )
    rows = [
        ("int seconds", 1577059200, None, "a", "n1", 1),
        ("text seconds", "1577059200", None, "a", None, 2),
        ("real seconds", 1577059200.75, None, "a", None, 3),
        ("long date", "23 December 2019", None, "b", None, 4),
        ("short date", "Dec 23, 2019", None, "b", None, 5),
        ("US date", "12/23/2019", "12/31/2019", "b", None, 6),
        ("day first", "23/12/2019", None, "b", None, 7),
        ("month", "November 2019", None, "c", None, 8),
        ("year", 2019, None, "c", None, 9),
        ("offset", "2019-12-23T10:00:00+02:00", None, "c", None, 10),
        ("minute", "Dec 23, 2019 10:30 pm", None, "c", None, 11),
        ("bad", "next week", None, "c", None, 12),
        ("empty", None, None, "c", None, 13),
    ]
    conn.executemany('INSERT INTO "Log Entries" VALUES (?,?,?,?,?,?)', rows)
    conn.commit()
    conn.close()
    mapping = detect_mapping(path)
    assert mapping == TableMapping("Log Entries", "Headline", "StartDate", "Until", "Kind", "Notes")
    store = open_store(path)
    try:
        index = store.load_index()
        assert store.skipped == 2 and len(store.skip_reasons) == 2
        by_title = {}
        for event_id in index.ids:
            event = store.event(int(event_id))
            by_title[event.title] = event
        expect = {
            "int seconds": ("2019-12-23T00:00:00", "second"),
            "text seconds": ("2019-12-23T00:00:00", "second"),
            "real seconds": ("2019-12-23T00:00:00", "second"),
            "long date": ("2019-12-23", "day"),
            "short date": ("2019-12-23", "day"),
            "US date": ("2019-12-23", "day"),
            "day first": ("2019-12-23", "day"),
            "month": ("2019-11", "month"),
            "year": ("2019", "year"),
            "offset": ("2019-12-23T08:00:00", "second"),  # its UTC instant
            "minute": ("2019-12-23T22:30", "minute"),
        }
        assert {t: (e.start, e.precision) for t, e in by_title.items()} == expect
        assert by_title["US date"].end == "2019-12-31"
        position = index.position_of(by_title["US date"].id)
        assert index.flags[position] & RANGE and index.end[position] == key_of(2020, 1, 1)
        assert by_title["int seconds"].text == "n1"
        assert by_title["int seconds"].data == {"severity": 1}
        assert set(index.lanes) == {"a", "b", "c"}
    finally:
        store.close()


def test_a_unix_seconds_column_keeps_its_early_rows(tmp_path):
    # Seconds before 1973 have fewer than nine digits and, read cell by cell, look like years
    # or YYYYMMDD; in a column that is mostly Unix seconds they are seconds too.
    path = tmp_path / "epoch.db"
    rows = [
        {"title": "before the epoch", "timestamp": -86400},  # 1969-12-31
        {"title": "epoch", "timestamp": 0},
        {"title": "1971", "timestamp": 31536000},
        {"title": "text 1972", "timestamp": "63072000"},
    ] + [{"title": f"later {i}", "timestamp": 1577059200 + i * 86400} for i in range(40)]
    sqlite_utils.Database(path)["events"].insert_all(rows)
    store = open_store(path)
    try:
        index = store.load_index()
        assert store.skipped == 0 and len(index.ids) == 44
        starts = {store.event(int(i)).title: store.event(int(i)).start for i in index.ids}
        assert starts["before the epoch"] == "1969-12-31T00:00:00"
        assert starts["epoch"] == "1970-01-01T00:00:00"
        assert starts["1971"] == "1971-01-01T00:00:00"
        assert starts["text 1972"] == "1972-01-01T00:00:00"
        assert starts["later 0"] == "2019-12-23T00:00:00"
    finally:
        store.close()
    # A column of years stays years.
    years = tmp_path / "years.db"
    sqlite_utils.Database(years)["events"].insert_all(
        [{"title": f"y{y}", "year": y} for y in range(1950, 2000)]
    )
    store = open_store(years)
    try:
        index = store.load_index()
        assert store.event(int(index.ids[0])).start == "1950"
    finally:
        store.close()


@pytest.mark.parametrize(
    ("value", "iso", "precision"),
    [
        ("2019", "2019", "year"),
        ("2019-11", "2019-11", "month"),
        ("2019-12-23 10:00", "2019-12-23T10:00", "minute"),
        ("2019-12-23T10:00:05Z", "2019-12-23T10:00:05", "second"),
        ("-500", "-0500", "year"),
        ("44 BC", "-0043", "year"),
        ("1850s", "1850", "decade"),
        ("20191223", "2019-12-23", "day"),
        ("Monday, 23rd December 2019", "2019-12-23", "day"),
        ("Dec 2019", "2019-12", "month"),
        ("2019-12-23T10", "2019-12-23T10:00", "hour"),
        (1577059200123, "2019-12-23T00:00:00", "second"),  # JavaScript milliseconds
        (1066.0, "1066", "year"),
    ],
)
def test_read_cell_date(value, iso, precision):
    found = read_cell_date(value)
    assert (iso_of(found.start, found.precision), found.precision) == (iso, precision)


@pytest.mark.parametrize("value", ["", "soon", "December 23", "2019-02-30", 12345, "13/13/2019"])
def test_read_date_refuses(value):
    with pytest.raises(DateError):
        read_cell_date(value)


def test_without_rowid_ids_are_row_numbers(tmp_path):
    path = tmp_path / "wr.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (code TEXT PRIMARY KEY, name TEXT, year INT) WITHOUT ROWID")
    conn.executemany("INSERT INTO t VALUES (?,?,?)", [("b", "Second", 1990), ("a", "First", 2000)])
    conn.commit()
    conn.close()
    (info,) = list_tables(path)
    assert not info.rowid and info.rows == 2
    store = open_store(path)
    try:
        index = store.load_index()
        assert list(index.ids) == [2, 1]  # row 1 is "a" (primary-key order), in 2000
        assert store.titles([1, 2]) == {1: "First", 2: "Second"}
        assert store.event(1).data == {"code": "a"}
    finally:
        store.close()


def test_foreign_database_without_obvious_columns(tmp_path):
    path = tmp_path / "sensors.db"
    db = sqlite_utils.Database(path)
    db["readings"].insert_all([{"sensor": "s1", "value": 3.5, "taken": "yesterday"}])
    db["sensors"].insert({"code": "s1", "place": "roof"})
    db.close()
    with pytest.raises(ForeignDatabaseError) as caught:
        open_store(path)
    message = str(caught.value)
    assert "readings (sensor, value, taken; 1 rows)" in message and "sensors" in message
    assert [t.name for t in caught.value.tables] == ["readings", "sensors"]
    # With a mapping chosen by hand it opens; a mapping that does not fit says so.
    store = open_store(path, TableMapping("readings", "sensor", "value"))
    store.close()
    with pytest.raises(MappingNeededError, match="no column"):
        open_store(path, TableMapping("readings", "sensor", "when"))


def test_other_programs_user_version_is_not_a_newer_timeline(tmp_path):
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE history (title TEXT, visit_date TEXT)")
    conn.execute("INSERT INTO history VALUES ('Home', '2019-12-23')")
    conn.execute("PRAGMA user_version = 70")
    conn.commit()
    conn.close()
    store = open_store(path)
    try:
        assert store.mapping == TableMapping("history", "title", "visit_date")
        assert store.mapping.table == "history" and store.load_index().lanes == ("history",)
    finally:
        store.close()


def test_timeline_databases_open_as_such(tiny_db):
    store = open_store(tiny_db, TableMapping("events", "title", "start"))
    try:
        assert isinstance(store, TimelineStore)
        assert store.data_version() >= 0
    finally:
        store.close()


def test_files_that_are_not_databases(tmp_path):
    (tmp_path / "empty.db").write_bytes(b"")
    (tmp_path / "text.db").write_text("hello, this is not a database\n" * 100)
    for name, error in [
        ("empty.db", NotSQLiteError),
        ("text.db", NotSQLiteError),
        ("missing.db", DatabaseUnavailableError),
        (".", NotSQLiteError),
    ]:
        with pytest.raises(error):
            open_store(tmp_path / name)
        with pytest.raises(error):
            TimelineStore.open(tmp_path / name)


def test_preferred_table_and_data_version(tmp_path):
    path = tmp_path / "two.db"
    db = sqlite_utils.Database(path)
    db["notes"].insert_all([{"Title": f"n{i}", "Date": "2019-01-01"} for i in range(5)])
    db["events"].insert({"Title": "e", "Date": "2019-01-01"})
    db.close()
    store = open_store(path)
    try:
        assert store.mapping.table == "events"
        version = store.data_version()
        writer = sqlite3.connect(path)
        writer.execute("INSERT INTO events VALUES ('later', '2020-01-01')")
        writer.commit()
        writer.close()
        assert store.data_version() != version
        assert store.data_version() == store.data_version()
        assert len(store.load_index()) == 2  # nothing cached: the new row shows
    finally:
        store.close()


def test_mapping_to_and_from_dict():
    mapping = TableMapping("t", "a", "b", lane="c")
    assert TableMapping.from_dict(mapping.to_dict()) == mapping
    with pytest.raises(ValueError):
        TableMapping.from_dict({"table": "t", "title": "a"})
