"""`timeline-viewer export`: formats, filters, exit codes and messages."""

from __future__ import annotations

import csv
import io
import json

import sqlite_utils

from db.export import export_csv, main


def test_export_csv_and_timelinejs(tiny_db, tmp_path, capsys):
    out = tmp_path / "tiny.csv"
    assert main([str(tiny_db), str(out)]) == 0  # the format from the suffix
    assert capsys.readouterr().out.strip() == f"exported 4 events to {out}"
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["title"] for r in rows] == ["A month", "First point", "A range", "Late point"]
    assert rows[2]["end"] == "2019-12-09" and rows[0]["precision"] == "month"

    out = tmp_path / "tiny.timeline"
    assert main([str(tiny_db), str(out), "--format", "timelinejs", "--lane", "B"]) == 0
    timeline = json.loads(out.read_text(encoding="utf-8"))
    assert [e["text"]["headline"] for e in timeline["events"]] == ["A month", "Late point"]
    assert timeline["events"][0]["start_date"] == {"year": 2019, "month": 11}
    assert timeline["events"][0]["group"] == "B"


def test_export_to_stdout(tiny_db, capsys):
    assert main([str(tiny_db), "-", "--format", "csv", "--since", "2019-12-06"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(captured.out)))
    assert [r[1] for r in rows[1:]] == ["A range", "Late point"]
    assert "exported 2 events" in captured.err


def test_export_errors(tiny_db, tmp_path, capsys):
    assert main([str(tiny_db), str(tmp_path / "out.txt")]) == 2
    assert "--format" in capsys.readouterr().err
    assert main([str(tiny_db), "out.csv", "--since", "soon"]) == 2
    assert main([str(tmp_path / "missing.db"), str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "does not exist" in err[-1]
    foreign = tmp_path / "foreign.db"
    sqlite_utils.Database(foreign)["t"].insert({"a": 1})
    assert main([str(foreign), str(tmp_path / "x.csv")]) == 1
    assert "Choose which columns" in capsys.readouterr().err  # no obvious title and date
    assert not (tmp_path / "x.csv").exists()  # nothing half-written
    assert main([str(tiny_db), str(tmp_path / "no" / "such" / "dir.csv")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_export_into_a_stream(tiny_db):
    buffer = io.StringIO()
    assert export_csv(tiny_db, buffer, lanes=["A"]) == 2
    assert buffer.getvalue().startswith(
        "id,title,start,end,precision,lane,text,source,headline,url"
    )


def test_export_a_plain_table(tmp_path, capsys, monkeypatch):
    # A table made with sqlite-utils exports through its detected mapping, filters included;
    # the file is only read.
    monkeypatch.setenv("TIMELINE_VIEWER_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "mine.db"
    sqlite_utils.Database(path)["events"].insert_all(
        [
            {"title": "Protests in Daraa", "date": "2011-03-18", "category": "Protests"},
            {"title": "Army enters Homs", "date": "2011-05-09", "category": "Military"},
            {"title": "Geneva talks open", "date": "2014-01-22", "category": "Diplomacy"},
        ]
    )
    before = path.read_bytes()
    out = tmp_path / "mine.csv"
    assert main([str(path), str(out), "--until", "2013"]) == 0
    assert capsys.readouterr().out.strip() == f"exported 2 events to {out}"
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [(r["title"], r["start"], r["lane"]) for r in rows] == [
        ("Protests in Daraa", "2011-03-18", "Protests"),
        ("Army enters Homs", "2011-05-09", "Military"),
    ]
    out = tmp_path / "mine.json"
    assert main([str(path), str(out), "--format", "timelinejs", "--lane", "Diplomacy"]) == 0
    story = json.loads(out.read_text(encoding="utf-8"))
    assert [e["text"]["headline"] for e in story["events"]] == ["Geneva talks open"]
    assert story["events"][0]["start_date"] == {"year": 2014, "month": 1, "day": 22}
    assert path.read_bytes() == before
