"""TimelineJS3 JSON: import into a real database, export back, import again: nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from db.export import export_timelinejs
from db.formats.timelinejs import is_timelinejs_file
from db.ingest.cli import main as import_main
from db.ingest.timelinejs_import import import_timelinejs
from db.store.timeline import TimelineStore
from db.timekeys import key_of, span_keys

TIMELINE = {
    "title": {
        "text": {
            "headline": "Rome &amp; its <i>neighbours</i>",
            "text": "<p>From kings to empire</p>",
        },
        "media": {"url": "https://example.org/rome.jpg", "credit": "Wikimedia"},
    },
    "scale": "human",
    "events": [
        {
            "start_date": {"year": -753, "month": 4, "day": 21},
            "text": {
                "headline": "Founding of <b>Rome</b>",
                "text": "<p>Romulus &amp; Remus, by legend.</p><script>alert('x')</script>"
                "<p>Second paragraph<br>with a line break &lt;here&gt;.</p>",
            },
            "group": "Legend",
            "unique_id": "founding",
            "display_date": "21 April 753 BCE",
            "media": {
                "url": "https://example.org/wolf.jpg",
                "caption": "The <i>Capitoline</i> Wolf",
                "credit": "Photo: Jane Doe",
                "thumbnail": "https://example.org/wolf-small.jpg",
            },
        },
        {
            "start_date": {"year": "-509"},
            "end_date": {"year": "-27", "month": "1", "day": "16"},
            "text": {"headline": "The Republic", "text": "Consuls &amp; senate"},
            "group": "Politics",
            "background": {"color": "#8b0000"},
        },
        {
            "start_date": {"year": 44, "month": 3},
            "text": {"headline": "A month in 44"},
        },
        {
            "start_date": {"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": 17},
            "end_date": {
                "year": 1969,
                "month": 7,
                "day": 21,
                "hour": 2,
                "minute": 56,
                "second": 15,
            },
            "text": {"headline": "", "text": "Apollo 11 lands. Then a moonwalk."},
            "group": "Space",
        },
        {"start_date": {"year": 2019, "month": 13}, "text": {"headline": "Bad month"}},
        {"text": {"headline": "No date"}},
    ],
    "eras": [
        {
            "start_date": {"year": -753},
            "end_date": {"year": -509},
            "text": {"headline": "Kingdom", "text": "<p>Seven kings</p>"},
        }
    ],
}


def write_timeline(folder: Path, data: dict = TIMELINE, name: str = "rome.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def event_rows(db_path: Path) -> list[dict]:
    db = sqlite_utils.Database(db_path)
    try:
        return list(
            db.query(
                """SELECT e.title, e.text, e.start, e."end", e.precision, e.lane, e.kind,
                          e.start_key, e.end_key, e.data, a.headline, a.url, a.source,
                          c.text AS caption, c.credit, c.image
                   FROM events e LEFT JOIN articles a ON a.id = e.article_id
                   LEFT JOIN captions c ON c.article_id = a.id ORDER BY e.start_key, e.title"""
            )
        )
    finally:
        db.close()


def meta(db_path: Path) -> dict[str, str]:
    db = sqlite_utils.Database(db_path)
    try:
        return {r["key"]: r["value"] for r in db.query("SELECT key, value FROM meta")}
    finally:
        db.close()


@pytest.fixture
def imported(tmp_path) -> Path:
    db_path = tmp_path / "rome.db"
    report = import_timelinejs(db_path, write_timeline(tmp_path))
    assert report.imported == 5  # 4 slides + 1 era
    assert [where for where, _ in report.failed] == ["rome.json:event 5", "rome.json:event 6"]
    assert "month 13" in report.failed[0][1] and "no start_date" in report.failed[1][1]
    return db_path


def test_slides_become_events(imported):
    rows = {r["title"]: r for r in event_rows(imported)}
    founding = rows["Founding of Rome"]
    assert founding["start"] == "-0753-04-21" and founding["precision"] == "day"
    assert founding["start_key"] == key_of(-753, 4, 21)
    # HTML stored as text: tags gone, entities decoded, script content never part of it.
    assert founding["text"] == (
        "Romulus & Remus, by legend.\n\nSecond paragraph\nwith a line break <here>."
    )
    assert "alert" not in founding["text"]
    assert founding["lane"] == "Legend" and founding["kind"] == "record"
    assert founding["headline"] == "Founding of Rome"
    assert founding["url"] == "https://example.org/wolf.jpg"
    assert (founding["caption"], founding["credit"]) == ("The Capitoline Wolf", "Jane Doe")
    assert founding["image"] == "https://example.org/wolf.jpg"
    data = json.loads(founding["data"])
    assert data["unique_id"] == "founding" and data["display_date"] == "21 April 753 BCE"
    assert data["media_thumbnail"] == "https://example.org/wolf-small.jpg"

    republic = rows["The Republic"]
    assert (republic["start"], republic["end"], republic["precision"]) == (
        "-0509",
        "-0027-01-16",
        "year",
    )
    assert (republic["start_key"], republic["end_key"]) == span_keys("-0509", "-0027-01-16")
    assert republic["text"] == "Consuls & senate" and republic["url"] is None

    assert rows["A month in 44"]["precision"] == "month"
    assert rows["A month in 44"]["lane"] == "TimelineJS"  # no group

    apollo = rows["Apollo 11 lands."]  # no headline: the text's first sentence stands in
    assert (apollo["start"], apollo["end"]) == ("1969-07-20T20:17", "1969-07-21T02:56:15")
    assert apollo["precision"] == "minute"

    era = rows["Kingdom"]
    assert (era["kind"], era["lane"], era["start"], era["end"]) == ("era", "Eras", "-0753", "-0509")

    kept = meta(imported)
    assert kept["title"] == "Rome & its neighbours"
    assert json.loads(kept["timelinejs"])["scale"] == "human"


def test_the_store_reads_it(imported):
    store = TimelineStore.open(imported)
    try:
        index = store.load_index()
        assert len(index) == 5
        assert index.start[0] == key_of(-753)  # the era starts the year, before the founding day
        assert set(index.lanes) == {"Legend", "Politics", "TimelineJS", "Space", "Eras"}
        founding = store.event(int(index.ids[1]))
        assert founding.article.captions[0].credit == "Jane Doe"
    finally:
        store.close()


def test_importing_twice_adds_nothing(tmp_path, imported):
    before = event_rows(imported)
    again = import_timelinejs(imported, write_timeline(tmp_path))
    assert again.imported == 0 and again.skipped_duplicates == 5
    assert event_rows(imported) == before


def test_round_trip_is_lossless(tmp_path, imported):
    out = tmp_path / "out.json"
    assert export_timelinejs(imported, out) == 5
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert {e["text"]["headline"] for e in exported["eras"]} == {"Kingdom"}
    founding = next(e for e in exported["events"] if e.get("unique_id") == "founding")
    assert founding["start_date"] == {"year": -753, "month": 4, "day": 21}
    assert founding["group"] == "Legend"
    assert founding["media"]["credit"] == "Jane Doe"
    assert founding["display_date"] == "21 April 753 BCE"
    apollo = next(e for e in exported["events"] if e.get("group") == "Space")
    assert "headline" not in apollo["text"]  # it had none
    assert apollo["end_date"] == {
        "year": 1969,
        "month": 7,
        "day": 21,
        "hour": 2,
        "minute": 56,
        "second": 15,
    }
    assert exported["title"]["text"]["headline"] == "Rome &amp; its neighbours"

    second = tmp_path / "second.db"
    report = import_timelinejs(second, out)
    assert report.failed == [] and report.imported == 5
    strip = [{k: v for k, v in r.items() if k != "origin"} for r in event_rows(imported)]
    assert [{k: v for k, v in r.items() if k != "origin"} for r in event_rows(second)] == strip
    assert meta(second)["timelinejs"] == meta(imported)["timelinejs"]


def test_export_filters(tmp_path, imported):
    out = tmp_path / "space.json"
    assert export_timelinejs(imported, out, lanes=["Space"]) == 1
    assert export_timelinejs(imported, out, since="1900", until="2000") == 1
    assert export_timelinejs(imported, out, until="-0600") == 2  # founding and the era


def test_cli_recognises_timelinejs_without_mapping(tmp_path, capsys):
    path = write_timeline(tmp_path)
    assert is_timelinejs_file(path)
    db_path = tmp_path / "cli.db"
    assert import_main([str(db_path), str(path)]) == 1  # two slides could not be placed
    out = capsys.readouterr().out
    assert "imported 5" in out and "rome.json:event 5" in out
    good = dict(TIMELINE, events=TIMELINE["events"][:4])
    assert (
        import_main([str(tmp_path / "ok.db"), str(write_timeline(tmp_path, good, "ok.json"))]) == 0
    )


def test_a_plain_json_table_is_not_timelinejs(tmp_path):
    table = tmp_path / "table.json"
    table.write_text(json.dumps({"events": [{"start_date": "2019-01-01", "title": "x"}]}))
    assert not is_timelinejs_file(table)
    broken = tmp_path / "broken.json"
    broken.write_text('{"events": [{"start_date": {')
    assert not is_timelinejs_file(broken)
    report = import_timelinejs(tmp_path / "x.db", broken)
    assert report.imported == 0 and "not valid JSON" in report.failed[0][1]
