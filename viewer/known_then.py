"""What was known when, wired into the window: the "As known on" row and the overview's slider
kept in step with the view state, the reporting lag dialog (View ▸ Reporting lag…), and the
lanes' volume strips (lane menu and View ▸ Show volume)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from db.store.reporting import lag_histogram
from viewer.as_of_bar import AsOfBar
from viewer.lag_dialog import LagDialog
from viewer.overview import OverviewStrip
from viewer.timeline.theme import lane_color
from viewer.timeline.widget import TimelineWidget
from viewer.view_state import ViewState
from viewer.worker import LatestOnly

SLIDER_SETTLE_MS = 120  # the overview's handle applies this long after it last moved


class KnownThen(QObject):
    # Whether every lane shown has its volume strip (View ▸ Show Volume's tick), after a change.
    allVolumesShown = Signal(bool)

    def __init__(
        self,
        view: ViewState,
        timeline: TimelineWidget,
        overview: OverviewStrip,
        bar: AsOfBar,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.view, self.timeline, self.overview, self.bar = view, timeline, overview, bar
        self.dialog_parent = dialog_parent
        self.lag_dialog: LagDialog | None = None
        self._lags = LatestOnly(self._lags_read, self._lags_failed, self)
        # Dragging the handle re-cuts the events once it rests, not at every pixel it passes.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SLIDER_SETTLE_MS)
        self._settle.timeout.connect(lambda: view.set_as_of(overview.as_of))
        overview.asOfRequested.connect(lambda _key: self._settle.start())
        bar.asOfChosen.connect(view.set_as_of)
        view.asOfChanged.connect(bar.show_as_of)
        view.asOfChanged.connect(timeline.set_as_of)

    def set_as_of(self, key: int | None) -> None:
        self.view.set_as_of(key)

    # -- reporting lag ---------------------------------------------------------------------------

    def show_lags(self) -> LagDialog:
        """View ▸ Reporting lag…: the lags of the events shown, read on a worker (the first ask
        reads the report days from the file)."""
        if self.lag_dialog is None:
            self.lag_dialog = LagDialog(self.dialog_parent)
        dialog = self.lag_dialog
        dialog.chart.histogram = None
        dialog.intro.setText("Reading when the events were reported…")
        dialog.show()
        dialog.raise_()
        events = self.timeline.events
        if events is None:
            dialog.show_histogram(None, {})
            return dialog
        colors = {
            name: QColor(lane_color(self.timeline.lane_colors, i))
            for i, name in enumerate(events.lanes)
        }
        self._lags.submit(lambda: (lag_histogram(events), colors))
        return dialog

    def _lags_read(self, result) -> None:
        histogram, colors = result
        if self.lag_dialog is not None:
            self.lag_dialog.show_histogram(histogram, colors)

    def _lags_failed(self, error: Exception) -> None:
        if self.lag_dialog is None:
            raise error
        self.lag_dialog.intro.setText(f"The report days could not be read: {error}")

    # -- volume strips ---------------------------------------------------------------------------

    def volume_shown(self, lane: str) -> bool:
        return lane in self.timeline.volume_lanes

    def toggle_volume(self, lane: str) -> None:
        """Show or hide one lane's volume strip (the lane menu's "Show volume")."""
        events = self.timeline.events
        if events is not None and lane in events.lanes:
            self.timeline.set_volume(events.lanes.index(lane), not self.volume_shown(lane))
            self.allVolumesShown.emit(self.all_volumes_shown())

    def all_volumes_shown(self) -> bool:
        events = self.timeline.events
        lanes = set(events.lanes) if events is not None else set()
        return bool(lanes) and lanes <= self.timeline.volume_lanes

    def show_all_volumes(self, shown: bool) -> None:
        """View ▸ Show volume: every lane shown gets its strip (or none does)."""
        events = self.timeline.events
        if events is None:
            return
        self.timeline.set_volumes(set(events.lanes) if shown else set())
        self.allVolumesShown.emit(self.all_volumes_shown())
