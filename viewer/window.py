"""The main window: timeline and overview on the left, search and the source panel on the right,
filters in a dock; the menus and shortcuts, and the wiring between the widgets, the view state
(view_state.py), what the widgets show (presenter.py), the open database (session.py) and
export (export_actions.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
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
from db.store import SearchResult
from db.store.frame import EventFrame
from db.store.model import TableMapping
from db.timekeys import DateError
from viewer import settings
from viewer.as_of_bar import AsOfBar
from viewer.date_text import parse_period
from viewer.demo_dialog import ensure_demo_with_dialog
from viewer.export_actions import ask_export_path, write_png, write_svg
from viewer.filter_panel import FilterPanel
from viewer.filters import Filters
from viewer.import_dialog import ImportJob
from viewer.known_then import KnownThen
from viewer.mapping_dialog import MappingDialog
from viewer.overview import OverviewStrip
from viewer.panel import PANEL_MIN_W, SourcePanel
from viewer.presenter import Presenter
from viewer.review import Review
from viewer.search import SearchPanel
from viewer.session import Session
from viewer.shortcuts_dialog import ShortcutsDialog
from viewer.source import DataSource
from viewer.timeline.legend import LegendDialog
from viewer.timeline.widget import PALETTE, TimelineWidget
from viewer.timeline.window_marks import Find
from viewer.view_state import ViewState

APP_NAME = "timeline-viewer"
# Keys for standard commands a platform theme may leave unbound (Quit has none outside KDE and
# GNOME, under a bare X server or offscreen): the README promises them everywhere.
FALLBACK_KEYS = {QKeySequence.StandardKey.Quit: "Ctrl+Q"}
PREPARING_DEMO = "Preparing the demo database…"
NO_DEMO = "No database open. File ▸ Open… (Ctrl+O), or File ▸ Open Demo Database to build the demo"


def side_panel_width(total: int) -> int:
    """The side panel's first width in a window `total` wide: 30 %, within what it needs."""
    return max(PANEL_MIN_W, min(420, round(total * 0.3)))


SKETCH_MIN_SPAN = 30 * 86_400  # a range narrower than a month opens without a sketch


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_error: QMessageBox | None = None
        self._side_width = 0  # the side panel's width before it was folded
        self.view = ViewState(self)
        self.session = Session(self, self)

        self.timeline = TimelineWidget()
        self.overview = OverviewStrip()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.overview)
        self.as_of_bar = AsOfBar()  # in the status bar (below): no row of its own
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
        self.splitter.setCollapsible(1, True)  # the side panel folds away on a small screen
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
        self.statusBar().addPermanentWidget(self.as_of_bar)
        self.statusBar().addPermanentWidget(self.status_range)

        self.presenter = presenter = Presenter(
            self.view,
            self.session,
            timeline=self.timeline,
            overview=self.overview,
            panel=self.panel,
            search=self.search,
            filter_panel=self.filter_panel,
            status_bar=self.statusBar(),
            status_count=self.status_count,
            status_range=self.status_range,
            show_error=self.show_error,
            parent=self,
        )

        # What was known when: "as known on", reporting lags, volume strips.
        self.known_then = KnownThen(self.view, self.timeline, self.overview, self.as_of_bar, self)
        self.session.prepare = presenter.prepare
        self.review = Review(self, self.session, self.view, self.panel, self)

        # The timeline reports what the user did to it; the view state records it first.
        self.timeline.eventClicked.connect(self.view.select)
        self.timeline.eventClicked.connect(presenter.open_event)
        self.timeline.eventSelected.connect(self.view.select)
        self.timeline.eventSelected.connect(presenter.preview_event)
        self.timeline.eventActivated.connect(presenter.open_event)
        self.timeline.selectionCleared.connect(presenter.clear_selection)
        self.timeline.rangeChanged.connect(self.view.set_range)
        self.view.historyChanged.connect(self._update_history_actions)
        self.timeline.laneMenuRequested.connect(self._lane_menu)
        self.timeline.describe = presenter.describe_event
        self.overview.rangeRequested.connect(self.timeline.set_range)
        self.search.resultsChanged.connect(self._search_results)
        # every hit placed on the search's worker, drawn as soon as its ids are marked
        self.search.mark_placer = self.timeline.mark_placer
        self.search.marksPlaced.connect(self.timeline.offer_marks)
        self.search.hitActivated.connect(presenter.open_event)
        # The panel's count says what the marks are in the view shown, as the status bar does.
        self.timeline.marksPlaced.connect(self._say_marks_scope)
        self.view.rangeChanged.connect(self._say_marks_scope)
        self.panel.eventLinkActivated.connect(presenter.open_event)
        self.panel.reportChosen.connect(presenter.show_report)
        self.filter_panel.filtersChanged.connect(presenter.set_filters)
        # Opening an event, or a search, brings a folded side panel back: that is where it shows.
        for opened in (self.timeline.eventClicked, self.timeline.eventActivated):
            opened.connect(lambda _id: self.set_side_panel(True))
        self.search.hitActivated.connect(lambda _id: self.set_side_panel(True))
        self.splitter.splitterMoved.connect(self._side_panel_moved)

        self._make_menus()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self.splitter.setSizes([1400 - side_panel_width(1400), side_panel_width(1400)])
        settings.restore_window(self, self._splitters())
        self._side_panel_moved()

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

    # What scripts and tests call on the window; the presenter does it.
    def set_filters(self, filters: Filters) -> None:
        self.presenter.set_filters(filters)

    def open_event(self, event_id: int, *, record: bool = True) -> None:
        """Select an event, bring it into view, show its source and remember it for Back."""
        self.set_side_panel(True)
        self.presenter.open_event(event_id, record=record)

    def show_event(self, event_id: int) -> None:
        """Select an event and show its source (kept for scripts; same as a click)."""
        self.set_side_panel(True)
        self.presenter.show_event(event_id)

    def back(self) -> None:
        self.presenter.back()

    def forward(self) -> None:
        self.presenter.forward()

    # -- menus -------------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        session = self.session
        self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, session.choose_database)
        self._action(file_menu, "Open &Folder…", "Ctrl+Shift+O", session.choose_folder)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self._fill_recent()
        self._action(file_menu, "Open &Demo Database", None, self.open_demo)
        self._action(file_menu, "&Import…", "Ctrl+I", session.ask_import)
        export = file_menu.addMenu("&Export")
        self._action(export, "View as &PNG…", "Ctrl+Shift+P", lambda: self._ask_export("png"))
        self._action(export, "View as &SVG…", "Ctrl+Shift+S", lambda: self._ask_export("svg"))
        self._action(export, "Events as &CSV…", None, lambda: self._ask_export("csv"))
        self._action(export, "Events as &TimelineJS…", None, lambda: self._ask_export("timelinejs"))
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)

        edit = bar.addMenu("&Edit")
        self._action(edit, "&Find…", QKeySequence.StandardKey.Find, self.find)
        self._action(edit, "Copy &Citation", "Ctrl+Shift+C", self.panel.copy_citation.click)
        self.review.add_actions(edit)

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
        self.side_panel_action = self._action(view, "&Side Panel", "F9", self.set_side_panel)
        self.side_panel_action.setCheckable(True)
        self.side_panel_action.setChecked(True)
        toggle = self.filters_dock.toggleViewAction()
        toggle.setText("&Filters")
        toggle.setShortcut(QKeySequence("Ctrl+L"))
        view.addAction(toggle)
        self._known_then_menu(view)
        self._update_history_actions()

        help_menu = bar.addMenu("&Help")
        self.legend: LegendDialog | None = None
        self._action(help_menu, "&Legend", None, self.show_legend)
        self.shortcuts: ShortcutsDialog | None = None
        self._action(help_menu, "&Keyboard Shortcuts", None, self.show_shortcuts)

    # -- the side panel (search and source), folded away or not ------------------------------------

    def side_panel_shown(self) -> bool:
        return self.splitter.sizes()[1] > 0

    def set_side_panel(self, shown: bool) -> None:
        """Unfold the side panel to the width it had (F9, or opening an event), or fold it so
        the timeline has the whole width; the splitters remember it with the window."""
        sizes = self.splitter.sizes()
        if sizes[1] > 0:  # resizing the window moves no splitter: take its width now
            self._side_width = sizes[1]
        if shown != (sizes[1] > 0):
            total = sum(sizes)
            width = self._side_width or side_panel_width(total)
            self.splitter.setSizes([total - width, width] if shown else [total, 0])
        self._side_panel_moved()

    def _side_panel_moved(self, *_args) -> None:
        width = self.splitter.sizes()[1]
        if width > 0:
            self._side_width = width
        self.side_panel_action.setChecked(width > 0)

    def find(self) -> None:
        """Edit ▸ Find: the search box, in a side panel unfolded if need be."""
        self.set_side_panel(True)
        self.search.focus()

    def _known_then_menu(self, view: QMenu) -> None:
        """View ▸ As Known On…, Reporting Lag…, Show Volume."""
        view.addSeparator()
        self._action(view, "As &Known On…", None, self.as_of_bar.date.setFocus)
        self._action(view, "Reporting &Lag…", None, self.known_then.show_lags)
        self.volume_action = self._action(
            view, "Show &Volume", None, lambda: self.known_then.show_all_volumes(
                self.volume_action.isChecked())
        )  # fmt: skip
        self.volume_action.setCheckable(True)
        self.known_then.allVolumesShown.connect(self.volume_action.setChecked)
        # Lanes coming and going (filters, another file) change it too: looked at on opening.
        view.aboutToShow.connect(
            lambda: self.volume_action.setChecked(self.known_then.all_volumes_shown())
        )

    def set_as_of(self, key: int | None) -> None:
        """Show only what was known by `key` (the last second of a day), None: everything."""
        self.known_then.set_as_of(key)

    def show_legend(self) -> None:
        """Help ▸ Legend: what the marks, bars, bands and density tones mean (not modal)."""
        if self.legend is None:
            self.legend = LegendDialog(self)
        self.legend.show()
        self.legend.raise_()

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts: every shortcut, read from the actions (not modal)."""
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self.menuBar(), self)
        self.shortcuts.show()
        self.shortcuts.raise_()

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey) and QKeySequence(shortcut).isEmpty():
            shortcut = FALLBACK_KEYS.get(shortcut)  # a desktop that binds no key to it
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

    # -- databases ---------------------------------------------------------------------------------

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

    def open_demo(self) -> bool:
        """Show the demo database, building it first (progress dialog, cancellable) when it is
        missing or stale; False if it was cancelled or could not be built (and said so)."""
        self.show_placeholder(PREPARING_DEMO)
        try:
            path = ensure_demo_with_dialog(self)
        except TimelineError as exc:
            self.show_placeholder(NO_DEMO)  # seen only while nothing is open
            self.show_error("The demo database could not be built", str(exc))
            return False
        if path is None:
            self.show_placeholder(NO_DEMO)  # seen only while nothing is open
            self.statusBar().showMessage("The demo database was not built (cancelled)", 8000)
            return False
        self.open_later(path)
        return True

    def try_open(self, path: str | Path) -> bool:
        """Open a database, telling the user plainly what is wrong with it if it cannot be shown."""
        return self.session.try_open(path)

    def check_for_changes(self) -> None:
        self.session.check_for_changes()

    def import_into(self, db_path: str | Path, files: Sequence[str | Path]) -> ImportJob:
        """Import `files` into `db_path` in the background; then show that database."""
        return self.session.import_into(db_path, files)

    # -- the session's host: what it shows and asks ------------------------------------------------

    def show_source(self, path: str | Path, *, keep_view: bool) -> None:
        """Show the session's source: a reload keeps filters, view, selection and history."""
        if not keep_view:
            self.review.stop()  # another file: its reviews start with Edit ▸ Start Reviewing
        self.presenter.show_source(path, keep_view=keep_view)
        if not keep_view:
            slide = self.source.title_slide() if self.source is not None else None
            names = [slide[0]] if slide and slide[0] else []  # the title the file gives itself
            self.setWindowTitle(" — ".join([*names, Path(path).name, APP_NAME]))
            self._fill_recent()

    def show_placeholder(self, text: str) -> None:
        if self.session.source is None:  # an open that failed: its sketch goes too
            self.timeline.set_data(None)
            self.overview.set_data(None)
        self.timeline.empty_message = text
        self.timeline.update()

    def show_sketch(self, sketch: EventFrame, path: str | Path) -> None:
        """Paint the densities of the database being opened (db.store.first_frame) until the
        source replaces them, with the lane colours and the range it will have then (the range
        last seen, else the whole span). The overview strip always; the timeline unless the
        range last seen is narrower than SKETCH_MIN_SPAN, where events are drawn one by one and
        a sketch (densities only) would show empty lanes."""
        saved = settings.saved_range(path)
        if saved is None or saved[1] - saved[0] >= SKETCH_MIN_SPAN:
            slots = TimelineWidget.lane_slots(sketch.lanes)
            self.timeline.set_data(sketch, [PALETTE[slots[name]] for name in sketch.lanes])
            if saved:
                self.timeline.set_range(*saved)
            else:
                self.timeline.fit_all()
        self.overview.set_data(sketch)
        self.overview.set_window(*self.timeline.visible_range())

    def show_error(self, title: str, text: str) -> None:
        """Say what is wrong in a window-modal box that does not block the event loop."""
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_error = box

    # -- filters -----------------------------------------------------------------------------------

    def _lane_menu(self, lane: str, pos) -> None:
        menu = QMenu(self)
        menu.addAction(f"Hide lane “{lane or '(no lane)'}”", lambda: self.hide_lane(lane))
        menu.addAction("Colour…", lambda: self.ask_lane_color(lane))
        if lane in self.presenter.lane_colors:
            menu.addAction("Default colour", lambda: self.presenter.set_lane_color(lane, None))
        menu.addSeparator()
        menu.addAction("Show all lanes", self.filter_panel.all.click)
        menu.addAction("Filters…", self.filters_dock.show)
        volume = menu.addAction("Show volume", lambda: self.known_then.toggle_volume(lane))
        volume.setCheckable(True)
        volume.setChecked(self.known_then.volume_shown(lane))
        menu.popup(pos)

    def ask_lane_color(self, lane: str) -> QColorDialog:
        """Pick a lane's colour (remembered for this database); not modal to the program."""
        dialog = QColorDialog(QColor(self.presenter.lane_color(lane) or "#808080"), self)
        dialog.setWindowTitle(f"Colour of “{lane or '(no lane)'}”")
        dialog.colorSelected.connect(lambda c: self.presenter.set_lane_color(lane, c.name()))
        dialog.open()
        self.color_dialog = dialog
        return dialog

    def hide_lane(self, lane: str) -> None:
        self.filter_panel.set_hidden(lane, True)

    # -- search ------------------------------------------------------------------------------------

    def _search_results(self, result: SearchResult | None) -> None:
        ids = result.marked if result is not None else []
        total = sum(self.right.sizes())
        wanted = 90 if result is None else max(self.search.wanted_height(), 120)
        # Results need room, which the source panel gives down to its minimum: never the window
        # (a panel's minimum beyond its room would make the window grow, a re-layout of it all).
        wanted = min(wanted, total - self.panel.minimumHeight())
        if abs(self.right.sizes()[0] - wanted) > 2:  # results need room; none need little
            self.right.setSizes([wanted, total - wanted])
        # The status bar says when the marks are a sample (more matched than are marked).
        self.presenter.marks_sampled_of = result.sampled_of if result is not None else 0
        self.timeline.set_window_search(self._window_finder(result))
        self.view.set_marks(ids)

    def _say_marks_scope(self, *_range: float) -> None:
        self.search.set_marks_scope(self.timeline.marks_scope())

    def _window_finder(self, result: SearchResult | None) -> Find | None:
        """Where a zoomed-in view finds every hit of its window, when the marks are a sample."""
        source, query = self.source, result.query if result is not None else ""
        if source is None or result is None or not result.sampled_of:
            return None
        return lambda ids: source.search_among(query, ids)

    # -- Back and Forward --------------------------------------------------------------------------

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.view.can_go_back())
        self.forward_action.setEnabled(self.view.can_go_forward())

    # -- go to date --------------------------------------------------------------------------------

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

    # -- export ------------------------------------------------------------------------------------

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
                events = self.timeline.events
                ids = events.ids().tolist() if events is not None else []
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

    # -- status and state --------------------------------------------------------------------------

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
        self.review.stop()
        super().closeEvent(event)

    # -- drag and drop -----------------------------------------------------------------------------

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
