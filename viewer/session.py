"""The open database and its life: opening it (off the UI thread, asking for a table's columns
when they cannot be guessed), reloading it when another program writes to it, and importing
files into a timeline database. The window shows what the session holds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from db.errors import DatabaseLockedError, TimelineError
from db.store.frame import EventFrame
from db.store.model import MappingNeededError, TableMapping
from viewer import settings
from viewer.article_options_dialog import ArticleOptionsDialog
from viewer.import_dialog import ImportCancelled, ImportJob
from viewer.mapping_dialog import MappingDialog
from viewer.source import ArticleOptions, DataSource, preview_articles
from viewer.worker import LatestOnly

DB_FILTER = "SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"
IMPORT_FILTER = "Articles and tables (*.txt *.html *.htm *.csv *.jsonl *.json *.gz);;All files (*)"
RELOAD_MS = 1000  # how often the file is checked for another program's writes
SAMPLE_NOW_S = 0.15  # a sampled sketch read on the UI thread, if it can be within this
SAMPLE_WAIT_MS = 400  # the longest a sampled sketch read on a worker holds back the index
NO_DATABASE = "No database open. File ▸ Open… (Ctrl+O)"


class SessionHost(Protocol):
    """What the session asks of the window that shows its database."""

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt naming)

    def show_error(self, title: str, text: str) -> None: ...

    def show_placeholder(self, text: str) -> None:
        """Say `text` where the timeline would be (nothing is shown yet)."""

    def remember_range(self) -> None:
        """Keep the visible range of the database about to be replaced, for next time."""

    def show_source(self, path: str | Path, *, keep_view: bool) -> None:
        """Show the session's source (just opened, or reloaded when `keep_view`)."""

    def show_sketch(self, sketch: EventFrame, path: str | Path) -> None:
        """Paint a first sketch of the database being opened, until its source is shown."""


class Session(QObject):
    """Holds `source`, the database shown (or None); `host` shows it, and the dialogs the
    session opens belong to `dialog_parent`."""

    def __init__(self, host: SessionHost, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.host, self.dialog_parent = host, dialog_parent
        self.source: DataSource | None = None
        self._opener = LatestOnly(self._opened, self._open_failed, self)
        self._pending_path: str | Path | None = None
        self._sketcher = LatestOnly(self._sketched, lambda _error: self._open_waiting(), self)
        self._waiting: Callable[[], None] | None = None  # the open to start once sketched
        self._then: list[Callable[[], object]] = []
        self._reloader = LatestOnly(self._reloaded, self._reload_failed, self)
        self._holder = LatestOnly(lambda _held: None, self._reload_failed, self)
        self._reviews = LatestOnly(self._laid_over, self._reload_failed, self)
        self.reload_timer = QTimer(self)
        self.reload_timer.setInterval(RELOAD_MS)
        self.reload_timer.timeout.connect(self.check_for_changes)
        self.reload_timer.start()
        self.import_job: ImportJob | None = None
        self._said_after_opening = ""
        self._previewer = LatestOnly(self._previewed, self._preview_failed, self)
        self.article_options_dialog: ArticleOptionsDialog | None = None
        self.mapping_dialog: MappingDialog | None = None
        self.open_dialog: QFileDialog | None = None
        self.import_files_dialog: QFileDialog | None = None
        self.import_target_dialog: QFileDialog | None = None
        self.folder_dialog: QFileDialog | None = None
        # Run on the worker after a source is opened or reloaded, before it is shown (the
        # presenter reads there what the view will need, e.g. the report days "as known on").
        self.prepare: Callable[[DataSource], None] | None = None

    # -- opening -----------------------------------------------------------------------------------

    def open_database(self, path: str | Path, mapping: TableMapping | None = None) -> None:
        """Open `path` read-only and show it; TimelineError says what is wrong with it (and
        MappingNeededError, a kind of it, that a table's columns must be chosen first)."""
        self._install(DataSource.open(path, mapping), path)

    def open_later(self, path: str | Path, mapping: TableMapping | None = None) -> None:
        """Open `path` off the UI thread (a million events take most of a second to index);
        what is on screen stays there, usable, until the new database is ready."""
        self.host.statusBar().showMessage(f"Opening {Path(path).name}…")
        sample = False
        if self.source is None:
            self.host.show_placeholder(f"Opening {Path(path).name}…")
            sketch = DataSource.sketch(path) if mapping is None else None
            if sketch is None and mapping is None:  # no pyramid kept: a sample of the rows
                sketch, in_time = DataSource.sampled_sketch(path, SAMPLE_NOW_S)
                sample = not in_time  # read on a worker then
            if sketch is not None:  # densities from the count pyramid while the index loads
                self.host.show_sketch(sketch, path)
        self._pending_path = path
        self._waiting = lambda: self._opener.submit(
            lambda: (self._prepared(DataSource.open(path, mapping)), path)
        )
        if not sample:
            self._open_waiting()
            return
        # A sample not read in SAMPLE_NOW_S (its pages not cached: a second of reads) is read
        # on a worker first (the index load beside it, holding the interpreter, made it wait
        # 0.7-0.9 s under load), the index loaded after it or after SAMPLE_WAIT_MS at most.
        self._sketcher.submit(lambda: (DataSource.sampled_sketch(path)[0], path))
        QTimer.singleShot(SAMPLE_WAIT_MS, self, self._open_waiting)

    def _open_waiting(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting()

    def _sketched(self, result: tuple[EventFrame | None, str | Path]) -> None:
        """Paint the sampled sketch, unless the file it is of is open already or no longer
        being opened (another chosen, or its open failed); then load the index."""
        sketch, path = result
        if sketch is not None and self.source is None and self._pending_path == path:
            self.host.show_sketch(sketch, path)
        self._open_waiting()

    def _prepared(self, source: DataSource) -> DataSource:
        if self.prepare is not None:
            try:
                self.prepare(source)
            except TimelineError:
                pass  # showing the source will meet it again and say so
        return source

    def opened_then(self, then: Callable[[], object]) -> None:
        """Run `then` once, after the next database opened with open_later is shown."""
        self._then.append(then)

    def _opened(self, result: tuple[DataSource, str | Path]) -> None:
        self.host.statusBar().clearMessage()
        self._install(*result)
        self._say_after_opening()
        then, self._then = self._then, []
        for step in then:
            step()

    def _open_failed(self, error: Exception) -> None:
        self.host.statusBar().clearMessage()
        self._say_after_opening()
        if self.source is None:
            self.host.show_placeholder(NO_DATABASE)
        if not isinstance(error, TimelineError):
            raise error
        if isinstance(error, MappingNeededError) and self._pending_path is not None:
            self.ask_mapping(self._pending_path, error)
            return
        self.host.show_error("Cannot open database", str(error))

    def ask_mapping(self, path: str | Path, error: MappingNeededError) -> MappingDialog:
        """Let the user say which table and columns are the events (non-blocking)."""
        dialog = MappingDialog(Path(path).name, error.tables, self.dialog_parent)
        dialog.accepted.connect(lambda: self.open_later(path, dialog.mapping()))
        dialog.open()
        self.mapping_dialog = dialog
        return dialog

    def _install(self, source: DataSource, path: str | Path, keep_view: bool = False) -> None:
        if keep_view:  # the same file, reloaded: keep filters, view, selection and history
            old, self.source = self.source, source
            if old is not None:
                old.close()
            self.host.show_source(path, keep_view=True)
            return
        self.host.remember_range()  # of the database being left
        if self.source is not None:
            self.source.close()
        self.source = source
        settings.add_recent(path)
        self.host.show_source(path, keep_view=False)

    def choose_database(self) -> None:
        dialog = settings.file_dialog(
            self.dialog_parent, "Open timeline database", "open", DB_FILTER
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.open_later)
        dialog.open()
        self.open_dialog = dialog

    def choose_folder(self) -> None:
        """File ▸ Open Folder…: a dataset folder (made by `timeline-viewer convert`)."""
        dialog = QFileDialog(self.dialog_parent, "Open dataset folder")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(self.open_later)
        dialog.open()
        self.folder_dialog = dialog

    def try_open(self, path: str | Path) -> bool:
        """Open a database, telling the user plainly what is wrong with it if it cannot be shown."""
        try:
            self.open_database(path)
        except MappingNeededError as exc:
            self.ask_mapping(path, exc)
            return False
        except TimelineError as exc:
            self.host.show_error("Cannot open database", str(exc))
            return False
        return True

    def close(self) -> None:
        """Close the database shown (the program is ending): nothing is read from it after."""
        self.reload_timer.stop()
        source, self.source = self.source, None
        if source is not None:
            source.close()

    # -- live reload -------------------------------------------------------------------------------

    def check_for_changes(self) -> None:
        """Another program wrote to the file: load it again, keeping view and selection."""
        if self.source is None or self._reloader.busy or self._reviews.busy:
            return  # (a review being laid over: its own write is no reason to reload)
        try:
            changed = self.source.changed()
        except TimelineError:
            return
        if changed:
            source = self.source
            self._reloader.submit(lambda: self._prepared(source.reopened()))

    def reload(self) -> None:
        """Load the file again now, keeping view and selection (after this window wrote to it:
        a review)."""
        if self.source is not None:
            self._reloader.submit(self.source.reopened)

    def review_written(self) -> None:
        """This window wrote a review: laid over the events the source holds, on a worker (the
        reviews table read again, the index patched: DataSource.reviews_changed), then shown;
        else the file is read again, as after another program's write."""
        source = self.source
        if source is None:
            return

        def lay_over() -> tuple[DataSource, bool]:
            try:
                return source, source.reviews_changed()
            except TimelineError:  # the file could not say its state: read it again
                return source, False

        self._reviews.submit(lay_over)

    def _laid_over(self, result: tuple[DataSource, bool]) -> None:
        source, laid_over = result
        if source is not self.source:  # another file, or this one read again meanwhile
            return
        if laid_over:
            self.host.show_source(source.path, keep_view=True)
        else:
            self.reload()

    def hold_index(self) -> None:
        """Reviewing starts: the index a windowed file does not hold is loaded on a worker, so
        that the changes to come are laid over it at once."""
        source = self.source
        if source is not None and not source.holds_index():
            self._holder.submit(source.hold_index)

    def _reloaded(self, source: DataSource) -> None:
        if self.source is not None and source.path == self.source.path:
            before = len(self.source.whole())
            self._install(source, source.path, keep_view=True)
            added = len(source.whole()) - before
            if added:
                self.host.statusBar().showMessage(f"{added:+,} events (the file changed)", 5000)
        else:
            source.close()

    def _reload_failed(self, error: Exception) -> None:
        if not isinstance(error, TimelineError):
            raise error
        if isinstance(error, DatabaseLockedError):
            return  # the writer is still at it: the next check tries again, quietly
        self.host.statusBar().showMessage(f"Could not reload: {error}", 8000)

    # -- import ------------------------------------------------------------------------------------

    def ask_import(self) -> None:
        """Pick files, then the timeline database to import them into (created if new)."""
        dialog = settings.file_dialog(self.dialog_parent, "Import files", "import", IMPORT_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self._ask_import_target)
        dialog.open()
        self.import_files_dialog = dialog

    def _ask_import_target(self, files: list[str]) -> None:
        source = self.source
        # A timeline database shown is proposed as the target (a dataset folder is written by
        # `timeline-viewer convert`, not by an import).
        current = source.path if source is not None and source.is_timeline else None
        if current is not None and Path(current).is_dir():
            current = None
        dialog = settings.file_dialog(
            self.dialog_parent,
            "Import into timeline database",
            "open",
            DB_FILTER,
            str(current or ""),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("db")
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # importing adds, never erases
        dialog.fileSelected.connect(lambda target: self.ask_article_options(target, files))
        dialog.open()
        self.import_target_dialog = dialog

    def ask_article_options(self, db_path: str | Path, files: Sequence[str | Path]) -> None:
        """Read the article files first (off the UI thread): when one has no publication date,
        ask for it, and for the source and lane, before importing; else import at once."""
        self.host.statusBar().showMessage(f"Reading {len(files)} files…")
        self._previewer.submit(lambda: (db_path, list(files), preview_articles(list(files))))

    def _previewed(self, result) -> None:
        db_path, files, previews = result
        self.host.statusBar().clearMessage()
        if all(p.published is not None or p.problem for p in previews):
            self.import_into(db_path, files)
            return
        dialog = ArticleOptionsDialog(previews, self.dialog_parent)
        dialog.accepted.connect(lambda: self.import_into(db_path, files, dialog.options()))
        dialog.open()
        self.article_options_dialog = dialog

    def _preview_failed(self, error: Exception) -> None:
        self.host.statusBar().clearMessage()
        raise error  # reading files reports its problems in the previews: this is a bug

    def import_into(
        self,
        db_path: str | Path,
        files: Sequence[str | Path],
        articles: ArticleOptions | None = None,
    ) -> ImportJob:
        """Import `files` into `db_path` in the background; then show that database."""
        job = ImportJob(Path(db_path), [Path(f) for f in files], self.dialog_parent, articles)
        job.finished.connect(lambda report, error: self._imported(Path(db_path), report, error))
        self.import_job = job
        job.start()
        return job

    def _imported(self, db_path: Path, report, error) -> None:
        if isinstance(error, ImportCancelled):
            message = "Import cancelled: the file being imported was not kept"
            self.host.statusBar().showMessage(message, 8000)
        elif error is not None:
            if not isinstance(error, TimelineError):
                raise error
            self.host.show_error("Import failed", str(error))
            return
        else:
            said = "; ".join(p for p in (report.summary(), report.dates_line()) if p)
            self.host.statusBar().showMessage(f"Import: {said}", 10000)
            if report.failed:
                lines = "\n".join(f"{Path(f).name}: {why}" for f, why in report.failed[:20])
                self.host.show_error("Some files were not imported", f"{said}\n\n{lines}")
            elif report.notes:
                lines = "\n".join(f"{Path(f).name}: {note}" for f, note in report.notes[:20])
                self.host.show_error("Some articles have no publication date", f"{said}\n\n{lines}")
        if self.source is None or Path(self.source.path).resolve() != db_path.resolve():
            said = self.host.statusBar().currentMessage()
            self.open_later(db_path)
            self._said_after_opening = said  # the import's result outlasts "Opening …"

    def _say_after_opening(self) -> None:
        said, self._said_after_opening = self._said_after_opening, ""
        if said:
            self.host.statusBar().showMessage(said, 10000)
