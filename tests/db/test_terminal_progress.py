"""Progress on the terminal (db.terminal_progress): the columns' text, drawn only on a terminal,
and real imports and a conversion whose output is the summary when stderr is not one."""

from __future__ import annotations

import io
import shutil

from rich.console import Console
from rich.progress import Progress

from db.archive.cli import main as convert_main
from db.ingest.cli import main as import_main
from db.terminal_progress import (
    CountColumn,
    EventsColumn,
    ImportProgress,
    RateColumn,
    stage_bars,
)
from tests.conftest import SAMPLE_ARTICLE


class Clock:
    """The time a Progress reads (its get_time), moved by the test."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _task(clock: Clock, steps: list[tuple[float, int, int]], total: int):
    """A rich task after `steps` of (seconds later, files done, events so far)."""
    progress = Progress(get_time=clock, disable=True)
    task = progress.add_task("import", total=total, events=0)
    for seconds, done, events in steps:
        clock.now += seconds
        progress.update(task, completed=done, events=events)
    return progress.tasks[0]


def test_the_columns_say_files_done_of_all_events_rates_and_time_left():
    clock = Clock()
    # 40 files in 8 s (two samples 4 s apart), 12,345 events: 5 files/s, 1,543 events/s.
    task = _task(clock, [(0.0, 0, 0), (4.0, 20, 6000), (4.0, 40, 12345)], total=100)
    assert CountColumn("files").render(task).plain == "40/100 files"
    assert EventsColumn().render(task).plain == "12,345 events"
    assert RateColumn("files", events=True).render(task).plain == "5 files/s, 1.54k events/s"
    assert task.time_remaining == 12  # 60 files left at 5 a second


def test_scaled_counts_and_a_rate_not_known_yet():
    clock = Clock()
    task = _task(clock, [(0.0, 1_500_000, 0)], total=3_000_000)
    assert CountColumn("B", scaled=True).render(task).plain == "1.5M/3M B"
    # One sample: no rate yet, said as such rather than as zero.
    assert RateColumn("B").render(task).plain == "- B/s"
    assert RateColumn("files", events=True).render(task).plain == "- files/s, - events/s"


def _terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=160, color_system=None), out


def test_an_import_is_drawn_on_a_terminal_and_its_compaction_said():
    console, out = _terminal()
    with ImportProgress(into="news-dataset", console=console) as progress:
        progress("import", 0, 30, 0)
        progress("import", 10, 30, 2_500)
        progress("import", 30, 30, 7_000)
        progress("compact", 0, 3, 7_000)
    said = out.getvalue()
    assert "import" in said and "30/30 files" in said and "7,000 events" in said
    assert "files/s" in said and "events/s" in said
    assert "compacting 3 batches into news-dataset" in said


def test_a_compaction_resumed_without_new_files_is_said_too():
    console, out = _terminal()
    with ImportProgress(into="ds", console=console) as progress:
        progress("compact", 0, 4, 900)  # a killed import's batches, nothing new to import
    assert out.getvalue() == "compacting 4 batches into ds\n"


def test_nothing_is_drawn_where_stderr_is_not_a_terminal():
    out = io.StringIO()
    console = Console(file=out)  # a StringIO is no terminal: as a log file or CI
    with ImportProgress(console=console) as progress:
        progress("import", 0, 30, 0)
        progress("import", 30, 30, 7_000)
        progress("compact", 0, 3, 7_000)
    with stage_bars("files", console=console) as stages:
        stages("events", 5, 10)
    assert out.getvalue() == ""


def test_stage_bars_draw_each_stage(monkeypatch):
    console, out = _terminal()
    with stage_bars("rows", console=console) as stages:
        stages("events", 0, 2000)
        stages("events", 2000, 2000)
        stages("search", 1, 1)
    said = out.getvalue()
    assert "events" in said and "2,000/2,000 rows" in said and "search" in said


def test_a_real_import_says_only_its_summary_when_stderr_is_not_a_terminal(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        text = SAMPLE_ARTICLE.read_text("utf-8").replace("Turkish delegation", f"Delegation {i}")
        (folder / f"a{i}.txt").write_text(text, "utf-8")
    db = tmp_path / "t.db"
    assert import_main([str(db), str(folder), "--published", "2019-12-23"]) == 0
    said = capsys.readouterr()
    assert said.out.startswith("imported 3, skipped 0 duplicates, failed 0")
    assert said.err == ""  # no bar, no escape codes in a log
    # and converted into a dataset: its summary line alone too
    assert convert_main([str(db), str(tmp_path / "ds")]) == 0
    said = capsys.readouterr()
    assert "events (" in said.out and "written to" in said.out
    assert said.err == ""


def test_a_real_import_draws_its_bar_on_a_terminal(tmp_path, capsys, monkeypatch):
    """TTY_COMPATIBLE=1 tells rich that stderr is a terminal (as a CI log that shows them)."""
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(2):
        shutil.copy(SAMPLE_ARTICLE, folder / f"a{i}.txt")
    assert import_main([str(tmp_path / "t.db"), str(folder), "--published", "2019-12-23"]) == 0
    said = capsys.readouterr()
    assert "articles" in said.err and "2/2 files" in said.err and "files/s" in said.err
    assert said.out.startswith("imported 1, skipped 1 duplicates, failed 0")
