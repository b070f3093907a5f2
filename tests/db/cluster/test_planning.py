"""How an import's new files are cut into batches (db/cluster/planning.py): full batches while
many remain, then at least two batches a worker of even sizes, the larger first; the same cut
whether the hashes come in at once or chunk by chunk."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.cluster.parts import PartsManifest
from db.cluster.planning import Planner, batch_sizes, tail_sizes


@pytest.mark.parametrize(
    ("n", "size", "workers"),
    [(2000, 50, 2), (2000, 50, 1), (2010, 50, 2), (151, 5, 2), (12, 5, 2), (3, 50, 4), (1, 50, 2),
     (10_000, 50, 3)],
)  # fmt: skip
def test_the_last_files_are_cut_evenly_two_batches_a_worker(n, size, workers):
    sizes = batch_sizes(n, size, workers)
    assert sum(sizes) == n and max(sizes) <= size and min(sizes) >= 1
    full = len([s for s in sizes if s == size])
    assert sizes[:full] == [size] * full  # the full batches first
    tail = sizes[full:]
    assert len(tail) >= min(n, 2 * workers)
    assert max(tail) - min(tail) <= 1 and tail == sorted(tail, reverse=True)


def test_two_thousand_articles_on_two_workers():
    assert batch_sizes(2000, 50, 2) == [50] * 38 + [25] * 4
    assert tail_sizes(110, 50, 2) == [28, 28, 27, 27]


def test_the_cut_is_the_same_however_the_hashes_come_in(tmp_path):
    paths = [Path(f"/data/article-{i:04d}.txt") for i in range(523)]
    hashes = [f"{i:064x}" for i in range(523)]

    def cut(chunk: int) -> list[tuple[int, list[str]]]:
        planner = Planner(tmp_path, PartsManifest(tmp_path), batch_size=20, workers=3)
        specs = []
        for start in range(0, len(paths), chunk):
            end = start + chunk
            specs += planner.articles(paths[start:end], hashes[start:end], end >= len(paths))
        return [(s.batch, [f for f, _h in s.files]) for s in specs]

    at_once = cut(len(paths))
    assert cut(7) == cut(100) == at_once
    assert [len(files) for _b, files in at_once] == batch_sizes(523, 20, 3)
    assert [f for _b, files in at_once for f in files] == [str(p) for p in paths]
