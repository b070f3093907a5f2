"""File ▸ Export's pieces on the real window: the save dialog of each kind, and the SVG that
carries the window's title and the visible range."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from viewer.export_actions import FILE_FILTERS, ask_export_path, write_png, write_svg


@pytest.mark.parametrize(
    ("kind", "suffix"), [("png", "png"), ("csv", "csv"), ("timelinejs", "json")]
)
def test_the_save_dialog_asks_for_the_kind_and_hands_the_path_on(window, kind, suffix, tmp_path):
    chosen: list[str] = []
    dialog = ask_export_path(window, kind, chosen.append)
    assert dialog.isVisible() and dialog.nameFilters() == [FILE_FILTERS[kind]]
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == suffix
    dialog.fileSelected.emit(str(tmp_path / f"out.{suffix}"))
    assert chosen == [str(tmp_path / f"out.{suffix}")]
    dialog.close()


def test_the_svg_and_png_are_the_timeline_as_drawn(make_window, tiny_db, tmp_path):
    window = make_window(tiny_db)
    svg = tmp_path / "view.svg"
    assert write_svg(window.timeline, svg, window.windowTitle(), window.status_range.text())
    text = svg.read_text()
    assert "<title>tiny.db — timeline-viewer</title>" in text
    assert f"<desc>{window.status_range.text()}</desc>" in text
    png = tmp_path / "view.png"
    assert write_png(window.timeline, png) and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
