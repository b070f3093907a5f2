"""The viewer shows a dataset as it shows the database it was converted from: the same window,
the same labels, the same panel, through open_store (the viewer does not know it is a dataset)."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from db.archive.convert import convert
from db.ingest.importers import import_articles
from db.timekeys import period
from tests.conftest import SAMPLE_ARTICLE, add_events


def _labels(qtbot, window, at: str) -> list[tuple[str, int]]:
    timeline = window.timeline
    timeline.set_range(period(at).start, period(at).end)

    def titled() -> list:
        timeline.grab()  # a paint asks for the titles it lacks; they arrive from a worker
        return [lb for lb in timeline.frame().labels if lb.text]

    qtbot.waitUntil(lambda: len(titled()) >= 3)
    qtbot.wait(200)  # the last titles asked for
    return sorted((lb.text, round(lb.x)) for lb in titled())


def test_the_window_shows_a_dataset_as_its_database(qtbot, make_window, tmp_path):
    db = tmp_path / "sample.db"
    import_articles(db, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    convert(db, tmp_path / "ds")
    shown = []
    for path in (db, tmp_path / "ds"):
        window = make_window(path, size=(1200, 700))
        assert window.session.source is not None and window.session.source.path == path
        shown.append(_labels(qtbot, window, "2019-12"))
        timeline, panel = window.timeline, window.panel
        ids = window.session.source.whole().ids().tolist()
        drawn = [(i, p) for i in ids if (p := timeline.marker_position(i)) is not None]
        event_id, pos = drawn[len(drawn) // 2]
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos.toPoint())
        assert timeline.selected == event_id
        qtbot.waitUntil(lambda p=panel: p.headline.text() != "")
        shown.append(
            (event_id, panel.headline.text(), panel.meta.text(), panel.caption.text(),
             panel.event_date.text(), panel.highlighted_text())
        )  # fmt: skip
    assert shown[0] == shown[2] and shown[1] == shown[3]
    assert len(shown[0]) >= 3 and "Turkish delegation" in shown[1][1]


def test_the_tiny_database_and_its_dataset_draw_the_same_labels(qtbot, make_window, tiny_db,
                                                               tmp_path):  # fmt: skip
    convert(tiny_db, tmp_path / "ds")
    shown = [_labels(qtbot, make_window(p), "2019-12") for p in (tiny_db, tmp_path / "ds")]
    assert shown[0] == shown[1]


def _action(window, text: str):
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def test_file_open_folder_opens_a_dataset(qtbot, make_window, tiny_db, tmp_path):
    convert(tiny_db, tmp_path / "ds")
    window = make_window()
    _action(window, "Open &Folder…").trigger()
    dialog = window.session.folder_dialog
    assert dialog.isVisible() and dialog.fileMode() == QFileDialog.FileMode.Directory
    dialog.fileSelected.emit(str(tmp_path / "ds"))  # what choosing the folder does
    qtbot.waitUntil(lambda: window.source is not None and window.source.path == tmp_path / "ds")
    assert window.timeline.events.lanes == ("A", "B")
    assert str((tmp_path / "ds").resolve()) in [a.text() for a in window.recent_menu.actions()]


def test_dropping_a_dataset_folder_opens_it(qtbot, make_window, tiny_db, tmp_path):
    convert(tiny_db, tmp_path / "ds")
    window = make_window(tiny_db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "ds"))])
    for event in (QDragEnterEvent, QDropEvent):
        point = QPoint(300, 300) if event is QDragEnterEvent else QPointF(300, 300)
        sent = event(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(window, sent)
        assert sent.isAccepted()
    qtbot.waitUntil(lambda: window.source.path == tmp_path / "ds")  # opened off the UI thread
    assert type(window.source.whole()).__name__ == "PyramidFrame"


def test_a_screenshot_of_a_dataset_folder_waits_for_its_events(make_window, tiny_db, tmp_path):
    from argparse import Namespace

    from viewer.app import screenshot

    convert(tiny_db, tmp_path / "ds")
    window = make_window(show=False)
    out = tmp_path / "shot.png"
    args = Namespace(
        db=str(tmp_path / "ds"), screenshot=str(out), size="1000x600", mapping=None,
        range=(period("2019-11-25").start, period("2019-12-31").end), select=None,
    )  # fmt: skip
    assert screenshot(window, args) == 0
    assert not window.timeline.windows_pending() and not window.timeline.labels_pending()
    assert {"First point", "A range", "Late point"} <= {
        lb.text for lb in window.timeline.frame().labels
    }
    assert QImage(str(out)).width() == 1000


def test_export_of_a_dataset_writes_what_its_database_writes(make_window, tmp_path):
    from db.export import main as export_main

    db = tmp_path / "sample.db"
    import_articles(db, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    convert(db, tmp_path / "ds")
    written: dict[str, list[str]] = {}
    for name, path in (("db", db), ("ds", tmp_path / "ds")):
        window = make_window(path)
        for kind, suffix in (("csv", "csv"), ("timelinejs", "json")):
            assert window.export(kind, tmp_path / f"{name}.{suffix}")
            written.setdefault(name, []).append((tmp_path / f"{name}.{suffix}").read_text())
        assert export_main([str(path), str(tmp_path / f"{name}-all.csv")]) == 0
        written[name].append((tmp_path / f"{name}-all.csv").read_text())
    assert written["ds"] == written["db"]
    assert len(written["ds"][0].splitlines()) == 18 and "Turkish delegation" in written["ds"][0]
    assert written["ds"][0] == written["ds"][2]  # the window shows every event: all go out
    assert '"events"' in written["ds"][1]


def test_export_of_a_dataset_keeps_to_the_lanes_shown(make_window, tiny_db, tmp_path):
    import csv

    convert(tiny_db, tmp_path / "ds")
    window = make_window(tmp_path / "ds")
    window.filter_panel.set_hidden("A", True)
    assert window.export("csv", tmp_path / "b.csv")
    with open(tmp_path / "b.csv", newline="", encoding="utf-8") as f:
        assert [(r["id"], r["lane"]) for r in csv.DictReader(f)] == [("3", "B"), ("4", "B")]


def _publish(new: Path, into: Path, manifest: bool = True) -> None:
    """What a writer adding a partition does: every file moved into place, the manifest last."""
    files = sorted(p for p in new.rglob("*") if p.is_file() and p.name != "manifest.json")
    for path in [*files, new / "manifest.json"] if manifest else files:
        target = into / path.relative_to(new)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)


def test_a_partition_added_to_a_dataset_is_reloaded_keeping_the_view(
    qtbot, make_window, tiny_db, tmp_path
):
    convert(tiny_db, tmp_path / "ds")
    window = make_window(tmp_path / "ds")
    session = window.session
    session.reload_timer.stop()  # the test says when to look for changes
    window.timeline.set_range(period("2019-12-01").start, period("2019-12-31").end)
    first = session.source
    db = sqlite_utils.Database(tiny_db)
    add_events(db, [{"id": 5, "title": "Next year", "start": "2021-03-04", "lane": "C"}])
    db.close()
    convert(tiny_db, tmp_path / "next")  # a year more, as an import on Dask writes it
    assert (tmp_path / "next" / "events" / "year=2021").is_dir()
    _publish(tmp_path / "next", tmp_path / "ds", manifest=False)
    assert not first.changed()  # the partitions land first: nothing to reload until the manifest
    _publish(tmp_path / "next", tmp_path / "ds")
    assert first.changed()
    session.check_for_changes()
    qtbot.waitUntil(lambda: session.source is not first)
    assert window.timeline.events.lanes == ("A", "B", "C")
    assert len(session.source.whole()) == 5
    assert window.statusBar().currentMessage() == "+1 events (the file changed)"
    assert window.timeline.visible_range() == (
        period("2019-12-01").start, period("2019-12-31").end
    )  # fmt: skip
    session.check_for_changes()  # nothing new: nothing happens
    assert session.source is not first and not session.source.changed()


def test_the_datasets_duckdb_file_opens_as_its_folder(qtbot, make_window, tmp_path):
    """The native DuckDB file inside a dataset (its views over the Parquet files) opens the
    dataset, as the folder does: the same store, labels and watched manifest."""
    from db.archive.dataset import CATALOG, MANIFEST
    from db.archive.store import DatasetStore
    from db.opening import check_openable, open_store, watched_file

    db = tmp_path / "sample.db"
    import_articles(db, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    convert(db, tmp_path / "ds")
    catalog = tmp_path / "ds" / CATALOG
    check_openable(catalog)
    assert watched_file(catalog) == tmp_path / "ds" / MANIFEST
    store = open_store(catalog)
    try:
        assert isinstance(store, DatasetStore) and store.path == tmp_path / "ds"
    finally:
        store.close()
    shown = []
    for path in (tmp_path / "ds", catalog):
        window = make_window(path, size=(1200, 700))
        assert window.session.source is not None
        assert window.session.source.path == tmp_path / "ds"
        shown.append(_labels(qtbot, window, "2019-12"))
    assert shown[0] == shown[1] and len(shown[0]) >= 3
