"""What the viewer remembers between runs (QSettings): window, splitters, docks, last database,
recent files, each database's visible range and lanes (colours picked, heights, folds), and the
folder each file dialog was last used in."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMainWindow, QSplitter

MAX_RECENT = 10
_defaults_folder: str | None = None  # set while the user's settings are put aside (defaults())


def settings() -> QSettings:
    """The application's settings; an INI file under TIMELINE_VIEWER_CONFIG_DIR when it is set
    (tests, portable use), else the platform's usual place; an empty throwaway file within
    `defaults()`."""
    folder = _defaults_folder or os.environ.get("TIMELINE_VIEWER_CONFIG_DIR")
    if folder:
        return QSettings(str(Path(folder) / "timeline-viewer.ini"), QSettings.Format.IniFormat)
    return QSettings("timeline-viewer", "timeline-viewer")


@contextmanager
def defaults() -> Iterator[None]:
    """Within it the viewer starts from its defaults and keeps nothing: what it reads and writes
    goes to an empty file that is deleted afterwards. A screenshot is taken so, to be the same
    for every user (whatever their splitters, lane sizes, colours and folds) and to leave their
    recent files and ranges alone."""
    global _defaults_folder
    previous = _defaults_folder
    with tempfile.TemporaryDirectory(prefix="timeline-viewer-defaults-") as folder:
        _defaults_folder = folder
        try:
            yield
        finally:
            _defaults_folder = previous


def _key(path: str | Path) -> str:
    return hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]


def recent_files() -> list[str]:
    value = settings().value("recent", [])
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [v for v in values if isinstance(v, str)]


def add_recent(path: str | Path) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files() if p != path]
    s = settings()
    s.setValue("recent", files[:MAX_RECENT])
    s.setValue("last_database", path)
    return files[:MAX_RECENT]


def clear_recent() -> None:
    settings().remove("recent")


def last_database() -> Path | None:
    value = settings().value("last_database")
    return Path(value) if isinstance(value, str) and value else None


def save_range(path: str | Path, t0: float, t1: float) -> None:
    settings().setValue(f"ranges/{_key(path)}", f"{t0!r},{t1!r}")


def saved_range(path: str | Path) -> tuple[float, float] | None:
    value = settings().value(f"ranges/{_key(path)}")
    try:
        t0, t1 = (float(v) for v in str(value).split(","))
    except (TypeError, ValueError):
        return None
    return (t0, t1) if t1 > t0 else None


def lane_look(path: str | Path) -> tuple[dict[str, str], dict[str, float], set[str]]:
    """What the user made of a database's lanes: colours picked (name -> "#rrggbb"), heights
    set by dragging a border (name -> px), and the lanes folded."""
    try:
        look = json.loads(str(settings().value(f"lanes/{_key(path)}", "{}")))
    except ValueError:
        look = {}
    if not isinstance(look, dict):
        look = {}
    colors = look.get("colors") if isinstance(look.get("colors"), dict) else {}
    sizes = look.get("sizes") if isinstance(look.get("sizes"), dict) else {}
    folded = look.get("folded") if isinstance(look.get("folded"), list) else []
    return (
        {str(k): v for k, v in colors.items() if isinstance(v, str) and QColor.isValidColorName(v)},
        {str(k): float(v) for k, v in sizes.items() if isinstance(v, int | float) and v > 0},
        {str(n) for n in folded},
    )


def save_lane_look(
    path: str | Path, colors: dict[str, str], sizes: dict[str, float], folded: set[str]
) -> None:
    look = {"colors": colors, "sizes": sizes, "folded": sorted(folded)}
    settings().setValue(f"lanes/{_key(path)}", json.dumps(look, ensure_ascii=False))


def last_folder(purpose: str) -> str:
    """The folder a file dialog for `purpose` ("open", "import", "export") was last used in, if
    it is still there; else "" (Qt's default, the working folder)."""
    value = settings().value(f"folders/{purpose}")
    return value if isinstance(value, str) and value and Path(value).is_dir() else ""


def remember_folder(purpose: str, path: str | Path) -> None:
    """Keep the folder of `path` (a file chosen, or a folder) for the next dialog of `purpose`."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    settings().setValue(f"folders/{purpose}", str(folder.resolve()))


def file_dialog(parent, title: str, purpose: str, filters: str, start: str = "") -> QFileDialog:
    """A file dialog that starts where the last one of `purpose` was left (or at `start`) and
    remembers where this one is left, once a file is chosen."""
    dialog = QFileDialog(parent, title, start or last_folder(purpose), filters)
    dialog.filesSelected.connect(lambda files: files and remember_folder(purpose, files[0]))
    return dialog


def restore_window(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    """Geometry, docks and splitter positions as the last window left them (if it did)."""
    s = settings()
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray | bytes):
        window.restoreGeometry(geometry)
    layout = s.value("window/state")
    if isinstance(layout, QByteArray | bytes):
        window.restoreState(layout)
    for name, splitter in splitters.items():
        sizes = s.value(f"window/{name}")
        if isinstance(sizes, QByteArray | bytes):
            splitter.restoreState(sizes)


def save_window(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    s = settings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    for name, splitter in splitters.items():
        s.setValue(f"window/{name}", splitter.saveState())
    s.sync()


def reviewer_name() -> str:
    """The name reviews are written under, set once (Edit ▸ Reviewer Name…); "" for the OS
    user's."""
    value = settings().value("review/name")
    return value if isinstance(value, str) else ""


def set_reviewer_name(name: str) -> None:
    settings().setValue("review/name", name.strip())
