"""One batch of an import, as a Dask task: read, parse and date its files with the importers'
pure parts (db.ingest.article_import.article_rows, db.ingest.table_import.TableRows), write the
rows as Parquet parts (each file under a temporary name, then renamed), count its short events
for the pyramid, and return what it did.

A batch is a pure function of its files and options: run again (Dask retries it when a worker
dies or it fails), it writes the same parts over the same names.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq

from db.archive import dataset as ds
from db.archive.convert import start_years
from db.archive.pyramid import Counts
from db.errors import TimelineError
from db.formats.reading import TABLE_LIMIT, file_problem, shown
from db.ingest.article_import import ArticleFile, article_rows, read_article
from db.ingest.mapping import EventMapping
from db.ingest.records import RecordFileError
from db.ingest.table_import import TableRows, table_mapping

from .parts import KINDS, BatchDone, counts_file, part_file, part_table

ARTICLES, TABLE = "articles", "table"
Row = dict[str, Any]


@dataclass(frozen=True)
class BatchSpec:
    """What a batch imports and where its parts go."""

    batch: int
    out: str
    kind: str  # ARTICLES (many files) or TABLE (one events table)
    files: tuple[tuple[str, str | None], ...]  # (path, SHA-256 of its bytes)
    published: datetime.date | None = None
    source: str | None = None
    lane: str | None = None
    language: str | None = None
    mapping: EventMapping | None = None


@dataclass
class BatchResult:
    done: BatchDone
    counts: Counts  # its short events by lane and finest bucket (db.archive.pyramid)


class _Rows:
    """The batch's rows, ids local to it (from 0, in the order an SQLite import gives them)."""

    def __init__(self) -> None:
        self.tables: dict[str, list[Row]] = {kind: [] for kind in KINDS}

    def add(self, kind: str, row: Row) -> int:
        rows = self.tables[kind]
        row["id"] = len(rows)
        rows.append(row)
        return row["id"]


def import_batch(spec: BatchSpec) -> BatchResult:
    """Import one batch into its parts (see the module's docstring)."""
    done = BatchDone(spec.batch, [tuple(f) for f in spec.files])  # type: ignore[misc]
    rows = _Rows()
    if spec.kind == TABLE:
        _table(spec, rows, done)
    else:
        _articles(spec, rows, done)
    events = rows.tables["events"]
    keys = np.array([r["start_key"] for r in events], np.int64)
    for row, year in zip(events, start_years(keys).tolist(), strict=True):
        row["year"] = year
    out = Path(spec.out)
    for kind, kind_rows in rows.tables.items():
        for row in kind_rows:
            row["batch"] = spec.batch
        table = part_table(kind, kind_rows)
        ds.write_atomic(
            part_file(out, spec.batch, kind),
            functools.partial(pq.write_table, table, compression="zstd"),
        )
        done.rows[kind] = len(kind_rows)
    counts = short_counts(events)
    ds.write_atomic(counts_file(out, spec.batch), counts.save)
    return BatchResult(done, counts)


def short_counts(events: list[Row]) -> Counts:
    """The pyramid's part of these events: short ones at their midpoint, by lane name, with the
    keys the dataset keeps (as db.archive.convert reads a database's)."""
    start = np.array([r["start_key"] for r in events], np.int64)
    end = np.array([r["end_key"] for r in events], np.int64)
    lanes = np.array([r["lane"] or "" for r in events], object)
    end = np.where((end > start) & (end <= ds.MAX_KEY), end, start)
    kept = (np.abs(start) <= ds.MAX_KEY) & (end - start <= ds.LONG)
    s, e = start[kept], end[kept]
    return Counts.of(s + (e - s) // 2, lanes[kept].astype(str))


def _articles(spec: BatchSpec, rows: _Rows, done: BatchDone) -> None:
    seen: set[str] = set()  # content hashes of this batch's articles
    for path, _digest in spec.files:
        try:
            article = read_article(
                ArticleFile(Path(path)),
                published=spec.published,
                source=spec.source,
                language=spec.language,
            )
            if article.content_hash in seen:
                done.skipped_duplicates += 1
                continue
            made = article_rows(article, spec.lane)
        except TimelineError as exc:
            done.failed.append((shown(path), str(exc)))
            continue
        except (ValueError, LookupError, TypeError) as exc:  # as the SQLite import: one file's
            done.failed.append((shown(path), f"{type(exc).__name__}: {exc}"))
            continue
        seen.add(article.content_hash)
        article_id = rows.add("articles", made.article)
        caption_ids = [rows.add("captions", {"article_id": article_id, **c}) for c in made.captions]
        for position, row in made.events:
            row["article_id"] = article_id
            row["caption_id"] = None if position is None else caption_ids[position]
            rows.add("events", row)
        done.imported += 1


def _table(spec: BatchSpec, rows: _Rows, done: BatchDone) -> None:
    ((path, _digest),) = spec.files
    file = Path(path)
    unreadable = file_problem(file, TABLE_LIMIT, "an events table")
    mapping = None if unreadable else table_mapping(file, spec.mapping, unreadable)
    if unreadable is not None or mapping is None:
        done.failed.append((shown(file), unreadable or "cannot read it"))
        return
    table = TableRows(file, mapping)
    articles: dict[str, int] = {}  # content hash -> local id, as ArticleIds resolves them
    hashes: set[str] = set()  # record hashes: a repeat is skipped, as the unique index does
    try:
        pairs = list(table)
    except RecordFileError as exc:
        done.failed.append((shown(file), str(exc)))
        return
    for event, article in pairs:
        if event["record_hash"] in hashes:
            continue
        hashes.add(event["record_hash"])
        if article is not None:
            key = article["content_hash"]
            if key not in articles:
                articles[key] = rows.add("articles", article)
            event["article_id"] = articles[key]
        rows.add("events", event)
    done.failed += table.failed
    done.imported = len(rows.tables["events"])
    done.skipped_duplicates = table.valid - done.imported + table.repeated
