"""Reviewing in the window: Edit ▸ Start Reviewing opens the one write connection (a
db.review.writer.ReviewWriter, for the `reviews` table only); Accept, Reject, Correct Date,
Retitle, Move to Lane, Merge, Split From Story and Join Story each write one review row of the
selected event, in one transaction, as a command on a QUndoStack. Undo deletes the row the
command wrote, redo writes it again (same id, reviewer and time): the history keeps only what
stands. After each change the events it changes are laid over the index held in memory
(Session.review_written, db.store.review_patch: the file is not read again, but for a split or
join, or before a windowed file's index is loaded) and the timeline, filters and panel show the
reviewed state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QStatusBar, QWidget

from db.errors import TimelineError
from db.review.state import DateValue, ReviewEntry
from db.review.writer import ReviewWriter, default_reviewer
from viewer import settings
from viewer.date_dialog import DateDialog
from viewer.panel import SourcePanel
from viewer.session import Session
from viewer.source import shown_path
from viewer.view_state import ViewState
from viewer.worker import EveryResult


class ReviewHost(Protocol):
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt naming)

    def show_error(self, title: str, text: str) -> None: ...


class ReviewCommand(QUndoCommand):
    """One review row: written when made (so a failure never reaches the stack), deleted by
    undo, written again by redo."""

    def __init__(self, review: Review, entry: ReviewEntry, text: str) -> None:
        super().__init__(text)
        self.review, self.entry = review, entry
        self._done = True  # the row is in the file

    def redo(self) -> None:
        if not self._done:
            self.review.apply(lambda writer: writer.put_back(self.entry), self.entry.event_id)
            self._done = True

    def undo(self) -> None:
        self.review.apply(lambda writer: writer.remove(self.entry), self.entry.event_id)
        self._done = False


class Review(QObject):
    """The window's review: its write connection, its undo stack and its menu actions."""

    changed = Signal(int)  # an event's review was written (or undone)
    reviewingChanged = Signal(bool)

    def __init__(
        self,
        host: ReviewHost,
        session: Session,
        view: ViewState,
        panel: SourcePanel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.host, self.session, self.view, self.panel = host, session, view, panel
        self.dialog_parent = parent
        self.writer: ReviewWriter | None = None
        self.undo_stack = QUndoStack(self)
        self.actions: dict[str, QAction] = {}
        self.dialog: QWidget | None = None  # the one open (tests reach it)
        # Opening the write connection may wait for another program's lock: on a worker, so
        # the window never freezes. Every opening comes back (one given up is closed then);
        # `_opening` is the number of the one still wanted (None: none).
        self._opener = EveryResult(self._opened, parent=self)
        self._asked = 0
        self._opening: int | None = None
        view.selectionChanged.connect(self._update_actions)
        panel.eventShown.connect(self._update_actions)
        panel.story_reports.splitRequested.connect(lambda event_id: self.split(event_id))

    # -- the menu ----------------------------------------------------------------------------------

    def add_actions(self, menu: QMenu) -> None:
        """Edit's review part: start/stop, the changes, undo and redo, the reviewer's name."""
        parent = self.dialog_parent
        menu.addSeparator()
        self.start_action = QAction("Start &Reviewing", parent)
        self.start_action.setCheckable(True)
        self.start_action.toggled.connect(self._toggle)
        menu.addAction(self.start_action)
        undo = self.undo_stack.createUndoAction(parent, "&Undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(parent, "&Redo")
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        menu.addAction(undo)
        menu.addAction(redo)
        self.actions["undo"], self.actions["redo"] = undo, redo
        for key, text, shortcut, slot in (
            ("accept", "&Accept Event", "Alt+A", self.accept),
            ("reject", "Re&ject Event", "Alt+R", self.reject),
            ("restore", "Back to &Unreviewed", None, self.restore),
            ("date", "Correct &Date…", "Alt+D", self.ask_date),
            ("title", "Re&title…", "Alt+T", self.ask_title),
            ("lane", "Move to &Lane…", "Alt+L", self.ask_lane),
            ("merge", "&Merge Into Event…", "Alt+M", self.ask_merge),
            ("unmerge", "Un&merge", None, self.unmerge),
            ("split", "S&plit From Story", None, self.split),
            ("join", "Join Story &With Event…", None, self.ask_join),
        ):
            action = QAction(text, parent)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)
            self.actions[key] = action
        name = QAction("Reviewer &Name…", parent)
        name.triggered.connect(self.ask_name)
        menu.addAction(name)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        can = self.writer is not None and self.view.selected is not None
        for key in ("accept", "reject", "restore", "date", "title", "lane", "merge", "unmerge",
                    "join"):  # fmt: skip
            if key in self.actions:
                self.actions[key].setEnabled(can)
        if "split" in self.actions:  # only a report of a story of several can be split off
            shown = self.panel.current
            self.actions["split"].setEnabled(
                self.writer is not None and shown is not None and len(shown.reports) >= 2
            )

    # -- starting and stopping ---------------------------------------------------------------------

    @property
    def reviewing(self) -> bool:
        return self.writer is not None

    def reviewer(self) -> str:
        return settings.reviewer_name() or default_reviewer()

    @property
    def opening(self) -> bool:
        """Is the write connection being opened (Start Reviewing asked, not yet answered)?"""
        return self._opening is not None

    def _toggle(self, on: bool) -> None:
        if on and not self.reviewing:
            self.begin()
        elif not on and self.opening:
            self._opening = None  # what the worker opens is closed when it comes
            self.host.statusBar().showMessage("Reviewing not started", 5000)
        elif not on and self.reviewing:
            self.stop()

    def begin(self) -> None:
        """Start reviewing without blocking the window (Edit ▸ Start Reviewing): the write
        connection opens on a worker, waiting a few seconds for another program's hold on the
        file if it must; the status bar says so, and unchecking the action gives up."""
        if self.reviewing or self.opening:
            return
        source = self.session.source
        if source is None:
            self._refused(TimelineError("Open a timeline database first."))
            return
        self._asked += 1
        self._opening = asked = self._asked
        self.start_action.setChecked(True)
        name = shown_path(Path(source.path).name)
        self.host.statusBar().showMessage(f"Opening {name} for review…")
        reviewer = self.reviewer()

        def open_writer() -> tuple[int, object, ReviewWriter | TimelineError]:
            try:
                return asked, source, source.start_reviewing(reviewer)
            except TimelineError as exc:  # said on the UI thread, if still wanted
                return asked, source, exc

        self._opener.submit(open_writer)

    def _opened(self, opened: tuple[int, object, ReviewWriter | TimelineError]) -> None:
        asked, source, result = opened
        current = asked == self._opening
        if current:
            self._opening = None
        wanted = current and source is self.session.source
        if wanted and isinstance(result, TimelineError):
            self._refused(result)
        elif wanted and isinstance(result, ReviewWriter):
            self._started(result)
        else:  # given up, asked again, or another file shown meanwhile
            if isinstance(result, ReviewWriter):
                result.close()
            if current:
                self.start_action.setChecked(False)

    def _refused(self, exc: TimelineError) -> None:
        self.start_action.setChecked(False)
        self.host.statusBar().clearMessage()
        self.host.show_error("Cannot review", str(exc))

    def start(self) -> bool:
        """Open the write connection for the database shown, waiting here; False (and why) if
        it cannot (`--review` and scripts; the menu uses `begin`)."""
        if self.reviewing:
            return True
        source = self.session.source
        try:
            if source is None:
                raise TimelineError("Open a timeline database first.")
            writer = source.start_reviewing(self.reviewer())
        except TimelineError as exc:
            self._refused(exc)
            return False
        self._started(writer)
        return True

    def _started(self, writer: ReviewWriter) -> None:
        self.writer = writer
        self.start_action.setChecked(True)
        self.session.hold_index()
        self.panel.review.reviewing = True
        self.panel.story_reports.set_reviewing(True)
        self._refresh_panel()
        self.host.statusBar().showMessage(
            f"Reviewing as {self.writer.reviewer}: changes go to the reviews table", 8000
        )
        self._update_actions()
        self.reviewingChanged.emit(True)

    def stop(self) -> None:
        """Close the write connection (or give up opening it); the undo history goes with it."""
        self._opening = None
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.close()
        self.undo_stack.clear()
        if hasattr(self, "start_action"):
            self.start_action.setChecked(False)
        self.panel.review.reviewing = False
        self.panel.story_reports.set_reviewing(False)
        self._refresh_panel()
        self._update_actions()
        self.reviewingChanged.emit(False)

    def _refresh_panel(self) -> None:
        if self.panel.current is not None:
            self.panel.review.show_review(self.panel.current.review)

    # -- changes -----------------------------------------------------------------------------------

    def _target(self, event_id: int | None) -> int | None:
        return event_id if event_id is not None else self.view.selected

    def _change(
        self, event_id: int | None, what: str, write: Callable[[ReviewWriter, int], ReviewEntry]
    ) -> bool:
        target = self._target(event_id)
        if self.writer is None or target is None:
            return False
        try:
            entry = write(self.writer, target)
        except TimelineError as exc:
            self.host.show_error("Review not saved", str(exc))
            return False
        text = f"{what} event {target}"
        self.undo_stack.push(ReviewCommand(self, entry, text))
        self._written(target)
        self.host.statusBar().showMessage(f"{text} (Ctrl+Z undoes it)", 5000)
        return True

    def apply(self, work: Callable[[ReviewWriter], object], event_id: int) -> None:
        """Undo or redo a row (QUndoCommand); an error is said, never raised into Qt."""
        if self.writer is None:
            return
        try:
            work(self.writer)
        except TimelineError as exc:
            self.host.show_error("Review not saved", str(exc))
            return
        self._written(event_id)

    def _written(self, event_id: int) -> None:
        self.session.review_written()
        self.changed.emit(event_id)

    def ready(self) -> bool:
        """Is a change shown at once (the index held: see Session.hold_index)?"""
        source = self.session.source
        return source is not None and source.holds_index()

    def accept(self, event_id: int | None = None, note: str | None = None) -> bool:
        return self._change(event_id, "Accept", lambda w, i: w.accept(i, note))

    def reject(self, event_id: int | None = None, note: str | None = None) -> bool:
        return self._change(event_id, "Reject", lambda w, i: w.reject(i, note))

    def restore(self, event_id: int | None = None, note: str | None = None) -> bool:
        return self._change(event_id, "Unreview", lambda w, i: w.record(i, "restore", note=note))

    def correct_date(
        self, date: DateValue, event_id: int | None = None, note: str | None = None
    ) -> bool:
        return self._change(event_id, "Correct date of", lambda w, i: w.correct_date(i, date, note))

    def retitle(self, title: str, event_id: int | None = None, note: str | None = None) -> bool:
        return self._change(event_id, "Retitle", lambda w, i: w.retitle(i, title, note))

    def move(self, lane: str, event_id: int | None = None, note: str | None = None) -> bool:
        return self._change(event_id, "Move", lambda w, i: w.move(i, lane, note))

    def merge(self, into: int, event_id: int | None = None, note: str | None = None) -> bool:
        """Fold the event into `into` (one happening told twice)."""
        return self._change(event_id, "Merge", lambda w, i: w.merge(i, into, note))

    def unmerge(self, event_id: int | None = None, note: str | None = None) -> bool:
        return self._change(event_id, "Unmerge", lambda w, i: w.unmerge(i, note))

    def split(self, event_id: int | None = None, note: str | None = None) -> bool:
        """Take a report out of its story (not the same happening): by default the report the
        panel shows, which may be one of the story's reports that is not drawn."""
        if event_id is None and self.panel.current is not None:
            event_id = self.panel.current.id
        return self._change(event_id, "Split off", lambda w, i: w.split(i, note))

    def join(self, other: int, event_id: int | None = None, note: str | None = None) -> bool:
        """Make the event's story and `other`'s one story (one happening)."""
        return self._change(event_id, "Join story of", lambda w, i: w.join(i, other, note))

    # -- dialogs (not modal: the window stays usable) ----------------------------------------------

    def ask_date(self) -> None:
        event = self.panel.current
        if self.writer is None or event is None:
            return
        current = event.review.date if event.review and event.review.date else None
        current = current or DateValue(event.start, event.end, event.precision)
        dialog = DateDialog(current, event.title, self.dialog_parent)

        def done() -> None:
            value = dialog.value()
            if value is not None:
                self.correct_date(value, event.id, dialog.note.text().strip() or None)

        dialog.accepted.connect(done)
        dialog.open()
        self.dialog = dialog

    def ask_title(self) -> None:
        event = self.panel.current
        if self.writer is None or event is None:
            return
        dialog = QInputDialog(self.dialog_parent)
        dialog.setWindowTitle("Retitle")
        dialog.setLabelText("Title:")
        dialog.setTextValue(event.title)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(lambda text: self.retitle(text, event.id))
        dialog.open()
        self.dialog = dialog

    def ask_lane(self) -> None:
        event = self.panel.current
        source = self.session.source
        if self.writer is None or event is None or source is None:
            return
        dialog = QInputDialog(self.dialog_parent)
        dialog.setWindowTitle("Move to lane")
        dialog.setLabelText("Lane (choose one or type a new one):")
        dialog.setComboBoxItems([n for n in source.whole().lanes if n])
        dialog.setComboBoxEditable(True)
        dialog.setTextValue(event.lane)
        dialog.textValueSelected.connect(lambda text: self.move(text, event.id))
        dialog.open()
        self.dialog = dialog

    def ask_merge(self) -> None:
        """Merge the selected event into another: by default the one opened before it (click
        the event to keep, then the one to merge into it)."""
        self._ask_other_event(
            "Merge into event",
            "Merge event {id} into event (its id; it stays, this one is hidden):",
            self.merge,
        )

    def ask_join(self) -> None:
        """Join the selected event's story with another event's: by default the one opened
        before it (open one report, then the other, then join)."""
        self._ask_other_event(
            "Join stories",
            "Event {id} tells the same happening as event (its id; drawn once):",
            self.join,
        )

    def _ask_other_event(self, title: str, label: str, act: Callable[[int, int], object]) -> None:
        """Ask for the id of the event to act with (the one opened before, by default), then
        `act(other, selected)`."""
        event = self.panel.current
        if self.writer is None or event is None:
            return
        earlier = [i for i in self.view.history[: self.view.history_pos + 1] if i != event.id]
        dialog = QInputDialog(self.dialog_parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label.format(id=event.id))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(-(2**31), 2**31 - 1)
        dialog.setIntValue(earlier[-1] if earlier else event.id)
        dialog.intValueSelected.connect(lambda other: act(other, event.id))
        dialog.open()
        self.dialog = dialog

    def ask_name(self) -> None:
        dialog = QInputDialog(self.dialog_parent)
        dialog.setWindowTitle("Reviewer name")
        dialog.setLabelText("Reviews are written under this name (empty: your user name):")
        dialog.setTextValue(settings.reviewer_name())
        dialog.textValueSelected.connect(self.set_name)
        dialog.open()
        self.dialog = dialog

    def set_name(self, name: str) -> None:
        settings.set_reviewer_name(name)
        if self.writer is not None:
            self.writer.reviewer = self.reviewer()
