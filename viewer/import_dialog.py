"""File > Import: files into a timeline database in the background, with a cancellable progress
dialog; the window stays usable meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from viewer.source import ArticleOptions, import_files


class ImportCancelled(Exception):
    """Raised from the progress callback: the file being imported is rolled back."""


class _Bridge(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # report, error


class ImportJob(QObject):
    """One import running in a thread; `finished(report, error)` comes on the UI thread."""

    finished = Signal(object, object)

    def __init__(
        self,
        db_path: Path,
        files: list[Path],
        parent: QWidget | None = None,
        articles: ArticleOptions | None = None,
    ):
        super().__init__(parent)
        self.db_path, self.files, self.articles = db_path, files, articles
        self._cancel = threading.Event()
        self._bridge = _Bridge()
        self.dialog = QProgressDialog(
            f"Importing {len(files)} file{'s' if len(files) != 1 else ''} into {db_path.name}…",
            "Cancel",
            0,
            max(len(files), 1),
            parent,
        )
        self.dialog.setWindowTitle("Import")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self._cancel.set)
        self._bridge.progress.connect(self._progress)
        self._bridge.finished.connect(self._finished)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.dialog.show()
        threading.Thread(target=self._run, name="import", daemon=True).start()

    def cancel(self) -> None:
        self._cancel.set()

    def _check(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ImportCancelled()
        self._bridge.progress.emit(done, total)

    def _run(self) -> None:
        try:
            report = import_files(self.db_path, self.files, self._check, self.articles)
        except ImportCancelled:
            self._bridge.finished.emit(None, ImportCancelled("cancelled"))
        except Exception as exc:  # said on the UI thread
            self._bridge.finished.emit(None, exc)
        else:
            self._bridge.finished.emit(report, None)

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)

    def _finished(self, report, error) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.finished.emit(report, error)
