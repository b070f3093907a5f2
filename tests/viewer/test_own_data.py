"""Bring your own data, through the real window: any SQLite table (found or mapped by hand),
File > Import with its progress dialog, and live reload while another process writes."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import sqlite_utils
from PySide6.QtWidgets import QComboBox, QPushButton

from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE

SQLITE_UTILS = [sys.executable, "-m", "sqlite_utils"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_utils_db(tmp_path: Path) -> Path:
    """A database made the way people make them: `sqlite-utils insert DB events file.csv --csv`."""
    csv = tmp_path / "events.csv"
    csv.write_text(
        "title,date,category\n"
        "Protests in Daraa,2011-03-18,Protests\n"
        "Army enters Homs,2011-05-09,Military\n"
        "Geneva talks open,2014-01-22,Diplomacy\n"
    )
    db = tmp_path / "mine.db"
    subprocess.run([*SQLITE_UTILS, "insert", str(db), "events", str(csv), "--csv"], check=True)
    return db


def test_a_sqlite_utils_table_opens_without_a_mapping_step(window, tmp_path):
    db = sqlite_utils_db(tmp_path)
    before = digest(db)
    assert window.try_open(db)
    assert window.timeline.events.lanes == ("Diplomacy", "Military", "Protests")
    assert len(window.timeline.events) == 3
    window.timeline.set_range(period("2011-03").start, period("2011-03").end)
    event_id = int(window.timeline.events.ids()[0])
    window.open_event(event_id)
    assert window.panel.event_title.text() == "Protests in Daraa"
    assert "Friday 18 March 2011" in window.panel.event_date.text()
    window.close()
    assert digest(db) == before  # opened read-only: not a byte changed
    assert not Path(str(db) + "-journal").exists()


def test_a_plain_table_exports_as_csv_and_timelinejs_and_imports_back(window, tmp_path):
    import csv
    import json

    from db.ingest.importers import import_file
    from db.store.timeline import TimelineStore

    db = sqlite_utils_db(tmp_path)
    before = digest(db)
    assert window.try_open(db)
    window.filter_panel.set_hidden("Diplomacy", True)
    assert window.export("csv", tmp_path / "out.csv")
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["title"], r["start"], r["lane"]) for r in rows] == [
        ("Protests in Daraa", "2011-03-18", "Protests"),
        ("Army enters Homs", "2011-05-09", "Military"),
    ]
    assert window.export("timelinejs", tmp_path / "out.json")
    story = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [(e["text"]["headline"], e["group"]) for e in story["events"]] == [
        ("Protests in Daraa", "Protests"),
        ("Army enters Homs", "Military"),
    ]
    window.close()
    assert digest(db) == before  # exporting reads; the user's file is untouched
    # The exported TimelineJS imports into a timeline database with the same events.
    timeline = tmp_path / "timeline.db"
    import_file(timeline, tmp_path / "out.json")
    store = TimelineStore.open(timeline)
    try:
        index = store.load_index()
        assert sorted(store.event(int(i)).title for i in index.ids) == [
            "Army enters Homs",
            "Protests in Daraa",
        ]
    finally:
        store.close()


def test_a_table_with_unusual_columns_asks_for_a_mapping_and_remembers_it(
    qtbot, make_window, tmp_path
):
    db = tmp_path / "log.db"
    sqlite_utils.Database(db)["log"].insert_all(
        [
            {"what": "Convoy reaches Aleppo", "happened_at": 1325376000, "who": "UN"},
            {"what": "Border closed", "happened_at": 1330560000, "who": "Turkey"},
        ]
    )
    before = digest(db)
    window = make_window()
    assert not window.try_open(db)
    dialog = window.mapping_dialog
    assert dialog.isVisible()

    def choose(box: QComboBox, column: str) -> None:
        box.setCurrentIndex(box.findData(column))

    choose(dialog.title, "what")
    choose(dialog.start, "happened_at")
    choose(dialog.lane, "who")
    dialog.accept()
    qtbot.waitUntil(lambda: window.source is not None)
    assert window.timeline.events.lanes == ("Turkey", "UN")
    assert window.source.mapping.start == "happened_at"

    again = make_window()  # the mapping is remembered for this file
    assert again.try_open(db)
    assert len(again.timeline.events) == 2
    assert digest(db) == before


def test_open_command_takes_the_mapping_on_the_command_line(tmp_path):
    db = tmp_path / "log.db"
    sqlite_utils.Database(db)["log"].insert({"what": "Ceasefire", "at": "2016-02-27"})
    shot = tmp_path / "shot.png"
    cmd = [sys.executable, "-m", "viewer", "open", str(db), "--screenshot", str(shot)]
    plain = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert plain.returncode == 1
    assert "log" in plain.stderr and "--table T --title C --start C" in plain.stderr
    mapped = subprocess.run(
        [*cmd, "--table", "log", "--title", "what", "--start", "at"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert mapped.returncode == 0, mapped.stderr
    assert shot.stat().st_size > 1000


def test_file_import_runs_in_the_background_and_shows_the_result(qtbot, window, tmp_path):
    csv = tmp_path / "timeline.csv"
    csv.write_text(
        "id,title,start,end,precision,lane,text,source,headline,url\n"
        "1,Siege of Homs begins,2012-02-03,2012-03-01,day,Military,,,,\n"
    )
    target = tmp_path / "target.db"
    job = window.import_into(target, [SAMPLE_ARTICLE, csv])
    assert job.dialog.isVisible()  # progress is shown while the window stays usable
    with qtbot.waitSignal(job.finished, timeout=20_000) as signal:
        pass
    report, error = signal.args
    assert error is None and report.imported == 2 and not report.failed
    qtbot.waitUntil(lambda: window.source is not None and window.source.path == target)
    assert set(window.timeline.events.lanes) == {"Syria", "Military"}
    # Without a publication date only the article's absolute dates are placed: "since 2011"
    # and the caption's October 24, 2019; with the CSV's range that is three events.
    assert len(window.timeline.events) == 3


def test_cancelling_an_import_keeps_whole_files_only(qtbot, window, tmp_path):
    files = []
    text = SAMPLE_ARTICLE.read_text()
    for i in range(300):
        path = tmp_path / f"article-{i:02d}.txt"
        path.write_text(text.replace("Turkish delegation", f"Delegation number {i}"))
        files.append(path)
    target = tmp_path / "cancel.db"
    job = window.import_into(target, files)
    # The user presses Cancel once five files are in.
    cancel = job.dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    job._bridge.progress.connect(lambda done, total: done >= 5 and cancel.click())
    with qtbot.waitSignal(job.finished, timeout=30_000) as signal:
        pass
    report, error = signal.args
    assert type(error).__name__ == "ImportCancelled" and report is None
    db = sqlite_utils.Database(target)
    articles = db["articles"].count
    assert 5 <= articles < 300
    # Every article kept is whole: its caption and all its dated sentences (the same text each).
    assert db["captions"].count == articles
    per_article = db.execute(
        "SELECT DISTINCT n FROM (SELECT count(*) AS n FROM events GROUP BY article_id)"
    ).fetchall()
    assert len(per_article) == 1 and per_article[0][0] > 0
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_live_reload_shows_another_process_inserts_within_two_seconds(qtbot, window, tmp_path):
    db = sqlite_utils_db(tmp_path)
    assert window.try_open(db)
    window.timeline.set_range(period("2011").start, period("2014").end)
    first = int(window.timeline.events.ids()[0])
    window.open_event(first)
    view = window.timeline.visible_range()
    more = tmp_path / "more.csv"
    more.write_text("title,date,category\nAleppo offensive,2012-07-20,Military\n")
    subprocess.run([*SQLITE_UTILS, "insert", str(db), "events", str(more), "--csv"], check=True)
    qtbot.waitUntil(lambda: len(window.timeline.events) == 4, timeout=2500)
    assert window.timeline.visible_range() == view  # the view and the selection stay
    assert window.timeline.selected == first and window.panel.current.id == first


def test_live_reload_of_a_timeline_database_written_by_an_import(qtbot, window, tmp_path):
    db = tmp_path / "news.db"
    shutil.copy(SAMPLE_ARTICLE, tmp_path / "a.txt")
    subprocess.run([sys.executable, "-m", "viewer", "import", str(db), str(tmp_path / "a.txt"),
                    "--published", "2019-12-23"], check=True, capture_output=True)  # fmt: skip
    window.open_database(db)
    assert len(window.timeline.events) == 17  # the sample: 1 + 9 dated + 7 around
    other = tmp_path / "b.txt"
    other.write_text(SAMPLE_ARTICLE.read_text().replace("Turkish delegation", "A delegation"))
    subprocess.run([sys.executable, "-m", "viewer", "import", str(db), str(other),
                    "--published", "2019-12-24"], check=True, capture_output=True)  # fmt: skip
    # The copy's sentences retell the first article's: grouped into stories, each drawn once.
    folded = (
        sqlite_utils.Database(db)
        .execute("SELECT count(*) FROM events WHERE story_id != id")
        .fetchone()[0]
    )
    assert folded > 0
    qtbot.waitUntil(lambda: len(window.timeline.events) == 34 - folded, timeout=2500)
