"""Events tables (CSV/TSV, JSON Lines, a JSON array; .gz too) into a timeline database, through
a column mapping (db.ingest.mapping); a timeline CSV file (db.formats.timeline_csv) needs none.

Idempotent: a record is known by its record hash, so importing a table twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from db.formats import timeline_csv
from db.formats.reading import TABLE_LIMIT, file_problem, shown
from db.ingest.events import ARTICLES_LANE, RECORD, event_row
from db.ingest.mapping import EventMapping, MappingError, resolve
from db.ingest.navigation import is_navigation
from db.ingest.records import Record, RecordFile, RecordFileError, table_suffix
from db.ingest.rejoin import rejoined
from db.ingest.report import ImportReport, Progress
from db.ingest.writing import (
    BATCH,
    ArticleIds,
    count,
    database_problems,
    insert_batches,
    now_utc,
    record_hash,
    url_host,
)
from db.schema import open_for_writing
from db.text import sha256, shorten
from db.timekeys import FUZZY, PRECISION_RANK, DateError, iso_of, period, span_keys

# What makes a table record the same record again (its kind is always "record").
RECORD_FIELDS = ("title", "text", "start", "end", "precision", "lane", "data")
TIMELINE_CSV_MAPPING = EventMapping.from_dict(timeline_csv.IMPORT_MAPPING)

Row = dict[str, Any]


class RecordProblem(ValueError):
    """Why one record of a table cannot become an event (reported with its line)."""


def default_mapping(path: str | Path) -> EventMapping | None:
    """The timeline CSV format's mapping when `path` is a timeline CSV file, else None."""
    return TIMELINE_CSV_MAPPING if timeline_csv.is_timeline_csv(path) else None


def default_lane_for(path: Path) -> str:
    """The lane of a table without a lane mapping: its file name ("ged_syria.csv.gz" -> ...)."""
    name = shown(path.name)
    for suffix in (".gz", table_suffix(path)):
        name = name.removesuffix(suffix)
    return name or ARTICLES_LANE


def _valid_date(text: str | None) -> str | None:
    if not text:
        return None
    try:
        period(text)
    except DateError:
        return None
    return text


def cited_article(mapping: EventMapping, record: Row, origin: str) -> Row | None:
    """The `articles` row for the source a record cites, or None when it cites none."""
    source = mapping.source
    headline = source.headline.get(record) if source.headline else None
    url = source.url.get(record) if source.url else None
    if not headline and not url:
        return None
    name = (source.name.get(record) if source.name else None) or url_host(url)
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


def record_event(mapping: EventMapping, record: Row, *, default_lane: str) -> Row:
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
        dated_from = mapping.start.columns() + (mapping.end.columns() if mapping.end else [])
        row = event_row(
            title=title,
            start=start,
            end=end,
            precision=precision,
            lane=(mapping.lane.get(record) if mapping.lane else None) or default_lane,
            kind=RECORD,
            text=text,
            data=data,
            # how the date was found: read from these columns (db.provenance says it in words)
            provenance={"from": "table", "columns": list(dict.fromkeys(dated_from))}
            if dated_from
            else None,
        )
    except DateError as exc:
        raise RecordProblem(str(exc)) from exc
    return row


def is_navigation_record(mapping: EventMapping, record: Row) -> bool:
    """Is the record a wiki's navigation line ("Main article: Siege of Homs", "See also: …")
    rather than a happening? Its text or title says so (db.ingest.navigation)."""
    text = mapping.text.get(record) if mapping.text else None
    title = mapping.title.get(record) if mapping.title else None
    return is_navigation(text) or is_navigation(title)


def _repeats(file: Path, mapping: EventMapping, lane: str) -> dict[tuple, tuple[int, int]]:
    """For mapping.unique: the first and last start key among each key's records (a first pass
    over the file, so that a repeated record can become one event over that whole span)."""
    spans: dict[tuple, tuple[int, int]] = {}
    with RecordFile(file) as records:
        for _where, record, problem in _pieces_joined(records, mapping):
            if problem or record is None or is_navigation_record(mapping, record):
                continue
            try:
                event = record_event(mapping, record, default_lane=lane)
            except RecordProblem:
                continue
            key = tuple(event.get(name) for name in mapping.unique)
            first, last = spans.get(key, (event["start_key"], event["start_key"]))
            spans[key] = (min(first, event["start_key"]), max(last, event["start_key"]))
    return spans


def _spread(event: Row, first: int, last: int) -> None:
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


def _pieces_joined(records: Iterable[Record], mapping: EventMapping) -> Iterable[Record]:
    """The records, with those a scraper cut mid-sentence joined back (mapping.rejoin)."""
    if not mapping.rejoin or mapping.text is None or mapping.text.column is None:
        return records
    return rejoined(records, mapping.text.column, mapping.rejoin)


class TableRows:
    """The rows of an events table's records, one at a time (pure: nothing is written).

    Iterating gives (event, cited article or None) pairs with their record hash set; records
    that cannot become events are added to `failed` with their line, records repeating a
    `mapping.unique` key counted in `repeated`, and a wiki's navigation lines ("Main article:
    …"), which make no event, in `navigation`. Raises RecordFileError for a file that cannot be
    read at all."""

    def __init__(self, file: Path, mapping: EventMapping) -> None:
        self.file, self.mapping = file, mapping
        self.lane = default_lane_for(file)
        self.failed: list[tuple[str, str]] = []
        self.repeated = 0
        self.navigation = 0
        self.valid = 0
        self.records: RecordFile | None = None

    def __iter__(self) -> Iterator[tuple[Row, Row | None]]:
        mapping, lane = self.mapping, self.lane
        spans = _repeats(self.file, mapping, lane) if mapping.unique else {}
        seen: set[tuple] = set()  # values of mapping.unique met so far
        with RecordFile(self.file) as records:
            self.records = records
            for where, record, problem in _pieces_joined(records, mapping):
                try:
                    if problem:
                        raise RecordProblem(problem)
                    assert record is not None
                    if is_navigation_record(mapping, record):
                        self.navigation += 1
                        continue
                    event = record_event(mapping, record, default_lane=lane)
                    article = cited_article(mapping, record, origin=records.name)
                except RecordProblem as exc:
                    self.failed.append((f"{records.name}:{where}", str(exc)))
                    continue
                if mapping.unique:
                    key = tuple(event.get(name) for name in mapping.unique)
                    if key in seen:
                        self.repeated += 1
                        continue
                    seen.add(key)
                    _spread(event, *spans[key])
                event["record_hash"] = record_hash(event, article, RECORD_FIELDS)
                self.valid += 1
                yield event, article


def table_mapping(
    file: Path, mapping: EventMapping | str | Path | None, unreadable: str | None
) -> EventMapping | None:
    """The mapping to read `file` with: the one given (loaded), else the timeline CSV format's;
    MappingError when a readable file has neither."""
    if mapping is None:
        mapping = default_mapping(file)
        if mapping is None and unreadable is None:
            raise MappingError(
                f"{shown(file.name)} needs a column mapping (only files with the timeline CSV "
                f"header {','.join(timeline_csv.HEADER)} import without one)."
            )
        return mapping
    return mapping if isinstance(mapping, EventMapping) else EventMapping.load(mapping)


def import_events(
    db_path: str | Path,
    file: str | Path,
    mapping: EventMapping | str | Path | None = None,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Import an events table (CSV, JSON Lines, JSON array; .gz too) through a column mapping.

    With no mapping, the file must be in the timeline CSV format (db.formats.timeline_csv),
    whose built-in mapping is used; else MappingError.

    One transaction for the file. Records without a usable date are reported by line in
    `failed` and skipped; a file that cannot be read at all is reported as a whole. Progress is
    reported in bytes of the file as stored.
    """
    file = Path(file)
    # A file that cannot be read at all is this file's failure, not a missing mapping.
    unreadable = file_problem(file, TABLE_LIMIT, "an events table")
    mapping = table_mapping(file, mapping, unreadable)
    report = ImportReport()
    db = open_for_writing(db_path)  # the database's own problems first, as for any import
    try:
        if unreadable is not None or mapping is None:
            return ImportReport(failed=[(shown(file), unreadable or "cannot read it")])
        table = TableRows(file, mapping)
        with database_problems(db_path), db.atomic():
            events_before, articles_before = count(db, "events"), count(db, "articles")
            ids = ArticleIds(db)
            batch: list[tuple[Row, Row | None]] = []

            def flush() -> None:
                ids.resolve(article for _, article in batch if article)
                rows = []
                for event, article in batch:
                    event["article_id"] = ids.ids[article["content_hash"]] if article else None
                    rows.append(event)
                insert_batches(db, "events", rows, ignore=True)
                batch.clear()
                if progress and table.records is not None:
                    progress(table.records.position, table.records.size)

            for pair in table:
                batch.append(pair)
                if len(batch) >= BATCH:
                    flush()
            flush()
            report.failed = table.failed
            report.imported = report.events = count(db, "events") - events_before
            report.articles = count(db, "articles") - articles_before
            report.skipped_duplicates = table.valid - report.imported + table.repeated
            report.navigation = table.navigation
    except RecordFileError as exc:
        report = ImportReport(failed=[(shown(file), str(exc))])
    finally:
        db.close()
    return report
