"""Importers: article files and events tables into a timeline database, one transaction each.

Both are idempotent: an article is known by its content hash, a table row by its record hash, so
importing the same material twice adds nothing.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from db.dates import DatedSentence, dated_sentences
from db.errors import TimelineError
from db.ingest.articles import Article, read_article_file
from db.ingest.csv_format import HEADER as CSV_HEADER
from db.ingest.csv_format import default_mapping
from db.ingest.events import RECORD, event_row, publication_event, sentence_events
from db.ingest.html import HTML_SUFFIXES, read_html_file
from db.ingest.mapping import EventMapping, MappingError, resolve
from db.ingest.records import TABLE_SUFFIXES, RecordFile, RecordFileError, table_suffix
from db.schema import READ_ERRORS, open_for_writing, write_problem
from db.text import sha256, shorten
from db.timekeys import FUZZY, PRECISION_RANK, DateError, iso_of, period, span_keys

Progress = Callable[[int, int], None]

ARTICLE_SUFFIXES = (".txt", ".text", *HTML_SUFFIXES)
GENERIC_ROOTS = {"news", "home", "latest", "articles", "noticias", "actualités", "notizie"}
DEFAULT_LANE = "Articles"
BATCH = 1000


@dataclass
class ImportReport:
    """What an import did. `failed` holds (file or "file:line N", reason) pairs."""

    imported: int = 0
    skipped_duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    articles: int = 0  # rows added to `articles` for the sources that table rows cite

    def add(self, other: ImportReport) -> None:
        self.imported += other.imported
        self.skipped_duplicates += other.skipped_duplicates
        self.failed.extend(other.failed)
        self.events += other.events
        self.articles += other.articles

    def summary(self) -> str:
        return (
            f"imported {self.imported}, skipped {self.skipped_duplicates} duplicates, "
            f"failed {len(self.failed)}, events {self.events}"
        )


@dataclass(frozen=True)
class ArticleFile:
    """An article file with what is known about it from outside its text (folder names, ...).

    Values given here win over the arguments of `import_articles`.
    """

    path: Path
    published: datetime.date | None = None
    source: str | None = None
    language: str | None = None
    categories: tuple[str, ...] = ()
    lane: str | None = None
    origin: str | None = None  # what to record as the article's origin instead of the path


def now_utc() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def count(db: sqlite_utils.Database, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def expand_article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders replaced by the article files in them (recursively, sorted)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                )
            )
        else:
            found.append(path)
    return found


# ---- articles ---------------------------------------------------------------------------------


def article_lane(article: Article) -> str:
    """The first category below a generic root ("News / Syria / ..." -> "Syria"), else the
    source, else "Articles"."""
    for category in article.categories:
        if category.casefold() not in GENERIC_ROOTS:
            return category
    return article.source or DEFAULT_LANE


def article_row(article: Article) -> dict[str, Any]:
    return {
        "headline": article.headline,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
        "categories": json.dumps(article.categories, ensure_ascii=False)
        if article.categories
        else None,
        "language": article.language,
        "body": article.body,
        "content_hash": article.content_hash,
        "origin": article.origin,
        "imported_at": now_utc(),
    }


# The date finder reads English; on other languages its number rules misfire ("Circa 1000
# poliziotti" is not the year 1000), so those articles keep only their publication event.
DATED_LANGUAGES = {None, "", "en"}


def _dated_sentences(
    text: str, dct: datetime.date | None, language: str | None
) -> list[DatedSentence]:
    if language not in DATED_LANGUAGES or not text.strip():
        return []
    # A date the finder got wrong (a value that is not a date, a range that ends before it
    # starts) costs that sentence its event, not the whole article its import.
    return [s for s in dated_sentences(text, dct) if _placeable(s)]


def _placeable(sentence: DatedSentence) -> bool:
    try:
        span_keys(sentence.start, sentence.end_date)
    except DateError:
        return False
    return True


def _insert(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> int:
    """Insert one row with plain SQL (sqlite-utils' insert inspects the table on every call,
    which was half the import time of a 2 kB article); returns its rowid."""
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" * len(row))
    cursor = db.conn.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values())
    )
    return cursor.lastrowid


def _insert_many(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
        ([row.get(c) for c in columns] for row in rows),
    )


def _write_article(db: sqlite_utils.Database, article: Article, lane: str | None) -> int | None:
    """Insert one article with its captions and events; None when it is already there."""
    if db.execute(
        "SELECT 1 FROM articles WHERE content_hash = ?", [article.content_hash]
    ).fetchone():
        return None
    lane = lane or article_lane(article)
    article_id = _insert(db, "articles", article_row(article))
    rows = []
    if article.published:
        rows.append(
            publication_event(article.headline, article.published, article_id=article_id, lane=lane)
        )
    rows += sentence_events(
        article.body,
        _dated_sentences(article.body, article.published, article.language),
        article_id=article_id,
        lane=lane,
    )
    for position, caption in enumerate(article.captions):
        caption_id = _insert(
            db,
            "captions",
            {
                "article_id": article_id,
                "position": position,
                "text": caption.text,
                "credit": caption.credit,
                "image": caption.image,
            },
        )
        rows += sentence_events(
            caption.text,
            _dated_sentences(caption.text, article.published, article.language),
            article_id=article_id,
            caption_id=caption_id,
            lane=lane,
        )
    if rows:
        _insert_many(db, "events", rows)
    return len(rows)


def _article_reader(path: Path) -> Callable[..., Article]:
    """Saved web pages are read with trafilatura (db.ingest.html), other files as text."""
    return read_html_file if path.suffix.lower() in HTML_SUFFIXES else read_article_file


def import_articles(
    db_path: str | Path,
    files: Iterable[str | Path | ArticleFile],
    *,
    published: datetime.date | None = None,
    source: str | None = None,
    lane: str | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import article files: each becomes an article, its captions, and its events.

    One transaction for the call and a savepoint per file: a file that fails is rolled back and
    reported in `failed`, the others are imported. Raises the db.errors exceptions when the
    database itself cannot be written (foreign, newer, not SQLite).
    """
    items = [f if isinstance(f, ArticleFile) else ArticleFile(Path(f)) for f in files]
    report = ImportReport()
    db = open_for_writing(db_path)
    try:
        with _database_problems(db_path), db.atomic():
            for done, item in enumerate(items, 1):
                try:
                    with db.atomic():
                        read = _article_reader(item.path)
                        article = read(
                            item.path,
                            origin=item.origin or str(item.path),
                            published=item.published or published,
                            source=item.source or source,
                            language=item.language or language,
                        )
                        if item.categories and not article.categories:
                            article.categories = list(item.categories)
                        events = _write_article(db, article, item.lane or lane)
                except TimelineError as exc:
                    report.failed.append((str(item.path), str(exc)))
                except (sqlite3.Error, ValueError, LookupError, TypeError) as exc:
                    if _about_the_database(exc):
                        raise  # damaged, read-only, full, locked: no file can be imported
                    # One file tripping over a bug (e.g. in date finding) must not cost the rest.
                    report.failed.append((str(item.path), f"{type(exc).__name__}: {exc}"))
                else:
                    if events is None:
                        report.skipped_duplicates += 1
                    else:
                        report.imported += 1
                        report.events += events
                if progress:
                    progress(done, len(items))
    finally:
        db.close()
    return report


def _about_the_database(exc: Exception) -> bool:
    """An SQLite error that says the database cannot be written (as opposed to one file's
    content being unstorable, like a string over SQLite's size limit)."""
    return type(exc) in (sqlite3.OperationalError, sqlite3.DatabaseError) and (
        getattr(exc, "sqlite_errorname", "") != "SQLITE_TOOBIG"
    )


@contextmanager
def _database_problems(db_path: str | Path) -> Iterator[None]:
    """SQLite errors of the database as a whole (the commit of a damaged file, a full disk)
    as the TimelineError that says so; the transaction has been rolled back."""
    try:
        yield
    except READ_ERRORS as exc:
        raise write_problem(exc, Path(db_path)) from exc


# ---- events tables ----------------------------------------------------------------------------


class RecordProblem(ValueError):
    """Why one record of a table cannot become an event (reported with its line)."""


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.") or None


def _valid_date(text: str | None) -> str | None:
    if not text:
        return None
    try:
        period(text)
    except DateError:
        return None
    return text


def cited_article(mapping: EventMapping, record: dict[str, Any], origin: str) -> dict | None:
    """The `articles` row for the source a record cites, or None when it cites none."""
    source = mapping.source
    headline = source.headline.get(record) if source.headline else None
    url = source.url.get(record) if source.url else None
    if not headline and not url:
        return None
    name = (source.name.get(record) if source.name else None) or _host(url)
    return {
        "headline": headline or url,
        "published": _valid_date(source.date.get(record) if source.date else None),
        "source": name,
        "url": url,
        "categories": None,
        "language": None,
        "body": None,
        "content_hash": sha256(headline, name, url),
        "origin": origin,
        "imported_at": now_utc(),
    }


def record_event(
    mapping: EventMapping, record: dict[str, Any], *, default_lane: str
) -> dict[str, Any]:
    """The `events` row for one record (article_id still unset). Raises RecordProblem."""
    start = mapping.start.get(record)
    if not start:
        raise RecordProblem("no start date")
    end = mapping.end.get(record) if mapping.end else None
    if end == start:
        end = None  # a one-day "range" is a point
    text = mapping.text.get(record) if mapping.text else None
    title = mapping.title.get(record) if mapping.title else None
    title = shorten(title or text or "")
    if not title:
        raise RecordProblem("no title and no text")
    precision = mapping.precision.get(record) if mapping.precision else None
    try:
        precision = precision or period(start).precision
        if precision not in PRECISION_RANK:
            raise RecordProblem(f"unknown precision {precision!r}")
        data = {key: resolve(record, key) for key in mapping.keep} or None
        row = event_row(
            title=title,
            start=start,
            end=end,
            precision=precision,
            lane=(mapping.lane.get(record) if mapping.lane else None) or default_lane,
            kind=RECORD,
            text=text,
            data=data,
        )
    except DateError as exc:
        raise RecordProblem(str(exc)) from exc
    return row


def _repeats(file: Path, mapping: EventMapping, lane: str) -> dict[tuple, tuple[int, int]]:
    """For mapping.unique: the first and last start key among each key's records (a first pass
    over the file, so that a repeated record can become one event over that whole span)."""
    spans: dict[tuple, tuple[int, int]] = {}
    with RecordFile(file) as records:
        for _where, record, problem in records:
            if problem or record is None:
                continue
            try:
                event = record_event(mapping, record, default_lane=lane)
            except RecordProblem:
                continue
            key = tuple(event.get(name) for name in mapping.unique)
            first, last = spans.get(key, (event["start_key"], event["start_key"]))
            spans[key] = (min(first, event["start_key"]), max(last, event["start_key"]))
    return spans


def _spread(event: dict[str, Any], first: int, last: int) -> None:
    """Date an event filed under several dates by what they share: their month, else a fuzzy
    range from the first to the last (a point on any one of them would be a guess)."""
    if first == last:
        return
    a, b = iso_of(first, "day"), iso_of(last, "day")
    if a[:7] == b[:7]:
        event.update(start=a[:7], end=None, precision="month")
    else:
        event.update(start=a, end=b, precision=FUZZY)
    event["start_key"], event["end_key"] = span_keys(event["start"], event["end"])


def _record_hash(event: dict[str, Any], article: dict | None) -> str:
    values = [event[k] for k in ("title", "text", "start", "end", "precision", "lane", "data")]
    return sha256(json.dumps(values, ensure_ascii=False), article and article["content_hash"])


class _ArticleIds:
    """content hash -> articles.id, inserting the articles not yet in the database by batch."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.ids: dict[str, int] = {}

    def resolve(self, rows: Iterable[dict]) -> None:
        new = {r["content_hash"]: r for r in rows if r["content_hash"] not in self.ids}
        if not new:
            return
        self._lookup(list(new))
        missing = [row for key, row in new.items() if key not in self.ids]
        if missing:
            self.db["articles"].insert_all(missing, batch_size=BATCH, ignore=True)
            self._lookup([row["content_hash"] for row in missing])

    def _lookup(self, hashes: list[str]) -> None:
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT content_hash, id FROM articles WHERE content_hash IN ({marks})"
            self.ids.update(self.db.execute(sql, chunk).fetchall())


def default_lane_for(path: Path) -> str:
    """The lane of a table without a lane mapping: its file name ("ged_syria.csv.gz" -> ...)."""
    name = path.name
    for suffix in (".gz", table_suffix(path)):
        name = name.removesuffix(suffix)
    return name or DEFAULT_LANE


def import_events(
    db_path: str | Path,
    file: str | Path,
    mapping: EventMapping | str | Path | None = None,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Import an events table (CSV, JSON Lines, JSON array; .gz too) through a column mapping.

    With no mapping, the file must be in the timeline CSV format (db.ingest.csv_format), whose
    built-in mapping is used; else MappingError.

    One transaction for the file. Records without a usable date are reported by line in
    `failed` and skipped; a file that cannot be read at all is reported as a whole. Progress is
    reported in bytes of the file as stored.
    """
    file = Path(file)
    if mapping is None:
        mapping = default_mapping(file)
        if mapping is None:
            raise MappingError(
                f"{file.name} needs a column mapping (only files with the timeline CSV header "
                f"{','.join(CSV_HEADER)} import without one)."
            )
    elif not isinstance(mapping, EventMapping):
        mapping = EventMapping.load(mapping)
    lane = default_lane_for(file)
    report = ImportReport()
    db = open_for_writing(db_path)
    try:
        spans = _repeats(file, mapping, lane) if mapping.unique else {}
        with _database_problems(db_path), RecordFile(file) as records, db.atomic():
            events_before, articles_before = count(db, "events"), count(db, "articles")
            ids = _ArticleIds(db)
            batch: list[tuple[dict, dict | None]] = []
            valid = 0
            seen: set[tuple] = set()  # values of mapping.unique met so far
            repeated = 0

            def flush() -> None:
                ids.resolve(article for _, article in batch if article)
                rows = []
                for event, article in batch:
                    event["article_id"] = ids.ids[article["content_hash"]] if article else None
                    rows.append(event)
                db["events"].insert_all(rows, batch_size=BATCH, ignore=True)
                batch.clear()
                if progress:
                    progress(records.position, records.size)

            for where, record, problem in records:
                try:
                    if problem:
                        raise RecordProblem(problem)
                    assert record is not None
                    event = record_event(mapping, record, default_lane=lane)
                    article = cited_article(mapping, record, origin=file.name)
                except RecordProblem as exc:
                    report.failed.append((f"{file.name}:{where}", str(exc)))
                    continue
                if mapping.unique:
                    key = tuple(event.get(name) for name in mapping.unique)
                    if key in seen:
                        repeated += 1
                        continue
                    seen.add(key)
                    _spread(event, *spans[key])
                event["record_hash"] = _record_hash(event, article)
                batch.append((event, article))
                valid += 1
                if len(batch) >= BATCH:
                    flush()
            flush()
            report.imported = report.events = count(db, "events") - events_before
            report.articles = count(db, "articles") - articles_before
            report.skipped_duplicates = valid - report.imported + repeated
    except RecordFileError as exc:
        report = ImportReport(failed=[(str(file), str(exc))])
    finally:
        db.close()
    return report


def is_table_file(path: str | Path) -> bool:
    """An events table (by its name), as opposed to an article file."""
    return table_suffix(Path(path)) in TABLE_SUFFIXES


def import_file(
    db_path: str | Path,
    file: str | Path,
    mapping: EventMapping | str | Path | None = None,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Import one file, whatever it is: a TimelineJS timeline, an events table (with `mapping`,
    or none for the timeline CSV format), or an article (.txt, .html). A TimelineJS file given
    a mapping is read as a plain table of events through it."""
    from db.ingest.timelinejs import import_timelinejs, is_timelinejs_file  # imports this module

    if mapping is None and is_timelinejs_file(file):
        return import_timelinejs(db_path, file, progress=progress)
    if is_table_file(file):
        return import_events(db_path, file, mapping, progress=progress)
    return import_articles(db_path, [file], progress=progress)


__all__ = [
    "ArticleFile",
    "EventMapping",
    "ImportReport",
    "expand_article_paths",
    "import_articles",
    "import_events",
    "import_file",
    "is_table_file",
]
