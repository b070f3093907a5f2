"""Format version 2 of a dataset answers what version 1 could not, as its database does: lanes
grouped by source, negated events hidden (and their counts with them) or shown, and "as known
on" (report days) in frames and exports. A version 1 dataset still opens and says what it lacks.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
import sqlite_utils

from db import schema
from db.archive.convert import convert
from db.archive.store import DatasetError, NoReportDays
from db.export import main as export_main
from db.opening import open_store
from db.store.frame import FrameQuery
from db.store.model import MAX_LANES, NEGATED
from db.store.reporting import lag_histogram
from db.store.timeline import TimelineStore
from db.timekeys import DAY
from tests.conftest import add_events
from tests.db.archive.test_store import _check_frame, _make_db, _places


@pytest.fixture
def rich_db(tmp_path) -> Path:
    """The synthetic database (eight sources) with what version 2 keeps: some events negated
    or planned, report days (their article's publication, some unknown), some events with no
    article (source '')."""
    path = tmp_path / "rich.db"
    _make_db()(path, 2500, 5, seed=11, years=6)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE events SET status = 'negated' WHERE id % 13 = 0")
        conn.execute("UPDATE events SET status = 'planned' WHERE id % 29 = 0")
        conn.execute("UPDATE events SET article_id = NULL WHERE id % 31 = 0")
        published = dict(conn.execute("SELECT id, published FROM articles"))
        conn.executemany(
            "UPDATE events SET reported_key = ? WHERE article_id = ? AND id % 7 != 0",
            [(schema.reported_key(text) + 3 * DAY, aid) for aid, text in published.items()],
        )
    conn.close()
    # and a denial years before the rest: hidden, the span drawn starts later
    add_events(sqlite_utils.Database(path), [
        {"id": 90_001, "title": "The ministry denied any talks", "start": "2001-03-04",
         "lane": "Lane 1", "status": "negated"},
    ])  # fmt: skip
    return path


def _pair(db: Path, out: Path):
    convert(db, out)
    return open_store(out), TimelineStore.open(db)


def test_lanes_by_source_are_the_databases_with_negated_events_hidden_or_shown(rich_db, tmp_path):
    store, source = _pair(rich_db, tmp_path / "ds")
    try:
        assert store.capabilities.groupings == ("lane", "source")
        negated = {i for (i,) in sqlite3.connect(rich_db).execute(
            "SELECT id FROM events WHERE status = 'negated'")}  # fmt: skip
        for group in ("source", "lane"):
            for hide in (NEGATED, 0):
                query = FrameQuery(group, hide=hide)
                frame, memory = store.frame(query), source.frame(query)
                assert "" in frame.lanes if group == "source" else True
                _check_frame(frame, memory)
                drawn = {p[1] for p in _places(frame)}
                assert bool(drawn & negated) == (hide == 0)
                assert (frame.span() == store.frame(FrameQuery(group)).span()) == (hide == 0)
                # the density counts what is drawn: the whole span's events, short and long
                first, last = frame.span()
                assert frame.count(None, first, last + 1) == len(memory)
            # a subset of the lanes, in another order
            lanes = tuple(reversed(store.frame(FrameQuery(group)).lanes))[:3]
            query = FrameQuery(group, lanes=lanes, hide=NEGATED)
            _check_frame(store.frame(query), source.frame(query))
    finally:
        store.close()
        source.close()


def test_as_known_on_a_day_cuts_as_the_database_does(rich_db, tmp_path):
    store, source = _pair(rich_db, tmp_path / "ds")
    try:
        span = source.frame(FrameQuery()).span()
        assert span is not None
        for fraction in (0.3, 0.8):
            day = int(span[0] + (span[1] - span[0]) * fraction) // DAY * DAY
            for group in ("lane", "source"):
                query = FrameQuery(group, as_of=day, hide=NEGATED)
                frame, memory = store.frame(query), source.frame(query)
                assert 0 < len(memory) < len(source.frame(FrameQuery(group, hide=NEGATED)))
                _check_frame(frame, memory)
    finally:
        store.close()
        source.close()


def test_reporting_lags_are_the_databases(rich_db, tmp_path):
    store, source = _pair(rich_db, tmp_path / "ds")
    try:
        for group in ("lane", "source"):
            query = FrameQuery(group, hide=NEGATED)
            mine, theirs = lag_histogram(store.frame(query)), lag_histogram(source.frame(query))
            assert mine is not None and theirs is not None
            assert mine.lanes == theirs.lanes
            assert mine.counts.tolist() == theirs.counts.tolist()
            assert mine.unknown.tolist() == theirs.unknown.tolist()
            assert 0 < mine.unknown.sum() < mine.counts.sum()
    finally:
        store.close()
        source.close()


def _export(db: Path, out: Path, *args: str) -> tuple[int, bytes]:
    code = export_main([str(db), str(out), *args])
    return code, out.read_bytes() if out.exists() else b""


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_as_of_writes_the_databases_bytes(rich_db, tmp_path, kind):
    convert(rich_db, tmp_path / "ds")
    for day in ("2022-06-01", "2024"):
        code, mine = _export(tmp_path / "ds", tmp_path / f"a.{kind}", "--as-of", day)
        want_code, want = _export(rich_db, tmp_path / f"b.{kind}", "--as-of", day)
        assert code == want_code == 0
        assert mine == want
        _code, everything = _export(tmp_path / "ds", tmp_path / f"c.{kind}")
        assert len(mine) < len(everything)


def _as_version_1(folder: Path) -> None:
    """What a dataset converted before version 2 holds: no sources, negated or report days in
    its manifest, no pyramids of them."""
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    manifest["format_version"] = 1
    manifest["event_columns"] = ["status", "provenance"]
    for key in ("sources", "source_events", "source_spans", "negated_events",
                "lane_spans_shown", "source_spans_shown"):  # fmt: skip
        manifest.pop(key)
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    for file in (folder / "pyramid" / "source").iterdir():
        file.unlink()
    (folder / "pyramid" / "source").rmdir()
    (folder / "pyramid" / "negated.npy").unlink()


def test_an_older_dataset_opens_and_says_what_needs_a_convert(rich_db, tmp_path, capsys):
    folder = tmp_path / "ds"
    convert(rich_db, folder)
    _as_version_1(folder)
    store = open_store(folder)
    try:
        assert store.capabilities.groupings == ("lane",)
        assert len(store.frame(FrameQuery(hide=NEGATED))) > 0  # lanes by lane as before
        with pytest.raises(DatasetError, match="source.*convert the database again"):
            store.frame(FrameQuery("source"))
        with pytest.raises(NoReportDays, match="report days.*convert the database again"):
            store.frame(FrameQuery(as_of=0))
        assert lag_histogram(store.frame(FrameQuery())) is None  # no report days to count
    finally:
        store.close()
    code, written = _export(folder, tmp_path / "out.csv", "--as-of", "2022")
    assert (code, written) == (2, b"")
    assert "report days" in capsys.readouterr().err
    assert _export(folder, tmp_path / "out.csv")[0] == 0
    # Converting the same database again writes the current format over it.
    again = convert(rich_db, folder)
    assert "unchanged" not in again and again["format_version"] == 2
    store = open_store(folder)
    try:
        assert len(store.frame(FrameQuery("source"))) == len(
            TimelineStore.open(rich_db).frame(FrameQuery("source"))
        )
    finally:
        store.close()


def test_sources_beyond_the_lanes_drawn_fold_as_the_database_folds_them(tmp_path):
    db = tmp_path / "many.db"
    _make_db()(db, 5000, 3, seed=5, years=3)  # 250 articles
    conn = sqlite3.connect(db)
    with conn:  # 230 outlets: more than the 200 lanes drawn
        conn.execute("UPDATE articles SET source = 'Outlet ' || (id % 230)")
    conn.close()
    store, source = _pair(db, tmp_path / "ds")
    try:
        frame, memory = store.frame(FrameQuery("source")), source.frame(FrameQuery("source"))
        assert len(frame.lanes) == MAX_LANES and frame.lanes[-1] == "(31 other lanes)"
        _check_frame(frame, memory)
    finally:
        store.close()
        source.close()


def _grouped_by_source(qtbot, window) -> None:
    window.filter_panel.group.setCurrentIndex(window.filter_panel.group.findData("source"))
    qtbot.waitUntil(lambda: window.presenter.filters.group == "source")


def test_the_window_groups_a_dataset_by_source_as_its_database(qtbot, make_window, rich_db,
                                                               tmp_path):  # fmt: skip
    convert(rich_db, tmp_path / "ds")
    shown = []
    for path in (rich_db, tmp_path / "ds"):
        window = make_window(path, size=(1200, 700))
        _grouped_by_source(qtbot, window)
        frame = window.timeline.events
        first, last = frame.span()
        edges = np.arange(first >> 20 << 20, last + 2**21, 2**20, dtype=np.int64)
        shown.append(
            (frame.lanes, len(frame), window.status_count.text(),
             [frame.histogram(n, edges).tolist() for n in range(len(frame.lanes))])
        )  # fmt: skip
        window.filter_panel.negated.setChecked(True)  # Show negated/hypothetical
        qtbot.waitUntil(lambda w=window: w.timeline.events.locate(13) is not None)
        shown.append((len(window.timeline.events), window.status_count.text()))
    assert shown[0] == shown[2] and shown[1] == shown[3]
    assert len(shown[0][0]) == 9 and shown[1][0] > shown[0][1]


def test_the_window_says_an_older_dataset_cannot_group_by_source(qtbot, make_window, rich_db,
                                                                 tmp_path):  # fmt: skip
    convert(rich_db, tmp_path / "ds")
    _as_version_1(tmp_path / "ds")
    window = make_window(tmp_path / "ds")
    lanes = window.timeline.events.lanes
    window.filter_panel.group.setCurrentIndex(window.filter_panel.group.findData("source"))
    qtbot.waitUntil(lambda: getattr(window, "last_error", None) is not None)
    assert "convert the database again" in window.last_error.text()
    assert window.timeline.events.lanes == lanes  # still by lane


def test_a_screenshot_as_known_on_a_day_draws_what_the_database_draws(make_window, rich_db,
                                                                      tmp_path):  # fmt: skip
    from viewer.app import apply_view_args, screenshot
    from viewer.cli import viewer_parser

    convert(rich_db, tmp_path / "ds")
    older = tmp_path / "older"
    convert(rich_db, older)
    _as_version_1(older)
    shown = []
    for path in (rich_db, tmp_path / "ds", older):
        args = viewer_parser().parse_args(
            [str(path), "--screenshot", str(tmp_path / f"{path.name}.png"), "--as-of",
             "2023-06-01", "--range", "2023-01-01..2023-12-31"]
        )  # fmt: skip
        args.mapping = None
        window = make_window(None, show=False)
        apply_view_args(window, args)
        code = screenshot(window, args)
        if path == older:  # no report days: refused, as a usage error
            assert code == 2 and not (tmp_path / "older.png").exists()
            continue
        assert code == 0
        labels = sorted(lb.text for lb in window.timeline.frame().labels if lb.text)
        shown.append((labels, window.status_count.text()))  # (the file is closed by now)
    assert shown[0] == shown[1] and shown[0][1].endswith("as known on 1 Jun 2023")
    assert len(shown[0][0]) > 10 and "(of " in shown[0][1], shown  # some are cut
