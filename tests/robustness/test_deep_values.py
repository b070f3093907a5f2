"""Deep and huge values: JSON nested thousands deep, mapping files of the wrong shape, TimelineJS
years no calendar reaches. Each gets a clear message for its record or its file, and the rest
of the file imports; a refused file leaves the database as it was.

Real files, real imports into real SQLite files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from db.errors import TimelineError
from db.formats.reading import MAX_DEPTH
from db.ingest.importers import import_events, import_file, import_timelinejs
from db.ingest.mapping import EventMapping, MappingError
from tests.robustness.conftest import run_viewer, unchanged

MAPPING = {"title": "title", "start": "date"}
GOOD = [
    {"title": "Signal box built", "date": "1884-06-02"},
    {"title": "Branch line closed", "date": "1965-03-29"},
]


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def titles(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [t for (t,) in conn.execute("SELECT title FROM events ORDER BY start_key")]


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---- JSON nested deep ------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 200_000])
def test_a_deep_json_line_fails_alone(tmp_path, depth):
    value = f'{{"title": "Too deep", "date": "1900-01-01", "extra": {nested(depth)}}}'
    path = write_lines(tmp_path / "rail.jsonl", [json.dumps(GOOD[0]), value, json.dumps(GOOD[1])])
    db = tmp_path / "out.db"
    report = import_events(db, path, EventMapping.from_dict(MAPPING))
    assert report.imported == 2 and titles(db) == ["Signal box built", "Branch line closed"]
    (where, why), *more = report.failed
    assert not more and where == "rail.jsonl:line 2"
    assert why in (
        f"JSON nested more than {MAX_DEPTH} levels deep",
        "JSON nested too deeply to read",
    )


def test_a_json_value_at_the_depth_limit_is_kept(tmp_path):
    deep = json.loads(nested(MAX_DEPTH - 1))
    path = tmp_path / "rail.json"
    path.write_text(json.dumps([{**GOOD[0], "extra": deep}]), encoding="utf-8")
    db = tmp_path / "out.db"
    mapping = EventMapping.from_dict({**MAPPING, "keep": ["extra"]})
    report = import_events(db, path, mapping)
    assert (report.imported, report.failed) == (1, [])
    with sqlite3.connect(db) as conn:
        (data,) = conn.execute("SELECT data FROM events").fetchone()
    assert json.loads(data) == {"extra": deep}


def test_a_deep_item_of_a_json_array_fails_alone(tmp_path):
    items = [GOOD[0], {"title": "Deep", "date": "1901", "x": json.loads(nested(MAX_DEPTH + 5))}]
    path = tmp_path / "rail.json"
    path.write_text(json.dumps([*items, GOOD[1]]), encoding="utf-8")
    db = tmp_path / "out.db"
    report = import_events(db, path, EventMapping.from_dict(MAPPING))
    assert report.imported == 2
    assert report.failed == [("rail.json:item 2", f"JSON nested more than {MAX_DEPTH} levels deep")]


@pytest.mark.parametrize("name", ["rail.json", "rail-timeline.json"])
def test_a_json_document_too_deep_to_parse_is_refused_whole(tmp_path, name):
    path = tmp_path / name
    body = nested(100_000)
    if name == "rail-timeline.json":  # TimelineJS: its events are found, then its depth
        body = '{"events": [{"start_date": {"year": 1900}, "x": ' + body + "}]}"
    path.write_text(body, encoding="utf-8")
    db = tmp_path / "out.db"
    import_events(db, write_lines(tmp_path / "ok.jsonl", [json.dumps(GOOD[0])]), MAPPING_OBJ())
    with unchanged(db):
        report = import_file(db, path, EventMapping.from_dict(MAPPING))
        timeline = import_timelinejs(db, path)
        # Unreadable, it is not recognised as TimelineJS: a table, which needs a mapping.
        with pytest.raises(MappingError, match="needs a column mapping"):
            import_file(db, path)
    assert report.imported == timeline.imported == 0
    assert report.failed == [(str(path), f"{name}: JSON nested too deeply to read.")]
    assert timeline.failed == [(str(path), "not valid JSON: JSON nested too deeply to read")]


def MAPPING_OBJ() -> EventMapping:  # noqa: N802 - reads as the constant it stands for
    return EventMapping.from_dict(MAPPING)


def test_a_deep_timelinejs_slide_fails_alone(tmp_path):
    slides = [
        {"start_date": {"year": 1884}, "text": {"headline": "Signal box built"}},
        {"start_date": {"year": 1890}, "text": {"headline": "Deep"}, "background": {"a": []}},
        {"start_date": {"year": 1965}, "text": {"headline": "Branch line closed"}},
    ]
    inner: list = []
    slides[1]["background"]["a"] = inner
    for _ in range(MAX_DEPTH + 3):
        inner.append([])
        inner = inner[0]
    path = tmp_path / "rail.json"
    path.write_text(json.dumps({"events": slides}), encoding="utf-8")
    db = tmp_path / "out.db"
    report = import_file(db, path)
    assert report.imported == 2 and titles(db) == ["Signal box built", "Branch line closed"]
    assert report.failed == [
        ("rail.json:event 2", f"JSON nested more than {MAX_DEPTH} levels deep")
    ]


# ---- mapping files of the wrong shape ---------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1, 2, 3]", "mapping map.json must be a JSON object; its top level is an array."),
        ('"date"', "mapping map.json must be a JSON object; its top level is not an object."),
        (
            '{"start": {"column": "date", "map": ["1", "2"]}}',
            "map.json: mapping field 'start': option 'map' must be an object.",
        ),
        (
            '{"start": {"column": ["date"]}}',
            "map.json: mapping field 'start': option 'column' must be text.",
        ),
        (
            '{"start": "date", "title": {"column": "t", "first_sentence": "yes"}}',
            "map.json: mapping field 'title': option 'first_sentence' must be true or false.",
        ),
        (
            '{"start": {"column": "date", "map": {"1": ["x"]}}}',
            "map.json: mapping field 'start': 'map' values must be text or null.",
        ),
        ('{"start": "date", "unique": [{"a": 1}]}', "map.json: mapping 'unique' must be a list"),
        ('{"start": "date", "keep": {"a": 1}}', "map.json: mapping 'keep' must be a list"),
        (nested(50_000), "mapping map.json is not valid JSON: JSON nested too deeply to read"),
        ("\ufeff{", "mapping map.json is not valid JSON: Expecting property name"),
    ],
)
def test_mapping_files_of_the_wrong_shape_are_refused_with_a_reason(tmp_path, content, message):
    mapping = tmp_path / "map.json"
    mapping.write_text(content, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        EventMapping.load(mapping)
    assert str(caught.value).startswith(message)
    table = write_lines(tmp_path / "rail.csv", ["title,date", "Signal box built,1884-06-02"])
    result = run_viewer("import", str(tmp_path / "out.db"), str(table), "--mapping", str(mapping))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"timeline-viewer import: {message}")


# ---- huge years ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "message"),
    [
        (10**15, "start_date.year 1000000000000000 is out of range (-999999 to 999999"),
        (-(10**7), "start_date.year -10000000 is out of range (-999999 to 999999"),
        (1e300, "start_date.year 10000000000000000525… (301 digits) is out of range"),
        ("9" * 5000, "start_date.year is out of range: 99999999999999999999…"),
        (float("inf"), "start_date.year is not a whole number: 'inf'"),
    ],
)
def test_timelinejs_years_beyond_the_calendar_fail_alone(tmp_path, year, message):
    slides = [
        {"start_date": {"year": 1884}, "text": {"headline": "Signal box built"}},
        {"start_date": {"year": year}, "text": {"headline": "Far future"}},
        {"start_date": {"year": 1965}, "end_date": {"year": year}, "text": {"headline": "Open"}},
    ]
    path = tmp_path / "rail.json"
    path.write_text(json.dumps({"events": slides}), encoding="utf-8")
    db = tmp_path / "out.db"
    report = import_file(db, path)
    assert report.imported == 1 and titles(db) == ["Signal box built"]
    assert [where for where, _ in report.failed] == ["rail.json:event 2", "rail.json:event 3"]
    assert report.failed[0][1].startswith(message)
    assert report.failed[1][1].startswith(message.replace("start_date", "end_date"))


def test_a_year_too_long_for_python_to_read_refuses_the_file(tmp_path):
    """A number literal of 5,000 digits is past Python's int parsing limit: the file is not
    JSON Python can read, said as such (nothing imported, nothing written)."""
    path = tmp_path / "rail.json"
    path.write_text('{"events": [{"start_date": {"year": ' + "9" * 5000 + "}}]}")
    db = tmp_path / "out.db"
    import_events(db, write_lines(tmp_path / "ok.jsonl", [json.dumps(GOOD[0])]), MAPPING_OBJ())
    with unchanged(db):
        report = import_timelinejs(db, path)
    assert report.imported == 0 and len(report.failed) == 1
    assert "Exceeds the limit (4300 digits)" in report.failed[0][1]


def test_huge_dates_in_a_table_are_refused_by_the_date_check(tmp_path):
    path = write_lines(
        tmp_path / "rail.csv",
        ["title,date", "Signal box built,1884-06-02", "Far,1000000000000000", "Near,1965"],
    )
    db = tmp_path / "out.db"
    report = import_events(db, path, MAPPING_OBJ())
    assert report.imported == 2
    assert report.failed == [("rail.csv:line 3", "not an ISO date: '1000000000000000'")]
    assert issubclass(MappingError, TimelineError)  # what the command and the window catch
