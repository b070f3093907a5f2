"""Edit ▸ Correct Date…: a date editor that keeps precision (a year, a month, a day, a range of
them) and can say "around"; what it reads is shown in words as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from db.review.state import DateValue, parse_date
from db.timekeys import DateError
from viewer.date_text import describe_date

PRECISIONS = ("year", "month", "day")  # what the precision box sets the dates to


def at_precision(text: str, precision: str) -> str:
    """An ISO date cut or padded to a year ("2019"), a month ("2019-12") or a day."""
    if not text:
        return text
    negative = text.startswith("-")
    parts = text.lstrip("-").split("T")[0].split("-")
    wanted = PRECISIONS.index(precision) + 1
    parts = (parts + ["01", "01"])[:wanted]
    return ("-" if negative else "") + "-".join(parts)


class DateDialog(QDialog):
    """Correct an event's date: start, an optional end, the precision, "around", a note."""

    def __init__(self, current: DateValue, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Correct date")
        form = QFormLayout(self)
        event = QLabel(title)
        event.setTextFormat(Qt.TextFormat.PlainText)
        event.setWordWrap(True)
        form.addRow(event)
        self.start = QLineEdit(current.start)
        self.end = QLineEdit(current.end or "")
        self.end.setPlaceholderText("(a range: its last day, month or year)")
        self.precision = QComboBox()
        self.precision.addItems(PRECISIONS)
        if current.precision in PRECISIONS:
            self.precision.setCurrentText(current.precision)
        self.around = QCheckBox("around (not sure of it)")
        self.around.setChecked(current.around)
        self.note = QLineEdit()
        self.note.setPlaceholderText("why (kept with the change)")
        self.reading = QLabel()
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setWordWrap(True)
        form.addRow("Date", self.start)
        form.addRow("Until", self.end)
        form.addRow("Precision", self.precision)
        form.addRow("", self.around)
        form.addRow("Note", self.note)
        form.addRow(self.reading)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for field in (self.start, self.end):
            field.textChanged.connect(self._read)
        self.around.toggled.connect(self._read)
        self.precision.currentTextChanged.connect(self._set_precision)
        self._read()

    def _set_precision(self, precision: str) -> None:
        self.start.setText(at_precision(self.start.text().strip(), precision))
        self.end.setText(at_precision(self.end.text().strip(), precision))

    def value(self) -> DateValue | None:
        """The date as entered, or None when it cannot be read."""
        text = self.start.text().strip()
        if self.end.text().strip():
            text += ".." + self.end.text().strip()
        if self.around.isChecked():
            text = "~" + text
        try:
            return parse_date(text)
        except DateError:
            return None

    def _read(self) -> None:
        value = self.value()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(value is not None)
        if value is None:
            self.reading.setText("Not a date: type 2019-12-22, 2019-12 or 2019.")
            self.reading.setStyleSheet("color: #b8343b;")
            return
        words = describe_date(value.start, value.end, value.precision)
        self.reading.setText(("around " if value.around else "") + words)
        self.reading.setStyleSheet("color: #5f6870;")
