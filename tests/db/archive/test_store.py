"""A dataset answers as its source database does: every EventFrame method of the PyramidFrame
against the MemoryFrame of the SQLite file, and the store's text, search and look-ups.

Where the pyramid's buckets make exact answers impossible, the contract is tested instead:
histogram and count edges snapped down to the bucket boundaries of the level used."""

from __future__ import annotations

import datetime
from pathlib import Path

import numpy as np
import pytest

from db.archive.convert import convert
from db.archive.frame import count_width
from db.archive.pyramid import FINEST, snap
from db.archive.store import DatasetError, DatasetStore
from db.ingest.importers import import_articles
from db.opening import open_store
from db.store.frame import FrameQuery
from db.store.model import ExportFilter
from db.store.timeline import TimelineStore
from db.timekeys import DAY
from tests.conftest import SAMPLE_ARTICLE, bench_module


def _make_db():
    return bench_module("make_db").make


@pytest.fixture
def sample_db(tmp_path) -> Path:
    path = tmp_path / "sample.db"
    report = import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    assert report.events >= 5
    return path


@pytest.fixture
def synthetic_db(tmp_path) -> Path:
    """Points, minutes, ranges, months and years over ten years, in bursts, six lanes."""
    path = tmp_path / "synthetic.db"
    _make_db()(path, 3000, 6, seed=3, years=10)
    return path


def _pair(db: Path, tmp_path: Path):
    convert(db, tmp_path / "ds")
    store = open_store(tmp_path / "ds")
    source = TimelineStore.open(db)
    return store, source, store.frame(FrameQuery()), source.frame(FrameQuery())


def _places(frame) -> list:
    """Every event of a frame as (start, id, lane, end, flags), in (start, id) order."""
    out = []
    for lane in range(len(frame.lanes)):
        part = frame.window(lane, -(2**60), 2**60)
        out += zip(part.start.tolist(), part.ids.tolist(), [lane] * len(part),
                   part.end.tolist(), part.flags.tolist(), strict=True)  # fmt: skip
    return sorted(out)


def _check_frame(frame, memory) -> None:
    assert type(frame).__name__ == "PyramidFrame"
    assert frame.lanes == memory.lanes
    assert len(frame) == len(memory)
    assert frame.span() == memory.span()
    places = _places(memory)
    assert _places(frame) == places
    assert sorted(frame.ids().tolist()) == sorted(memory.ids().tolist())
    some = [*frame.ids()[::97].tolist(), 10**9]
    assert [frame.locate(i) for i in some] == [memory.locate(i) for i in some]
    if not places:
        return
    first, last = places[0][0], max(p[3] for p in places)
    lanes: list[int | None] = [None, *range(len(frame.lanes))]
    for bins in (7, 160, 1600):  # coarse to fine, never aligned to buckets
        for pad in (0, 12_345.6):
            edges = np.linspace(first - pad, last + pad, bins + 1)
            k = frame.level(float(np.min(np.diff(edges))))
            assert k >= FINEST
            for lane in lanes:
                assert frame.histogram(lane, edges).tolist() == (
                    memory.histogram(lane, snap(edges, k)).tolist()
                )
                assert frame.coverage(lane, edges).tolist() == (
                    memory.coverage(lane, edges).tolist()
                )
    aligned = np.arange(first >> 12 << 12, last + 2**13, 2**12, dtype=np.int64)
    for lane in lanes:  # edges on bucket boundaries, bins of 16 buckets or more: exact
        assert (frame.histogram(lane, aligned) == memory.histogram(lane, aligned)).all()
    for t0, t1 in ((first, last + 1), (first - DAY, first + 40 * DAY), (last - 9 * DAY, last)):
        for lane in lanes:
            k = frame.level(count_width(t0, t1))
            a, b = snap(np.array([t0, t1], float), k).tolist()
            short = memory.histogram(lane, np.array([a, b]))[0] if b > a else 0
            long = memory.count(lane, t0, t1) - memory.histogram(lane, np.array([t0, t1]))[0]
            assert frame.count(lane, t0, t1) == short + long
        for lane in range(len(frame.lanes)):
            a, b = frame.window(lane, t0, t1), memory.window(lane, t0, t1)
            assert sorted(zip(a.start.tolist(), a.ids.tolist(), a.end.tolist(), strict=True)) == (
                sorted(zip(b.start.tolist(), b.ids.tolist(), b.end.tolist(), strict=True))
            )
            assert sorted(zip(a.ids.tolist(), a.flags.tolist(), strict=True)) == (
                sorted(zip(b.ids.tolist(), b.flags.tolist(), strict=True))
            )  # planned and negated too
    # Neighbours in (start, id) order: the dataset's tie order (the SQLite file's may differ).
    order = [p[1] for p in places]
    step_cases = [(order[i], s) for i in (0, len(order) // 2, len(order) - 1) for s in (-2, 1, 3)]
    for event_id, step in step_cases:
        at = order.index(event_id) + step
        want = order[at] if 0 <= at < len(order) else None
        got = frame.neighbour(event_id, step)
        assert (got.id if got else None) == want
    assert frame.neighbour(None, 1).id == order[0]
    assert frame.neighbour(None, -1).id == order[-1]
    for at in (first - 1, (first + last) // 2, last + 1):
        got = frame.neighbour(None, 1, at=at)
        assert got.start == memory.neighbour(None, 1, at=at).start
        got = frame.neighbour(None, -1, at=at)
        assert got.start == memory.neighbour(None, -1, at=at).start
    hits = np.array(order[::3] + [10**9], np.int64)
    assert frame.contains(hits).tolist() == memory.contains(hits).tolist()
    asked = np.array([10**9, *order[:4][::-1], order[0], -5], np.int64)  # unsorted, twice, none
    assert frame.contains(asked).tolist() == [False, *[True] * len(order[:4]), True, False]
    for t0, t1 in ((first, last), (first + DAY, first + 60 * DAY)):
        lanes_a, a = frame.select(hits, t0, t1)
        lanes_b, b = memory.select(hits, t0, t1)
        assert sorted(zip(a.ids.tolist(), lanes_a.tolist(), strict=True)) == sorted(
            zip(b.ids.tolist(), lanes_b.tolist(), strict=True)
        )


@pytest.mark.parametrize("which", ["tiny_db", "sample_db", "synthetic_db"])
def test_every_frame_method_answers_as_the_sqlite_file(which, request, tmp_path):
    db = request.getfixturevalue(which)
    store, source, frame, memory = _pair(db, tmp_path)
    try:
        assert isinstance(store, DatasetStore)
        _check_frame(frame, memory)
        # A subset of lanes in another order, and a date-limited frame.
        lanes = tuple(reversed(store.lanes))[: max(len(store.lanes) - 1, 1)]
        _check_frame(store.frame(FrameQuery(lanes=lanes)), source.frame(FrameQuery(lanes=lanes)))
        span = memory.span()
        assert span is not None
        inner = FrameQuery(start=span[0] + (span[1] - span[0]) // 3, end=span[1])
        limited, expected = store.frame(inner), source.frame(inner)
        assert len(limited) == len(expected) and limited.span() == expected.span()
        assert _places(limited) == _places(expected)
    finally:
        store.close()
        source.close()


@pytest.mark.parametrize("which", ["tiny_db", "sample_db", "synthetic_db"])
def test_text_search_and_export_answer_as_the_sqlite_file(which, request, tmp_path):
    db = request.getfixturevalue(which)
    store, source, frame, memory = _pair(db, tmp_path)
    try:
        ids = memory.ids().tolist()
        assert store.titles(ids) == source.titles(ids)
        for event_id in ids[:40]:
            assert store.event(event_id) == source.event(event_id)
            assert store.brief(event_id) == source.brief(event_id)
        assert store.event(10**9) is None and store.brief(10**9) is None
        for article_id in {d.article.id for i in ids[:40] if (d := source.event(i)).article}:
            assert store.article_events(article_id) == source.article_events(article_id)
        for words in ("delegation", "Russia Turk", "strike", '"bad syntax', "ceasefire OR aid"):
            a, b = store.search(words), source.search(words)
            assert (a.hits, a.fallback, a.marked.tolist()) == (
                b.hits,
                b.fallback,
                b.marked.tolist(),
            )
        chosen = tuple(ids[::-2][:20])
        assert list(store.export_records(ExportFilter(ids=chosen))) == list(
            source.export_records(ExportFilter(ids=chosen))
        )
        assert store.timeline_meta() == source.timeline_meta()
        assert store.skipped == 0 and isinstance(store.data_version(), int)
    finally:
        store.close()
        source.close()


def test_a_dataset_is_opened_read_only_and_groups_by_lane_or_source(tiny_db, tmp_path):
    store, source, _frame, _memory = _pair(tiny_db, tmp_path)
    try:
        assert store.capabilities.groupings == ("lane", "source")
        with pytest.raises(DatasetError, match="by lane or by source"):
            store.frame(FrameQuery(group="story"))
        with pytest.raises(DatasetError, match="read-only"):
            store._run("CREATE TABLE x (a INTEGER)")
    finally:
        store.close()
        source.close()


def test_a_look_up_by_id_reads_only_the_files_that_hold_its_start(synthetic_db, tmp_path):
    """The sidecar gives an id's start, so locate, neighbour, contains and the panel's detail
    read its year's file (and the long classes' spanning it) alone: with every other year's file
    gone they still answer as the SQLite file does."""
    store, source, frame, memory = _pair(synthetic_db, tmp_path)
    try:
        years = store.manifest["partitions"]
        assert len(years) > 3
        kept = years[len(years) // 2]
        ids = memory.ids()
        starts = {int(i): memory.locate(int(i)).start for i in ids}
        inside = [i for i, s in starts.items() if kept["min"] <= s <= kept["max"]]
        assert len(inside) > 20
        for p in years:
            if p is not kept:
                (tmp_path / "ds" / p["file"]).unlink()
        for event_id in inside[:: max(len(inside) // 12, 1)]:
            assert frame.locate(event_id) == memory.locate(event_id)
            assert store.event(event_id) == source.event(event_id)
        asked = np.array([*inside[:50], 10**9], np.int64)  # and an id the dataset lacks
        np.testing.assert_array_equal(frame.contains(asked), memory.contains(asked))
        lanes, rows = frame.select(asked, -(2**62), 2**62)
        expected_lanes, expected = memory.select(asked, -(2**62), 2**62)
        # (ties of start are ordered by id here, by lane in the in-memory frame)
        pairs = sorted(zip(rows.ids.tolist(), lanes.tolist(), rows.start.tolist(), strict=True))
        assert pairs == sorted(
            zip(
                expected.ids.tolist(), expected_lanes.tolist(), expected.start.tolist(), strict=True
            )
        )
        assert len(pairs) == len(asked) - 1
        assert frame.locate(10**9) is None and store.event(10**9) is None
        # A frame that leaves the event's lane out does not find it.
        place = memory.locate(inside[0])
        others = tuple(n for n in store.lanes if n != memory.lanes[place.lane])
        assert store.frame(FrameQuery(lanes=others)).locate(inside[0]) is None
    finally:
        store.close()
        source.close()
