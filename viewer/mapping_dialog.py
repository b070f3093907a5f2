"""Choosing how a table of any SQLite file becomes events: table, title, start, end, lane, text."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from db.store.model import TableInfo, TableMapping

NONE = "(none)"
TITLE_HINTS = ("title", "name", "headline", "event", "label", "summary")
START_HINTS = ("start", "date", "begin", "when", "time", "year")


def _guess(columns: tuple[str, ...], hints: tuple[str, ...], fallback: int = 0) -> int:
    lowered = [c.lower() for c in columns]
    for hint in hints:
        for i, name in enumerate(lowered):
            if hint in name:
                return i
    return min(fallback, max(len(columns) - 1, 0))


class MappingDialog(QDialog):
    """Pick the table and its columns. The file stays read-only; the choice is remembered."""

    def __init__(self, file_name: str, tables: list[TableInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Show a table of {file_name}")
        self.tables = [t for t in tables if t.columns]
        form = QFormLayout(self)
        form.addRow(QLabel(
            f"{file_name} is not a timeline database. Choose which table holds events and what "
            "its columns mean; the file is only read, never changed."
        ))  # fmt: skip
        self.table = QComboBox()
        for t in self.tables:
            self.table.addItem(f"{t.name} ({t.rows:,} rows)", t.name)
        self.title = QComboBox()
        self.start = QComboBox()
        self.end = QComboBox()
        self.lane = QComboBox()
        self.text = QComboBox()
        form.addRow("Table", self.table)
        form.addRow("Title", self.title)
        form.addRow("Start date", self.start)
        form.addRow("End date", self.end)
        form.addRow("Lane", self.lane)
        form.addRow("Text", self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.table.currentIndexChanged.connect(self._table_changed)
        self._table_changed()

    def _table_changed(self) -> None:
        info = self.tables[self.table.currentIndex()] if self.tables else None
        columns = info.columns if info else ()
        for box, optional in ((self.title, False), (self.start, False), (self.end, True),
                              (self.lane, True), (self.text, True)):  # fmt: skip
            box.clear()
            if optional:
                box.addItem(NONE, None)
            for column in columns:
                box.addItem(column, column)
        if columns:
            self.title.setCurrentIndex(_guess(columns, TITLE_HINTS))
            self.start.setCurrentIndex(_guess(columns, START_HINTS, 1))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(columns))

    def mapping(self) -> TableMapping:
        return TableMapping(
            table=self.table.currentData(),
            title=self.title.currentData(),
            start=self.start.currentData(),
            end=self.end.currentData(),
            lane=self.lane.currentData(),
            text=self.text.currentData(),
        )
