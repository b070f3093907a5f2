"""Which inputs an import sends to the workers, in which batches: the inputs' SHA-256 (hashed
by the client for a LocalCluster, which shares its disk, while the cluster starts; by the
workers of a running scheduler), the files already in the dataset and second copies dropped,
the rest cut into batches.

The batches are as large as `--batch-size` while many files remain; the last files, a worker's
batch and more, are cut into at least two batches a worker of even sizes (the larger first), so
that the workers finish at about the same time rather than one running a whole batch while the
others idle. The cut depends only on how many new files there are (not on how their hashes came
in), so a batch's files are the same however the import is run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.formats.reading import replace_surrogates, shown

from .batch_spec import ARTICLES, TABLE, BatchSpec
from .parts import PartsManifest, file_hashes
from .urls import is_url

if TYPE_CHECKING:
    from db.ingest.mapping import EventMapping

Input = str | Path  # a path, or (a str) a URL: db.cluster.urls
HASH_CHUNK = 500  # files hashed at a time (a task on a running scheduler's workers)


def where(path: str | Path) -> str:
    """What the workers are sent to read: an absolute path, or a URL as it is."""
    return path if is_url(path) else os.path.abspath(path)  # type: ignore[return-value]


def _full_batches(pending: int, size: int, workers: int) -> int:
    """Full batches to cut from `pending` files, keeping a batch a worker and more back."""
    return max(0, (pending - size * (workers + 1)) // size + 1)


def tail_sizes(n: int, size: int, workers: int) -> list[int]:
    """The last `n` files' batches: at least two a worker, sizes differing by one at most,
    the larger first."""
    if n <= 0:
        return []
    count = min(n, workers * max(2, -(-n // (workers * size))))
    base, extra = divmod(n, count)
    return [base + 1] * extra + [base] * (count - extra)


def batch_sizes(n: int, size: int, workers: int) -> list[int]:
    """The sizes of the batches `n` new article files are cut into, in order."""
    full = _full_batches(n, size, workers)
    return [size] * full + tail_sizes(n - full * size, size, workers)


class Planner:
    """The batches of the inputs not yet in the dataset, as their hashes come in (in the
    inputs' order: the first of two copies is the one imported)."""

    def __init__(
        self,
        out: Path,
        parts: PartsManifest,
        *,
        batch_size: int,
        workers: int,
        published: Any = None,
        source: str | None = None,
        lane: str | None = None,
        language: str | None = None,
        mapping: EventMapping | None = None,
    ) -> None:
        self.out, self.size, self.workers = out, max(1, batch_size), max(1, workers)
        self.published, self.mapping = published, mapping
        self.known = parts.known_hashes()
        self.seen: set[str] = set()
        self.number = parts.next_batch()
        self.pending: list[tuple[str, str | None]] = []
        self.source, self.lane, self.language = (
            replace_surrogates(v) if v else v for v in (source, lane, language)
        )
        self.already = 0  # inputs already in the dataset
        self.duplicates = 0  # inputs met twice
        self.given: dict[str, str] = {}  # the paths as given, by the absolute paths sent

    def new(
        self, paths: Sequence[Input], hashes: Sequence[str | None]
    ) -> list[tuple[str, str | None]]:
        found = []
        for path, digest in zip(paths, hashes, strict=True):
            if digest in self.known:
                self.already += 1
                continue
            if digest is not None:
                if digest in self.seen:
                    self.duplicates += 1
                    continue
                self.seen.add(digest)
            absolute = where(path)
            self.given[shown(absolute)] = shown(path)
            found.append((absolute, digest))
        return found

    def articles(
        self, paths: Sequence[Input], hashes: Sequence[str | None], last: bool
    ) -> list[BatchSpec]:
        """The batches of the new articles that can be cut so far (all of them, when `last`)."""
        self.pending += self.new(paths, hashes)
        sizes = [self.size] * _full_batches(len(self.pending), self.size, self.workers)
        if last:
            sizes += tail_sizes(len(self.pending) - sum(sizes), self.size, self.workers)
        specs = []
        for size in sizes:
            files, self.pending = self.pending[:size], self.pending[size:]
            specs.append(
                BatchSpec(self.number, str(self.out), ARTICLES, tuple(files),
                          published=self.published, source=self.source, lane=self.lane,
                          language=self.language)
            )  # fmt: skip
            self.number += 1
        return specs

    def tables(self, paths: Sequence[Input], hashes: Sequence[str | None]) -> list[BatchSpec]:
        specs = []
        for item in self.new(paths, hashes):
            spec = BatchSpec(self.number, str(self.out), TABLE, (item,), mapping=self.mapping)
            specs.append(spec)
            self.number += 1
        return specs


def hashed(
    articles: Sequence[Input],
    tables: Sequence[Input],
    hash_on: Any = None,
    key: str = "timeline-hash",
    retries: int = 0,
) -> Iterator[tuple[str, Sequence[Input], list[str | None], bool]]:
    """(kind, paths, their SHA-256, last of the articles) for each chunk of the inputs, in
    order: hashed here, or by tasks on the client `hash_on`'s workers (all sent at once)."""
    chunks = [(ARTICLES, articles[i : i + HASH_CHUNK]) for i in range(0, len(articles), HASH_CHUNK)]
    chunks += [(TABLE, tables[i : i + HASH_CHUNK]) for i in range(0, len(tables), HASH_CHUNK)]
    last = max((n for n, (kind, _p) in enumerate(chunks) if kind == ARTICLES), default=-1)
    absolute = [[where(p) for p in paths] for _kind, paths in chunks]
    tasks = (
        [hash_on.submit(file_hashes, paths, key=f"{key}-{n}", retries=retries)
         for n, paths in enumerate(absolute)]
        if hash_on is not None else []
    )  # fmt: skip
    for n, (kind, paths) in enumerate(chunks):
        hashes = tasks[n].result() if tasks else file_hashes(absolute[n])
        yield kind, paths, hashes, n == last
