"""Every query the viewer runs on someone else's file has a time limit (db.store.sqlite_ro's
budgets): an endless view, a join too large or a huge index is given up with a message naming
what, in the window (which stays usable) and in `--screenshot` (exit 1, one line). A file with
100,000 lanes shows its busiest lanes and folds the rest into one.

Budgets are made small here by setting the module constants, so no test waits seconds."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.errors import QueryTimeoutError
from db.opening import open_store
from db.store import sqlite_ro
from db.store.frame import FrameQuery
from db.store.model import MAX_LANES
from db.timekeys import period
from tests.conftest import REPO
from tests.robustness.conftest import build_one_lane, unchanged

ENDLESS = (
    "CREATE VIEW events AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
    "SELECT x AS id, 'event ' || x AS title, '2020-01-01' AS date FROM c"
)


def endless_view(path: Path) -> Path:
    """A plain database whose only table is a view that never ends."""
    with sqlite3.connect(path) as conn:
        conn.execute(ENDLESS)
    conn.close()
    return path


def big_plain(path: Path, rows: int = 100_000, lanes: int = 3, table: str = "events") -> Path:
    """A plain table of `rows` dated rows in `lanes` categories."""
    with sqlite3.connect(path) as conn:
        conn.execute(f"CREATE TABLE {table} (title TEXT, date TEXT, category TEXT)")
        conn.executemany(
            f"INSERT INTO {table} VALUES (?, ?, ?)",
            (
                (f"event {i}", f"20{i % 20:02d}-0{i % 9 + 1}-1{i % 9}", f"lane {i % lanes}")
                for i in range(rows)
            ),
        )
    conn.close()
    return path


def cross_join(path: Path) -> Path:
    """A plain table that reads fine and a view that joins it with itself three times (10^12
    rows): counting the view gives up; the table stays offered."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE facts (title TEXT, date TEXT)")
        conn.executemany(
            "INSERT INTO facts VALUES (?, '2020-01-01')", ((f"f{i}",) for i in range(10_000))
        )
        conn.execute(
            "CREATE VIEW joined AS SELECT a.title AS title, b.date AS date "
            "FROM facts a, facts b, facts c"
        )
    conn.close()
    return path


@pytest.fixture
def small_budgets(monkeypatch):
    monkeypatch.setattr(sqlite_ro, "OPEN_BUDGET_S", 0.2)
    monkeypatch.setattr(sqlite_ro, "INDEX_BUDGET_S", 0.2)
    monkeypatch.setattr(sqlite_ro, "SEARCH_BUDGET_S", 0.2)
    monkeypatch.setattr(sqlite_ro, "CLICK_BUDGET_S", 0.2)


def test_an_endless_view_is_left_out_and_named(tmp_path, small_budgets):
    path = endless_view(tmp_path / "endless.db")
    started = time.monotonic()
    with unchanged(path), pytest.raises(QueryTimeoutError) as caught:
        open_store(path)  # nothing else to choose from: no mapping dialog, the reason
    assert time.monotonic() - started < 3
    assert "Left out: 'events' (counting the rows gave up after 0.2 s" in str(caught.value)


def test_a_cross_join_view_is_left_out_and_the_table_shown(tmp_path, small_budgets):
    path = cross_join(tmp_path / "join.db")
    store = open_store(path)
    try:
        assert store.mapping is not None and store.mapping.table == "facts"
        assert len(store.frame(FrameQuery())) == 10_000
    finally:
        store.close()


def test_a_view_named_by_the_user_says_what_was_given_up(tmp_path, small_budgets):
    from db.store.model import TableMapping

    path = endless_view(tmp_path / "endless.db")
    with pytest.raises(QueryTimeoutError, match="gave up counting the rows of 'events'"):
        open_store(path, TableMapping("events", "title", "date"))


def test_loading_an_index_past_its_budget_is_given_up(tmp_path, monkeypatch):
    path = big_plain(tmp_path / "big.db", rows=200_000)
    monkeypatch.setattr(sqlite_ro, "INDEX_BUDGET_S", 0.01)
    store = open_store(path)
    try:
        with pytest.raises(QueryTimeoutError, match="gave up reading the dates of 'events'"):
            store.frame(FrameQuery())
    finally:
        store.close()


def test_a_timeline_index_past_its_budget_is_given_up(tmp_path, monkeypatch):
    path = build_one_lane(tmp_path / "tl.db", 300_000)
    monkeypatch.setattr(sqlite_ro, "INDEX_BUDGET_S", 0.0)
    store = open_store(path)
    try:
        with pytest.raises(QueryTimeoutError, match="gave up reading the events' dates"):
            store.frame(FrameQuery())
    finally:
        store.close()
    monkeypatch.setattr(sqlite_ro, "INDEX_BUDGET_S", 15.0)
    store = open_store(path)  # the same file, with the real budget: every event
    try:
        assert len(store.frame(FrameQuery())) == 300_000
    finally:
        store.close()


def test_the_window_says_what_it_gave_up_and_keeps_what_it_shows(
    make_window, sample_db, tmp_path, small_budgets
):
    path = endless_view(tmp_path / "endless.db")
    window = make_window(sample_db)
    started = time.monotonic()
    with unchanged(path):
        assert not window.try_open(path)
    assert time.monotonic() - started < 3
    assert "Left out: 'events'" in window.last_error.text()
    assert (
        window.source.path == sample_db and len(window.timeline.events) == 17
    )  # 1 + 9 dated + 7 around
    window.last_error.close()


def test_the_window_opening_in_the_background_says_what_it_gave_up(
    qtbot, make_window, tmp_path, monkeypatch
):
    path = big_plain(tmp_path / "big.db", rows=200_000)
    monkeypatch.setattr(sqlite_ro, "INDEX_BUDGET_S", 0.01)
    window = make_window()
    window.open_later(path)
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=10_000)
    assert window.last_error.windowTitle() == "Cannot open database"
    assert "gave up reading the dates of 'events' after 0.01 s" in window.last_error.text()
    window.last_error.close()


def test_a_click_past_its_budget_says_so_and_the_view_stays(
    qtbot, make_window, tmp_path, monkeypatch
):
    # A view over a big table: each row is found by its row number over the whole view.
    path = big_plain(tmp_path / "view.db", rows=50_000, table="facts")
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE VIEW timeline AS SELECT * FROM facts")
    conn.close()
    window = make_window(path)
    assert window.source.mapping is not None and window.source.mapping.table == "timeline"
    monkeypatch.setattr(sqlite_ro, "CLICK_BUDGET_S", 0.0)
    window.show_event(40_000)
    assert window.last_error is not None
    assert window.last_error.windowTitle() == "Cannot show the event"
    assert "gave up reading row 40000 after 0 s" in window.last_error.text()
    assert len(window.timeline.events) == 50_000
    window.last_error.close()


def run_with_budget(*args: str, budget: float = 0.2, timeout: float = 60):
    """The real command line in a subprocess, its time limits set to `budget` seconds."""
    code = (
        "import sys\n"
        "from db.store import sqlite_ro\n"
        f"sqlite_ro.OPEN_BUDGET_S = sqlite_ro.INDEX_BUDGET_S = {budget}\n"
        "from viewer.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    import os

    env = dict(os.environ, **env)
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=env,
    )


def test_the_screenshot_command_gives_up_with_one_line(tmp_path):
    path = endless_view(tmp_path / "endless.db")
    out = tmp_path / "shot.png"
    started = time.monotonic()
    result = run_with_budget(str(path), "--screenshot", str(out))
    assert time.monotonic() - started < 30
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "endless.db is an SQLite database but not a timeline database" in result.stderr
    assert "Left out: 'events' (counting the rows gave up after 0.2 s" in result.stderr
    assert not out.exists()


def hundred_thousand_lanes(path: Path) -> Path:
    """A timeline database with 100,000 lanes: a few busy ones, then one event a lane."""
    build_one_lane(path, 0)
    base = period("2010-01-01").start
    rows = [(i, f"busy {i % 5}") for i in range(1, 5001)]
    rows += [(i, f"lane {i:06d}") for i in range(5001, 5001 + 99_995)]
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO events (id, title, start, precision, lane, kind, start_key, end_key)"
            " VALUES (?, 'e', '2010', 'minute', ?, 'record', ?, ?)",
            ((i, lane, base + i * 60, base + i * 60 + 60) for i, lane in rows),
        )
    conn.close()
    return path


def test_a_hundred_thousand_lanes_show_the_busiest_and_fold_the_rest(make_window, tmp_path):
    path = hundred_thousand_lanes(tmp_path / "lanes.db")
    started = time.monotonic()
    with unchanged(path):
        window = make_window(path)
        window.timeline.repaint()
    assert time.monotonic() - started < 20
    lanes = window.source.whole().lanes
    assert len(lanes) == MAX_LANES
    assert [f"busy {i}" for i in range(5)] == list(lanes[:5])
    assert lanes[-1] == f"({100_000 - (MAX_LANES - 1):,} other lanes)"
    assert len(window.timeline.events) == 5000 + 99_995  # every event is shown


def test_a_plain_table_with_many_lanes_folds_them_too(tmp_path):
    path = big_plain(tmp_path / "many.db", rows=20_000, lanes=5_000)
    store = open_store(path)
    try:
        frame = store.frame(FrameQuery())
        assert len(frame.lanes) == MAX_LANES and len(frame) == 20_000
        assert frame.lanes[-1] == f"({5_000 - (MAX_LANES - 1):,} other lanes)"
    finally:
        store.close()
