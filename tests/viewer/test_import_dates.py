"""File ▸ Import with article files that have no publication date: the window asks for it (and
for source and lane), prefilled with what the files say, and the import uses the answer."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtWidgets import QDialogButtonBox

BODY = "Turkey said on Monday it would send more troops.\n\nOfficials met yesterday in Ankara."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_undated_articles_are_asked_for_their_date_source_and_lane(qtbot, window, tmp_path):
    dated = write(tmp_path / "in" / "dated.txt", f"Talks\n\nTuesday, July 11, 2023\n\n{BODY}")
    undated = write(tmp_path / "in" / "undated.txt", f"Troops\n\n{BODY}")
    target = tmp_path / "t.db"
    window.session.ask_article_options(target, [str(dated), str(undated)])
    qtbot.waitUntil(lambda: window.session.article_options_dialog is not None)
    dialog = window.session.article_options_dialog
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [  # the undated file first, then what the other says of itself
        ["undated.txt", "", "—"],
        ["dated.txt", "2023-07-11", "its dateline"],
    ]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.set_date(0, "23 Dec")  # not a date the dialog takes: Import waits
    assert not ok.isEnabled()
    dialog.set_date(0, "2019-12-23")
    assert ok.isEnabled()
    dialog.lane.setText("Talks and troops")
    dialog.source.setText("Example Wire")
    ok.click()

    qtbot.waitUntil(lambda: window.session.import_job is not None)
    with qtbot.waitSignal(window.session.import_job.finished, timeout=20_000) as done:
        pass
    report, error = done.args
    assert error is None and report.imported == 2
    assert report.dates_from == {"given": 1, "its dateline": 1}
    db = sqlite_utils.Database(target)
    articles = {
        r["headline"]: (r["published"], r["source"])
        for r in db.query("SELECT headline, published, source FROM articles")
    }
    assert articles == {
        "Troops": ("2019-12-23", "Example Wire"),
        "Talks": ("2023-07-11", "Example Wire"),
    }
    lanes = {r["lane"] for r in db.query("SELECT lane FROM events")}
    troops = {
        r["start"]
        for r in db.query(
            "SELECT e.start FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE a.headline = 'Troops' AND e.kind != 'publication'"
        )
    }
    db.close()
    assert lanes == {"Talks and troops"}
    assert troops == {"2019-12-23", "2019-12-22"}  # "on Monday" and "yesterday", resolved
    # said once the database is shown ("Opening t.db…" meanwhile)
    qtbot.waitUntil(lambda: window.source is not None and window.source.path == target)
    said = window.statusBar().currentMessage()
    assert said.startswith("Import: imported 2,")
    assert said.endswith("publication dates: 1 given, 1 from its dateline")


def test_dated_articles_are_imported_without_a_question(qtbot, window, tmp_path):
    by_folder = write(tmp_path / "2011-01-26" / "post.txt", f"Protests\n\n{BODY}")
    window.session.ask_article_options(tmp_path / "t.db", [str(by_folder)])
    qtbot.waitUntil(lambda: window.session.import_job is not None)
    assert window.session.article_options_dialog is None
    with qtbot.waitSignal(window.session.import_job.finished, timeout=20_000) as done:
        pass
    report, _error = done.args
    assert report.dates_from == {"its folder or file name": 1}


def test_an_article_left_undated_is_said_after_the_import(qtbot, window, tmp_path):
    undated = write(tmp_path / "in" / "undated.txt", f"Troops\n\n{BODY}")
    window.session.ask_article_options(tmp_path / "t.db", [str(undated)])
    qtbot.waitUntil(lambda: window.session.article_options_dialog is not None)
    window.session.article_options_dialog.buttons.button(
        QDialogButtonBox.StandardButton.Ok
    ).click()  # left empty
    qtbot.waitUntil(lambda: window.session.import_job is not None)
    with qtbot.waitSignal(window.session.import_job.finished, timeout=20_000):
        pass
    box = window.last_error
    assert box is not None and box.windowTitle() == "Some articles have no publication date"
    assert "undated.txt: 2 relative dates left unresolved: no publication date" in box.text()
