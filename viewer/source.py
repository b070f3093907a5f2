"""The one module of the viewer that talks to the data layer (db.store's interface, db.export,
db.ingest). Widgets get plain values from here and never see SQL; the store behind a source is
any `db.store.model.EventStore`."""

from __future__ import annotations

import datetime
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from db import remembered
from db.errors import DatabaseUnavailableError, TimelineError
from db.opening import check_openable, open_store, watched_file
from db.store import review_patch
from db.store.first_frame import first_frame
from db.store.frame import EventFrame, FrameQuery
from db.store.model import (
    EventBrief,
    EventDetail,
    EventStore,
    SearchResult,
    TableMapping,
)
from db.store.sampled_sketch import OutOfTime, sampled_frame

REVIEW_LOCK_WAIT_S = 1.0  # how long a review change waits for another program's write
REVIEW_OPEN_WAIT_S = 5.0  # how long starting review (on a worker) waits for another program


def shown_path(path: str | Path) -> str:
    """A path as text a message can show: bytes that are not UTF-8 as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def check_path(path: str | Path) -> None:
    """A TimelineError unless the viewer can open `path`: a dataset folder or a regular file
    (see db.opening.check_openable) whose name is valid UTF-8 (the viewer keys what it
    remembers of a file by its name, as text)."""
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        raise DatabaseUnavailableError(
            f"{shown_path(path)} cannot be opened: its name is not valid UTF-8. Rename it, or "
            "make a link to it with a UTF-8 name."
        ) from None
    check_openable(path)


def file_identity(path: Path) -> tuple | None:
    """What changes when a file is rewritten or replaced (inode, size, modification time)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class DataSource:
    """An open database as the viewer sees it: frames of its events and text on demand.

    A timeline database, or any SQLite table through a column mapping (read-only either way)."""

    def __init__(
        self, store: EventStore, whole: EventFrame, seen: tuple[int, tuple | None] | None = None
    ) -> None:
        """`seen`: the data version and file identity taken before `whole` was read (else now),
        so that a commit while it was read is a change to reload."""
        self._store = store
        self._whole: dict[str, EventFrame] = {"lane": whole}
        self.path = store.path
        self.mapping: TableMapping | None = store.mapping
        self.capabilities = store.capabilities
        self._watched = watched_file(self.path)  # a dataset's manifest, else the file
        self._version, self._identity = seen or (
            store.data_version(),
            file_identity(self._watched),
        )
        self._eras: list[tuple[int, int, str]] | None = None
        self._title_slide: tuple[tuple[str, str] | None] | None = None
        self.warming: list[threading.Thread] = []  # warm-ups for the first search (see `open`)

    @classmethod
    def open(cls, path: str | Path, mapping: TableMapping | None = None) -> DataSource:
        """Open read-only and load the events; a clear db.errors.TimelineError if it cannot.

        A file that is no timeline database opens through `mapping`, else the one remembered for
        it, else the obvious columns; db.store.model.MappingNeededError when none fits."""
        check_path(path)
        store = open_store(path, mapping or remembered.recall(path))
        try:
            seen = (store.data_version(), file_identity(watched_file(store.path)))
            whole = store.frame(FrameQuery())
        except Exception:
            store.close()
            raise
        if store.mapping is not None and mapping is not None:
            remembered.remember(path, store.mapping)
        source = cls(store, whole, seen)
        source.eras(), source.title_slide()  # read here, on the opening thread, and kept
        # What the first search pays that later ones do not (a dataset: the files it reads cold;
        # a timeline database: its searcher's statements, temp tables and first pages).
        warm = getattr(store, "warm_search", None)
        if warm is not None:
            source.warming = [warm()]  # on a thread of its own
        return source

    def warm_frame(self, frame: EventFrame) -> None:
        """Make the lookups a search's hits are filtered and placed with in `frame` (the one
        shown when a file opens), on a thread of its own, so the first search does not."""
        warm = getattr(frame, "warm_lookups", None)  # an in-memory frame's table of ids
        if warm is not None:
            thread = threading.Thread(target=warm, name="warm-frame", daemon=True)
            thread.start()
            self.warming.append(thread)

    def warmed(self, timeout: float | None = None) -> bool:
        """Wait up to `timeout` s for the warm-ups started so far; whether they have ended
        (a benchmark waits, as a user reads the first frame before typing)."""
        for thread in self.warming:
            thread.join(timeout)
        return not any(thread.is_alive() for thread in self.warming)

    @staticmethod
    def sketch(path: str | Path) -> EventFrame | None:
        """A first frame of the timeline database at `path` from its cached count pyramid, to
        paint while it opens (db.store.first_frame: densities only); None without one."""
        try:
            return first_frame(path)
        except (OSError, ValueError):
            return None

    @staticmethod
    def sampled_sketch(
        path: str | Path, within: float | None = None
    ) -> tuple[EventFrame | None, bool]:
        """A first frame of a large timeline database with no pyramid kept, from a sample of
        its rows (db.store.sampled_sketch: thousands of rows read, tens of milliseconds, a
        second when the file is not in the page cache), and whether it was read within
        `within` seconds (else: try again on a worker). None for a small file or any other."""
        try:
            return sampled_frame(path, within), True
        except OutOfTime:
            return None, False
        except (OSError, ValueError):
            return None, True

    @property
    def skipped(self) -> int:
        """Rows left off the timeline because their dates or keys could not be read."""
        return self._store.skipped

    @property
    def is_timeline(self) -> bool:
        """A timeline database (events with their articles), not a plain table."""
        return self.capabilities.has_articles

    def whole(self, group: str = "lane") -> EventFrame:
        """All events with lanes by `group` ("lane" or "source"): its lanes are the grouping's.
        The first ask for a grouping reads the file (do it on a worker; see `has_whole`)."""
        if group not in self._whole:
            self._whole[group] = self._store.frame(FrameQuery(group))
        return self._whole[group]

    def has_whole(self, group: str) -> bool:
        """Is the grouping read already (so `whole` and `frame` answer at once)?"""
        return group in self._whole

    def frame(self, query: FrameQuery) -> EventFrame:
        """The events `query` selects, from the store."""
        return self._store.frame(query)

    def eras(self) -> list[tuple[int, int, str]]:
        """A TimelineJS file's eras (events of kind "era" in the lane "Eras"), as (start key,
        end key, title) in time order; [] when there are none (or the file cannot say)."""
        from db.formats.timelinejs import ERA, ERA_LANE
        from db.store.model import ExportFilter
        from db.timekeys import DateError, span_keys

        if self._eras is not None:
            return self._eras
        self._eras = []
        if not self.is_timeline or ERA_LANE not in self.whole().lanes:
            return self._eras
        out = []
        try:
            for record in self._store.export_records(ExportFilter(lanes=(ERA_LANE,))):
                if record["kind"] == ERA:
                    try:
                        start, end = span_keys(record["start"], record["end"])
                    except DateError:
                        continue
                    out.append((start, end, record["title"] or ""))
        except TimelineError:
            return self._eras  # none drawn, rather than an error for a background
        self._eras = out
        return out

    def title_slide(self) -> tuple[str, str] | None:
        """A TimelineJS file's title slide as (headline, text), if it had one."""
        if self._title_slide is None:
            slide = self._store.timeline_meta().get("title")
            text = slide.get("text") if isinstance(slide, dict) else None
            found = None
            if isinstance(text, dict) and (text.get("headline") or text.get("text")):
                found = str(text.get("headline") or ""), str(text.get("text") or "")
            self._title_slide = (found,)
        return self._title_slide[0]

    def changed(self) -> bool:
        """Has another program written to (or replaced) the file since it was loaded?"""
        try:
            version = self._store.data_version()
        except TimelineError:
            version = self._version
        return version != self._version or file_identity(self._watched) != self._identity

    def reopened(self) -> DataSource:
        """A fresh source on the same file (with the same mapping), events loaded."""
        return DataSource.open(self.path, self.mapping)

    def reviews_changed(self) -> bool:
        """This window wrote a review (or undid one): lay it over the events held
        (db.store.review_patch: the reviews table read, on a worker), rather than reading the
        file again; False, nothing changed, when that cannot be (no index held, stories
        regrouped): reload then."""
        groups = tuple(self._whole)
        store = self._store
        if not review_patch.holds_index(store, groups) or not review_patch.apply(store):
            return False
        self._whole = {group: store.frame(FrameQuery(group)) for group in groups}
        self._version, self._identity = store.data_version(), file_identity(self._watched)
        return True

    def holds_index(self) -> bool:
        """Is every grouping shown held in memory (a review change then shows at once)?"""
        return review_patch.holds_index(self._store, tuple(self._whole))

    def hold_index(self) -> None:
        """Load the in-memory index a windowed file does not hold (seconds for a million
        events: on a worker), for the review changes to come."""
        review_patch.hold_index(self._store, tuple(self._whole))

    def titles(self, ids: list[int]) -> dict[int, str]:
        return self._store.titles(ids)

    def event(self, event_id: int, *, wait: bool = True) -> EventDetail | None:
        """`wait=False` (the UI thread): DatabaseLockedError at once while another program
        holds the file's write lock, not after db.store.sqlite_ro.BUSY_TIMEOUT."""
        return self._store.event(event_id, wait=wait)

    def brief(self, event_id: int, *, wait: bool = True) -> EventBrief | None:
        return self._store.brief(event_id, wait=wait)

    def article_events(self, article_id: int, *, wait: bool = True) -> list[EventBrief]:
        return self._store.article_events(article_id, wait=wait)

    def search(self, text: str, limit: int = 500, marks: int = 50_000) -> SearchResult:
        """The best `limit` hits and up to `marks` marked ids (either 0: that half is skipped,
        see db.store.fts_search.search)."""
        return self._store.search(text, limit, marks)

    def search_among(self, text: str, ids: np.ndarray) -> np.ndarray:
        """Of the events `ids` (a view's), every one a search of `text` marks."""
        return self._store.search_among(text, ids)

    def export_events(self, kind: str, out: str | Path, ids: list[int]) -> int:
        """Write the events `ids` as CSV or TimelineJS JSON; the number written. A timeline
        database is read again by its name (one deleted while shown says so); a plain table and
        a dataset folder through the store shown."""
        from db.export import export_csv, export_store_events, export_timelinejs

        if not self.is_timeline or Path(self.path).is_dir():
            return export_store_events(self._store, kind, out, ids)
        export = export_csv if kind == "csv" else export_timelinejs
        return export(self.path, out, ids=ids)

    def start_reviewing(self, reviewer: str | None = None):
        """A write connection for the file's reviews (db.review.writer.ReviewWriter: WAL, one
        transaction a change); the read-only store stays as it is. TimelineError when this
        source cannot be reviewed (a plain table, an archive, a read-only file)."""
        from db.review.writer import ReviewWriter

        if not self.capabilities.writable_reviews:
            raise DatabaseUnavailableError(
                f"{shown_path(Path(self.path).name)} cannot be reviewed: only a timeline "
                "database keeps reviews."
            )
        # A change is written on the UI thread: a second, not five, for another writer's lock;
        # the opening runs on a worker (viewer.review) and may wait longer for one.
        return ReviewWriter(
            self.path, reviewer or None, timeout=REVIEW_LOCK_WAIT_S, open_wait=REVIEW_OPEN_WAIT_S
        )

    def close(self) -> None:
        self._store.close()


@dataclass(frozen=True)
class ArticleOptions:
    """What File ▸ Import was told about the article files: a publication date per file (None:
    the file's own, if it has one), and a source and lane for all (None: each file's own)."""

    published: dict[str, datetime.date | None] = field(default_factory=dict)
    source: str | None = None
    lane: str | None = None


def preview_articles(files: list[str | Path]):
    """The article files among `files` as an import would read them (publication date and where
    it was found, source, lane): a list of db.ingest ArticlePreview. Reads files; writes nothing."""
    from db.ingest.importers import ARTICLE, file_kind, preview_article

    return [preview_article(f) for f in files if file_kind(f) == ARTICLE]


def import_files(
    db_path: str | Path,
    files: list[str | Path],
    progress=None,
    articles: ArticleOptions | None = None,
):
    """Import files (articles, tables, TimelineJS) into a timeline database, as File > Import
    does; one report for all. `progress(done, total)` may raise to cancel (nothing is kept of the
    file being imported). `articles` says what the article files do not."""
    from db.import_finish import finish_import
    from db.ingest.importers import ImportReport, import_file

    options = articles or ArticleOptions()
    report = ImportReport()
    for i, file in enumerate(files):
        if progress is not None:
            progress(i, len(files))
        step = (lambda done, total, i=i: progress(i, len(files))) if progress else None
        try:
            report.add(
                import_file(
                    db_path,
                    file,
                    progress=step,
                    published=options.published.get(str(Path(file))),
                    source=options.source,
                    lane=options.lane,
                )
            )
        except TimelineError as exc:  # this file cannot be imported; the others still are
            report.failed.append((str(file), str(exc)))
    finish_import(db_path)  # search merged; its next open windowed when large (db.import_finish)
    if progress is not None:
        progress(len(files), len(files))
    return report
