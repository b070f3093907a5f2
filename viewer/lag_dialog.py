"""View ▸ Reporting lag…: how long after each event its first report came, per lane, as a small
bar chart drawn with QPainter (counts from db.store.reporting, computed on a worker)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from db.store.reporting import LagHistogram

NAME_W = 150  # the lanes' names
BAR_W = 64  # one bucket's column
ROW_H = 64  # one lane's row of bars
AXIS_H = 34  # the buckets' names over the rows
UNKNOWN_W = 110  # "12 unknown" right of a row
NO_DAYS = (
    "This data records no report days (a plain table, an archive, or events without "
    "articles): there is no lag to show."
)


class LagChart(QWidget):
    """Per lane a row of bars, one per lag bucket, each row scaled to its own tallest bar (so a
    quiet lane's shape shows too), with the count over each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.histogram: LagHistogram | None = None
        self.colors: dict[str, QColor] = {}
        self.rows: list[int] = []  # the lanes drawn (those with a known report day), in order

    def set_histogram(self, histogram: LagHistogram, colors: dict[str, QColor]) -> None:
        self.histogram, self.colors = histogram, colors
        self.rows = [i for i in range(len(histogram.lanes)) if histogram.counts[i].sum()]
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        h = self.histogram
        lanes = max(len(self.rows), 1)
        buckets = len(h.buckets) if h is not None else 7
        return QSize(NAME_W + buckets * BAR_W + UNKNOWN_W, AXIS_H + lanes * ROW_H + 8)

    def bar_rect(self, lane: int, bucket: int) -> QRectF:
        """Where a lane's bar is drawn (its full height: the row's tallest fills it)."""
        top = AXIS_H + self.rows.index(lane) * ROW_H
        return QRectF(NAME_W + bucket * BAR_W + 8, top + 16, BAR_W - 16, ROW_H - 24)

    def paintEvent(self, event) -> None:  # noqa: N802
        h = self.histogram
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), QColor("#ffffff"))
            if h is None:
                return
            fm = QFontMetricsF(self.font())
            under = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
            p.setPen(QColor("#1f2328"))
            for b, bucket in enumerate(h.buckets):
                p.drawText(QRectF(NAME_W + b * BAR_W, 2, BAR_W, AXIS_H - 4), under, bucket)
            p.setPen(QColor("#c9d0d8"))
            p.drawLine(NAME_W, AXIS_H - 1, NAME_W + len(h.buckets) * BAR_W, AXIS_H - 1)
            for row, i in enumerate(self.rows):
                name = h.lanes[i]
                top = AXIS_H + row * ROW_H
                if row % 2:
                    p.fillRect(QRectF(0, top, self.width(), ROW_H), QColor("#f6f7f9"))
                p.setPen(QColor("#1f2328"))
                shown = fm.elidedText(name or "(no lane)", Qt.TextElideMode.ElideRight, NAME_W - 12)
                p.drawText(QRectF(8, top, NAME_W - 12, ROW_H), Qt.AlignmentFlag.AlignVCenter, shown)
                row = h.counts[i]
                peak = max(int(row.max()), 1) if len(row) else 1
                color = self.colors.get(name, QColor("#5b7fa6"))
                for b, count in enumerate(row.tolist()):
                    full = self.bar_rect(i, b)
                    height = full.height() * count / peak
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(color)
                    if count:
                        p.drawRect(QRectF(full.left(), full.bottom() - max(height, 1.0),
                                          full.width(), max(height, 1.0)))  # fmt: skip
                    p.setPen(QColor("#5f6870"))
                    p.drawText(QRectF(full.left() - 6, top, full.width() + 12, 16),
                               Qt.AlignmentFlag.AlignCenter, f"{count:,}")  # fmt: skip
                unknown = int(h.unknown[i])
                if unknown:
                    p.setPen(QColor("#5f6870"))
                    p.drawText(
                        QRectF(NAME_W + len(h.buckets) * BAR_W + 6, top, UNKNOWN_W - 8, ROW_H),
                        Qt.AlignmentFlag.AlignVCenter, f"{unknown:,} unknown",
                    )  # fmt: skip
        finally:
            p.end()


class LagDialog(QDialog):
    """Not modal: it shows the lags of the events shown when it was asked (filters and "as
    known on" included)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reporting lag")
        layout = QVBoxLayout(self)
        self.intro = QLabel("Reading when the events were reported…")
        self.intro.setWordWrap(True)
        self.chart = LagChart()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.chart)
        self.scroll.setWidgetResizable(True)
        self.note = QLabel(
            "Lag: from the event to its article's publication, at the event's precision (an "
            "event known to the month, reported within that month, counts as the same day). "
            "Articles themselves are not counted."
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6870;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        for w in (self.intro, self.scroll, self.note, buttons):
            layout.addWidget(w)
        self.resize(NAME_W + 7 * BAR_W + UNKNOWN_W + 40, 420)

    def show_histogram(self, histogram: LagHistogram | None, colors: dict[str, QColor]) -> None:
        if histogram is None:
            self.intro.setText(NO_DAYS)
            self.chart.histogram = None
            self.chart.update()
            return
        self.chart.set_histogram(histogram, colors)
        known = int(histogram.counts.sum())
        lanes = len(self.chart.rows)
        text = (
            f"{known:,} events with a known report day in {lanes} lane{'s' if lanes != 1 else ''}"
            ", by how long after them they were first reported."
        )
        silent = [histogram.lanes[i] or "(no lane)" for i in range(len(histogram.lanes))
                  if i not in self.chart.rows]  # fmt: skip
        if silent:
            text += f" No report days in: {', '.join(silent)}."
        self.intro.setText(text)
