"""Article files (.txt, .html) into a timeline database: each becomes an `articles` row, its
captions, and its events (the publication, one per dated sentence of the body and captions).

Idempotent: an article is known by its content hash, so importing it twice adds nothing.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from db.dates import DatedSentence, dated_sentences, find_timexes, language_code
from db.errors import TimelineError
from db.formats.reading import replace_surrogates, shown
from db.ingest.around_stories import group_around
from db.ingest.article_paths import HTML_SUFFIXES
from db.ingest.articles import Article, read_article_file
from db.ingest.deferred_indexes import DeferredIndexes
from db.ingest.events import ARTICLES_LANE, publication_event, sentence_events
from db.ingest.html import read_html_file
from db.ingest.published import DATELINE, PATH, date_in_path, year_in_path
from db.ingest.report import GIVEN, NONE, ImportReport, Progress
from db.ingest.stories import group_stories
from db.ingest.writing import (
    DeferredFts,
    about_the_database,
    database_problems,
    insert_row,
    insert_rows,
    now_utc,
    savepoint,
)
from db.schema import open_for_writing, reported_key

FTS_TABLES = ("articles", "captions", "events")  # the tables an article import writes
GENERIC_ROOTS = {"news", "home", "latest", "articles", "noticias", "actualités", "notizie"}


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


def _text(value: str | None) -> str | None:
    """A value from the command line or a caller, storable (no lone surrogates)."""
    return replace_surrogates(value) if value else value


def article_lane(article: Article) -> str:
    """The first category below a generic root ("News / Syria / ..." -> "Syria"), else the
    source, else "Articles"."""
    for category in article.categories:
        if category.casefold() not in GENERIC_ROOTS:
            return category
    return article.source or ARTICLES_LANE


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


def _dated_sentences(
    text: str, dct: datetime.date | None, language: str | None
) -> list[DatedSentence]:
    """The dated sentences of `text` in the article's language (English when none is given).
    A language the date finder does not read gets none: its number rules would misfire ("Circa
    1000 poliziotti" is not the year 1000). A date the timeline cannot place is left out later,
    by `sentence_events` (it costs that sentence its event, not the article its import)."""
    code = language_code(language)
    if code is None or not text.strip():
        return []
    return dated_sentences(text, dct, code)


@dataclass
class ArticleRows:
    """What one article becomes, before it has ids: its `articles` row, its captions' rows (in
    position order, article_id unset) and its events' rows, each with the position of the
    caption it was found in (None for the publication and the body's sentences)."""

    article: dict[str, Any]
    captions: list[dict[str, Any]]
    events: list[tuple[int | None, dict[str, Any]]]


def article_rows(article: Article, lane: str | None) -> ArticleRows:
    """The rows of one article (pure: dates found, nothing written); ids are left unset."""
    lane = lane or article_lane(article)

    def found(text: str) -> list[dict[str, Any]]:  # the events dated in the body or a caption
        dated = _dated_sentences(text, article.published, article.language)
        return sentence_events(text, dated, article_id=0, lane=lane)

    events: list[tuple[int | None, dict[str, Any]]] = []
    if article.published:
        row = publication_event(
            article.headline,
            article.published,
            article_id=0,
            lane=lane,
            language=article.language,
        )
        events.append((None, row))
    events += [(None, row) for row in found(article.body)]
    captions = []
    for position, caption in enumerate(article.captions):
        captions.append(
            {
                "position": position,
                "text": caption.text,
                "credit": caption.credit,
                "image": caption.image,
            }
        )
        events += [(position, row) for row in found(caption.text)]
    reported = reported_key(article.published.isoformat()) if article.published else None
    for _position, row in events:
        row["article_id"] = None
        row["reported_key"] = reported
    return ArticleRows(article_row(article), captions, events)


def _write_article(
    db: sqlite_utils.Database,
    article: Article,
    lane: str | None,
    written: list[int],
    fts: DeferredFts,
    indexes: DeferredIndexes | None = None,
) -> int | None:
    """Insert one article with its captions and events (its id appended to `written`), in a
    savepoint of its own; None when it is already there."""
    if db.execute(
        "SELECT 1 FROM articles WHERE content_hash = ?", [article.content_hash]
    ).fetchone():
        return None
    rows = article_rows(article, lane)
    fts.defer()  # outside the savepoint: see DeferredFts.defer
    if indexes is not None:
        indexes.defer()  # likewise
    with savepoint(db):
        article_id = insert_row(db, "articles", rows.article)
        written.append(article_id)
        caption_ids = [
            insert_row(db, "captions", {"article_id": article_id, **caption})
            for caption in rows.captions
        ]
        events = []
        for position, row in rows.events:
            row["article_id"] = article_id
            row["caption_id"] = None if position is None else caption_ids[position]
            events.append(row)
        if events:
            insert_rows(db, "events", events)
    return len(events)


def read_article(
    item: ArticleFile,
    *,
    published: datetime.date | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Article:
    """Read and parse one article file, what is known of it from outside (`item`) winning over
    the call's arguments. Raises TimelineError for a file that is no article."""
    read = _article_reader(item.path)
    article = read(
        item.path,
        origin=_text(item.origin) or shown(item.path),
        published=item.published or published,
        source=_text(item.source or source),
        language=_text(item.language or language),
    )
    if item.categories and not article.categories:
        article.categories = [_text(c) or "" for c in item.categories]
    return article


def date_article(article: Article, path: Path, given: datetime.date | None) -> str:
    """Where the article's publication date comes from (GIVEN, a place, or NONE); when
    neither the caller nor its text dated it, its path may (a year-less dateline takes the
    path's year)."""
    if given is not None:
        return GIVEN
    if article.published is not None:
        return article.published_from or GIVEN
    year = year_in_path(path)
    if article.yearless is not None and year is not None:
        article.published = article.yearless.with_year(year)
        if article.published is not None:
            return f"{DATELINE} and the year in {PATH}"
    article.published = date_in_path(path)
    return PATH if article.published is not None else NONE


def undated_note(article: Article) -> str | None:
    """What an article without a publication date leaves undated, in a line for the report."""
    language = language_code(article.language) if article.language else "en"
    if language is None:
        return None
    texts = [article.body, *(c.text for c in article.captions)]
    unresolved = sum(
        1
        for text in texts
        if text.strip()
        for timex in find_timexes(text, None, language)
        if timex.value.startswith("XXXX")
    )
    if article.yearless is not None:
        why = f"its dateline ({article.yearless.text}) has no year"
    else:
        why = "no publication date"
    if unresolved:
        plural = "s" if unresolved != 1 else ""
        return f"{unresolved} relative date{plural} left unresolved: {why}"
    return why if article.yearless is not None else None


@dataclass(frozen=True)
class ArticlePreview:
    """What an import would take an article file's publication date, source and lane to be,
    found without writing anything (File ▸ Import asks for what is missing)."""

    path: Path
    published: datetime.date | None
    published_from: str  # where the date was found (as ImportReport.dates_from), or NONE
    source: str | None
    lane: str
    problem: str | None = None  # why the file cannot be read (the import will say it too)
    hint: str | None = None  # what the file says short of a date ("Dec. 23", with no year)


def preview_article(path: str | Path) -> ArticlePreview:
    """Read and parse an article file as `import_articles` would, writing nothing."""
    path = Path(path)
    try:
        article = _article_reader(path)(path, origin=shown(path))
    except (TimelineError, ValueError, LookupError, TypeError) as exc:  # as import_articles
        return ArticlePreview(path, None, NONE, None, ARTICLES_LANE, str(exc))
    how = date_article(article, path, None)
    hint = None
    if article.published is None and article.yearless is not None:
        hint = f"its dateline: {article.yearless.text}, no year"
    lane = article_lane(article)
    return ArticlePreview(path, article.published, how, article.source, lane, hint=hint)


def _article_reader(path: Path) -> Callable[..., Article]:
    """Saved web pages are read with trafilatura (db.ingest.html), other files as text."""
    return read_html_file if path.suffix.lower() in HTML_SUFFIXES else read_article_file


CACHE_KIB = 64 * 1024  # the import connection's page cache (KiB; the default is 2 MB)


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
    reported in `failed`, the others are imported; the full-text index of the new rows is filled
    at the end (`DeferredFts`). Raises the db.errors exceptions when the
    database itself cannot be written (foreign, newer, not SQLite).
    """
    items = [f if isinstance(f, ArticleFile) else ArticleFile(Path(f)) for f in files]
    report = ImportReport()
    db = open_for_writing(db_path)
    # A file's savepoint copies the pages it changes that the transaction had changed before:
    # kept in memory rather than in a temporary file, that costs a third less (this connection
    # only, closed at the end; the few sorts of story grouping are bounded, see stories.py).
    db.conn.execute("PRAGMA temp_store = MEMORY")
    # The import's pages stay in memory until the commit: with SQLite's default 2 MB cache a
    # few hundred articles (their events, indexes and full text) spill to the file mid-way.
    db.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    written: list[int] = []  # ids of the articles imported, for grouping their events
    try:
        with database_problems(db_path), db.atomic():
            fts = DeferredFts(db, FTS_TABLES)
            indexes = DeferredIndexes(db, "events")  # built after the rows when it was empty
            for done, item in enumerate(items, 1):
                kept = len(written)
                try:
                    article = read_article(
                        item, published=published, source=source, language=language
                    )
                    how = date_article(article, item.path, item.published or published)
                    events = _write_article(
                        db, article, _text(item.lane or lane), written, fts, indexes
                    )
                except TimelineError as exc:
                    del written[kept:]  # rolled back
                    report.failed.append((shown(item.path), str(exc)))
                except (sqlite3.Error, ValueError, LookupError, TypeError) as exc:
                    if about_the_database(exc):
                        raise  # damaged, read-only, full, locked: no file can be imported
                    # One file tripping over a bug (e.g. in date finding) must not cost the rest.
                    del written[kept:]  # rolled back
                    report.failed.append((shown(item.path), f"{type(exc).__name__}: {exc}"))
                else:
                    if events is None:
                        report.skipped_duplicates += 1
                    else:
                        report.imported += 1
                        report.events += events
                        report.dates_from[how] = report.dates_from.get(how, 0) + 1
                        note = undated_note(article) if how == NONE else None
                        if note:
                            report.notes.append((shown(item.path), note))
                if progress:
                    progress(done, len(items))
            indexes.finish()  # before the grouping's queries, which read them
            report.grouped = group_stories(db, written) + group_around(db, written)
            fts.finish()
    finally:
        db.close()
    return report
