"""The filters dock: lane grouping, lanes shown/hidden and their order, a date range, the
review states shown, and whether negated or hypothetical events are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.review.state import REVIEW_STATES
from db.timekeys import DateError, iso_of
from viewer.date_text import parse_period
from viewer.filters import GROUPS, Filters, ordered_lanes


class FilterPanel(QWidget):
    filtersChanged = Signal(object)  # Filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = Filters()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        form = QFormLayout()
        self.group = QComboBox()
        for key, label in GROUPS.items():
            self.group.addItem(label, key)
        form.addRow("Lanes by", self.group)
        layout.addLayout(form)
        layout.addWidget(QLabel("Lanes (tick to show, drag to reorder):"))
        self.lanes = QListWidget()
        self.lanes.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.lanes.setDefaultDropAction(Qt.DropAction.MoveAction)
        layout.addWidget(self.lanes, 1)
        buttons = QHBoxLayout()
        self.up = QPushButton("Up")
        self.down = QPushButton("Down")
        self.all = QPushButton("Show all")
        for b in (self.up, self.down, self.all):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        dates = QFormLayout()
        self.start = QLineEdit()
        self.start.setPlaceholderText("e.g. March 2011")
        self.end = QLineEdit()
        self.end.setPlaceholderText("e.g. 2013")
        dates.addRow("From", self.start)
        dates.addRow("To", self.end)
        layout.addLayout(dates)
        self.date_error = QLabel()
        self.date_error.setStyleSheet("color: #b8343b;")
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        layout.addWidget(self.date_error)
        layout.addWidget(QLabel("Review (tick to show):"))
        states = QHBoxLayout()
        self.review: dict[str, QCheckBox] = {}
        for name in REVIEW_STATES:
            box = self.review[name] = QCheckBox(name)
            box.setChecked(name in self.filters.review)
            box.toggled.connect(self._review_changed)
            states.addWidget(box)
        layout.addLayout(states)
        self.negated = QCheckBox("Show negated/hypothetical")
        self.negated.setToolTip(
            'Events the text says did not happen or only might ("did not attack", "could '
            'increase"): hidden unless ticked'
        )
        layout.addWidget(self.negated)
        self._loading = False
        self.group.currentIndexChanged.connect(self._group_changed)
        self.lanes.itemChanged.connect(self._lanes_changed)
        self.lanes.model().rowsMoved.connect(self._lanes_changed)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.all.clicked.connect(self._show_all)
        self.start.editingFinished.connect(self._dates_changed)
        self.end.editingFinished.connect(self._dates_changed)
        self.negated.toggled.connect(self._negated_changed)

    def set_lanes(self, names: tuple[str, ...], filters: Filters) -> None:
        """Show the lanes of the current grouping as the filters order and hide them."""
        self._loading = True
        self.filters = filters
        self.group.setCurrentIndex(max(0, self.group.findData(filters.group)))
        self.lanes.clear()
        for name in ordered_lanes(names, filters):
            item = QListWidgetItem(name or "(no lane)")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            hidden = name in filters.hidden
            item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
            self.lanes.addItem(item)
        self.start.setText(iso_of(filters.start, "day") if filters.start is not None else "")
        self.end.setText(iso_of(filters.end - 1, "day") if filters.end is not None else "")
        for name, box in self.review.items():
            box.setChecked(name in filters.review)
        self.negated.setChecked(filters.show_negated)
        self._loading = False

    def _emit(self, filters: Filters) -> None:
        self.filters = filters
        self.filtersChanged.emit(filters)

    def _group_changed(self) -> None:
        if not self._loading:
            self._emit(self.filters.with_(group=self.group.currentData(), hidden=frozenset(),
                                          order=()))  # fmt: skip

    def _current_lanes(self) -> tuple[tuple[str, ...], frozenset[str]]:
        order, hidden = [], set()
        for row in range(self.lanes.count()):
            item = self.lanes.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            order.append(name)
            if item.checkState() != Qt.CheckState.Checked:
                hidden.add(name)
        return tuple(order), frozenset(hidden)

    def _lanes_changed(self, *args) -> None:
        if self._loading:
            return
        order, hidden = self._current_lanes()
        self._emit(self.filters.with_(order=order, hidden=hidden))

    def _move(self, step: int) -> None:
        row = self.lanes.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.lanes.count():
            return
        self._loading = True
        item = self.lanes.takeItem(row)
        self.lanes.insertItem(target, item)
        self.lanes.setCurrentRow(target)
        self._loading = False
        self._lanes_changed()

    def _show_all(self) -> None:
        self._loading = True
        for row in range(self.lanes.count()):
            self.lanes.item(row).setCheckState(Qt.CheckState.Checked)
        self._loading = False
        self._lanes_changed()

    def set_hidden(self, name: str, hidden: bool) -> None:
        for row in range(self.lanes.count()):
            item = self.lanes.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)

    def _negated_changed(self, shown: bool) -> None:
        if not self._loading and shown != self.filters.show_negated:
            self._emit(self.filters.with_(show_negated=shown))

    def _dates_changed(self) -> None:
        try:
            start = parse_period(self.start.text())[0] if self.start.text().strip() else None
            end = parse_period(self.end.text())[1] if self.end.text().strip() else None
        except DateError as exc:
            self.date_error.setText(str(exc))
            self.date_error.show()
            return
        self.date_error.hide()
        if (start, end) != (self.filters.start, self.filters.end):
            self._emit(self.filters.with_(start=start, end=end))

    def _review_changed(self) -> None:
        if self._loading:
            return
        shown = frozenset(name for name, box in self.review.items() if box.isChecked())
        if shown != self.filters.review:
            self._emit(self.filters.with_(review=shown))
