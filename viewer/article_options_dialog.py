"""File ▸ Import, when an article file has no publication date: a small dialog that asks for it
(per file, prefilled with what each file says), and for the source and lane (prefilled with the
guess the files agree on). Relative dates ("on Monday", "last week") count from the date given."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.source import ArticleOptions

NOT_A_DATE = QColor("#f8d7da")
FILE, DATE, FOUND = range(3)


def _common(values: Sequence[str | None]) -> str:
    """The value every file agrees on, else ''."""
    found = {v for v in values if v}
    return found.pop() if len(found) == 1 and all(values) else ""


def parse_day(text: str) -> datetime.date | None:
    """'2019-12-23' -> that day; ValueError for anything else but blank (None: no date)."""
    text = text.strip()
    return datetime.date.fromisoformat(text) if text else None


class ArticleOptionsDialog(QDialog):
    """Asks what the article files do not say; `options()` is the answer (after accept)."""

    def __init__(self, previews: Sequence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import articles")
        # Undated files first: those are what the dialog is about.
        self.previews = sorted(previews, key=lambda p: (p.published is not None, str(p.path)))
        undated = sum(1 for p in self.previews if p.published is None)
        files = f"{len(self.previews)} article file{'s' if len(self.previews) > 1 else ''}"
        intro = QLabel(
            f"{undated} of {files} {'has' if undated == 1 else 'have'} no publication date. "
            "Relative dates in an article (“on Monday”, “last "
            "week”) count from it: give it as YYYY-MM-DD, or leave it empty and they stay "
            "unresolved."
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.previews), 3)
        self.table.setHorizontalHeaderLabels(["File", "Publication date", "Found in"])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOUND, QHeaderView.ResizeMode.ResizeToContents)
        for row, preview in enumerate(self.previews):
            name = QTableWidgetItem(preview.path.name)
            name.setToolTip(str(preview.path))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            day = QTableWidgetItem(preview.published.isoformat() if preview.published else "")
            found = QTableWidgetItem(
                preview.problem
                or (preview.published_from if preview.published else preview.hint or "—")
            )
            found.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for column, item in ((FILE, name), (DATE, day), (FOUND, found)):
                self.table.setItem(row, column, item)
        self.table.itemChanged.connect(self._check)
        self.source = QLineEdit(_common([p.source for p in self.previews]))
        self.source.setPlaceholderText("each file's own (its site or footer)")
        self.lane = QLineEdit(_common([p.lane for p in self.previews]))
        self.lane.setPlaceholderText("each file's category or source")
        form = QFormLayout()
        form.addRow("Source:", self.source)
        form.addRow("Lane:", self.lane)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 360)

    def set_date(self, row: int, text: str) -> None:
        self.table.item(row, DATE).setText(text)

    def _check(self, item: QTableWidgetItem) -> None:
        """A date that is not YYYY-MM-DD is marked, and Import waits until it is."""
        if item.column() != DATE:
            return
        try:
            parse_day(item.text())
            item.setBackground(QColor(0, 0, 0, 0))
            item.setToolTip("")
        except ValueError:
            item.setBackground(NOT_A_DATE)
            item.setToolTip("Give the date as YYYY-MM-DD, e.g. 2019-12-23, or leave it empty")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(all(self._valid(row) for row in range(self.table.rowCount())))

    def _valid(self, row: int) -> bool:
        try:
            parse_day(self.table.item(row, DATE).text())
        except ValueError:
            return False
        return True

    def options(self) -> ArticleOptions:
        """The dates given (those the user changed or added; a file keeps what it says itself),
        and the source and lane for all (None: each file's own)."""
        published: dict[str, datetime.date | None] = {}
        for row, preview in enumerate(self.previews):
            day = parse_day(self.table.item(row, DATE).text())
            if day != preview.published and day is not None:
                published[str(preview.path)] = day
        return ArticleOptions(
            published=published,
            source=self.source.text().strip() or None,
            lane=self.lane.text().strip() or None,
        )
