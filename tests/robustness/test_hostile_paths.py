"""Paths the importer is given that are not plain files: names that are not UTF-8, symbolic link
loops, folders it may not enter, FIFOs and devices, files over the size caps. Each gets one
clear message, never a traceback or a hang, and the other files still import.

Everything runs on real files and real SQLite databases; the command line in a subprocess
(with a timeout, so that a hang fails the test instead of blocking it)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.formats.reading import ARTICLE_LIMIT, JSON_LIMIT
from db.ingest.importers import expand_article_paths, import_articles, import_file
from db.ingest.mapping import EventMapping
from tests.robustness.conftest import NOBODY, REPO, run_viewer, timeline_counts, unchanged

HARBOUR = (
    "Harbour notes\n\n"
    "The morning ferry left the north pier on 3 March 2015 with forty passengers aboard.\n"
)
BRIDGE = "Bridge works\n\nThe new footbridge over the canal opened on 9 May 2016, a year late.\n"
MILL = "Mill closes\n\nThe old flour mill shut its doors on 2 June 2017 after ninety years.\n"
TABLE = "title,date\nLighthouse repainted,2014-08-19\nQuay widened,2014-10-02\n"
MAPPING = {"title": "title", "start": "date"}


def text_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def headlines(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {h for (h,) in conn.execute("SELECT headline FROM articles")}


def titles(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {t for (t,) in conn.execute("SELECT title FROM events WHERE kind = 'record'")}


def non_utf8(folder: Path, name: bytes) -> Path:
    """A path whose name holds bytes that are not UTF-8 (as Python gives them: surrogates)."""
    return Path(os.fsdecode(os.fsencode(folder) + b"/" + name))


# ---- names that are not UTF-8 --------------------------------------------------------------


def test_a_name_that_is_not_utf8_imports_with_its_name_shown_as_replacement(tmp_path):
    article = non_utf8(tmp_path, b"caf\xe9-notes.txt")
    text_file(article, BRIDGE)
    table = non_utf8(tmp_path, b"r\xe9gion.csv")
    text_file(table, TABLE)
    mapping = text_file(tmp_path / "map.json", json.dumps(MAPPING))
    db = tmp_path / "out.db"
    report = import_file(db, article)
    assert (report.imported, report.failed) == (1, [])
    report = import_file(db, table, mapping)
    assert (report.imported, report.failed) == (2, [])
    with sqlite3.connect(db) as conn:
        (origin,) = conn.execute("SELECT origin FROM articles").fetchone()
        lanes = {lane for (lane,) in conn.execute("SELECT lane FROM events WHERE kind='record'")}
    assert origin == str(tmp_path / "caf\ufffd-notes.txt")
    assert lanes == {"r\ufffdgion"}  # a table's default lane is its file name


def test_the_command_prints_a_name_that_is_not_utf8(tmp_path):
    good = text_file(tmp_path / "good.txt", HARBOUR)
    broken = non_utf8(tmp_path, b"\xff\xfe-empty.txt")
    broken.write_bytes(b"")
    db = tmp_path / "out.db"
    result = run_viewer("import", str(db), str(good), str(broken))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "imported 1, skipped 0 duplicates, failed 1, events 1",
        "publication dates: 1 none",
        f"  failed: {tmp_path}/\ufffd\ufffd-empty.txt: \ufffd\ufffd-empty.txt is empty.",
    ]


# ---- symbolic links ------------------------------------------------------------------------


def test_symlink_loops_and_broken_links_are_reported_and_the_rest_imports(tmp_path):
    folder = tmp_path / "in"
    (folder / "deeper").mkdir(parents=True)
    text_file(folder / "harbour.txt", HARBOUR)
    text_file(folder / "deeper" / "bridge.txt", BRIDGE)
    (folder / "loop.txt").symlink_to("loop.txt")  # itself
    (folder / "deeper" / "back").symlink_to("..")  # a folder loop: never followed
    (folder / "gone.txt").symlink_to("nowhere.txt")
    (folder / "ping.txt").symlink_to("pong.txt")
    (folder / "pong.txt").symlink_to("ping.txt")
    assert expand_article_paths([folder]) == sorted(
        folder / name
        for name in (
            "harbour.txt",
            "deeper/bridge.txt",
            "loop.txt",
            "gone.txt",
            "ping.txt",
            "pong.txt",
        )
    )
    db = tmp_path / "out.db"
    report = import_articles(db, expand_article_paths([folder, tmp_path / "in" / "loop.txt"]))
    failed = dict(report.failed)
    assert report.imported == 2 and headlines(db) == {"Harbour notes", "Bridge works"}
    loop = "Too many levels of symbolic links"
    assert failed[str(folder / "loop.txt")] == f"cannot read {folder / 'loop.txt'}: {loop}"
    assert failed[str(folder / "ping.txt")].endswith(loop)
    assert failed[str(folder / "gone.txt")].endswith("No such file or directory")
    assert len(report.failed) == 5  # loop.txt twice: once in the folder, once by name


# ---- FIFOs and devices ---------------------------------------------------------------------


def test_fifos_and_devices_are_refused_without_blocking(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = text_file(folder / "harbour.txt", HARBOUR)
    for name in ("pipe.txt", "pipe.csv", "pipe.json", "pipe.html"):
        os.mkfifo(folder / name)
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "zero.csv").symlink_to("/dev/zero")
    (folder / "zero.jsonl").symlink_to("/dev/zero")
    mapping = text_file(tmp_path / "map.json", json.dumps(MAPPING))
    db = tmp_path / "out.db"
    # In a subprocess, with a timeout: a FIFO opened the ordinary way would block forever.
    result = run_viewer(
        "import", str(db), str(good), *(str(folder / n) for n in (
            "pipe.txt", "pipe.html", "zero.txt", "pipe.csv", "zero.csv", "zero.jsonl", "pipe.json"
        )), "/dev/zero", "--mapping", str(mapping), timeout=60,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "imported 1, skipped 0 duplicates, failed 8, events 1"
    fifo = "is a named pipe (FIFO), not a file: only regular files are imported."
    device = "is a character device, not a file: only regular files are imported."
    for name, what in (
        ("pipe.txt", fifo),
        ("pipe.html", fifo),
        ("pipe.csv", fifo),
        ("pipe.json", fifo),
        ("zero.txt", device),
        ("zero.csv", device),
        ("zero.jsonl", device),
    ):
        assert f"  failed: {folder / name}: {folder / name} {what}" in lines, name
    assert f"  failed: /dev/zero: /dev/zero {device}" in lines
    assert headlines(db) == {"Harbour notes"}


def test_file_import_refuses_a_fifo_of_each_kind(tmp_path):
    """File > Import goes through import_file, with no mapping."""
    db = tmp_path / "out.db"
    text_file(tmp_path / "harbour.txt", HARBOUR)
    import_file(db, tmp_path / "harbour.txt")
    for name in ("pipe.txt", "pipe.csv", "pipe.json", "pipe.jsonl.gz"):
        os.mkfifo(tmp_path / name)
        with unchanged(db):
            report = import_file(db, tmp_path / name)
        assert report.imported == 0
        assert report.failed == [
            (
                str(tmp_path / name),
                f"{tmp_path / name} is a named pipe (FIFO), not a file: only regular files are "
                "imported.",
            )
        ]
    assert timeline_counts(db)["articles"] == 1


def test_a_mapping_that_is_a_fifo_or_a_device_is_refused(tmp_path):
    table = text_file(tmp_path / "works.csv", TABLE)
    os.mkfifo(tmp_path / "map.json")
    result = run_viewer(
        "import", str(tmp_path / "out.db"), str(table), "--mapping", str(tmp_path / "map.json")
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"timeline-viewer import: mapping: {tmp_path / 'map.json'} is a named pipe (FIFO), not "
        "a file: only regular files are imported."
    )
    with pytest.raises(Exception, match="character device"):
        EventMapping.load("/dev/null")


# ---- size caps -----------------------------------------------------------------------------


def test_files_over_the_caps_are_refused_unread(tmp_path):
    """Sparse files: their size is what the cap looks at, before a byte is read."""
    article = tmp_path / "long.txt"
    with open(article, "wb") as out:
        out.truncate(ARTICLE_LIMIT + 1)
    table = tmp_path / "big.json"
    with open(table, "wb") as out:
        out.truncate(JSON_LIMIT + 1)
    good = text_file(tmp_path / "mill.txt", MILL)
    db = tmp_path / "out.db"
    report = import_articles(db, [article, good])
    assert report.imported == 1
    assert report.failed == [
        (str(article), "long.txt is 20 MB, too large for an article (the limit is 20 MB).")
    ]
    mapping = EventMapping.from_dict(MAPPING)
    with unchanged(db):
        report = import_file(db, table, mapping)
    assert report.failed == [
        (str(table), "big.json is 512 MB, too large for an events table (the limit is 512 MB).")
    ]


# ---- folders without permission -------------------------------------------------------------


def test_a_folder_without_search_permission_is_reported(shared_tmp):
    """Run as an unprivileged user (root reads any folder, so the test drops to `nobody` when
    it runs as root); the folder's files are reported, the others imported."""
    folder = shared_tmp / "in"
    (folder / "closed").mkdir(parents=True)
    text_file(folder / "mill.txt", MILL)
    text_file(folder / "closed" / "bridge.txt", BRIDGE)
    text_file(folder / "closed" / "works.csv", TABLE)
    out = shared_tmp / "out"
    out.mkdir()
    out.chmod(0o777)
    (folder / "closed").chmod(0o600)  # readable, not searchable
    if os.geteuid() != 0 and os.access(folder / "closed" / "bridge.txt", os.R_OK):
        pytest.skip("this user can search a folder without search permission")
    # Modules loaded first: `nobody` cannot read the interpreter's own folders here (and
    # importlib.metadata, which sqlite-utils' plugins read, tqdm used to load on the way).
    code = (
        "import os, sys, argparse, encodings.utf_8_sig, encodings.utf_16, importlib.metadata\n"
        "from db.ingest.cli import main\n"
        "import db.dates\n"
        f"if os.geteuid() == 0:\n    os.setgid({NOBODY}); os.setuid({NOBODY})\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    db = out / "out.db"
    mapping = text_file(out / "map.json", json.dumps(MAPPING))
    result = subprocess.run(
        [sys.executable, "-c", code, str(db), str(folder), str(folder / "closed" / "works.csv"),
         str(folder / "closed" / "bridge.txt"), "--mapping", str(mapping)],
        capture_output=True, text=True, timeout=60, cwd=REPO,
    )  # fmt: skip
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "imported 1, skipped 0 duplicates, failed 3, events 1"
    closed = folder / "closed"
    assert lines[1] == "publication dates: 1 none"
    assert lines[2:] == [
        f"  failed: {closed}: cannot read the folder {closed}: Permission denied",
        f"  failed: {closed / 'bridge.txt'}: cannot read {closed / 'bridge.txt'}: "
        "Permission denied",
        f"  failed: {closed / 'works.csv'}: cannot read {closed / 'works.csv'}: Permission denied",
    ]
    assert headlines(db) == {"Mill closes"}
