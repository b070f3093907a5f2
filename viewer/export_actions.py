"""File ▸ Export: the save dialog for each kind, and the timeline as drawn written to PNG or SVG.
The events shown go out as CSV or TimelineJS through the source (MainWindow.export picks)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QWidget

from viewer import settings

FILE_FILTERS = {
    "png": "PNG image (*.png)",
    "svg": "SVG image (*.svg)",
    "csv": "CSV (*.csv)",
    "timelinejs": "TimelineJS JSON (*.json)",
}


def ask_export_path(parent: QWidget, kind: str, then: Callable[[str], object]) -> QFileDialog:
    """A non-blocking save dialog for `kind` that calls `then(path)` once a file is chosen."""
    dialog = settings.file_dialog(parent, "Export", "export", FILE_FILTERS[kind])
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix({"timelinejs": "json"}.get(kind, kind))
    dialog.fileSelected.connect(then)
    dialog.open()
    return dialog


def write_png(view: QWidget, path: Path) -> bool:
    return view.grab().save(str(path))


def write_svg(view: QWidget, path: Path, title: str, description: str) -> bool:
    """`view` painted into an SVG file (vector: the timeline draws shapes and text, not pixels)."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    size = view.size()
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter()
    if not painter.begin(generator):
        return False
    try:
        view.render(painter, QPoint())
    finally:
        painter.end()
    return path.exists()
