"""CSV and TimelineJS exports carry each event's status and how its date was found."""

from __future__ import annotations

import csv
import json
import sqlite3

from db.export import export_csv, export_timelinejs
from tests.provenance_files import import_history, import_sample

SUNDAY_WORDS = "Day, resolved from 'Sunday' against the publication date Mon 23 Dec 2019"


def _planned(path, where: str) -> None:
    """Mark an event planned, as an import that reads tense does."""
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE events SET status = 'planned' WHERE {where}")
    conn.commit()
    conn.close()


def test_csv_has_status_and_provenance_columns(tmp_path):
    path = import_sample(tmp_path / "sample.db")
    _planned(path, "text LIKE '%Ankara signed%'")
    out = tmp_path / "out.csv"
    export_csv(path, out)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    sunday = next(r for r in rows if r["start"] == "2019-12-22" and "said on Sunday" in r["text"])
    assert sunday["dated_by"] == SUNDAY_WORDS
    assert (sunday["date_rule"], sunday["date_anchor"]) == ("weekday", "publication 2019-12-23")
    assert sunday["status"] == "happened"  # found at import (db/dates/happenings.py)
    assert [r["status"] for r in rows if "Ankara signed" in r["text"]] == ["planned"]
    headline = next(r for r in rows if r["title"].startswith("Turkish delegation in Russia"))
    assert headline["dated_by"] == "" and headline["date_anchor"] == ""  # the publication


def test_csv_names_the_earlier_expression(tmp_path):
    path = import_history(tmp_path)
    out = tmp_path / "out.csv"
    export_csv(path, out)
    rows = {r["start"]: r for r in csv.DictReader(out.open(encoding="utf-8", newline=""))}
    assert rows["1941-06-22"]["dated_by"] == (
        "Day, resolved from '22 June' against 'June 1941' a sentence earlier"
    )
    assert rows["1941-06-22"]["date_anchor"] == "reference 'June 1941' (1941-06)"
    assert rows["1941-06"]["dated_by"] == "Month, stated in the text: 'June 1941'"


def test_timelinejs_slides_carry_status_and_provenance(tmp_path):
    path = import_sample(tmp_path / "sample.db")
    _planned(path, "text LIKE '%said on Sunday%'")
    out = tmp_path / "out.json"
    export_timelinejs(path, out)
    slides = json.loads(out.read_text(encoding="utf-8"))["events"]
    (sunday,) = [s for s in slides if "said on Sunday" in s["text"].get("text", "")]
    assert sunday["status"] == "planned"
    assert sunday["provenance"]["rule"] == "weekday"
    assert sunday["provenance"]["anchor"] == {"kind": "publication", "value": "2019-12-23"}
    assert sunday["provenance"]["dated_by"] == SUNDAY_WORDS
