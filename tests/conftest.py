"""Shared fixtures: real SQLite files in tmp dirs, the offscreen Qt platform, the sample article,
the real main window."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest
import sqlite_utils

# Before anything imports Qt: tests run without a display unless a test asks for one (smoke test).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db import schema  # noqa: E402
from db.timekeys import span_keys  # noqa: E402

if TYPE_CHECKING:
    from viewer.window import MainWindow

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SAMPLE_ARTICLE = REPO / "resources" / "demo" / "sample" / "turkish-delegation-in-russia.txt"


def bench_module(name: str) -> ModuleType:
    """A script of bench/ (not a package) loaded as a module: the tests build their data with
    the benchmarks' own generators."""
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Never touch the user's real data dir (demo database) or settings from a test."""
    monkeypatch.setenv("TIMELINE_VIEWER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("TIMELINE_VIEWER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("TIMELINE_VIEWER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


def add_events(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Insert events given as {title, start, end?, precision?, lane?, ...}, computing sort keys."""
    out = []
    for row in rows:
        row = dict(row)
        row.setdefault("precision", "day")
        row.setdefault("lane", "Lane")
        row["start_key"], row["end_key"] = span_keys(row["start"], row.get("end"))
        out.append(row)
    db["events"].insert_all(out)


@pytest.fixture
def tiny_db(tmp_path) -> Path:
    """A timeline database with a handful of events in two lanes, written through the schema."""
    path = tmp_path / "tiny.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": 1, "title": "First point", "start": "2019-12-02", "lane": "A"},
            {"id": 2, "title": "A range", "start": "2019-12-05", "end": "2019-12-09", "lane": "A"},
            {"id": 3, "title": "A month", "start": "2019-11", "precision": "month", "lane": "B"},
            {"id": 4, "title": "Late point", "start": "2019-12-20", "lane": "B"},
        ],
    )
    db.close()
    return path


@pytest.fixture
def make_window(qtbot) -> Callable[..., MainWindow]:
    """`make_window(path=None, size=(1200, 700), show=True)`: a real MainWindow, registered with
    qtbot (closed at teardown, which saves its state as quitting does), resized (size=None keeps
    the remembered size), `path` opened before it is shown, shown and active unless `show` is
    false."""
    from viewer.window import MainWindow  # Qt only for the tests that ask for a window

    def make(
        path: Path | None = None,
        *,
        size: tuple[int, int] | None = (1200, 700),
        show: bool = True,
    ) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        if path is not None:
            window.open_database(path)
        if show:
            window.show()
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    """A shown main window with no database open."""
    return make_window()
