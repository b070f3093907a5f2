"""Run slow calls (searches, loading a big index) off the UI thread; results come back as a
queued signal on the UI thread, and a newer request makes older results stale (dropped)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Done(QObject):
    finished = Signal(int, object, object)  # generation, result, error


class _Job(QRunnable):
    def __init__(self, generation: int, fn: Callable[[], Any], done: _Done) -> None:
        super().__init__()
        self.generation, self.fn, self.done = generation, fn, done

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # handed to the UI thread, which decides how to say it
            result, error = None, exc
        self.done.finished.emit(self.generation, result, error)


class LatestOnly(QObject):
    """Submit calls; only the newest one's result reaches `on_result` (on the UI thread)."""

    def __init__(
        self,
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._generation = 0
        self._done = _Done()
        self._done.finished.connect(self._finished)
        self._on_result, self._on_error = on_result, on_error
        self.pool = QThreadPool.globalInstance()
        self.busy = False

    def submit(self, fn: Callable[[], Any]) -> None:
        self._generation += 1
        self.busy = True
        self.pool.start(_Job(self._generation, fn, self._done))

    def cancel(self) -> None:
        """Forget what is running: its result will be dropped."""
        self._generation += 1
        self.busy = False

    def _finished(self, generation: int, result: Any, error: Exception | None) -> None:
        if generation != self._generation:
            return
        self.busy = False
        if error is not None:
            if self._on_error is None:
                raise error
            self._on_error(error)
        else:
            self._on_result(result)


class EveryResult(LatestOnly):
    """Like LatestOnly, but every call's result reaches `on_result`, a newer one included: for
    requests that add up (titles for labels) rather than replace each other."""

    def __init__(
        self,
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(on_result, on_error, parent)
        self._running = 0

    def submit(self, fn: Callable[[], Any]) -> None:
        self._running += 1
        super().submit(fn)

    def _finished(self, generation: int, result: Any, error: Exception | None) -> None:
        self._running -= 1
        self.busy = self._running > 0
        if error is not None:
            if self._on_error is None:
                raise error
            self._on_error(error)
        else:
            self._on_result(result)
