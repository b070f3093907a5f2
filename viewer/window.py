"""The main window: timeline and overview on the left, search and the source panel on the right,
filters in a dock; the menus and shortcuts, and the wiring between the widgets, the view state
(view_state.py), the open database (session.py) and export (export_actions.py)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.errors import TimelineError
from db.store import SearchHit, SearchResult
from db.store.model import TableMapping
from db.timekeys import DateError, iso_of
from viewer import settings
from viewer.dates import describe_date, parse_period
from viewer.export_actions import ask_export_path, write_png, write_svg
from viewer.filter_panel import FilterPanel
from viewer.filters import Filters, apply
from viewer.import_dialog import ImportJob
from viewer.mapping_dialog import MappingDialog
from viewer.overview import OverviewStrip
from viewer.panel import SourcePanel
from viewer.search import SearchPanel
from viewer.session import Session
from viewer.source import DataSource
from viewer.timeline.widget import PALETTE, TimelineWidget
from viewer.view_state import ViewState

APP_NAME = "timeline-viewer"
TITLES_RETRY_MS = 5000  # after titles could not be read, how long labels stay blank


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_error: QMessageBox | None = None
        self.view = ViewState(self)
        self.session = Session(self, self)
        self._titles_after = 0.0  # time.monotonic() before which titles are not asked for

        self.timeline = TimelineWidget()
        self.overview = OverviewStrip()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.overview)
        self.search = SearchPanel()
        self.panel = SourcePanel()
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.search)
        self.right.addWidget(self.panel)
        self.right.setStretchFactor(1, 1)
        self.right.setSizes([90, 770])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.filter_panel = FilterPanel()
        self.filters_dock = QDockWidget("Filters", self)
        self.filters_dock.setObjectName("filters")
        self.filters_dock.setWidget(self.filter_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filters_dock)
        self.filters_dock.hide()

        self.status_range = QLabel()
        self.status_count = QLabel()
        self.statusBar().addWidget(self.status_count)
        self.statusBar().addPermanentWidget(self.status_range)

        # The timeline reports what the user did to it; the view state records it first.
        self.timeline.eventClicked.connect(self.view.select)
        self.timeline.eventClicked.connect(self.open_event)
        self.timeline.eventSelected.connect(self.view.select)
        self.timeline.eventSelected.connect(self.preview_event)
        self.timeline.eventActivated.connect(self.open_event)
        self.timeline.selectionCleared.connect(self.clear_selection)
        self.timeline.rangeChanged.connect(self.view.set_range)
        self.view.rangeChanged.connect(self._range_changed)
        self.view.rangeChanged.connect(self._follow_range)  # after the status: see there
        self.view.selectionChanged.connect(self._follow_selection)
        self.view.marksChanged.connect(self._marks_changed)
        self.view.historyChanged.connect(self._update_history_actions)
        self.timeline.laneMenuRequested.connect(self._lane_menu)
        self.timeline.describe = self.describe_event
        self.overview.rangeRequested.connect(self.timeline.set_range)
        self.search.resultsChanged.connect(self._search_results)
        self.search.hitActivated.connect(self.open_event)
        self.panel.eventLinkActivated.connect(self.open_event)
        self.filter_panel.filtersChanged.connect(self.set_filters)

        self._make_menus()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self.splitter.setSizes([980, 420])
        settings.restore_window(self, self._splitters())

    # View state the tests and scripts read; the view state is where it lives.
    @property
    def filters(self) -> Filters:
        return self.view.filters

    @property
    def history(self) -> list[int]:
        return self.view.history

    @property
    def history_pos(self) -> int:
        return self.view.history_pos

    # -- menus ---------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        session = self.session
        self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, session.choose_database)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self._fill_recent()
        self._action(file_menu, "&Import…", "Ctrl+I", session.ask_import)
        export = file_menu.addMenu("&Export")
        self._action(export, "View as &PNG…", "Ctrl+Shift+P", lambda: self._ask_export("png"))
        self._action(export, "View as &SVG…", "Ctrl+Shift+S", lambda: self._ask_export("svg"))
        self._action(export, "Events as &CSV…", None, lambda: self._ask_export("csv"))
        self._action(export, "Events as &TimelineJS…", None, lambda: self._ask_export("timelinejs"))
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)

        edit = bar.addMenu("&Edit")
        self._action(edit, "&Find…", QKeySequence.StandardKey.Find, self.search.focus)
        self._action(edit, "Copy &Citation", "Ctrl+Shift+C", self.panel.copy_citation.click)

        view = bar.addMenu("&View")
        zoom = self.timeline.zoom
        self._action(view, "Zoom &In", QKeySequence.StandardKey.ZoomIn, lambda: zoom(2))
        self._action(view, "Zoom &Out", QKeySequence.StandardKey.ZoomOut, lambda: zoom(0.5))
        self._action(view, "&Fit All", "Ctrl+0", self.timeline.fit_all)
        self._action(view, "&Go to Date…", "Ctrl+G", self.ask_go_to_date)
        view.addSeparator()
        self.back_action = self._action(view, "&Back", QKeySequence.StandardKey.Back, self.back)
        self.forward_action = self._action(
            view, "Forw&ard", QKeySequence.StandardKey.Forward, self.forward
        )
        view.addSeparator()
        toggle = self.filters_dock.toggleViewAction()
        toggle.setText("&Filters")
        toggle.setShortcut(QKeySequence("Ctrl+L"))
        view.addAction(toggle)
        self._update_history_actions()

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_later(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear", self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        settings.clear_recent()
        self._fill_recent()

    # -- databases -----------------------------------------------------------------------------

    @property
    def source(self) -> DataSource | None:
        return self.session.source

    @property
    def mapping_dialog(self) -> MappingDialog | None:
        return self.session.mapping_dialog

    # What scripts and tests call on the window; the session does it.
    def open_database(self, path: str | Path, mapping: TableMapping | None = None) -> None:
        """Open `path` read-only and show it; TimelineError says what is wrong with it (and
        MappingNeededError, a kind of it, that a table's columns must be chosen first)."""
        self.session.open_database(path, mapping)

    def open_later(self, path: str | Path, mapping: TableMapping | None = None) -> None:
        """Open `path` off the UI thread; what is on screen stays until it is ready."""
        self.session.open_later(path, mapping)

    def try_open(self, path: str | Path) -> bool:
        """Open a database, telling the user plainly what is wrong with it if it cannot be shown."""
        return self.session.try_open(path)

    def check_for_changes(self) -> None:
        self.session.check_for_changes()

    def import_into(self, db_path: str | Path, files: Sequence[str | Path]) -> ImportJob:
        """Import `files` into `db_path` in the background; then show that database."""
        return self.session.import_into(db_path, files)

    # -- the session's host: what it shows and asks ---------------------------------------------

    def show_source(self, path: str | Path, *, keep_view: bool) -> None:
        """Show the session's source: a reload keeps filters, view, selection and history."""
        if keep_view:
            self._show_filtered(keep_view=True)
            self.search.set_search(self.source.search, self._allowed_hits)
            return
        self.view.reset()
        self.panel.clear()
        self.panel.base_dir = Path(path).resolve().parent
        self._show_filtered()
        saved = settings.saved_range(path)
        if saved:
            self.timeline.set_range(*saved)
        else:
            self.timeline.fit_all()
        self.search.set_search(self.source.search, self._allowed_hits)
        self.setWindowTitle(f"{Path(path).name} — {APP_NAME}")
        self._fill_recent()

    def show_placeholder(self, text: str) -> None:
        self.timeline.empty_message = text
        self.timeline.update()

    def show_error(self, title: str, text: str) -> None:
        """Say what is wrong in a window-modal box that does not block the event loop."""
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_error = box

    # -- filters -------------------------------------------------------------------------------

    def set_filters(self, filters: Filters) -> None:
        if self.source is not None:
            try:  # a new grouping reads the file again: fail before anything changes
                self.source.index_for(filters.group)
            except TimelineError as exc:
                self.show_error("Cannot group the lanes", str(exc))
                return
        regroup = filters.group != self.filters.group
        self.view.set_filters(filters)
        self._show_filtered(keep_view=True)
        if regroup:  # the lane list itself changed
            self.filter_panel.set_lanes(self.source.index_for(filters.group).lanes, filters)
        self.search.rerun()

    def _show_filtered(self, keep_view: bool = False) -> None:
        if self.source is None:
            return
        full = self.source.index_for(self.filters.group)
        shown = apply(full, self.filters)
        colors = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(full.lanes)}
        scale, selected = self.timeline.scale, self.timeline.selected
        self.timeline.set_data(shown, self._titles, [colors[n] for n in shown.lanes])
        self.timeline.set_marked(self.view.marks)
        if keep_view:
            self.timeline.set_scale(scale)
            if selected is not None and shown.position_of(selected) is not None:
                self.timeline.select(selected)
        self.view.select(self.timeline.selected)  # set_data dropped it unless restored above
        self.overview.set_data(shown)
        self.overview.set_window(*self.timeline.visible_range())
        if not keep_view:
            self.filter_panel.set_lanes(full.lanes, self.filters)
        self._update_status()

    def _allowed_hits(self, hits: list[SearchHit]) -> list[SearchHit]:
        """Search and filters combine: only hits among the events shown."""
        index = self.timeline.index
        if index is None or not hits:
            return hits
        ids = np.fromiter((h.event_id for h in hits), np.int64, len(hits))
        keep = np.isin(ids, index.ids)
        return [h for h, k in zip(hits, keep.tolist(), strict=True) if k]

    def _lane_menu(self, lane: str, pos) -> None:
        menu = QMenu(self)
        menu.addAction(f"Hide lane “{lane or '(no lane)'}”", lambda: self.hide_lane(lane))
        menu.addAction("Show all lanes", self.filter_panel.all.click)
        menu.addAction("Filters…", self.filters_dock.show)
        menu.popup(pos)

    def hide_lane(self, lane: str) -> None:
        self.filter_panel.set_hidden(lane, True)

    # -- search --------------------------------------------------------------------------------

    def _search_results(self, result: SearchResult | None) -> None:
        ids = result.marked if result is not None else []
        total = sum(self.right.sizes())
        wanted = 90 if result is None else (300 if result.hits else 120)
        if abs(self.right.sizes()[0] - wanted) > 2:  # results need room; none need little
            self.right.setSizes([wanted, max(total - wanted, 200)])
        self.view.set_marks(ids)

    def _marks_changed(self, marks: np.ndarray) -> None:
        self.timeline.set_marked(marks)
        self._update_status()

    # -- events and history --------------------------------------------------------------------

    def _titles(self, ids: list[int]) -> dict[int, str]:
        """Titles for the timeline's labels, read while painting. When the file cannot be read
        (another program is writing to it, it is gone) the labels stay blank for a while and
        the status bar says why, rather than every frame waiting for the lock."""
        if self.source is None or time.monotonic() < self._titles_after:
            return {}
        try:
            return self.source.titles(ids)
        except TimelineError as exc:
            self._titles_after = time.monotonic() + TITLES_RETRY_MS / 1000
            self.statusBar().showMessage(f"Titles could not be read: {exc}", TITLES_RETRY_MS)
            QTimer.singleShot(TITLES_RETRY_MS, self.timeline, self.timeline.forget_labels)
            return {}

    def describe_event(self, event_id: int) -> str:
        try:
            brief = self.source.brief(event_id) if self.source else None
        except TimelineError:
            return ""  # a tooltip is no place for an error; a click says it
        if brief is None:
            return ""
        return f"{describe_date(brief.start, brief.end, brief.precision)}\n{brief.title}"

    def preview_event(self, event_id: int) -> None:
        """Show an event selected with the arrow keys (not added to the history)."""
        self._show_in_panel(event_id)

    def show_event(self, event_id: int) -> None:
        """Select an event and show its source (kept for scripts; same as a click)."""
        self.open_event(event_id)

    def open_event(self, event_id: int, *, record: bool = True) -> None:
        """Select an event, bring it into view, show its source and remember it for Back."""
        if not self._show_in_panel(event_id):
            return
        self.view.select(event_id)
        pos = self.timeline.index.position_of(event_id) if self.timeline.index else None
        if pos is not None:
            index = self.timeline.index
            self.timeline.follow(float(index.start[pos]), float(index.end[pos]))
        if record:
            self.view.visit(event_id)

    def _show_in_panel(self, event_id: int) -> bool:
        if self.source is None:
            return False
        try:
            detail = self.source.event(event_id)
            others = (
                self.source.article_events(detail.article.id) if detail and detail.article else []
            )
        except TimelineError as exc:  # locked by a writer, damaged, gone: say so, keep the view
            self.show_error("Cannot show the event", str(exc))
            return False
        if detail is None:
            self.panel.clear()
            return False
        self.panel.show_event(detail, others)
        return True

    def clear_selection(self) -> None:
        self.view.select(None)
        self.panel.clear()

    def back(self) -> None:
        event_id = self.view.back()
        if event_id is not None:
            self.open_event(event_id, record=False)

    def forward(self) -> None:
        event_id = self.view.forward()
        if event_id is not None:
            self.open_event(event_id, record=False)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.view.can_go_back())
        self.forward_action.setEnabled(self.view.can_go_forward())

    # -- go to date ----------------------------------------------------------------------------

    def ask_go_to_date(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Go to date")
        dialog.setLabelText("Date or period (e.g. March 2011, 2013, 23 Dec 2019):")
        dialog.textValueSelected.connect(self.go_to_date)
        dialog.open()
        self.go_dialog = dialog

    def go_to_date(self, text: str) -> bool:
        try:
            start, end = parse_period(text)
        except DateError as exc:
            self.show_error("Go to date", str(exc))
            return False
        self.timeline.set_range(start, end)
        return True

    # -- export --------------------------------------------------------------------------------

    def _ask_export(self, kind: str) -> None:
        self.export_dialog = ask_export_path(self, kind, lambda path: self.export(kind, path))

    def export(self, kind: str, path: str | Path) -> bool:
        """Export the current view (png, svg) or the filtered events (csv, timelinejs)."""
        path = Path(path)
        try:
            if kind == "png":
                ok = write_png(self.timeline, path)
            elif kind == "svg":
                ok = write_svg(self.timeline, path, self.windowTitle(), self.status_range.text())
            else:
                ids = self.timeline.index.ids.tolist() if self.timeline.index is not None else []
                self.source.export_events(kind, path, ids)
                ok = True
        except (OSError, TimelineError) as exc:
            self.show_error("Export failed", f"{path.name}: {exc}")
            return False
        if not ok:
            self.show_error("Export failed", f"Could not write {path}.")
            return False
        self.statusBar().showMessage(f"Exported {path}", 5000)
        return True

    # -- status and state ----------------------------------------------------------------------

    def _follow_range(self, t0: float, t1: float) -> None:
        """A range set on the view state from outside: the timeline shows it (and reports the
        span it could show, which the view state records; _range_changed runs first so the
        status ends on that one)."""
        if self.timeline.visible_range() != (t0, t1):
            self.timeline.set_range(t0, t1)

    def _follow_selection(self, event_id: int | None) -> None:
        if self.timeline.selected != event_id:
            self.timeline.select(event_id)

    def _range_changed(self, t0: float, t1: float) -> None:
        span = t1 - t0
        precision = "year" if span > 3 * 365 * 86400 else "month" if span > 60 * 86400 else "day"
        self.status_range.setText(f"{iso_of(int(t0), precision)} … {iso_of(int(t1), precision)}")
        self.overview.set_window(t0, t1)

    def _update_status(self) -> None:
        index = self.timeline.index
        if index is None:
            self.status_count.setText("")
            return
        n, lanes = len(index), len(index.lanes)
        text = f"{n:,} events · {lanes} lane{'s' if lanes != 1 else ''}"
        if self.source is not None and n != len(self.source.index):
            text += f" (of {len(self.source.index):,})"
        if len(self.view.marks):
            text += f" · {self.timeline.marked_count():,} search hits"
        if self.source is not None and self.source.skipped:
            text += f" · {self.source.skipped:,} left out (no usable date)"
        self.status_count.setText(text)

    def remember_range(self) -> None:
        if self.source is not None:
            settings.save_range(self.source.path, *self.timeline.visible_range())

    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "right": self.right}  # their names in the settings

    def save_state(self) -> None:
        self.remember_range()
        settings.save_window(self, self._splitters())

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)

    # -- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.open_later(urls[0].toLocalFile())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1400, 860)
