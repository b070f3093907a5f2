"""Make a synthetic dataset folder directly (no SQLite file on the way), for archive benchmarks.

    python bench/make_dataset.py --events 100000000 --seed 1 OUT_DIR [--years 36]
        [--events-per-article 100] [--index-every 100]

Writes the layout `db.archive.convert` writes (db.archive.dataset: year partitions sorted by start,
long events by duration class, articles and captions, the count pyramid, the FTS5 search sidecar,
the DuckDB catalog, the manifest last) with db.archive's own writers, a month at a time, so memory
stays bounded whatever --events (the long events, a few per cent, and the pyramid's sparse
counts are kept until the end). Deterministic: a month's rows come from a generator seeded by
(seed, month), and how many events each month gets is drawn once from the seed.

What the events look like, like make_db.py's: 16 lanes (Zipf-like shares), news-like bursts (a
third of a month's events fall on a few hot days, and some months are much busier than others),
mostly day-precision points, minute points, ranges of one or two days (short) and of days to
months (long), dates known to the month or the year (imprecise, drawn as periods); titles and
texts from a small vocabulary, one article (headline, body, one caption) per
--events-per-article events.

The search sidecar holds every event's id, article, kind, dates and lane (a click looks an event
up there), but indexes the title and text of only one event in --index-every (and every
article and caption): at 100M events, an FTS5 index of every title would take hours to build and
a common word would match millions of rows, while one in a hundred keeps the index at the size
the 1M-event database has. An event outside the index still has its title in the Parquet files
(the labels read titles with the windows); it is just not found by a search.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.archive import by_source, id_index, search_records  # noqa: E402
from db.archive import dataset as ds  # noqa: E402
from db.archive.convert import (  # noqa: E402
    ARTICLE_COLUMNS,
    CAPTION_COLUMNS,
    EVENT_SCHEMA,
    EVENT_SCHEMA_V1,
    IMPRECISE,
    RANGE,
    YearFiles,
    write_catalog,
    write_long,
)
from db.archive.pyramid import FINEST, Counts, write_counts  # noqa: E402
from db.archive.search import SIDECAR_SCHEMA, finish_sidecar  # noqa: E402
from db.timekeys import DAY  # noqa: E402

LANES = [f"Lane {i:02d}" for i in range(16)]
WORDS = (
    "government forces opposition talks ceasefire city province border refugees aid convoy "
    "airstrike minister president council vote protest army rebels offensive capital "
    "delegation agreement sanctions election parliament court ruling report casualties shelling "
    "negotiations summit envoy troops withdrawal humanitarian corridor villages strike militia "
    "coalition oil pipeline port bridge hospital school market attack bombing"
).split()
SOURCES = ["Reuters", "AFP", "AP", "Al Jazeera", "BBC", "Anadolu"]
POOL = 4096  # distinct titles (and texts, bodies): Parquet's dictionaries keep them small
# Kinds of event, by share: (day point, minute point, short range, long range, month, year)
KIND_SHARES = np.array([0.80, 0.10, 0.075, 0.008, 0.014, 0.003])
DAY_POINT, MINUTE, SHORT_RANGE, LONG_RANGE, MONTH, YEAR = range(6)


def _phrases(rng: np.random.Generator, n: int, lo: int, hi: int) -> list[str]:
    lengths = rng.integers(lo, hi + 1, n)
    return [
        " ".join(WORDS[w] for w in rng.integers(0, len(WORDS), k)).capitalize()
        for k in lengths.tolist()
    ]


class Vocabulary:
    """The pools rows take their strings from (indices, not per-row strings: fast at 100M)."""

    def __init__(self, seed: int, first_day: int, days: int) -> None:
        rng = np.random.default_rng([seed, 0])
        self.titles = pa.array(_phrases(rng, POOL, 3, 9))
        self.texts = pa.array([t + ", as reported." for t in _phrases(rng, POOL, 8, 20)])
        self.bodies = pa.array(["\n\n".join(_phrases(rng, 4, 12, 30)) + "." for _ in range(POOL)])
        dates = np.arange(first_day, first_day + days + 1000).astype("datetime64[D]")
        self.days = pa.array(dates.astype(str).tolist())  # day number - first_day -> ISO
        self.first_day = first_day
        self.minutes = pa.array([f"{m // 60:02d}:{m % 60:02d}" for m in range(1440)])
        self.precisions = pa.array(["day", "minute", "day", "day", "month", "year"])


def month_counts(events: int, months: int, seed: int) -> np.ndarray:
    """Events a month: a slow rise, busy periods (news cycles) and a few very busy months."""
    rng = np.random.default_rng([seed, 1])
    weight = np.linspace(0.3, 1.0, months) * rng.lognormal(0.0, 0.6, months)
    weight[rng.integers(0, months, max(1, months // 40))] *= 8
    return rng.multinomial(events, weight / weight.sum())


def _day_key(day: np.ndarray) -> np.ndarray:
    return day.astype(np.int64) * DAY


def make_month(
    vocab: Vocabulary, seed: int, month: int, n: int, first_id: int, first_article: int,
    per_article: int,
) -> tuple[pa.Table, int]:  # fmt: skip
    """Month `month`'s n events (EVENT_SCHEMA_V1: with_sources adds the rest), sorted by
    start, ids from first_id; and how many articles they cite (ids from first_article)."""
    rng = np.random.default_rng([seed, 2, month])
    m0 = np.datetime64("1970-01", "M") + month  # a month number from 1970
    d0 = int(m0.astype("datetime64[D]").astype(np.int64))
    length = int((m0 + 1).astype("datetime64[D]").astype(np.int64)) - d0
    kind = rng.choice(len(KIND_SHARES), n, p=KIND_SHARES / KIND_SHARES.sum())
    hot = rng.integers(0, length, 3)
    day = rng.integers(0, length, n)
    bursty = rng.random(n) < 0.35
    day[bursty] = hot[rng.integers(0, 3, int(bursty.sum()))]
    day[kind == SHORT_RANGE] = np.minimum(day[kind == SHORT_RANGE], length - 2)  # ends in month
    day = d0 + day
    minute = rng.integers(0, 1440, n)
    start = _day_key(day)
    end = start + DAY
    is_min = kind == MINUTE
    start[is_min] += minute[is_min] * 60
    end[is_min] = start[is_min] + 60
    long_len = np.minimum((rng.pareto(1.2, n) * 4 + 3).astype(np.int64), 900)  # days
    # a short range ends the next day (two days: at most LONG), a long one days to years later
    end_day = np.where(kind == SHORT_RANGE, day + 1, day + long_len)
    has_end = (kind == SHORT_RANGE) | (kind == LONG_RANGE)
    end[has_end] = _day_key(end_day[has_end] + 1)  # the end day's end
    # Imprecise: known to the month, or to the year
    month_start = d0
    year = m0.astype("datetime64[Y]")
    year_start = int(year.astype("datetime64[D]").astype(np.int64))
    year_end = int((year + 1).astype("datetime64[D]").astype(np.int64))
    start[kind == MONTH], end[kind == MONTH] = month_start * DAY, (d0 + length) * DAY
    start[kind == YEAR], end[kind == YEAR] = year_start * DAY, year_end * DAY
    order = np.argsort(start, kind="stable")
    kind, day, minute, start, end = (a[order] for a in (kind, day, minute, start, end))
    end_day, has_end = end_day[order], has_end[order]

    day_index = pa.array(day - vocab.first_day)
    day_text = vocab.days.take(day_index)
    start_text = pc.if_else(
        pa.array(kind == MINUTE),
        pc.binary_join_element_wise(day_text, vocab.minutes.take(pa.array(minute)), "T"),
        day_text,
    )
    month_text = pa.scalar(str(m0))
    start_text = pc.if_else(pa.array(kind == MONTH), month_text, start_text)
    start_text = pc.if_else(pa.array(kind == YEAR), pa.scalar(str(year)), start_text)
    end_text = pc.if_else(
        pa.array(has_end),
        vocab.days.take(pa.array(np.where(has_end, end_day - vocab.first_day, 0))),
        pa.scalar(None, pa.string()),
    )
    lane_no = (rng.zipf(1.6, n) - 1) % len(LANES)
    lane_text = pa.array(LANES).take(pa.array(lane_no))
    articles = max(1, -(-n // per_article))
    article = first_article + np.sort(rng.integers(0, articles, n))
    flags = np.where(has_end, RANGE, 0) | np.where(kind >= MONTH, IMPRECISE, 0)
    ids = np.arange(first_id, first_id + n, dtype=np.int64)
    nulls = pa.nulls(n, pa.int64())
    table = pa.Table.from_arrays(
        [
            pa.array(ids),
            vocab.titles.take(pa.array(rng.integers(0, POOL, n))),
            vocab.texts.take(pa.array(rng.integers(0, POOL, n))),
            start_text,
            end_text,
            vocab.precisions.take(pa.array(kind)),
            lane_text,
            pa.repeat(pa.scalar("record"), n),
            pa.array(start),
            pa.array(end),
            pa.array(article),
            nulls,
            nulls,
            nulls,
            pa.nulls(n, pa.string()),
            pa.repeat(pa.scalar("happened"), n),
            pa.nulls(n, pa.string()),
            pa.array(lane_no.astype(np.int32)),
            pa.array(flags.astype(np.uint8)),
        ],
        schema=EVENT_SCHEMA_V1,
    )
    return table, articles


SOURCE_LANES = sorted(SOURCES)  # the lanes by source (fewer than db.store.model.MAX_LANES)


def with_sources(table: pa.Table, articles: pa.Table, first_article: int) -> pa.Table:
    """`table` (EVENT_SCHEMA_V1) with format version 2's columns: its article's source and
    publication day (make_articles: ids from `first_article`)."""
    at = table.column("article_id").to_numpy() - first_article
    source_at = pa.array(at)
    published = np.array(articles.column("published").to_pylist(), "datetime64[D]")
    reported = published.astype(np.int64)[at] * DAY
    sources = articles.column("source").take(source_at)
    number = {name: i for i, name in enumerate(SOURCE_LANES)}
    source_no = np.array([number[name] for name in SOURCES], np.int32)
    source_no = source_no[articles.column("id").to_numpy()[at] % len(SOURCES)]
    arrays = [*table.columns, sources, pa.array(source_no), pa.array(reported)]
    return pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)


class Sidecar:
    """The FTS5 sidecar (db.archive.search's schema), filled a month at a time."""

    def __init__(self, path: Path, index_every: int) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        self.conn.executescript(SIDECAR_SCHEMA)
        self.conn.execute("BEGIN")
        self.every = index_every

    def add_events(self, table: pa.Table) -> None:
        cols = [
            table.column(c).to_pylist()
            for c in ("id", "article_id", "kind", "start_key", "start", "precision", "end", "lane")
        ]
        self.conn.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", zip(*cols, strict=False)
        )
        ids = table.column("id").to_numpy()
        chosen = pa.array(np.flatnonzero(ids % self.every == 0))
        indexed = table.select(["id", "title", "text"]).take(chosen)
        self.conn.executemany(
            "INSERT INTO events_fts (rowid, title, text) VALUES (?, ?, ?)",
            zip(*(indexed.column(i).to_pylist() for i in range(3)), strict=False),
        )

    def add_articles(self, articles: pa.Table, captions: pa.Table) -> None:
        self.conn.executemany(
            "INSERT INTO articles_fts (rowid, headline, body) VALUES (?, ?, ?)",
            zip(
                *(articles.column(c).to_pylist() for c in ("id", "headline", "body")), strict=False
            ),
        )
        cols = [captions.column(c).to_pylist() for c in ("id", "article_id", "text", "credit")]
        self.conn.executemany(
            "INSERT INTO captions_fts (rowid, text, credit) VALUES (?, ?, ?)",
            zip(cols[0], cols[2], cols[3], strict=False),
        )
        self.conn.executemany(
            "INSERT INTO captions VALUES (?, ?)", zip(cols[0], cols[1], strict=False)
        )

    def close(self) -> None:
        self.conn.execute("CREATE INDEX events_article ON events (article_id)")
        self.conn.execute("COMMIT")
        finish_sidecar(self.conn)
        self.conn.close()


def make_articles(
    vocab: Vocabulary, seed: int, month: int, first: int, n: int
) -> tuple[pa.Table, pa.Table]:
    """n articles published in `month` (ids from `first`), one caption each."""
    rng = np.random.default_rng([seed, 3, month])
    m0 = np.datetime64("1970-01", "M") + month
    d0 = int(m0.astype("datetime64[D]").astype(np.int64))
    days = np.sort(rng.integers(0, 28, n)) + d0 - vocab.first_day
    ids = np.arange(first, first + n, dtype=np.int64)
    ids_text = pc.cast(pa.array(ids), pa.string())
    articles = pa.table(
        {
            "id": pa.array(ids),
            "headline": vocab.titles.take(pa.array(rng.integers(0, POOL, n))),
            "published": vocab.days.take(pa.array(days)),
            "source": pa.array(SOURCES).take(pa.array(ids % len(SOURCES))),
            "url": pc.binary_join_element_wise("https://example.org/news/", ids_text, ""),
            "categories": pa.repeat(pa.scalar('["News"]'), n),
            "body": vocab.bodies.take(pa.array(rng.integers(0, POOL, n))),
        },
        schema=pa.schema(list(ARTICLE_COLUMNS.items())),
    )
    captions = pa.table(
        {
            "id": pa.array(ids),
            "article_id": pa.array(ids),
            "position": pa.array(np.zeros(n, np.int64)),
            "text": pa.repeat(pa.scalar("A photo of the scene."), n),
            "credit": pa.array(SOURCES).take(pa.array(ids % 3)),
            "image": pa.nulls(n, pa.string()),
        },
        schema=pa.schema(list(CAPTION_COLUMNS.items())),
    )
    return articles, captions


class GroupedWriter:
    """A Parquet file written in row groups of `group` rows, whatever the batches' sizes (as
    convert writes articles and captions whole: a look-up by id reads one group)."""

    def __init__(self, path: Path, schema: pa.Schema, group: int = 4096) -> None:
        self.path, self.group = path, group
        self._temp = path.with_name(f".{path.name}.tmp")
        self._writer = pq.ParquetWriter(self._temp, schema, compression="zstd")
        self._held: list[pa.Table] = []
        self._rows = 0

    def write(self, table: pa.Table) -> None:
        self._held.append(table)
        self._rows += len(table)
        if self._rows >= self.group:
            held = pa.concat_tables(self._held)
            whole = len(held) // self.group * self.group
            self._writer.write_table(held.slice(0, whole), row_group_size=self.group)
            self._held, self._rows = [held.slice(whole)], len(held) - whole

    def close(self) -> None:
        if self._rows:
            self._writer.write_table(pa.concat_tables(self._held), row_group_size=self.group)
        self._writer.close()
        self._temp.replace(self.path)


def _months(first_year: int, years: int) -> Iterator[int]:
    first = (first_year - 1970) * 12
    yield from range(first, first + years * 12)


def make(
    out: Path, events: int, seed: int = 1, years: int = 36, per_article: int = 100,
    index_every: int = 100, progress: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """Write the dataset into `out` (replaced); returns its manifest."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    first_year = 2026 - years
    months = list(_months(first_year, years))
    first_day = int(np.datetime64(f"{first_year}-01-01", "D").astype(np.int64))
    vocab = Vocabulary(seed, first_day, years * 366)
    counts = month_counts(events, len(months), seed)
    year_files = YearFiles(out)
    sidecar_temp = out / f".{ds.SEARCH}.tmp"
    sidecar = Sidecar(sidecar_temp, index_every)
    art_writer = GroupedWriter(out / ds.ARTICLES, pa.schema(list(ARTICLE_COLUMNS.items())))
    cap_writer = GroupedWriter(out / ds.CAPTIONS, pa.schema(list(CAPTION_COLUMNS.items())))
    longs: list[pa.Table] = []
    pyramid: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {i: [] for i in range(len(LANES))}
    source_pyramid: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {}  # no negated events
    source_stats = []
    lane_stats = np.zeros((len(LANES), 3), np.int64)  # count, min start, max end
    lane_stats[:, 1], lane_stats[:, 2] = np.iinfo(np.int64).max, np.iinfo(np.int64).min
    mid_lo = mid_hi = None
    next_id, next_article, short_total = 1, 1, 0
    t0 = time.perf_counter()
    for i, (month, n) in enumerate(zip(months, counts.tolist(), strict=True)):
        if n == 0:
            continue
        table, n_art = make_month(vocab, seed, month, n, next_id, next_article, per_article)
        articles, captions = make_articles(vocab, seed, month, next_article, n_art)
        table = with_sources(table, articles, next_article)
        next_id += n
        next_article += n_art
        start = table.column("start_key").to_numpy()
        end = table.column("end_key").to_numpy()
        lane = table.column("lane_no").to_numpy()
        np.add.at(lane_stats[:, 0], lane, 1)
        np.minimum.at(lane_stats[:, 1], lane, start)
        np.maximum.at(lane_stats[:, 2], lane, end)
        src = table.column("source_no").to_numpy()
        source_stats.append(by_source.lane_stats(src, start, end, len(SOURCE_LANES)))
        long = (end - start) > ds.LONG
        longs.append(table.filter(pa.array(long)))
        short = table.filter(pa.array(~long))
        s, e, la = start[~long], end[~long], lane[~long]
        mids = s + (e - s) // 2  # short events end within their month: months never overlap
        if len(mids):
            mid_lo = int(mids.min()) if mid_lo is None else mid_lo
            mid_hi = int(mids.max())
            short_total += len(mids)
            for ln in np.unique(la).tolist():
                buckets, k = np.unique(mids[la == ln] >> FINEST, return_counts=True)
                pyramid[ln].append((buckets.astype(np.int64), k.astype(np.int64)))
            _count_sources(source_pyramid, mids, src[~long])
            year_files.write(short, np.full(len(s), month // 12 + 1970))
        art_writer.write(articles)
        cap_writer.write(captions)
        sidecar.add_events(table)
        sidecar.add_articles(articles, captions)
        if progress and (i % 12 == 11 or i == len(months) - 1):
            rate = (next_id - 1) / (time.perf_counter() - t0)
            print(f"{month // 12 + 1970}: {next_id - 1} events, {rate:,.0f}/s", file=sys.stderr)
    year_files.close()
    art_writer.close()
    cap_writer.close()
    long_parts = write_long(out, longs)
    del longs
    sidecar.close()
    sidecar_temp.replace(out / ds.SEARCH)
    lanes_counts = {
        ln: (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
        for ln, parts in pyramid.items()
        if parts
    }
    write_counts(out, Counts(lanes_counts, mid_lo, mid_hi), list(range(len(LANES))))
    by_source.write_counts(out, _joined_counts(source_pyramid), len(SOURCE_LANES), (mid_lo, mid_hi))
    none = np.empty(0, np.int64)
    by_source.write_negated(out, none, none, none)  # the generator makes no negated events
    ds.write_atomic(
        out / ds.CATALOG, lambda temp: write_catalog(temp, year_files.partitions, long_parts)
    )
    kept = int(lane_stats[:, 0].sum())
    manifest = ds.new_manifest(
        counts={
            "events": kept,
            "short": short_total,
            "long": kept - short_total,
            "skipped": 0,
            "articles": next_article - 1,
            "captions": next_article - 1,
        },
        lanes=LANES,
        lane_stats=[(n, a, b) for n, a, b in lane_stats.tolist()],
        partitions=year_files.partitions,
        long_parts=long_parts,
        by_source=by_source.manifest_part(
            SOURCE_LANES,
            _summed(source_stats),
            0,
            ([(n, a, b) for n, a, b in lane_stats.tolist()], _summed(source_stats)),
        ),  # fmt: skip
        source={
            "name": "bench/make_dataset.py",
            "generator": {
                "events": events,
                "seed": seed,
                "years": years,
                "events_per_article": per_article,
                "index_every": index_every,
            },
        },
    )
    manifest["id_index"] = id_index.write(out, manifest)
    records = search_records.write(out, manifest)  # the indexed events' (a sample: apart)
    if records is not None:
        manifest[search_records.ENTRY] = records
    ds.write_manifest(out, manifest)  # last: the dataset is complete
    return manifest


def _count_sources(
    parts: dict[int, list[tuple[np.ndarray, np.ndarray]]], mids: np.ndarray, sources: np.ndarray
) -> None:
    """Add a month's short events to the counts by source (months never overlap)."""
    for number in np.unique(sources).tolist():
        buckets, k = np.unique(mids[sources == number] >> FINEST, return_counts=True)
        parts.setdefault(number, []).append((buckets.astype(np.int64), k.astype(np.int64)))


def _joined_counts(parts: dict[int, list[tuple[np.ndarray, np.ndarray]]]) -> Counts:
    lanes = {
        n: (np.concatenate([p[0] for p in got]), np.concatenate([p[1] for p in got]))
        for n, got in parts.items()
    }
    return Counts(lanes, None, None)


def _summed(months: list[list[tuple[int, int, int]]]) -> list[tuple[int, int, int]]:
    """Each source's (events, least start, greatest end) over the months."""
    out = []
    for per_month in zip(*months, strict=True):
        n = sum(m[0] for m in per_month)
        starts = [m[1] for m in per_month if m[0]]
        ends = [m[2] for m in per_month if m[0]]
        out.append((n, min(starts, default=0), max(ends, default=0)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--years", type=int, default=36)
    parser.add_argument("--events-per-article", type=int, default=100)
    parser.add_argument("--index-every", type=int, default=100, help="events a title indexed")
    args = parser.parse_args()
    t = time.perf_counter()
    manifest = make(
        args.out, args.events, args.seed, args.years, args.events_per_article,
        args.index_every, progress=True,
    )  # fmt: skip
    seconds = time.perf_counter() - t
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(json.dumps({
        "events": manifest["counts"]["events"], "long": manifest["counts"]["long"],
        "articles": manifest["counts"]["articles"], "seconds": round(seconds, 1),
        "events_per_s": round(manifest["counts"]["events"] / seconds),
        "dataset_mb": round(size / 1e6, 1),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
