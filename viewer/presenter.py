"""What the window shows, kept in step with the session's source and the view state: the
filtered events in the timeline, overview and filter panel, the search marks, an opened event in
the source panel (and in the history), and the status line."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from db.errors import DatabaseLockedError, TimelineError
from db.formats.timelinejs import ERA_LANE
from db.provenance import status_words
from db.store import EventBrief, EventDetail, SearchHit
from db.store.model import STATUS_FLAGS
from db.timekeys import iso_of
from viewer import settings
from viewer.date_text import describe_date
from viewer.filter_panel import FilterPanel
from viewer.filters import Filters, frame_query
from viewer.overview import OverviewStrip
from viewer.panel import SourcePanel
from viewer.reporting_text import day_of
from viewer.search import SearchPanel, about_count
from viewer.session import Session
from viewer.source import DataSource
from viewer.timeline.bulk import bulk_span
from viewer.timeline.eras import Era
from viewer.timeline.layout import is_around
from viewer.timeline.marks import MarksScope
from viewer.timeline.widget import PALETTE, TimelineWidget
from viewer.view_state import ViewState
from viewer.worker import EveryResult, LatestOnly

TITLES_RETRY_MS = 5000  # after titles could not be read, how long labels stay blank
# Between two background reads of an event while another program holds the write lock (each
# read itself waits for the lock a while, so this only keeps a busy file from a tight loop).
LOCKED_RETRY_MS = 100


class Presenter(QObject):
    """Follows the view state's signals and applies the user's requests to the widgets it is
    given (the window lays them out and wires their input here)."""

    def __init__(
        self,
        view: ViewState,
        session: Session,
        *,
        timeline: TimelineWidget,
        overview: OverviewStrip,
        panel: SourcePanel,
        search: SearchPanel,
        filter_panel: FilterPanel,
        status_bar: QStatusBar,
        status_count: QLabel,
        status_range: QLabel,
        show_error: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.session = view, session
        self.timeline, self.overview, self.panel = timeline, overview, panel
        self.search, self.filter_panel = search, filter_panel
        self.status_bar, self.status_count, self.status_range = (
            status_bar,
            status_count,
            status_range,
        )
        self.show_error = show_error
        self._titles_after = 0.0  # time.monotonic() before which titles are not asked for
        self._titler = EveryResult(self._titles_read, None, self)
        self._regrouper = LatestOnly(self._regrouped, self._regroup_failed, self)
        # "As known on" another day: the first cut reads the report days, on a worker.
        self._known = LatestOnly(self._known_ready, self._known_failed, self)
        self._eras_of: tuple[DataSource | None, list[Era]] | None = None  # read once a source
        self.lane_colors: dict[str, str] = {}  # picked by the user, by lane name
        self.marks_sampled_of = 0  # about how many matched when the marks are a sample
        timeline.laneLayoutChanged.connect(self.save_lane_look)
        # A click on a locked file: the event read again in the background until it can be.
        self._waiter = LatestOnly(self._waited, self._wait_failed, self)
        self._waiting: tuple[DataSource, int, Callable[[], None] | None] | None = None
        self._waiting_message = ""
        # Queued: the timeline asks while it lays out a frame; the titles are read after.
        timeline.titlesWanted.connect(self._want_titles, Qt.ConnectionType.QueuedConnection)
        view.rangeChanged.connect(self._range_changed)
        view.rangeChanged.connect(self._follow_range)  # after the status: see there
        view.selectionChanged.connect(self._follow_selection)
        view.marksChanged.connect(self._marks_changed)
        timeline.marksPlaced.connect(self._update_status)  # the hits found in the frame
        view.asOfChanged.connect(self._as_of_changed)

    @property
    def source(self) -> DataSource | None:
        return self.session.source

    @property
    def filters(self) -> Filters:
        return self.view.filters

    # -- the source, filtered ----------------------------------------------------------------------

    def show_source(self, path: str | Path, *, keep_view: bool) -> None:
        """Show the session's source: a reload keeps filters, view, selection and history."""
        if keep_view:
            self._show_filtered(keep_view=True)
            self.search.set_search(self.source.search, self._allowed_hits, self.source.capabilities)
            if self.panel.current is not None:  # it may have changed (a review): read it again
                self._show_in_panel(self.panel.current.id)
            return
        self.view.reset()
        self._stop_waiting()
        self.panel.set_intro(self.source.title_slide())
        self._restore_lane_look(path)
        self.panel.clear()
        self.panel.base_dir = Path(path).resolve().parent
        self._show_filtered()
        saved = settings.saved_range(path)
        if saved:
            self.timeline.set_range(*saved)
        else:
            self.timeline.fit_all()
        self.search.set_search(self.source.search, self._allowed_hits, self.source.capabilities)
        if self.timeline.events is not None:  # the first search's lookups, made now
            self.source.warm_frame(self.timeline.events)

    def set_filters(self, filters: Filters) -> None:
        source = self.source
        if source is not None and not source.has_whole(filters.group):
            # A new grouping reads the file again: on a worker, and nothing changes until then.
            as_of = self.view.as_of

            def regroup():
                whole = source.whole(filters.group)
                if as_of is not None:  # and the report days the view is cut by
                    source.frame(frame_query(filters, whole.lanes, as_of))
                return source, filters, whole

            self._regrouper.submit(regroup)
            return
        self._regrouper.cancel()
        regroup = filters.group != self.filters.group
        self.view.set_filters(filters)
        self._show_filtered(keep_view=True, keep_labels=True)
        if regroup:  # the lane list itself changed
            self.filter_panel.set_lanes(self.source.whole(filters.group).lanes, filters)
        self.search.rerun()

    def _regrouped(self, result) -> None:
        source, filters, _whole = result
        if source is self.source:
            self.set_filters(filters)

    def _regroup_failed(self, error: Exception) -> None:
        if not isinstance(error, TimelineError):
            raise error
        self.show_error("Cannot group the lanes", str(error))

    def _show_filtered(self, keep_view: bool = False, keep_labels: bool = False) -> None:
        if self.source is None:
            return
        full = self.source.whole(self.filters.group)
        lanes = self._lanes_besides_eras(full.lanes)
        query = frame_query(self.filters, lanes, self.view.as_of)
        shown = self.source.frame(query)
        colors = {name: PALETTE[i] for name, i in TimelineWidget.lane_slots(full.lanes).items()}
        colors.update((n, c) for n, c in self.lane_colors.items() if n in colors)  # picked
        scale, selected = self.timeline.scale, self.timeline.selected
        self.timeline.set_data(shown, [colors[n] for n in shown.lanes], keep_labels=keep_labels)
        self.timeline.set_marked(self.view.marks)
        if keep_view:
            self.timeline.set_scale(scale)
            if selected is not None and shown.locate(selected) is not None:
                self.timeline.select(selected)
        self.view.select(self.timeline.selected)  # set_data dropped it unless restored above
        # "As known on" cuts the events, not the strip's span: its slider stays where it was.
        known = self.source.frame(replace(query, as_of=None)) if query.as_of is not None else None
        self.overview.set_data(shown, whole=known)
        self.overview.set_as_of(self.view.as_of)
        self.overview.set_window(*self.timeline.visible_range())
        if not keep_view:
            self.filter_panel.set_lanes(lanes, self.filters)
        self._update_status()

    def _as_of_changed(self, key: int | None) -> None:
        """What was known by another day: the events shown again (once the frame is cut, on a
        worker: the first cut reads the report days), the search kept to them."""
        self.overview.set_as_of(key)
        source = self.source
        if source is None:
            return
        self._known.submit(lambda: (source, key, self.prepare(source, key)))

    def prepare(self, source: DataSource, as_of: int | None = None) -> None:
        """Make the frame the view will ask of `source` ready: on a worker, before a new or
        reloaded source is shown (or "as known on" changes). What the first frame would read on
        the UI thread is read here: the report days of an "as known on" cut, and the counts
        that fitting the view asks (a dataset's long events' keys: ~0.3 s at 100M events)."""
        as_of = self.view.as_of if as_of is None else as_of
        filters = self.filters
        frame = source.frame(frame_query(filters, source.whole(filters.group).lanes, as_of))
        span = frame.span()
        if span is not None:  # counts read a dataset's long events' keys: here, not in a frame
            frame.count(None, span[0], span[1] + 1)
            bulk_span(frame)  # what fitting the view counts

    def _known_ready(self, result) -> None:
        source, key, _ = result
        if source is self.source and key == self.view.as_of:
            self._show_filtered(keep_view=True, keep_labels=True)
            self.search.rerun()

    def _known_failed(self, error: Exception) -> None:
        if not isinstance(error, TimelineError):
            raise error
        self.show_error("Cannot show what was known then", str(error))

    def as_of_pending(self) -> bool:
        """Is an "as known on" cut still being made (a screenshot waits for it)?"""
        return self._known.busy

    # -- what the user made of the lanes: colours, heights, folds (remembered per database) -------

    def _restore_lane_look(self, path: str | Path) -> None:
        self.lane_colors, sizes, folded = settings.lane_look(path)
        self.timeline.lane_sizes, self.timeline.folded = dict(sizes), set(folded)

    def save_lane_look(self) -> None:
        if self.source is not None:
            timeline = self.timeline
            settings.save_lane_look(
                self.source.path, self.lane_colors, timeline.lane_sizes, timeline.folded
            )

    def lane_color(self, name: str) -> str | None:
        """The colour lane `name` is drawn in now ("#rrggbb"), if it is shown."""
        events, colors = self.timeline.events, self.timeline.lane_colors
        if events is None or colors is None or name not in events.lanes:
            return None
        return colors[events.lanes.index(name)].name()

    def set_lane_color(self, name: str, color: str | None) -> None:
        """Draw lane `name` in `color` ("#rrggbb"), or None: in the colour its name gives."""
        if color is None:
            self.lane_colors.pop(name, None)
        else:
            self.lane_colors[name] = color
        self.save_lane_look()
        self._show_filtered(keep_view=True, keep_labels=True)

    def _lanes_besides_eras(self, lanes: tuple[str, ...]) -> tuple[str, ...]:
        """A TimelineJS file's eras are drawn behind the lanes, not as a lane of their own
        (grouped by lane; grouped by source they stay where the grouping puts them)."""
        source = self.source
        if self._eras_of is None or self._eras_of[0] is not source:
            eras = [Era(float(a), float(b), t) for a, b, t in source.eras()] if source else []
            self._eras_of = (source, eras)
        eras = self._eras_of[1] if self.filters.group == "lane" else []
        if eras and source is not None:  # a lane "Eras" holding other events stays a lane
            whole, lo, hi = source.whole(), -(2.0**62), 2.0**62  # every key the file can hold
            if whole.count(whole.lanes.index(ERA_LANE), lo, hi) != len(eras):
                eras = []
        self.timeline.eras = eras
        return tuple(n for n in lanes if n != ERA_LANE) if eras else lanes

    def _allowed_hits(self, hits: list[SearchHit]) -> list[SearchHit]:
        """Search and filters combine: only hits among the events shown (called on the search's
        worker: in a dataset it reads the hits' rows)."""
        events = self.timeline.events
        if events is None or not hits:
            return hits
        ids = np.fromiter((h.event_id for h in hits), np.int64, len(hits))
        keep = events.contains(ids)
        return [h for h, k in zip(hits, keep.tolist(), strict=True) if k]

    # -- search marks and labels -------------------------------------------------------------------

    def _marks_changed(self, marks: np.ndarray) -> None:
        self.timeline.set_marked(marks)
        self._update_status()

    def _want_titles(self, ids: list[int]) -> None:
        """Read the titles the timeline's labels lack, on a worker (never while it paints).
        When the file cannot be read (another program is writing to it, it is gone) the labels
        stay blank for a while and the status bar says why, rather than every frame waiting."""
        source = self.source
        if source is None:
            return
        if time.monotonic() < self._titles_after:  # blank until forget_labels asks again
            self.timeline.add_titles(dict.fromkeys(ids, ""))
            return

        def read():
            try:
                titles = source.titles(ids)
            except TimelineError as exc:
                return source, ids, None, exc
            return source, ids, {i: titles.get(i) or "" for i in ids}, None

        self._titler.submit(read)

    def _titles_read(self, result) -> None:
        source, ids, titles, error = result
        if source is not self.source:
            return  # another file is shown now
        if error is None:
            self.timeline.add_titles(titles)
            return
        self.timeline.add_titles(dict.fromkeys(ids, ""))  # blank until forget_labels asks again
        if time.monotonic() >= self._titles_after:
            self._titles_after = time.monotonic() + TITLES_RETRY_MS / 1000
            self.status_bar.showMessage(f"Titles could not be read: {error}", TITLES_RETRY_MS)
            QTimer.singleShot(TITLES_RETRY_MS, self.timeline, self.timeline.forget_labels)

    # -- events and history ------------------------------------------------------------------------

    def describe_event(self, event_id: int) -> str:
        try:  # on the UI thread: while another program writes, no tooltip rather than a wait
            brief = self.source.brief(event_id, wait=False) if self.source else None
        except TimelineError:
            return ""  # a tooltip is no place for an error; a click says it
        if brief is None:
            return ""
        when = describe_date(brief.start, brief.end, brief.precision)
        # planned, negated, around a day: from the flags the frame already holds
        place = self.timeline.events.locate(event_id) if self.timeline.events else None
        if place is not None and is_around(place.flags, place.start, place.end):
            when = f"around {when}"
        text = f"{when}\n{brief.title}"
        status = next((s for s, bit in STATUS_FLAGS.items() if place and place.flags & bit), None)
        words = status_words(status)
        return f"{text}\n({words})" if words else text

    def preview_event(self, event_id: int) -> None:
        """Show an event selected with the arrow keys (not added to the history)."""
        self._show_in_panel(event_id)

    def show_report(self, event_id: int) -> None:
        """Show another report of the story in the panel: its article, its sentence highlighted.
        The timeline keeps the story's marker selected (only the first report is drawn)."""
        self._show_in_panel(event_id)

    def show_event(self, event_id: int) -> None:
        """Select an event and show its source (same as a click)."""
        self.open_event(event_id)

    def open_event(self, event_id: int, *, record: bool = True) -> None:
        """Select an event, bring it into view, show its source and remember it for Back.
        While another program writes to the file, all that happens once it has finished."""
        if self._show_in_panel(event_id, lambda: self._opened(event_id, record)):
            self._opened(event_id, record)

    def _opened(self, event_id: int, record: bool) -> None:
        events = self.timeline.events
        drawn = self._drawn_as(event_id)
        self.view.select(drawn)
        place = events.locate(drawn) if events is not None else None
        if place is not None:
            self.timeline.follow(float(place.start), float(place.end))
        if record:
            self.view.visit(event_id)

    def _drawn_as(self, event_id: int) -> int:
        """The event the timeline draws for `event_id`: itself, or, for a report of a story
        drawn once (shown in the panel now), the story's report that is drawn."""
        events, current = self.timeline.events, self.panel.current
        if events is None or events.locate(event_id) is not None:
            return event_id
        if current is not None and current.id == event_id:
            for report in current.reports:
                if events.locate(report.id) is not None:
                    return report.id
        return event_id

    def _show_in_panel(self, event_id: int, then: Callable[[], None] | None = None) -> bool:
        """Show an event in the panel; False if it is not shown now. When another program holds
        the file's write lock, it is read again in the background and shown (then `then` runs)
        as soon as the lock is released, with a quiet status line meanwhile: a click is no
        reason for an error box."""
        source = self.source
        if source is None:
            return False
        self._stop_waiting()  # this click replaces one still waiting
        try:  # on the UI thread: no wait for the lock, the retries wait in the background
            detail, others = read_event(source, event_id, wait=False)
        except DatabaseLockedError:
            self._wait_for(source, event_id, then)
            return False
        except TimelineError as exc:  # damaged, gone: say so, keep the view
            self.show_error("Cannot show the event", str(exc))
            return False
        return self._show_detail(detail, others)

    def _show_detail(self, detail: EventDetail | None, others: list[EventBrief]) -> bool:
        if detail is None:
            self.panel.clear()
            return False
        self.panel.show_event(detail, others)
        return True

    def _wait_for(self, source: DataSource, event_id: int, then: Callable[[], None] | None) -> None:
        self._waiting = (source, event_id, then)
        self._waiting_message = (
            f"Waiting for {Path(source.path).name}: another program is writing to it…"
        )
        self.panel.show_waiting(self._waiting_message)
        self.status_bar.showMessage(self._waiting_message)
        self._read_again()

    def _read_again(self) -> None:
        if self._waiting is None:
            return
        source, event_id, _then = self._waiting
        self._waiter.submit(lambda: (source, event_id, read_event(source, event_id)))

    def _waited(self, result) -> None:
        source, event_id, (detail, others) = result
        if self._waiting is None or self._waiting[:2] != (source, event_id):
            return  # another click, or another file, since
        then = self._waiting[2]
        self._stop_waiting()
        if source is self.source and self._show_detail(detail, others) and then is not None:
            then()

    def _wait_failed(self, error: Exception) -> None:
        if not isinstance(error, TimelineError):
            raise error
        if self._waiting is None:
            return
        if isinstance(error, DatabaseLockedError):  # still writing: again, shortly
            QTimer.singleShot(LOCKED_RETRY_MS, self, self._read_again)
            return
        self._stop_waiting()
        self.show_error("Cannot show the event", str(error))

    def _stop_waiting(self) -> None:
        if self._waiting is None:
            return
        self._waiting = None
        self._waiter.cancel()
        if self.status_bar.currentMessage() == self._waiting_message:
            self.status_bar.clearMessage()
        self.panel.show_waiting(None)

    def clear_selection(self) -> None:
        self._stop_waiting()
        self.view.select(None)
        self.panel.clear()

    def back(self) -> None:
        event_id = self.view.back()
        if event_id is not None:
            self.open_event(event_id, record=False)

    def forward(self) -> None:
        event_id = self.view.forward()
        if event_id is not None:
            self.open_event(event_id, record=False)

    # -- range and status --------------------------------------------------------------------------

    def _follow_range(self, t0: float, t1: float) -> None:
        """A range set on the view state from outside: the timeline shows it (and reports the
        span it could show, which the view state records; _range_changed runs first so the
        status ends on that one)."""
        if self.timeline.visible_range() != (t0, t1):
            self.timeline.set_range(t0, t1)

    def _follow_selection(self, event_id: int | None) -> None:
        if self.timeline.selected != event_id:
            self.timeline.select(event_id)

    def _range_changed(self, t0: float, t1: float) -> None:
        span = t1 - t0
        precision = "year" if span > 3 * 365 * 86400 else "month" if span > 60 * 86400 else "day"
        self.status_range.setText(f"{iso_of(int(t0), precision)} … {iso_of(int(t1), precision)}")
        self.overview.set_window(t0, t1)

    def _update_status(self) -> None:
        events = self.timeline.events
        if events is None:
            self.status_count.setText("")
            return
        n, lanes = len(events), len(events.lanes)
        text = f"{n:,} events · {lanes} lane{'s' if lanes != 1 else ''}"
        eras = len(self.timeline.eras)  # drawn behind the lanes, not counted as their events
        if self.source is not None and n != len(self.source.whole()) - eras:
            text += f" (of {len(self.source.whole()) - eras:,})"
        if eras:
            text += f" · {eras} era{'s' if eras != 1 else ''}"
        if len(self.view.marks):
            text += self._marks_status()
        if self.view.as_of is not None:
            text += f" · as known on {day_of(self.view.as_of)}"
        if self.source is not None and self.source.skipped:
            text += f" · {self.source.skipped:,} left out (no usable date)"
        self.status_count.setText(text)

    def _marks_status(self) -> str:
        """The search hits marked; when they are a sample (more matched than are marked:
        db.store.fts_spread), what they are in the view, as the search panel's count says
        (TimelineWidget.marks_scope): every hit of it, or the sample."""
        count = f" · {self.timeline.marked_count():,} search hits"
        if not self.marks_sampled_of:
            return count
        about = about_count(self.marks_sampled_of)
        if self.timeline.marks_scope() is MarksScope.EVERY_IN_VIEW:
            return f" · every search hit in view marked (about {about} texts match in all)"
        return f"{count} marked (a sample: about {about} texts match)"


def read_event(
    source: DataSource, event_id: int, *, wait: bool = True
) -> tuple[EventDetail | None, list[EventBrief]]:
    """An event's detail and its article's events (what the panel shows), read from `source`;
    `wait=False` on the UI thread: DatabaseLockedError at once while the file is being written."""
    detail = source.event(event_id, wait=wait)
    others = (
        source.article_events(detail.article.id, wait=wait) if detail and detail.article else []
    )
    return detail, others
