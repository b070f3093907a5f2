"""The main window: the timeline on the left, the source panel on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from db.errors import TimelineError
from db.timekeys import iso_of
from viewer.panel import SourcePanel
from viewer.source import DataSource
from viewer.timeline.widget import TimelineWidget

APP_NAME = "timeline-viewer"


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: DataSource | None = None
        self.last_error: QMessageBox | None = None
        self.timeline = TimelineWidget()
        self.panel = SourcePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status_range = QLabel()
        self.status_count = QLabel()
        self.statusBar().addWidget(self.status_count)
        self.statusBar().addPermanentWidget(self.status_range)
        self.timeline.eventClicked.connect(self.show_event)
        self.timeline.rangeChanged.connect(self._range_changed)
        self._make_menus()
        self.setWindowTitle(APP_NAME)
        self.resize(1400, 860)
        self.splitter.setSizes([980, 420])

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, self.choose_database)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        view = self.menuBar().addMenu("&View")
        zoom = self.timeline.zoom
        self._action(view, "Zoom &In", QKeySequence.StandardKey.ZoomIn, lambda: zoom(2))
        self._action(view, "Zoom &Out", QKeySequence.StandardKey.ZoomOut, lambda: zoom(0.5))
        self._action(view, "&Fit All", QKeySequence("Ctrl+0"), self.timeline.fit_all)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- databases -----------------------------------------------------------------------------

    def open_database(self, path: str | Path) -> None:
        """Open `path` read-only and show it; TimelineError says what is wrong with it."""
        source = DataSource.open(path)
        if self.source is not None:
            self.source.close()
        self.source = source
        self.timeline.set_data(source.index, source.titles)
        self.panel.clear()
        self.timeline.fit_all()
        n = len(source.index)
        lanes = len(source.index.lanes)
        self.status_count.setText(f"{n:,} events · {lanes} lane{'s' if lanes != 1 else ''}")
        self.setWindowTitle(f"{Path(path).name} — {APP_NAME}")

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Open timeline database",
            "",
            "SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)",
        )
        if path:
            self.try_open(path)

    def try_open(self, path: str | Path) -> bool:
        """Open a database, telling the user plainly what is wrong with it if it cannot be shown."""
        try:
            self.open_database(path)
        except TimelineError as exc:
            self.show_error("Cannot open database", str(exc))
            return False
        return True

    def show_error(self, title: str, text: str) -> None:
        """Say what is wrong in a window-modal box that does not block the event loop."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_error = box

    # -- selection -----------------------------------------------------------------------------

    def show_event(self, event_id: int) -> None:
        if self.source is None:
            return
        detail = self.source.event(event_id)
        if detail is None:
            self.panel.clear()
            return
        self.timeline.select(event_id)
        self.panel.show_event(detail)

    def _range_changed(self, t0: float, t1: float) -> None:
        span = t1 - t0
        precision = "year" if span > 3 * 365 * 86400 else "month" if span > 60 * 86400 else "day"
        self.status_range.setText(f"{iso_of(int(t0), precision)} … {iso_of(int(t1), precision)}")
