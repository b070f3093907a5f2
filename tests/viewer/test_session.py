"""The session on its own, with a host that only records what it is asked to show: real files
opened, replaced, reloaded after another connection writes, and refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from PySide6.QtWidgets import QStatusBar, QWidget

from tests.conftest import add_events
from viewer import settings
from viewer.session import NO_DATABASE, Session


class Host:
    """Stands in for the window: records the calls, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.bar = QStatusBar()

    def statusBar(self) -> QStatusBar:  # noqa: N802 (Qt naming)
        return self.bar

    def show_error(self, title: str, text: str) -> None:
        self.calls.append(("error", title, text))

    def show_placeholder(self, text: str) -> None:
        self.calls.append(("placeholder", text))

    def remember_range(self) -> None:
        self.calls.append(("remember",))

    def show_source(self, path: str | Path, *, keep_view: bool) -> None:
        self.calls.append(("show", Path(path).name, keep_view))


@pytest.fixture
def host_and_session(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    host = Host()
    session = Session(host, parent)
    session.reload_timer.stop()  # the tests say when to look for changes
    yield host, session
    if session.source is not None:
        session.source.close()


def test_opening_another_file_remembers_the_range_first_and_adds_a_recent(
    host_and_session, tiny_db, tmp_path
):
    host, session = host_and_session
    other = tmp_path / "other.db"
    other.write_bytes(tiny_db.read_bytes())
    session.open_database(tiny_db)
    session.open_database(other)
    assert host.calls == [
        ("remember",),
        ("show", "tiny.db", False),
        ("remember",),  # while the first file is still the source
        ("show", "other.db", False),
    ]
    assert session.source.path == other
    assert settings.recent_files()[:2] == [str(other.resolve()), str(tiny_db.resolve())]


def test_a_file_that_cannot_be_opened_is_explained_and_nothing_changes(
    host_and_session, tiny_db, tmp_path
):
    host, session = host_and_session
    session.open_database(tiny_db)
    notes = tmp_path / "notes.db"
    notes.write_text("Shopping list\n" * 100)
    assert not session.try_open(notes)
    kind, title, text = host.calls[-1]
    assert (kind, title) == ("error", "Cannot open database") and "notes.db" in text
    assert session.source.path == tiny_db


def test_opening_in_the_background_says_so_until_it_is_ready(qtbot, host_and_session, tiny_db):
    host, session = host_and_session
    session.open_later(tiny_db)
    assert host.calls[0] == ("placeholder", "Opening tiny.db…")
    assert host.bar.currentMessage() == "Opening tiny.db…"
    qtbot.waitUntil(lambda: session.source is not None)
    assert host.calls[-1] == ("show", "tiny.db", False) and host.bar.currentMessage() == ""


def test_a_missing_file_opened_in_the_background_leaves_the_placeholder(
    qtbot, host_and_session, tmp_path
):
    host, session = host_and_session
    session.open_later(tmp_path / "gone.db")
    qtbot.waitUntil(lambda: any(call[0] == "error" for call in host.calls))
    assert ("placeholder", NO_DATABASE) in host.calls and session.source is None


def test_another_connections_write_is_reloaded_keeping_the_view(qtbot, host_and_session, tiny_db):
    host, session = host_and_session
    session.open_database(tiny_db)
    first = session.source
    db = sqlite_utils.Database(tiny_db)
    add_events(db, [{"id": 5, "title": "Added", "start": "2019-12-24", "lane": "A"}])
    db.close()
    session.check_for_changes()
    qtbot.waitUntil(lambda: session.source is not first)
    assert host.calls[-1] == ("show", "tiny.db", True)
    assert host.bar.currentMessage() == "+1 events (the file changed)"
    session.check_for_changes()  # nothing new: nothing happens
    assert host.calls[-1] == ("show", "tiny.db", True) and len(host.calls) == 3
