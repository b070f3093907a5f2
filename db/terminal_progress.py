"""Progress on the terminal (rich.progress) for the commands that import and convert: drawn on
stderr while it is a terminal, nothing otherwise (logs, pipes, CI), where the command's own
summary line, printed when it ends, is what it says.

`ImportProgress` shows an import on Dask: files done of all, events so far, the rate of both
and the time left. `stage_bars` shows a command's stages (convert, build-demo), a bar each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Column
from rich.text import Text

__all__ = ["ImportProgress", "stage_bars"]


def _number(n: float) -> str:
    """A count as people read it: 950, 12.3k, 4.56M."""
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= size:
            return f"{n / size:.3g}{suffix}"
    return f"{n:.3g}" if n != int(n) else f"{int(n)}"


# A column's text is never wrapped: on a narrow terminal the bar (no fixed width) gives way.
_ONE_LINE = Column(no_wrap=True)


class CountColumn(ProgressColumn):
    """Done of all, with the unit: "12/100 files", or `scaled` "1.2M/3.4M B"."""

    def __init__(self, unit: str = "", scaled: bool = False) -> None:
        super().__init__(_ONE_LINE)
        self.unit, self.scaled = unit, scaled

    def render(self, task: Task) -> Text:
        def shown(n: float) -> str:
            return _number(n) if self.scaled else f"{int(n):,}"

        total = "?" if task.total is None else shown(task.total)
        unit = f" {self.unit}" if self.unit else ""
        return Text(f"{shown(task.completed)}/{total}{unit}", style="progress.download")


class EventsColumn(ProgressColumn):
    """The events written so far (the task's `events` field): "1,234 events"."""

    def __init__(self) -> None:
        super().__init__(_ONE_LINE)

    def render(self, task: Task) -> Text:
        return Text(f"{int(task.fields.get('events', 0)):,} events", style="progress.data.speed")


class RateColumn(ProgressColumn):
    """How fast since the task started: the unit a second, and with `events` the events a
    second ("5 files/s, 1.54k events/s"); "-" until some time has passed. (The time left is
    rich's, from its recent samples.)"""

    def __init__(self, unit: str = "", events: bool = False) -> None:
        super().__init__(_ONE_LINE)
        self.unit, self.events = unit, events

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed
        counts = [(task.completed, f"{self.unit}/s" if self.unit else "/s")]
        if self.events:
            counts.append((task.fields.get("events", 0), "events/s"))
        said = [
            f"{_number(n / elapsed)} {unit}" if elapsed and n else f"- {unit}" for n, unit in counts
        ]
        return Text(", ".join(said), style="progress.data.speed")


def _console(always: bool) -> Console:
    # always: drawn even when stderr is not a terminal (build-demo, a long first build).
    return Console(stderr=True, force_terminal=True if always else None)


def _progress(
    columns: list[ProgressColumn], console: Console, always: bool, transient: bool = False
) -> Progress:
    return Progress(
        *columns, console=console, disable=not (always or console.is_terminal), transient=transient
    )


class ImportProgress:
    """The progress of an import on Dask, as db.cluster.run calls it: (stage, done, to do,
    events so far), stage "import" counting files and "compact" batches (0 of N when the
    compaction starts, which ends the import's bar: its rate and time left were the import's).
    A context manager: the bar is stopped on leaving. `into`: the dataset, as the compaction's
    line names it."""

    def __init__(self, into: str = "", console: Console | None = None) -> None:
        self.into = into
        self.console = console or _console(False)
        self.progress = _progress(
            [
                TextColumn("{task.description}", markup=False),
                BarColumn(bar_width=None),
                CountColumn("files"),
                EventsColumn(),
                RateColumn("files", events=True),
                TimeRemainingColumn(table_column=Column(no_wrap=True)),
            ],
            self.console,
            always=False,
        )
        self._task: Any = None
        self._compacting = False

    @property
    def shown(self) -> bool:
        return not self.progress.disable

    def __call__(self, stage: str, done: int, total: int, events: int) -> None:
        if stage == "compact":  # (the only stage of an import that resumes a compaction)
            if not self._compacting:
                self.progress.stop()
                if self.shown:
                    self.console.print(
                        f"compacting {total} batches" + (f" into {self.into}" if self.into else ""),
                        highlight=False,
                        markup=False,
                        soft_wrap=True,
                    )
                self._compacting = True
            return
        if self._task is None:
            self.progress.start()
            self._task = self.progress.add_task("import", total=total, events=events)
        self.progress.update(self._task, total=total, completed=done, events=events)

    def close(self) -> None:
        self.progress.stop()

    def __enter__(self) -> ImportProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def stage_bars(
    unit: str = "",
    *,
    scaled: bool = False,
    always: bool = False,
    transient: bool = False,
    console: Console | None = None,
) -> Iterator[Callable[[str, int, int], None]]:
    """A progress callback (stage, done, total) that draws a bar a stage with done of all (in
    `unit`, `scaled` as 1.2M), the rate and the time left, on stderr when it is a terminal
    (`always`: even when not); the bars stop on leaving (and are wiped if `transient`)."""
    console = console or _console(always)
    progress = _progress(
        [
            TextColumn("{task.description}", markup=False),
            BarColumn(bar_width=None),
            CountColumn(unit, scaled),
            RateColumn(unit),
            TimeRemainingColumn(table_column=Column(no_wrap=True)),
        ],
        console,
        always,
        transient,
    )
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if not tasks:
            progress.start()
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.update(tasks[stage], total=total, completed=done)

    try:
        yield update
    finally:
        progress.stop()
