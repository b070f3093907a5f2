"""One batch of an import, as a Dask task: read, parse and date its files with the importers'
pure parts (db.ingest.article_import.article_rows, db.ingest.table_import.TableRows), write the
rows as Parquet parts (each file under a temporary name, then renamed), count its short events
for the pyramid, and return what it did.

A batch is a pure function of its files and options: run again (Dask retries it when a worker
dies or it fails), it writes the same parts over the same names.
"""

from __future__ import annotations

import itertools
import json
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from db.archive import dataset as ds
from db.archive.convert import start_years
from db.archive.pyramid import Counts
from db.errors import TimelineError
from db.formats.reading import TABLE_LIMIT, file_problem, shown
from db.ingest.article_import import (
    Article,
    ArticleFile,
    article_rows,
    date_article,
    read_article,
    undated_note,
)
from db.ingest.records import RecordFileError
from db.ingest.report import NONE
from db.ingest.table_import import TableRows, table_mapping

from . import code_hash  # noqa: F401 - the source's hash, read as the importers are imported
from .batch_spec import ARTICLES as ARTICLES  # (re-exported: where a batch is told what it is)
from .batch_spec import TABLE, BatchSpec
from .parts import KINDS, LONG_GROUPS, PART_SCHEMAS, BatchDone, counts_file, part_file, part_table
from .urls import is_url, staged

Row = dict[str, Any]


@dataclass
class BatchResult:
    done: BatchDone
    counts: Counts  # its short events by lane and finest bucket (db.archive.pyramid)
    # The parts' narrow columns compaction plans with (NARROW), sent back so that the client
    # need not read them again; None for a batch too big to send (a table of many records).
    narrow: dict[str, pa.Table] | None = None


NARROW = {
    "events": ["batch", "id", "kind", "article_id", "caption_id", "record_hash", "start_key",
               "end_key", "lane", "year"],
    "articles": ["batch", "id", "content_hash", "source"],
    "captions": ["batch", "id", "article_id"],
}  # fmt: skip
NARROW_ROWS = 200_000  # at most, a batch's narrow columns sent back (else read from the parts)


CHUNK = 20_000  # rows a Parquet row group: a table of millions of records is never all in memory


class _Parts:
    """The batch's parts being written, each to its temporary file, CHUNK rows at a time; rows
    get ids local to the batch (from 0, in the order an SQLite import gives them)."""

    def __init__(self, spec: BatchSpec, stack: ExitStack) -> None:
        self.batch = spec.batch
        self.buffers: dict[str, list[Row]] = {kind: [] for kind in KINDS}
        self.rows = dict.fromkeys(KINDS, 0)
        self.counts = Counts({}, None, None)
        self.narrow: dict[str, list[pa.Table]] = {kind: [] for kind in KINDS}
        self.groups = 0  # events row groups written
        self.long_groups: list[int] = []  # those of long events
        self.writers = {}
        for kind in KINDS:
            temp = stack.enter_context(ds.atomic_path(part_file(Path(spec.out), spec.batch, kind)))
            writer = pq.ParquetWriter(temp, PART_SCHEMAS[kind], compression="zstd")
            stack.callback(writer.close)  # before the rename: atomic_path was entered first
            self.writers[kind] = writer

    def add(self, kind: str, row: Row) -> int:
        row["id"], row["batch"] = self.rows[kind], self.batch
        self.rows[kind] += 1
        self.buffers[kind].append(row)
        if len(self.buffers[kind]) >= CHUNK:
            self.flush(kind)
        return row["id"]

    def flush(self, kind: str) -> None:
        rows = self.buffers[kind]
        if kind == "events":
            keys = np.array([r["start_key"] for r in rows], np.int64)
            for row, year in zip(rows, start_years(keys).tolist(), strict=True):
                row["year"] = year
            self.counts = self.counts.add(short_counts(rows))
        if rows and kind == "events":
            # A row group a start year, the long events in groups of their own (listed in the
            # part's metadata): compaction's task for some years or long classes reads only
            # their groups of each part.
            long = [r for r in rows if _is_long(r)]
            short = sorted((r for r in rows if not _is_long(r)), key=lambda r: r["year"])
            for _year, group in itertools.groupby(short, key=lambda r: r["year"]):
                self._write(kind, part_table(kind, list(group)))
            if long:
                self.long_groups.append(self.groups)
                self._write(kind, part_table(kind, long))
        elif rows:
            self._write(kind, part_table(kind, rows))
        rows.clear()

    def _write(self, kind: str, table: pa.Table) -> None:
        self.writers[kind].write_table(table, row_group_size=len(table))  # one group
        self.groups += kind == "events"
        if sum(self.rows.values()) <= NARROW_ROWS:
            self.narrow[kind].append(table.select(NARROW[kind]))

    def finish(self) -> None:
        """The last rows written, and the long events' row groups listed."""
        for kind in KINDS:
            self.flush(kind)
        groups = json.dumps(self.long_groups)
        self.writers["events"].add_key_value_metadata({LONG_GROUPS: groups})

    def narrow_tables(self) -> dict[str, pa.Table] | None:
        if sum(self.rows.values()) > NARROW_ROWS:
            return None
        return {
            kind: pa.concat_tables(found) if found else part_table(kind, []).select(NARROW[kind])
            for kind, found in self.narrow.items()
        }


class _Unreadable(Exception):
    """A table that cannot be read to its end: nothing of it is kept."""


def import_batch(spec: BatchSpec) -> BatchResult:
    """Import one batch into its parts (see the module's docstring)."""
    done = BatchDone(spec.batch, [tuple(f) for f in spec.files])  # type: ignore[misc]
    try:
        parts = _write(spec, done, fill=True)
    except _Unreadable:  # its temporary parts are gone: write empty ones
        parts = _write(spec, done, fill=False)
    done.rows = parts.rows
    ds.write_atomic(counts_file(Path(spec.out), spec.batch), parts.counts.save)
    return BatchResult(done, parts.counts, parts.narrow_tables())


def _write(spec: BatchSpec, done: BatchDone, *, fill: bool) -> _Parts:
    with ExitStack() as stack:
        parts = _Parts(spec, stack)
        if fill and spec.kind == TABLE:
            _table(spec, parts, done)
        elif fill:
            _articles(spec, parts, done)
        parts.finish()
    return parts


def _is_long(row: Row) -> bool:
    """Long as the dataset counts it (db.cluster.compact's `keep`)."""
    start, end = row["start_key"], row["end_key"]
    if end is None or not start < end <= ds.MAX_KEY:
        return False
    return end - start > ds.LONG


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


def _articles(spec: BatchSpec, rows: _Parts, done: BatchDone) -> None:
    seen: set[str] = set()  # content hashes of this batch's articles
    for path, _digest in spec.files:
        try:
            article, how = _read_article(path, spec)
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
        done.dates_from[how] = done.dates_from.get(how, 0) + 1
        note = undated_note(article) if how == NONE else None
        if note:
            done.notes.append((shown(path), note))


def _read_article(path: str, spec: BatchSpec) -> tuple[Article, str]:
    """The article at `path`, or at a URL (staged into a local file: db.cluster.urls), and
    where its publication date came from (as ImportReport.dates_from)."""

    def read(item: ArticleFile) -> tuple[Article, str]:
        article = read_article(
            item, published=spec.published, source=spec.source, language=spec.language
        )
        # Dated as the SQLite import dates it: its dateline, else its folder or file name
        # (a staged URL's local path keeps the URL's path for this).
        return article, date_article(article, item.path, spec.published)

    if not is_url(path):
        return read(ArticleFile(Path(path)))
    try:
        with staged(path) as local:
            try:
                return read(ArticleFile(local, origin=path))
            except TimelineError as exc:  # told by its URL, not by the local copy's path
                raise TimelineError(str(exc).replace(str(local), path)) from exc
    except OSError as exc:
        raise TimelineError(f"cannot read {path}: {exc}") from exc


def _table(spec: BatchSpec, rows: _Parts, done: BatchDone) -> None:
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
        for event, article in table:
            if event["record_hash"] in hashes:
                continue
            hashes.add(event["record_hash"])
            if article is not None:
                key = article["content_hash"]
                if key not in articles:
                    articles[key] = rows.add("articles", article)
                event["article_id"] = articles[key]
            rows.add("events", event)
    except RecordFileError as exc:
        # The file as a whole cannot be read: none of it is imported (as a transaction).
        done.failed.append((shown(file), str(exc)))
        raise _Unreadable from exc
    done.failed += table.failed
    done.imported = len(hashes)
    done.skipped_duplicates = table.valid - done.imported + table.repeated
