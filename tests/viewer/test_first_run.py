"""First launch and small screens, on the real window: the demo's progress dialog (cancellable),
file dialogs that start where the last one was left, the side panel folded away and back,
Help ▸ Keyboard Shortcuts read from the actions, and a screenshot that prints nothing."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProgressDialog, QPushButton

from db.demo import data_dir, demo_path
from viewer import settings
from viewer.demo_dialog import BUILDING, DemoBuild
from viewer.timeline.interaction import KEYS
from viewer.window import NO_DEMO


def _click_cancel(dialog: QProgressDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)


def test_the_demo_build_shows_its_stages_and_cancel_leaves_nothing(qtbot, window):
    build = DemoBuild(window)
    stages: list[str] = []

    def first_step(stage: str, done: int, total: int) -> None:
        if not stages:
            stages.append(build.dialog.labelText())
            _click_cancel(build.dialog, qtbot)

    build.progressed.connect(first_step)
    assert build.run() is None  # cancelled: no demo, and no half-built file beside it
    assert stages and stages[0].startswith(BUILDING) and "Sample article" in stages[0]
    assert not demo_path().exists()
    assert [p.name for p in data_dir().iterdir()] == []


def test_the_demo_builds_progress_is_the_whole_builds_and_never_goes_back(qtbot, window):
    build = DemoBuild(window)
    seen: list[tuple[str, int]] = []

    def step(stage: str, done: int, total: int) -> None:
        seen.append((stage, build.dialog.value()))
        if stage == "UCDP conflict events":  # two stages done: enough to tell
            _click_cancel(build.dialog, qtbot)

    build.progressed.connect(step)
    assert build.run() is None
    values = [v for _, v in seen]
    assert values == sorted(values)  # a new stage does not start the bar at 0% again
    first_ucdp = next(v for s, v in seen if s == "UCDP conflict events")
    wiki = [v for s, v in seen if s == "Wikipedia timeline"]
    assert first_ucdp >= wiki[-1] > wiki[0] and first_ucdp >= 0.35 * build.dialog.maximum()
    assert "(step 3 of 5)" in build.dialog.labelText()


def test_a_cancelled_demo_says_how_to_build_it_later(qtbot, window):
    def cancel_when_shown() -> None:
        dialog = window.findChild(QProgressDialog)
        if dialog is not None and not dialog.wasCanceled():
            _click_cancel(dialog, qtbot)

    poll = QTimer(window)
    poll.timeout.connect(cancel_when_shown)
    poll.start(20)
    assert window.open_demo() is False
    poll.stop()
    assert window.source is None
    assert window.timeline.empty_message == NO_DEMO
    assert "not built" in window.statusBar().currentMessage()
    assert "Open Demo Database" in [a.text().replace("&", "") for a in _menu(window, "File")]
    assert not demo_path().exists()


def _menu(window, title: str) -> list[QAction]:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu().actions()
    raise AssertionError(title)


def test_file_dialogs_start_in_the_folder_last_used(window, tiny_db, tmp_path):
    article = tmp_path / "articles" / "post.txt"
    article.parent.mkdir()
    article.write_text("Headline\n\nOn Monday the talks began.\n")
    window.session.ask_import()
    first = window.session.import_files_dialog
    first.selectFile(str(article))
    first.accept()  # then the target database is asked for: not this test's business
    window.session.import_target_dialog.reject()

    window.session.ask_import()
    assert window.session.import_files_dialog.directory().absolutePath() == str(article.parent)

    window.session.choose_database()
    opening = window.session.open_dialog
    opening.selectFile(str(tiny_db))
    opening.accept()
    window.session.choose_database()
    assert window.session.open_dialog.directory().absolutePath() == str(tiny_db.parent)
    assert settings.last_folder("export") == ""  # each purpose keeps its own folder

    # a folder since removed is forgotten, not opened
    os.rename(article.parent, tmp_path / "gone")
    assert settings.last_folder("import") == ""


def test_the_side_panel_folds_away_and_comes_back_for_an_event(qtbot, make_window, tiny_db):
    window = make_window(tiny_db, size=(1024, 680))
    qtbot.waitUntil(lambda: window.timeline.events is not None)
    left, right = window.splitter.sizes()
    assert right <= 0.35 * (left + right)  # the timeline has most of a small window
    assert window.side_panel_action.isChecked()

    window.side_panel_action.trigger()  # View ▸ Side Panel (F9)
    assert window.splitter.sizes()[1] == 0 and not window.side_panel_action.isChecked()
    assert window.timeline.width() > 0.95 * window.splitter.width()

    window.find()  # Ctrl+F wants the search box: the panel unfolds, as wide as it was
    assert window.splitter.sizes()[1] == right and window.search.box.hasFocus()
    window.set_side_panel(False)
    window.open_event(4)  # an event opened shows its source in the panel
    assert window.splitter.sizes()[1] == right and window.panel.current.id == 4

    window.set_side_panel(False)
    window.close()  # folded, it stays folded next time
    again = make_window(size=None)
    assert again.splitter.sizes()[1] == 0 and not again.side_panel_action.isChecked()


def test_help_lists_every_shortcut_from_the_actions(window):
    window.show_shortcuts()
    rows = window.shortcuts.rows()
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                command = action.text().replace("&", "").rstrip("…")
                assert (keys, command) in rows, command
    assert ("Ctrl+Q", "Quit") in rows  # bound even where the desktop binds no Quit key
    for _keys, shown, does, _act in KEYS:
        assert (shown, does) in rows
    assert ("Escape", "Clear the search") in rows

    # not hand-kept: a command added to a menu is listed by the next dialog
    extra = window.menuBar().actions()[0].menu().addAction("Frobnicate")
    extra.setShortcut(QKeySequence("Ctrl+Shift+F"))
    window.shortcuts = None
    window.show_shortcuts()
    assert ("Ctrl+Shift+F", "Frobnicate") in window.shortcuts.rows()


def test_the_timeline_keys_do_what_the_list_says(qtbot, make_window, tiny_db):
    window = make_window(tiny_db)
    timeline = window.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    first = timeline.selected
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert first is not None and timeline.selected not in (None, first)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.selected == first
    span = timeline.scale.t1 - timeline.scale.t0
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    assert timeline.scale.t1 - timeline.scale.t0 < span
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    assert timeline.selected is None


def test_a_screenshot_prints_no_qt_warnings(tiny_db, tmp_path):
    for size in ("1024x680", "800x600"):
        out = tmp_path / f"shot-{size}.png"
        result = subprocess.run(
            [sys.executable, "-m", "viewer", str(tiny_db), "--screenshot", str(out),
             "--size", size, "--select", "2", "--range", "2019-11-15..2019-12-31"],
            capture_output=True, text=True, timeout=120, env=dict(os.environ),
        )  # fmt: skip
        assert result.returncode == 0
        assert result.stderr == ""
        assert result.stdout.strip() == str(out)
