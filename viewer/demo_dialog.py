"""The demo database on first launch: built in a thread behind a cancellable progress dialog."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

BUILDING = "Building the demo database (first launch only)…"
SHOW_AFTER_MS = 300  # a current demo opens at once: no dialog flashes by


class DemoCancelled(Exception):
    """Raised from the build's progress callback: the half-built file is removed."""


class _Progress(QObject):
    """Carries progress from the build thread to the UI thread (queued signal)."""

    step = Signal(str, int, int)
    done = Signal(object)


PERMILLE = 1000  # the dialog's bar: the whole build, in thousandths


class DemoBuild(QObject):
    """Builds the demo (if it is missing or stale) in a thread; `dialog` shows the whole build's
    progress (it never goes back at a new stage), names the stage, and its Cancel stops the
    build at its next step. `run()` waits in a local event loop, so the window
    behind stays painted."""

    progressed = Signal(str, int, int)  # a stage's progress, as the dialog shows it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(BUILDING, "Cancel", 0, PERMILLE, parent)
        self.dialog.setWindowTitle("timeline-viewer")
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._cancel = threading.Event()
        self.dialog.canceled.connect(self._cancel.set)
        self._bridge = _Progress()
        self._bridge.step.connect(self._step)
        self._loop = QEventLoop()
        self._outcome: object = None
        self._bridge.done.connect(self._done)

    def cancel(self) -> None:
        """What the dialog's Cancel does: the build stops at its next step."""
        self._cancel.set()
        self.dialog.cancel()

    def run(self) -> Path | None:
        """The demo's path, or None if the user cancelled (nothing of the build is left)."""
        from db.demo import ensure_demo

        def report(stage: str, done: int, total: int) -> None:
            if self._cancel.is_set():
                raise DemoCancelled()
            self._bridge.step.emit(stage, done, total)

        def work() -> None:
            try:
                self._bridge.done.emit(ensure_demo(report))
            except BaseException as exc:  # handed to the UI thread and raised there
                self._bridge.done.emit(exc)

        self.dialog.setValue(0)
        threading.Thread(target=work, name="demo-build", daemon=True).start()
        self._loop.exec()
        self.dialog.close()
        outcome = self._outcome
        if isinstance(outcome, DemoCancelled):
            return None
        if isinstance(outcome, BaseException):
            raise outcome
        return Path(str(outcome))

    def _step(self, stage: str, done: int, total: int) -> None:
        from db.demo import STAGES, overall

        if self._cancel.is_set():
            return
        number = list(STAGES).index(stage) + 1 if stage in STAGES else 0
        counted = f" (step {number} of {len(STAGES)})" if number else ""
        self.dialog.setLabelText(f"{BUILDING}\n{stage}{counted}")
        value = round(overall(stage, done, total) * PERMILLE)
        self.dialog.setValue(max(value, self.dialog.value()))  # never back
        self.progressed.emit(stage, done, total)

    def _done(self, outcome: object) -> None:
        self._outcome = outcome
        self._loop.quit()


def ensure_demo_with_dialog(parent: QWidget | None = None) -> Path | None:
    """The demo database, built first with a progress dialog; None if the user cancelled."""
    return DemoBuild(parent).run()
