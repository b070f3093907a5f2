"""Encodings as files arrive: tables saved by a spreadsheet as "Unicode text" (UTF-16 with a byte
order mark, tab-separated), UTF-32 articles, NULs in text, lone surrogates in JSON, headers
written as people write them. One rule (docs/limits.md): decode by byte order mark, else UTF-16
without one, else UTF-8, else charset-normalizer; refuse as binary what does not decode and holds
NULs or is mostly control characters; remove NULs from text that passes.

Real files, real imports into real SQLite files; what is reported as imported is what is there."""

from __future__ import annotations

import codecs
import gzip
import json
import sqlite3
import tomllib
from pathlib import Path

import pytest

from db.ingest.importers import import_articles, import_events, import_file
from db.ingest.mapping import EventMapping
from tests.robustness.conftest import REPO, run_viewer, timeline_counts, unchanged

ORCHARD = (
    "Orchard report\n\n"
    "The cider press in the valley reopened on 14 April 2018, after a winter of repairs.\n\n"
    "Pickers from three villages came on Saturday to help with the first load.\n"
)
ROWS = [
    ("Sluice gate replaced", "2012-05-07", "Crews swapped the rusted gate in two days."),
    ("Towpath resurfaced", "2012-09-21", "Gravel went down over a mile of the path."),
    ("Lock keeper retires", "2013-01-15", "She had worked the lock for thirty-one years."),
]
MAPPING = {"title": "title", "start": "date", "text": "notes"}


def table_text(header: tuple[str, str, str], sep: str) -> str:
    lines = [sep.join(header), *(sep.join(row) for row in ROWS)]
    return "\r\n".join(lines) + "\r\n"


def record_titles(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        sql = "SELECT title FROM events WHERE kind = 'record' ORDER BY start_key"
        return [t for (t,) in conn.execute(sql)]


def article(db: Path) -> tuple[str, str]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT headline, body FROM articles").fetchone()


# ---- tables ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        # Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated.
        ("excel-unicode.csv", lambda t: t.replace(",", "\t").encode("utf-16")),
        ("utf16-le.tsv", lambda t: t.replace(",", "\t").encode("utf-16")),
        ("utf16-be.csv", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
        ("utf16-no-bom.csv", lambda t: t.encode("utf-16-le")),
        ("utf32.csv", lambda t: t.encode("utf-32")),
        ("utf8-bom.csv", lambda t: t.encode("utf-8-sig")),
        ("utf16.csv.gz", lambda t: gzip.compress(t.encode("utf-16"))),
        ("nul-in-cells.csv", lambda t: t.replace("gate", "ga\x00te").encode()),
    ],
)
def test_tables_in_unicode_encodings_import_every_row(tmp_path, name, encode):
    path = tmp_path / name
    path.write_bytes(encode(table_text(("title", "date", "notes"), ",")))
    db = tmp_path / "out.db"
    report = import_events(db, path, EventMapping.from_dict(MAPPING))
    assert (report.imported, report.failed) == (3, [])
    assert record_titles(db) == [title for title, _, _ in ROWS]
    with sqlite3.connect(db) as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM events ORDER BY start_key")]
    assert texts == [notes for _, _, notes in ROWS]


def test_an_excel_unicode_text_file_through_the_command(tmp_path):
    path = tmp_path / "canal.csv"
    path.write_bytes(table_text(("title", "date", "notes"), "\t").encode("utf-16"))
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps(MAPPING))
    result = run_viewer("import", str(tmp_path / "out.db"), str(path), "--mapping", str(mapping))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == ["imported 3, skipped 0 duplicates, failed 0, events 3"]


@pytest.mark.parametrize(
    "header",
    [
        ("Title", "DATE", "Notes"),
        (" title ", " date ", " notes "),
        ("TITLE", "Date", "NOTES"),
    ],
)
def test_column_names_match_whatever_their_case_and_spacing(tmp_path, header):
    path = tmp_path / "canal.csv"
    path.write_text(table_text(header, ","), encoding="utf-8")
    db = tmp_path / "out.db"
    report = import_events(db, path, EventMapping.from_dict(MAPPING))
    assert (report.imported, report.failed) == (3, [])
    assert record_titles(db) == [title for title, _, _ in ROWS]


def test_an_exact_column_name_wins_over_one_that_differs_by_case(tmp_path):
    path = tmp_path / "two-dates.csv"
    path.write_text(
        "title,DATE,date\nFerry timetable changed,1999-01-01,2011-06-30\n", encoding="utf-8"
    )
    db = tmp_path / "out.db"
    assert import_events(db, path, EventMapping.from_dict({"title": "title", "start": "date"}))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT start FROM events").fetchall() == [("2011-06-30",)]
    other = tmp_path / "other.db"
    import_events(other, path, EventMapping.from_dict({"title": "Title", "start": "DATE"}))
    with sqlite3.connect(other) as conn:
        assert conn.execute("SELECT start FROM events").fetchall() == [("1999-01-01",)]


def test_json_records_match_keys_by_case_too(tmp_path):
    path = tmp_path / "canal.jsonl"
    path.write_text(
        "\n".join(json.dumps({"Title": t, "Date": d, "NOTES": n}) for t, d, n in ROWS),
        encoding="utf-8",
    )
    db = tmp_path / "out.db"
    report = import_events(db, path, EventMapping.from_dict(MAPPING))
    assert (report.imported, report.failed) == (3, [])


def test_a_table_that_is_not_text_is_refused_and_the_database_unchanged(tmp_path):
    db = tmp_path / "out.db"
    good = tmp_path / "good.csv"
    good.write_text(table_text(("title", "date", "notes"), ","), encoding="utf-8")
    mapping = EventMapping.from_dict(MAPPING)
    import_events(db, good, mapping)
    cases = {
        "zeros.csv": (bytes(4000), "zeros.csv is a binary file, not an events table."),
        "bad-bom.csv": (
            codecs.BOM_UTF16_LE + b"t\x00i\x00\x00\xd8",  # a lone surrogate after the BOM
            "bad-bom.csv starts with a UTF-16 byte order mark but is not UTF-16 text.",
        ),
        "controls.csv": (
            b"title,date\n" + bytes(range(1, 9)) * 200,
            "controls.csv is a binary file, not an events table.",
        ),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with unchanged(db):
            report = import_events(db, path, mapping)
        assert (report.imported, report.failed) == (0, [(str(path), message)])


# ---- articles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf32-le.txt", ORCHARD.encode("utf-32")),
        ("utf32-be.txt", codecs.BOM_UTF32_BE + ORCHARD.encode("utf-32-be")),
        ("utf16-be.txt", codecs.BOM_UTF16_BE + ORCHARD.encode("utf-16-be")),
        ("nul-first.txt", b"\x00" + ORCHARD.encode()),
        ("nuls-early.txt", ORCHARD.replace("valley", "val\x00ley").encode() + b"\x00\x00"),
        ("nul-first-latin1.txt", b"\x00" + ORCHARD.replace("cider", "cidre à").encode("latin-1")),
    ],
)
def test_articles_in_any_unicode_form_are_imported_whole(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    db = tmp_path / "out.db"
    report = import_articles(db, [path])
    assert (report.imported, report.failed) == (1, [])
    headline, body = article(db)
    assert headline == "Orchard report"
    assert "\x00" not in body
    assert "in the valley reopened on 14 April 2018" in body
    with sqlite3.connect(db) as conn:
        starts = [s for (s,) in conn.execute("SELECT start FROM events")]
    assert starts == ["2018-04-14"]  # the dated sentence was read, not mojibake


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("zeros.txt", bytes(5000), "zeros.txt is a binary file, not article text."),
        (
            "mostly-nuls.txt",
            ORCHARD.encode() + bytes(3000),
            "mostly-nuls.txt is a binary file, not article text.",
        ),
        (
            "bad-utf32.txt",
            codecs.BOM_UTF32_BE + b"\x00\x11\x00\x00",  # beyond U+10FFFF
            "bad-utf32.txt starts with a UTF-32 byte order mark but is not UTF-32 text.",
        ),
        (
            "bad-utf8-bom.txt",
            codecs.BOM_UTF8 + b"Orchard \xff\xfe report",
            "bad-utf8-bom.txt starts with a UTF-8 byte order mark but is not UTF-8 text.",
        ),
        ("bom-only.txt", codecs.BOM_UTF16_LE, "bom-only.txt is empty."),
    ],
)
def test_articles_that_are_not_text_are_refused_never_counted(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "orchard.txt"
    good.write_text(ORCHARD, encoding="utf-8")
    db = tmp_path / "out.db"
    report = import_articles(db, [path, good])
    assert report.imported == 1 and report.failed == [(str(path), message)]
    assert timeline_counts(db)["articles"] == 1


# ---- JSON text -------------------------------------------------------------------------------


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path):
    lines = [
        '{"title": "Weir \\ud800 rebuilt", "date": "2010-07-04", "notes": "ok"}',
        '{"title": "Basin dredged", "date": "2010-08-09", "notes": "low \\udfff tide", '
        '"\\udc80key": "a lone low surrogate in a key"}',
        '{"title": "Pair kept \\ud83d\\ude00", "date": "2010-09-01", "notes": "a real pair"}',
    ]
    path = tmp_path / "weir.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "out.db"
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({**MAPPING, "keep": ["\udc80key"]}), encoding="utf-8")
    assert "\\udc80key" in mapping.read_text()  # the escape, as json.dumps writes it
    report = import_events(db, path, mapping)
    assert (report.imported, report.failed) == (3, [])
    assert record_titles(db) == ["Weir \ufffd rebuilt", "Basin dredged", "Pair kept 😀"]
    with sqlite3.connect(db) as conn:
        sql = "SELECT text, data FROM events WHERE title = 'Basin dredged'"
        text, data = conn.execute(sql).fetchone()
    assert text == "low \ufffd tide"
    assert json.loads(data) == {"\ufffdkey": "a lone low surrogate in a key"}


def test_lone_surrogates_in_a_timelinejs_file_are_replaced(tmp_path):
    path = tmp_path / "weir.json"
    path.write_text(
        '{"title": {"text": {"headline": "Canal \\udbff history"}}, "events": ['
        '{"start_date": {"year": 1790}, "text": {"headline": "Cut \\ud800 dug", '
        '"text": "<p>By hand \\udc00</p>"}}]}',
        encoding="utf-8",
    )
    db = tmp_path / "out.db"
    report = import_file(db, path)
    assert (report.imported, report.failed) == (1, [])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT title, text FROM events").fetchall() == [
            ("Cut \ufffd dug", "By hand \ufffd")
        ]
        (title,) = conn.execute("SELECT value FROM meta WHERE key = 'title'").fetchone()
    assert title == "Canal \ufffd history"


def test_a_utf16_timelinejs_file_imports(tmp_path):
    path = tmp_path / "locks.json"
    data = {"events": [{"start_date": {"year": 1805, "month": 3}, "text": {"headline": "Lock"}}]}
    path.write_bytes(json.dumps(data).encode("utf-16"))
    report = import_file(tmp_path / "out.db", path)
    assert (report.imported, report.failed) == (1, [])


# ---- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Orchard report</title></head><body><article><h1>Orchard report</h1>
<p>The cider press in the valley reopened on 14 April 2018, after a winter of repairs and a
long wait for parts from the foundry in the next county.</p>
<p>Pickers from three villages came on Saturday to help with the first load of the season,
and the owners said the press would run until the end of October.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("plain.html", PAGE.encode()),
        ("nul.html", PAGE.replace("<title>", "<title>\x00").encode()),
        ("utf16.html", PAGE.encode("utf-16")),
        ("declared-but-bom.html", codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be")),
    ],
)
def test_html_pages_import_whatever_their_encoding_and_nuls(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    db = tmp_path / "out.db"
    report = import_articles(db, [path])
    assert (report.imported, report.failed) == (1, [])
    headline, body = article(db)
    assert headline == "Orchard report" and "\x00" not in body
    assert "reopened on 14 April 2018" in body


def test_html_import_dependency_is_declared_and_works_from_the_command(tmp_path):
    """lxml 5.2+ ships its HTML cleaner apart (lxml_html_clean); trafilatura needs it. Declared
    in pyproject.toml, and an HTML import through the command works in this environment."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    declared = [d.split(">")[0].split("=")[0].strip() for d in project["project"]["dependencies"]]
    assert "lxml_html_clean" in declared
    page = tmp_path / "orchard.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run_viewer("import", str(tmp_path / "out.db"), str(page))
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("imported 1, skipped 0 duplicates, failed 0,")
