"""The painted timeline widget: wheel zooms around the cursor, drag pans, click selects.

It holds an event frame (db.store.frame: the events shown, answered per lane) and a scale; on each
change it asks `layout()` for a frame and `paintEvent` only draws that frame (`FramePainter`).
Labels come from a cache of titles (`Labels`): the titles a frame lacks are asked for
(`titlesWanted`), read by the window on a worker and pushed in (`add_titles`); nothing reads a
database while painting. A frame that reads its events (an archive: `has_window` says no) has
them fetched on a worker (`_fetch_windows`), and the lanes waiting are drawn as density until
they come. Input and selection are `TimelineInput`'s, colours and fonts `theme`'s.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent, QRegion
from PySide6.QtWidgets import QScrollBar, QSizePolicy, QWidget

from db.store import unique_ids
from db.store.frame import EventFrame, FrameSlice
from viewer.timeline.bulk import Bulk, bulk_span, events_after, events_before
from viewer.timeline.eras import Era
from viewer.timeline.interaction import TimelineInput
from viewer.timeline.labels import Labels
from viewer.timeline.lane_heights import (
    DENSITY_ROWS,
    FOLDED_H,
    MIN_ROWS,
    VOLUME_H,
    Decided,
    RowsGiven,
    decided,
    keeps_rows,
    lane_height,
    rows_wanted,
    share_heights,
    steady_rows,
)
from viewer.timeline.layout import AROUND_MARK, ROW_H, Frame, Label, LaneBox, layout, plan
from viewer.timeline.marks import MarksScope, MarksShown, PlacedMarks
from viewer.timeline.painter import FramePainter
from viewer.timeline.scale import Scale
from viewer.timeline.spans import describe_span
from viewer.timeline.theme import (
    AXIS_H,
    GUTTER_W,
    PALETTE,
    Fonts,
    palette_slots,
)
from viewer.timeline.window_marks import Find, WindowMarks, spans_all
from viewer.worker import LatestOnly

# Hits placed: the frame they were placed in, the hits asked (sorted ids), where they lie.
Placed = tuple[EventFrame | None, np.ndarray, PlacedMarks]

__all__ = ["AXIS_H", "GUTTER_W", "PALETTE", "TimelineWidget"]


class TimelineWidget(TimelineInput, QWidget):
    eventClicked = Signal(int)  # a click on an event: select it and open its source
    eventSelected = Signal(int)  # selected with the keyboard (the panel follows)
    eventActivated = Signal(int)  # Enter on the selection: open its source
    selectionCleared = Signal()
    rangeChanged = Signal(float, float)
    laneMenuRequested = Signal(str, QPoint)  # lane name, global position (right click in gutter)
    titlesWanted = Signal(list)  # ids whose labels the view lacks: answer with add_titles
    laneLayoutChanged = Signal()  # the user resized or folded a lane (lane_sizes, folded)
    marksPlaced = Signal()  # the search hits were found in the frame (marked_count is new)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(400, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # paintEvent covers every pixel: Qt need not paint the parent's background under it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.fonts = Fonts(self.font())
        self.labels = Labels(self.fonts.label)
        self.painter = FramePainter(self)
        self.events: EventFrame | None = None
        self.scale = Scale(0.0, 86_400.0, max(self.width() - GUTTER_W, 1))
        self.selected: int | None = None
        self.hovered: int | None = None
        self._frame: Frame | None = None
        self._modes: dict[int, str] = {}
        # The span fit_all/set_range asked for, kept through resizes until the user zooms or pans.
        self._asked_span: tuple[float, float] | None = None
        self._bulk: Bulk | None = None  # where most events lie (fit_all leaves outliers out)
        self._fitted: str | None = None  # "bulk" / "whole" while the view is what fit_all fit
        self._init_input()
        self.empty_message = "No database open. File ▸ Open… (Ctrl+O)"
        self.lane_colors: list[QColor] | None = None
        self.describe: Callable[[int], str] | None = None  # tooltip text of an event
        self.marked_ids: np.ndarray = np.empty(0, np.int64)  # search hits, sorted
        # Where the hits the frame holds lie: found on a worker (marks.py), drawn from here.
        self.marks = PlacedMarks()
        self._marks_of: EventFrame | None = None  # the frame `marks` were placed in
        self._offered: Placed | None = None  # offer_marks
        self._placer = LatestOnly(self._marks_placed, self._marks_failed, self)
        # Zoomed in, every hit of the view's window where the marks are a sample (window_marks).
        self._window_marks = WindowMarks(self._window_marks_came, self)
        self._window_exact = False  # were the marks of the last frame the window's, exact?
        # Lanes the user resized (px) or folded, by name: kept through filters and reloads.
        self.lane_sizes: dict[str, float] = {}
        self.folded: set[str] = set()
        self.volume_lanes: set[str] = set()  # lanes showing their volume strip, by name
        self.as_of: int | None = None  # "as known on": a line at the end of that day
        self._rows_before: dict[str, RowsGiven] = {}  # rows each lane was given, and when
        self._crowd_choice: dict[str, Decided] = {}  # crowded lanes: on rows or a histogram
        self.eras: list[Era] = []  # TimelineJS eras, drawn behind the lanes (eras.py)
        self._geometry: tuple[tuple, list[LaneBox], dict[int, int]] | None = None
        self._content_height = 0.0  # all the lanes' height, as the scroll bar was laid out for
        self._dense: frozenset[int] = frozenset()  # lanes last drawn as histograms
        self.vbar = QScrollBar(Qt.Orientation.Vertical, self)  # when lanes outgrow the height
        # Opaque, so that a new frame need not repaint it (see frame_region).
        self.vbar.setAutoFillBackground(True)
        self.vbar.hide()
        self.vbar.valueChanged.connect(self._invalidate)
        # Lanes to draw one by one whose events the frame has not fetched yet: drawn as density
        # until the worker brings them (then a new frame is laid out).
        self._waiting: frozenset[int] = frozenset()
        self._planned: dict[int, str] = {}  # each lane's mode as planned for the last layout
        self._fetching: tuple | None = None  # (frame, lanes, t0, t1) asked of the worker
        self._fetcher = LatestOnly(self._windows_fetched, self._windows_failed, self)

    # Each lane's PALETTE slot from its name, stable whatever other lanes there are.
    lane_slots = staticmethod(palette_slots)

    # -- data and view -------------------------------------------------------------------------

    def set_data(
        self, events: EventFrame | None, colors: list[str] | None = None, keep_labels: bool = False
    ) -> None:
        """Show `events` (None: nothing); `colors` gives each lane's colour (stable when lanes are
        filtered). `keep_labels`: the same data filtered otherwise, so the titles read stay good."""
        self.events = events
        self._bulk = bulk_span(events) if events is not None else None
        self.lane_colors = [QColor(c) for c in colors] if colors else None
        if not keep_labels:
            self.labels.clear()
        self._modes.clear()
        self._dense = frozenset()
        self._crowd_choice.clear()
        self._waiting, self._fetching = frozenset(), None
        self._fetcher.cancel()
        self.selected = None
        self._update_marked()
        self._layout_scrollbar()
        self._invalidate()

    def forget_labels(self) -> None:
        """Ask for the labels' titles again at the next paint (they could not be read before)."""
        self.labels.forget()
        self._invalidate()

    def add_titles(self, titles: dict[int, str]) -> None:
        """Titles read for `titlesWanted` (an id without one gets an empty label): laid out and
        drawn from the next frame on."""
        self.labels.add(titles, self._dates)
        self._invalidate()

    def _dates(self, ids: list[int]) -> dict[int, str]:
        """Each event's time in words (to tell apart events that share a title)."""
        if self.events is None:
            return {}
        _, part = self.events.select(np.asarray(ids, np.int64), -math.inf, math.inf)
        return {
            int(i): describe_span(float(a), float(b))
            for i, a, b in zip(
                part.ids.tolist(), part.start.tolist(), part.end.tolist(), strict=True
            )
        }

    def labels_pending(self) -> bool:
        """Does the view wait for titles it asked for (a screenshot waits for them)?"""
        self.frame()
        return self.labels.pending()

    def set_marked(self, ids: np.ndarray | list[int] | None) -> None:
        """Mark these events (search hits) wherever they are drawn, once a worker has found
        where they lie (marks_pending meanwhile; marksPlaced then)."""
        self.marked_ids = unique_ids(ids if ids is not None else [])
        self._update_marked()

    def mark_placer(self) -> Callable[[np.ndarray], Placed]:
        """What places hits in the frame shown now, to call on a worker (a search's, right after
        it found them: no hop through the UI thread) and hand to `offer_marks`."""
        events = self.events

        def place(ids: np.ndarray) -> Placed:
            return events, ids, PlacedMarks() if events is None else PlacedMarks.place(events, ids)

        return place

    def offer_marks(self, placed: Placed) -> None:
        """Hits placed already (`mark_placer`): `set_marked` of the same ids in the same frame
        draws them at once."""
        self._offered = placed

    def marked_count(self) -> int:
        """How many of the hits the frame holds (found so far)."""
        return len(self.marks)

    def marks_pending(self) -> bool:
        """Is a worker still finding where the hits lie?"""
        return self._placer.busy

    def _update_marked(self) -> None:
        """Find the hits in the frame on a worker: in a dataset that reads their rows from the
        files. The marks drawn before go (their lanes may have changed) until the new ones come,
        unless they are some of the new hits in the same frame (more hits of the same search)."""
        events, ids = self.events, self.marked_ids
        offered, self._offered = self._offered, None
        if events is None or not len(ids):
            self._placer.cancel()
            self._show_marks(events, PlacedMarks())
            return
        if offered is not None and offered[0] is events and np.array_equal(offered[1], ids):
            self._placer.cancel()
            self._show_marks(events, offered[2])
            return
        drawn = self.marks.ids
        if not (self._marks_of is events and _holds(ids, drawn)):
            self._show_marks(events, PlacedMarks(), announce=False)  # placed: marksPlaced
        self._placer.submit(lambda: (events, ids, PlacedMarks.place(events, ids)))

    def _show_marks(
        self, events: EventFrame | None, marks: PlacedMarks, announce: bool = True
    ) -> None:
        """Draw `marks` (repainting only when they differ from those drawn)."""
        changed = len(marks) or len(self.marks)
        self.marks, self._marks_of = marks, events
        if changed:
            self._invalidate()
        if announce:
            self.marksPlaced.emit()

    def _marks_placed(self, result: Placed) -> None:
        events, ids, marks = result
        if events is not self.events or ids is not self.marked_ids:
            return  # other data or other hits since
        self._show_marks(events, marks)

    def _marks_failed(self, error: Exception) -> None:
        """The hits could not be read (the files are gone, another program writes): no marks,
        which the status bar's count shows; a new search or filter asks again."""
        self._show_marks(self.events, PlacedMarks())

    # -- the exact marks of a zoomed-in view (window_marks) -------------------------------------

    def set_window_search(self, find: Find | None) -> None:
        """Where to find every hit of the view's window (None: the marks are every hit)."""
        if find is None and self._window_marks.find is None:
            # Nothing drawn changes: each search's first page passes here, and a frame laid out
            # again and painted (7-11 ms at a million events) was drawn before its list.
            return
        self._window_marks.set_find(find)
        self._invalidate()

    def shown_marks(self) -> MarksShown:
        """The marks drawn: the hits placed and, zoomed in, every hit of the view's window."""
        return MarksShown(self.marks, self.window_marks())

    def window_marks(self) -> PlacedMarks | None:
        """Every hit of the view's window when the marks are a sample and it was found, else
        None."""
        return self._window_marks.marks(self.events, self.scale.t0, self.scale.t1)

    def marks_scope(self) -> MarksScope:
        """What the marks are in the view shown, when the search's marks are a sample: the one
        answer the search panel's count and the status bar both tell. Every hit of the view is
        marked wherever a window holding it was found (drawn with the sample: shown_marks), at
        the whole range too (zoomed out from a view whose fetched window spans every event)."""
        if self.window_marks() is not None:
            return MarksScope.EVERY_IN_VIEW
        if spans_all(self.events, self.scale.t0, self.scale.t1):
            return MarksScope.WHOLE
        return MarksScope.SAMPLE_IN_VIEW

    def window_marks_pending(self) -> bool:
        self.frame()
        return self._window_marks.pending

    def _want_window_marks(self) -> None:
        """Ask for the view's window's hits if need be; when the view passes from the exact
        marks to the sample or back, say so (marksPlaced: the status bar tells which)."""
        self._window_marks.want(self.events, self.scale.t0, self.scale.t1)
        exact = self.window_marks() is not None
        if exact != self._window_exact:
            self._window_exact = exact
            QTimer.singleShot(0, self, self.marksPlaced.emit)  # not from inside a paint

    def _window_marks_came(self) -> None:
        # Exact now, as the status bar is told: a view that leaves before a frame is painted
        # with them says so (_want_window_marks).
        self._window_exact = self.window_marks() is not None
        self._invalidate()
        self.marksPlaced.emit()

    def data_span(self) -> tuple[float, float] | None:
        span = self.events.span() if self.events is not None else None
        if span is None:
            return None
        return float(span[0]), float(span[1])

    def bulk(self) -> Bulk | None:
        """Where the bulk of the events lies, and how many far outliers it leaves out."""
        return self._bulk

    def fit_all(self) -> None:
        """Fit the bulk of the events; again (nothing moved since), everything, outliers too."""
        bulk = self._bulk
        if bulk is None:
            return
        whole = not bulk.trimmed or (self._fitted == "bulk" and self._asked_span is not None)
        self._fit(bulk, whole)

    def fit_whole(self) -> None:
        """Fit every event, far outliers included."""
        if self._bulk is not None:
            self._fit(self._bulk, True)

    def _fit(self, bulk: Bulk, whole: bool) -> None:
        if whole:
            fitted = Scale.fit(*bulk.full, self._plot_width())
        else:
            # A wider margin on the side of the outliers: their mark sits over empty room.
            margin = 0.12 if bulk.earlier else 0.03
            fitted = Scale.fit(bulk.t0, bulk.t1, self._plot_width(), margin=margin)
        self.set_scale(fitted)
        self._asked_span = (fitted.t0, fitted.t1)
        self._fitted = "whole" if whole else "bulk"

    def outside(self) -> tuple[int, int]:
        """How many far outliers lie wholly left / right of the view while it shows the edge
        of the bulk (at a closer zoom the rest of the data is no news)."""
        bulk, events, scale = self._bulk, self.events, self.scale
        if bulk is None or events is None or not bulk.trimmed:
            return 0, 0
        s0, s1 = bulk.full
        earlier = later = 0
        if bulk.earlier and scale.t0 <= bulk.t0:
            earlier = events_before(events, scale.t0, s1 + 1)
        if bulk.later and scale.t1 >= bulk.t1:
            later = events_after(events, scale.t1, s0 - 1)
        return earlier, later

    def set_range(self, t0: float, t1: float) -> None:
        self.set_scale(Scale(t0, 1.0, self._plot_width()).with_span(t0, t1))
        self._asked_span = (t0, t1)

    def visible_range(self) -> tuple[float, float]:
        return self.scale.t0, self.scale.t1

    def set_scale(self, scale: Scale) -> None:
        self._asked_span = None
        self._fitted = None
        if scale != self.scale:
            self.scale = scale
            self._invalidate()
            self.rangeChanged.emit(scale.t0, scale.t1)

    def zoom(self, factor: float, x: float | None = None) -> None:
        """Zoom by `factor` around widget x (the plot's centre by default)."""
        px = (x - GUTTER_W) if x is not None else self.scale.width / 2
        self.set_scale(self.scale.zoomed(factor, px))

    def marker_position(self, event_id: int) -> QPointF | None:
        """Where an event is drawn, in widget coordinates (for tests and keyboard navigation)."""
        frame = self.frame()
        for m in frame.markers:
            if m.id == event_id:
                return QPointF(GUTTER_W + m.x, m.y)
        for b in frame.bars:
            if b.id == event_id:
                return QPointF(GUTTER_W + (max(b.x0, 0) + min(b.x1, self.scale.width)) / 2, b.y)
        return None

    def event_at(self, pos: QPointF) -> int | None:
        """The event drawn at `pos`, as painted: the selected label over all its widened room."""
        frame = self.frame()
        selected = next((lb for lb in frame.labels if lb.id == self.selected), None)
        drawn = self.drawn_label(selected) if selected is not None else None
        return frame.hit(pos.x() - GUTTER_W, pos.y(), drawn=drawn)

    def drawn_label(self, label: Label) -> Label:
        """A label as painted: the selected one is bold, so wider, and runs on over the free
        room of its row (Label.widened) rather than ending in an ellipsis."""
        if label.id != self.selected:
            return label
        return label.widened(self.fonts.selected_metrics.horizontalAdvance(label.text))

    # -- geometry ------------------------------------------------------------------------------

    def _plot_width(self) -> int:
        return max(self.width() - GUTTER_W, 1)

    def lane_boxes(self) -> list[LaneBox]:
        """The lanes in view, with the heights they need (see `_lanes`)."""
        boxes, _ = self._lanes()
        return [b for b in boxes if b.top + b.height > AXIS_H and b.top < self.height()]

    def _lanes(self) -> tuple[list[LaneBox], dict[int, int]]:
        """Every lane's box and its count in view. Heights follow need, asked of the frame per
        lane (its count and a coarse histogram): rows wanted in view, at least MIN_ROWS; room
        left over goes by need; lanes the user resized or folded keep what they were given.
        Kept until the view, the size or the lanes change."""
        events, scale = self.events, self.scale
        if events is None or not events.lanes:
            return [], {}
        offset = self.vbar.value() if self.vbar.isVisible() else 0
        key = (id(events), scale, self.height(), offset, tuple(sorted(self.lane_sizes.items())),
               tuple(sorted(self.folded)), self._dense,
               tuple(sorted(self.volume_lanes)))  # fmt: skip
        if self._geometry is not None and self._geometry[0] == key:
            return self._geometry[1], self._geometry[2]
        names = events.lanes
        counts = {i: events.count(i, scale.t0, scale.t1) for i in range(len(names))}
        fixed = {i: FOLDED_H for i, n in enumerate(names) if n in self.folded}
        for i, n in enumerate(names):
            if i not in fixed and n in self.lane_sizes:
                fixed[i] = self.lane_sizes[n]
        many = len(names) > 40  # then from counts alone: a histogram a lane would add up
        wanted = [
            0 if i in fixed else
            (min(counts[i], 1) * MIN_ROWS if many else rows_wanted(events, i, scale, counts[i]))
            if i not in self._dense else min(counts[i], 1) * DENSITY_ROWS
            for i in range(len(names))
        ]  # fmt: skip
        for i, name in enumerate(names):  # hysteresis: a small pan does not resize the lanes
            if i not in fixed and i not in self._dense:
                given = steady_rows(wanted[i], self._rows_before.get(name), scale.t0, scale.t1)
                wanted[i], self._rows_before[name] = given[0], given
        # A lane's volume strip comes under its rows, its room taken before the rows share.
        strips = [
            VOLUME_H if n in self.volume_lanes and n not in self.folded else 0.0 for n in names
        ]
        heights = share_heights(wanted, fixed, self.height() - AXIS_H - sum(strips), self._dense)
        boxes, top = [], AXIS_H - offset
        for i, h in enumerate(heights):
            boxes.append(LaneBox(i, top, h + strips[i], names[i] in self.folded, strips[i]))
            top += h + strips[i]
        heights = [b.height for b in boxes]
        self._geometry = (key, boxes, counts)
        if abs(sum(heights) - self._content_height) > 0.5:
            self._content_height = sum(heights)
            QTimer.singleShot(0, self, self._layout_scrollbar)  # not from inside a paint
        return boxes, counts

    def lane_at(self, y: float) -> LaneBox | None:
        """The lane at widget y (any x)."""
        for box in self.lane_boxes():
            if box.top <= y < box.top + box.height:
                return box
        return None

    def set_lane_height(self, lane: int, height: float | None) -> None:
        """Give a lane a height of its own (the user dragged its border); None: by need again."""
        name = self.events.lanes[lane] if self.events is not None else None
        if name is None:
            return
        if height is None:
            self.lane_sizes.pop(name, None)
        else:
            self.lane_sizes[name] = max(float(height), lane_height(MIN_ROWS))
        self._crowd_choice.clear()  # chosen for other heights
        self._layout_scrollbar()
        self._invalidate()
        self.laneLayoutChanged.emit()

    def toggle_folded(self, lane: int) -> None:
        """Fold a lane to its name and count, or unfold it."""
        if self.events is None:
            return
        name = self.events.lanes[lane]
        self.folded.symmetric_difference_update({name})
        self._crowd_choice.clear()
        self._layout_scrollbar()
        self._invalidate()
        self.laneLayoutChanged.emit()

    def set_volume(self, lane: int, shown: bool) -> None:
        """Show or hide a lane's volume strip (its events per day, under its rows)."""
        if self.events is None:
            return
        name = self.events.lanes[lane]
        self.set_volumes(self.volume_lanes | {name} if shown else self.volume_lanes - {name})

    def set_volumes(self, names: set[str]) -> None:
        """The lanes (by name) that show their volume strip."""
        self.volume_lanes = set(names)
        self._crowd_choice.clear()
        self._layout_scrollbar()
        self._invalidate()

    def set_as_of(self, key: int | None) -> None:
        """Mark the day the view is as known on (the events were cut by the store)."""
        self.as_of = key
        self.update()

    def _layout_scrollbar(self) -> None:
        self._geometry = None
        boxes, _ = self._lanes()
        total = sum(b.height for b in boxes)
        self._content_height = total
        room = self.height() - AXIS_H
        if total > room + 1:
            self.vbar.setRange(0, int(total - room))
            self.vbar.setPageStep(int(room))
            self.vbar.setSingleStep(ROW_H * 2)
            w = self.vbar.sizeHint().width()
            self.vbar.setGeometry(self.width() - w, AXIS_H, w, int(room))
            self.vbar.show()
        else:
            self.vbar.setValue(0)
            self.vbar.hide()
        self._invalidate()

    def _invalidate(self) -> None:
        self._frame = None
        self.update(self.frame_region())

    def frame_region(self) -> QRegion:
        """What a new frame repaints: the widget but its lanes' scroll bar, which repaints
        itself when it moves. Repainted with the frame, a Fusion scroll bar fills its gradient
        on Qt's GUI thread pool every time: ~1 ms of the UI thread, two threads woken and waited
        for (several ms on a busy machine). It fills its background (opaque), so nothing of the
        old frame shows through it."""
        region = QRegion(self.rect())
        if self.vbar.isVisible():
            region -= QRegion(self.vbar.geometry())
        return region

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.size().height() != event.oldSize().height():
            self._crowd_choice.clear()  # chosen for another height
        self._layout_scrollbar()
        if self._asked_span is not None:
            asked = self._asked_span
            self.scale = Scale(0, 1, self._plot_width()).with_span(*asked)
            self._asked_span = asked
        else:
            self.scale = self.scale.with_width(self._plot_width())
        self._invalidate()
        super().resizeEvent(event)

    # -- layout --------------------------------------------------------------------------------

    def frame(self) -> Frame:
        if self._frame is None:
            self._frame = self._compute_frame()
        return self._frame

    def _compute_frame(self) -> Frame:
        if self.events is None:
            return Frame()
        self._want_window_marks()
        keep = self._kept_on_rows()
        frame = self._layout_frame(keep)
        shown = set(frame.modes)
        dense = frozenset(
            {lane for lane in self._dense if lane not in shown}
            | {
                lane
                for lane, mode in frame.modes.items()
                if mode == "density" and lane not in self._waiting  # its rows stay for it
            }
        )
        if dense != self._dense:  # lanes drawn as histograms want fewer rows: share again
            self._dense = dense
            frame = self._layout_frame(keep)
        frame = self._rows_for_crowded(frame, keep)
        frame.outside = self.outside()
        return frame

    def _kept_on_rows(self) -> frozenset[int]:
        """The lanes kept on their rows though crowded, by a choice made for a view near this."""
        t0, t1 = self.scale.t0, self.scale.t1
        names = self.events.lanes if self.events is not None else []
        return frozenset(
            i for i, name in enumerate(names) if decided(self._crowd_choice.get(name), t0, t1)
        )

    def _rows_for_crowded(self, frame: Frame, keep: frozenset[int]) -> Frame:
        """Lanes drawn as histograms only because most of their events were ticks on the rows
        they were given (not for their number) get their rows back, the room shared by need,
        where the other lanes would gain less from it than they draw (lane_heights.keeps_rows):
        a lane of a few dozen events beside a tall one is not a histogram. Chosen once for a
        view and kept while the view stays near it (`decided`)."""
        t0, t1 = self.scale.t0, self.scale.t1
        names = self.events.lanes if self.events is not None else []
        crowded = frozenset(
            lane
            for lane, mode in frame.modes.items()
            if mode == "density"
            and self._planned.get(lane) == "detail"
            and decided(self._crowd_choice.get(names[lane]), t0, t1) is None
        )
        mid, span = (t0 + t1) / 2, max(t1 - t0, 1e-9)
        kept: frozenset[int] = frozenset()
        # each lane weighed on its own, in lane order: the choice does not hang on which lanes
        # happened to be crowded in the same frame (a store fetching off the UI thread)
        for lane in sorted(crowded):
            if self._waiting:  # `frame` drew a lane still being fetched as density: not yet
                return frame
            before = self._dense, self._modes, self._waiting, self._planned
            self._dense = self._dense - {lane}
            rows = self._layout_frame(keep | kept | {lane})
            # Weighed once every lane's events are here in both layouts (a fetch on the worker
            # may end between them), and their titles: laid out without labels, the other
            # lanes seem to draw far more with the room than they will; the choice holds for
            # this view (a new frame weighs it when they come).
            if self._waiting or self.labels.pending():
                self._dense, self._modes, self._waiting, self._planned = before
                return frame
            on_rows = keeps_rows(frame, rows, {lane})
            self._crowd_choice[names[lane]] = (on_rows, mid, span)
            if on_rows:
                frame, kept = rows, kept | {lane}
            else:
                self._dense, self._modes, self._waiting, self._planned = before
        return frame

    def _layout_frame(self, keep: frozenset[int] = frozenset()) -> Frame:
        boxes = self.lane_boxes()
        _, counts = self._lanes()
        planned = plan(self.events, self.scale, boxes, self._modes, counts)
        self._waiting = self._unfetched(planned)
        shown = {
            lane: (count, "density") if lane in self._waiting else (count, mode)
            for lane, (count, mode) in planned.items()
        }
        in_view = self._ask_titles(shown)
        frame = layout(
            self.events,
            self.scale,
            boxes,
            self.labels.label_for,
            in_view=in_view,
            planned=shown,
            crowded=True,
            mark_w=self.fonts.label_metrics.horizontalAdvance(AROUND_MARK),
            keep=keep,
        )
        self._planned = {lane: mode for lane, (_count, mode) in shown.items()}
        # A lane waiting for its events keeps its planned mode (the next frame starts from it).
        self._modes = {**frame.modes, **{lane: planned[lane][1] for lane in self._waiting}}
        return frame

    # -- windows fetched on a worker -----------------------------------------------------------

    def _unfetched(self, planned: dict[int, tuple[int, str]]) -> frozenset[int]:
        """The lanes to draw one by one whose events the frame would have to read: asked of a
        worker (once per view), drawn as density until they come."""
        events, scale = self.events, self.scale
        if events is None:
            return frozenset()
        lanes = frozenset(
            lane
            for lane, (_count, mode) in planned.items()
            if mode == "detail" and not events.has_window(lane, scale.t0, scale.t1)
        )
        if lanes:
            self._fetch_windows(events, lanes, scale.t0, scale.t1)
        return lanes

    def _fetch_windows(self, events: EventFrame, lanes: frozenset[int], t0: float, t1: float):
        asked = (events, lanes, t0, t1)
        if self._fetching == asked:
            return  # already on its way

        def fetch() -> EventFrame:
            for lane in sorted(lanes):
                if not events.has_window(lane, t0, t1):  # one fetch brings quiet lanes along
                    events.window(lane, t0, t1)
            return events

        self._fetching = asked

        # Started once this frame is painted: a worker that starts at once takes the GIL from
        # the paint (a few ms each time, more on a busy machine).
        def start() -> None:
            if self._fetching is asked:  # not overtaken by another view or other data
                self._fetcher.submit(fetch)

        QTimer.singleShot(0, self, start)

    def _windows_fetched(self, events: EventFrame) -> None:
        self._fetching = None
        if events is self.events:
            self._invalidate()

    def _windows_failed(self, error: Exception) -> None:
        """The events could not be read: the lanes stay drawn as density (the panel and the
        status bar say what is wrong with the data when it is asked for directly)."""
        self._fetching = None

    def windows_pending(self) -> bool:
        """Does the view wait for events to draw one by one (a screenshot waits for them)?"""
        self.frame()
        return bool(self._waiting)

    def _ask_titles(self, planned: dict[int, tuple[int, str]]) -> dict[int, FrameSlice]:
        """Ask, in one request, for the titles the lanes drawn one event at a time lack (they
        are drawn without labels until the titles come), and the selection's; returns those
        lanes' events in view, for the layout to use."""
        events, scale = self.events, self.scale
        in_view: dict[int, FrameSlice] = {}
        wanted: list[int] = []
        for lane, (_count, mode) in planned.items():
            if mode == "detail":
                part = in_view[lane] = events.window(lane, scale.t0, scale.t1)
                wanted.extend(self.labels.wanted(part.ids.tolist()))
        if self.selected is not None:  # its title beside it in a histogram lane too
            wanted.extend(self.labels.wanted([self.selected]))
        if wanted:
            self.titlesWanted.emit(wanted)
        return in_view

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.painter.paint()


def _holds(ids: np.ndarray, some: np.ndarray) -> bool:
    """Are all of `some` among `ids` (both sorted)?"""
    if not len(some):
        return True
    at = np.minimum(np.searchsorted(ids, some), len(ids) - 1)
    return bool(np.all(ids[at] == some))
