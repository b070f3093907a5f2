"""The "As known on" field in the status bar: a date field (the same dates as Go to Date) and
"Show all", as the overview strip's slider handle does. It reports the day chosen (`asOfChosen`, the
key of the day's last second, or None) and shows the one the view state holds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from db.timekeys import DateError
from viewer.reporting_text import as_of_key, day_of


class AsOfBar(QWidget):
    asOfChosen = Signal(object)  # a key, or None for everything

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 12, 0)  # compact: it sits in the status bar
        row.setSpacing(6)
        self.label = QLabel("As known on")
        self.date = QLineEdit()
        self.date.setPlaceholderText("e.g. 22 Dec 2019")
        self.date.setToolTip(
            "Show only the events reported by the end of this day (their article's publication); "
            "events whose report day is unknown stay. Or drag the ▲ on the overview strip."
        )
        self.date.setMaximumWidth(190)
        self.date.setClearButtonEnabled(True)
        self.show_all = QPushButton("Show all")
        self.show_all.setToolTip("Show every event, whenever it was reported")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b8343b;")
        for w in (self.label, self.date, self.show_all, self.error):
            row.addWidget(w)
        row.addStretch(1)
        self.date.returnPressed.connect(self._typed)
        self.date.editingFinished.connect(self._typed)
        self.show_all.clicked.connect(lambda: self.asOfChosen.emit(None))
        self.key: int | None = None
        self.show_as_of(None)

    def _typed(self) -> None:
        text = self.date.text().strip()
        if not text:
            self.error.clear()
            if self.key is not None:
                self.asOfChosen.emit(None)
            return
        try:
            key = as_of_key(text)
        except DateError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        if key != self.key:
            self.asOfChosen.emit(key)

    def show_as_of(self, key: int | None) -> None:
        """Show the day the view is as known on (None: all is shown)."""
        self.key = key
        self.error.clear()
        self.date.setText(day_of(key) if key is not None else "")
        self.show_all.setEnabled(key is not None)
