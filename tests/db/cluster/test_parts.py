"""An events part keeps a row group a start year and the long events in groups of their own,
listed in its footer, so that a compaction task reads only the groups of its partitions."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow.parquet as pq

from db.archive.dataset import LONG
from db.cluster.batch import ARTICLES, BatchSpec, import_batch
from db.cluster.partition import read_events
from db.cluster.parts import LONG_GROUPS, file_hash, part_file
from tests.db.cluster.test_dask_import import PUBLISHED
from tests.db.cluster.test_incremental import _articles


def test_an_events_part_has_a_row_group_a_year_and_its_long_events_apart(tmp_path):
    _articles(tmp_path / "articles", 0, [2001, 2002, 2003, 2001])
    files = sorted((tmp_path / "articles").iterdir())
    out = tmp_path / "dataset"
    spec = BatchSpec(
        1, str(out), ARTICLES, tuple((str(p), file_hash(p)) for p in files),
        published=dt.date.fromisoformat(PUBLISHED),
    )  # fmt: skip
    result = import_batch(spec)
    path = part_file(out, 1, "events")
    part = pq.ParquetFile(path)
    long_groups = json.loads(part.metadata.metadata[LONG_GROUPS.encode()])
    assert long_groups, "the sample's 'since 2011' and its years are long events"
    every = part.read()
    assert every.num_rows == result.done.events
    for g in range(part.metadata.num_row_groups):
        group = part.read_row_group(g).to_pylist()
        spans = [r["end_key"] - r["start_key"] if r["end_key"] else 0 for r in group]
        if g in long_groups:
            assert all(s > LONG for s in spans)
        else:
            assert len({r["year"] for r in group}) == 1 and all(s <= LONG for s in spans)

    short = [r for g in range(part.metadata.num_row_groups) if g not in long_groups
             for r in part.read_row_group(g).to_pylist()]  # fmt: skip
    years = sorted({r["year"] for r in short})
    assert years == [2001, 2002, 2003, 2019]
    some = read_events([str(path)], {years[0]}, long=False).to_pylist()
    assert some and {r["year"] for r in some} == {years[0]}
    long = read_events([str(path)], set(), long=True).to_pylist()
    assert long and all(r["end_key"] - r["start_key"] > LONG for r in long)
    # What the batch sent back for the plan is its parts' narrow columns.
    assert result.narrow is not None
    assert sorted(result.narrow["events"].column("id").to_pylist()) == list(range(every.num_rows))
