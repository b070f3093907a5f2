"""What the user is looking at, in one place: the visible range, the selected event, the filters,
the search marks and the Back/Forward history. A QObject whose signals fire once per real change,
so widgets follow it instead of asking each other (the window wires them)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from viewer.filters import Filters


class ViewState(QObject):
    rangeChanged = Signal(float, float)  # the visible span, seconds
    selectionChanged = Signal(object)  # an event id, or None
    filtersChanged = Signal(object)  # Filters
    marksChanged = Signal(object)  # np.ndarray of event ids (search hits)
    historyChanged = Signal()  # entries or position: can_go_back / can_go_forward may differ
    asOfChanged = Signal(object)  # "as known on": a key, or None for everything

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.range: tuple[float, float] | None = None  # None until a range is first shown
        self.selected: int | None = None
        self.filters = Filters()
        self.marks = np.empty(0, np.int64)
        self.history: list[int] = []  # events opened (click, Enter, search result, link)
        self.history_pos = -1
        # "As known on": only events first reported by this key are shown (None: all). Kept
        # when another database is opened, as the control that shows it stays.
        self.as_of: int | None = None

    def set_range(self, t0: float, t1: float) -> None:
        if self.range != (t0, t1):
            self.range = (t0, t1)
            self.rangeChanged.emit(t0, t1)

    def select(self, event_id: int | None) -> None:
        if event_id != self.selected:
            self.selected = event_id
            self.selectionChanged.emit(event_id)

    def set_filters(self, filters: Filters) -> None:
        changed = filters != self.filters
        self.filters = filters  # the new object even when equal: `extra` is not compared
        if changed:
            self.filtersChanged.emit(filters)

    def set_as_of(self, key: int | None) -> None:
        if key != self.as_of:
            self.as_of = key
            self.asOfChanged.emit(key)

    def set_marks(self, ids: np.ndarray | list[int]) -> None:
        marks = np.asarray(ids, dtype=np.int64)
        if not np.array_equal(marks, self.marks):
            self.marks = marks
            self.marksChanged.emit(marks)

    # -- history -----------------------------------------------------------------------------------

    def visit(self, event_id: int) -> None:
        """Remember an opened event; opening one after going Back drops the events ahead."""
        if self.history and self.history[self.history_pos] == event_id:
            return
        self.history = self.history[: self.history_pos + 1] + [event_id]
        self.history_pos = len(self.history) - 1
        self.historyChanged.emit()

    def can_go_back(self) -> bool:
        return self.history_pos > 0

    def can_go_forward(self) -> bool:
        return self.history_pos + 1 < len(self.history)

    def back(self) -> int | None:
        """Step back: the event to show, or None at the start."""
        if not self.can_go_back():
            return None
        self.history_pos -= 1
        self.historyChanged.emit()
        return self.history[self.history_pos]

    def forward(self) -> int | None:
        if not self.can_go_forward():
            return None
        self.history_pos += 1
        self.historyChanged.emit()
        return self.history[self.history_pos]

    def reset(self) -> None:
        """Another database: no filters, no selection, no history (range and marks follow the
        widgets that show the new data)."""
        self.set_filters(Filters())
        self.select(None)
        if self.history:
            self.history, self.history_pos = [], -1
            self.historyChanged.emit()
