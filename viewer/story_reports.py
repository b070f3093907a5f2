"""The panel's list of a story's reports: every article that told the happening, with its source
and date, and Prev / Next to step through them (each shows its own article, its sentence
highlighted). Shown only for an event with more than one report (db.ingest.stories). A report a
review rejected is marked (it stands for nothing); while reviewing, "Not the same happening:
split" takes the report shown out of its story (db.review.stories)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.store import ReportBrief
from viewer.date_text import describe_day

ROWS_SHOWN = 4  # rows of the list before it scrolls
SPLIT_TEXT = "Not the same happening: split"
STRUCK = QColor("#8a9199")  # a rejected report's row


def report_line(report: ReportBrief) -> str:
    """ "Island Wire · Monday 23 December 2019 · Coast guard rescues 212 ..." """
    parts = [report.source or "Unknown source"]
    if report.published:
        parts.append(describe_day(report.published))
    parts.append(report.headline or "(no headline)")
    line = "  ·  ".join(parts)
    return f"{line}  ({report.review})" if struck(report.review) else line


def struck(review: str | None) -> bool:
    """A rejected event, or one merged into another, stands for nothing: listed struck out."""
    return review in ("rejected", "merged")


class StoryReports(QWidget):
    """ "Report 1 of 2" with Prev / Next and the list; `reportChosen` names the event to show."""

    reportChosen = Signal(int)
    splitRequested = Signal(int)  # take this report out of its story (while reviewing)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports: list[ReportBrief] = []
        self.current: int | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # a narrow panel wraps it rather than cutting it
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.prev = QPushButton("◂ Prev")
        self.next = QPushButton("Next ▸")
        self.prev.setToolTip("The report published before this one")
        self.next.setToolTip("The report published after this one")
        self.split = QPushButton(SPLIT_TEXT)
        self.split.setToolTip(
            "Take the report shown out of this story: drawn on its own (Ctrl+Z undoes it)"
        )
        self.split.clicked.connect(self._split)
        self.reviewing = False
        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        row.addWidget(self.prev)
        row.addWidget(self.next)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.split, 0, Qt.AlignmentFlag.AlignLeft)
        self.split.hide()
        # As tall as its rows, never more: the article below gets the rest of the panel.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_reports(self, current: int, reports: list[ReportBrief]) -> None:
        """The story of event `current` (one of `reports`); hidden unless there are two."""
        self.reports, self.current = list(reports), current
        self.list.clear()
        if len(self.reports) < 2:
            self.hide()
            return
        at = self.position()
        self.title.setText(f"{len(self.reports)} reports · this is report {at + 1}")
        for i, report in enumerate(self.reports):
            item = QListWidgetItem(report_line(report))
            item.setData(Qt.ItemDataRole.UserRole, report.id)
            item.setToolTip(report_line(report))
            font = QFont(item.font())
            font.setBold(i == at)
            font.setStrikeOut(struck(report.review))
            item.setFont(font)
            if struck(report.review):
                item.setForeground(STRUCK)
            self.list.addItem(item)
        self.list.setCurrentRow(at)
        rows = min(len(self.reports), ROWS_SHOWN)
        self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 6)
        self.prev.setEnabled(at > 0)
        self.next.setEnabled(at < len(self.reports) - 1)
        self.split.setVisible(self.reviewing)
        self.show()

    def set_reviewing(self, on: bool) -> None:
        """While reviewing, the report shown can be split from its story."""
        self.reviewing = on
        self.split.setVisible(on and len(self.reports) >= 2)

    def _split(self) -> None:
        if self.current is not None and len(self.reports) >= 2:
            self.splitRequested.emit(self.current)

    def position(self) -> int:
        """Where the report shown is in the list (0 when it is not there)."""
        ids = [r.id for r in self.reports]
        return ids.index(self.current) if self.current in ids else 0

    def step(self, delta: int) -> None:
        """Show the report `delta` places on (negative: back), if there is one."""
        at = self.position() + delta
        if 0 <= at < len(self.reports):
            self.reportChosen.emit(self.reports[at].id)

    def _chosen(self, item: QListWidgetItem) -> None:
        event_id = int(item.data(Qt.ItemDataRole.UserRole))
        if event_id != self.current:
            self.reportChosen.emit(event_id)
