"""Search as you type: a query box and the list of hits (date, title, snippet with the hit marked).

The query runs off the UI thread (viewer.worker) in two steps: the best FIRST_PAGE hits with their
snippets first (a common word's first results show in tens of milliseconds at a million events),
then every hit's id for the timeline's marks. Text from the database is escaped before it is shown
as rich text, so nothing in it is ever interpreted as HTML.
"""

from __future__ import annotations

import html
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, wait

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from db.store import MARK_OFF, MARK_ON, SearchHit, SearchResult, abandon_when, unique_ids
from db.store.model import Capabilities
from viewer.date_text import short_date
from viewer.timeline.marks import MarksScope
from viewer.worker import LatestOnly

DEBOUNCE_MS = 180
MIN_ROWS = 10  # results the splitter makes room for, as far as the source panel below can spare
SNIPPET_LINES = 2  # a result's snippet wraps to this many lines, the rest cut off
FIRST_PAGE = 50  # hits listed (the best, in date order)
MARKS = 50_000  # event matches marked on the timeline, at most (a sample over all when more)
LISTED_WAIT_S = 600  # the marks' job waits this long at most for the first page's
DRAWN_WAIT_S = 0.25  # and then this long at most for the UI thread to have drawn it

Search = Callable[[str, int, int], SearchResult]  # text, hits, marks (0: that half skipped)


def hit_html(
    hit: SearchHit,
    fit: Callable[[str], str] | None = None,
    selected: bool = False,
    heading: str | None = None,
) -> str:
    """The rich text of one result: escaped database text, the matched words in bold. `fit`
    cuts the headline (or the `heading` given instead: HitModel.heading) to its line; a
    selected row takes the selection's text colour."""
    # On the selection's colour the marked words keep dark text on their yellow.
    mark = "<b style='background:#ffe58a" + (";color:#1f2328'>" if selected else "'>")
    snippet = html.escape(hit.snippet or "", quote=False)
    snippet = snippet.replace(MARK_ON, mark).replace(MARK_OFF, "</b>")
    date = html.escape(short_date(hit.start, hit.precision))
    title = heading or hit.headline or hit.title or ""
    title = html.escape(fit(title) if fit is not None else title)
    dim, body = ("", "") if selected else (" style='color:#5f6870'", " style='color:#333'")
    # Date and headline on one line, so a result is three lines with its snippet.
    return (
        f"<div><span{dim}>{date}</span>&nbsp;&nbsp;"
        f"<span style='font-weight:600'>{title}</span></div>"
        f"<div{body}>{snippet}</div>"
    )


HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit itself, for the delegate
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # what its first line shows (HitModel.heading)


class HitModel(QAbstractListModel):
    """The hits listed. A row's rich text is built once: the view asks for it at every paint."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []
        self._html: list[str | None] = []  # a row's DisplayRole, once asked for
        self._shared: set[str] = set()  # headlines on more than one row

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self._html = [None] * len(hits)
        counts = Counter(h.headline for h in hits if h.headline)
        self._shared = {headline for headline, n in counts.items() if n > 1}
        self.endResetModel()

    def heading(self, hit: SearchHit) -> str:
        """A result's first line after its date: its article's headline, or, where rows share
        the headline (a blog's daily post, "Syria Today; Local coordination committees of
        Syria", told apart only by date and snippet), the event's own title."""
        if hit.headline and hit.headline in self._shared and hit.title:
            return hit.title
        return hit.headline or hit.title or ""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._html[index.row()]
            if text is None:
                text = self._html[index.row()] = hit_html(hit, heading=self.heading(hit))
            return text
        if role == Qt.ItemDataRole.UserRole:
            return hit.event_id
        if role == HIT_ROLE:
            return hit
        if role == HEADING_ROLE:
            return self.heading(hit)
        if role == Qt.ItemDataRole.ToolTipRole:  # what the first line leaves out
            shared = hit.headline and hit.headline in self._shared and hit.title
            return hit.headline if shared else hit.title
        return None


class RichDelegate(QStyledItemDelegate):
    """Draws an item's DisplayRole as rich text (already escaped by the model); a hit as its own
    rich text with the headline cut to the row's width, laid out once for a row and selection
    state at the list's width and font (`forget` when the rows change): a repaint (a scroll, a
    hover, the selection moving) builds no HTML and lays out no document again."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._laid_out: dict[tuple[int, bool], QTextDocument] = {}  # (row, selected) at _fit
        self._fit: tuple[int, str] = (0, "")  # the rows' width and font they were laid out for

    def forget(self) -> None:
        """The rows changed: the documents laid out for the old ones are no longer theirs."""
        self._laid_out.clear()

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)  # three lines fill a row: a fourth is clipped whole
        doc.setHtml(text)
        doc.setTextWidth(max(option.rect.width() - 12, 80))
        return doc

    def _hit_document(
        self, opt: QStyleOptionViewItem, row: int, hit: SearchHit, heading: str | None
    ) -> QTextDocument:
        fit = (opt.rect.width(), opt.font.key())
        if fit != self._fit:  # resized (or another font): every headline is cut anew
            self._laid_out.clear()
            self._fit = fit
        key = (row, bool(opt.state & QStyle.StateFlag.State_Selected))
        doc = self._laid_out.get(key)
        if doc is None:  # the headline cut to the line its date leaves it
            text = hit_html(hit, self._fitter(opt, hit), key[1], heading)
            doc = self._laid_out[key] = self._document(opt, text)
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        hit = index.data(HIT_ROLE)
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if hit is not None:
            doc = self._hit_document(opt, index.row(), hit, index.data(HEADING_ROLE))
        else:
            doc = self._document(opt, text)
        painter.save()
        painter.translate(opt.rect.left() + 6, opt.rect.top() + 4)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - 6, opt.rect.height() - 4))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    @staticmethod
    def _fitter(opt: QStyleOptionViewItem, hit: SearchHit) -> Callable[[str], str]:
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        date = short_date(hit.start, hit.precision) + "  "
        room = opt.rect.width() - 24 - QFontMetricsF(opt.font).horizontalAdvance(date)
        metrics = QFontMetricsF(bold)
        return lambda t: metrics.elidedText(t, Qt.TextElideMode.ElideRight, max(room, 40))

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        # Every result the same height: a line of date and headline, SNIPPET_LINES of snippet
        # (the list measures one row, not 500; the clip in `paint` cuts a longer snippet).
        return QSize(200, row_height(option.fontMetrics.lineSpacing()))


def row_height(line: int) -> int:
    """A result's height in pixels for a font's line spacing."""
    return (1 + SNIPPET_LINES) * line + 10


def _every_mark(
    search: Search,
    text: str,
    listed: Future[SearchResult],
    place: Callable[[np.ndarray], object] | None,
) -> tuple[SearchResult, object]:
    """Every hit's id, with those of the hits listed (`listed`, the first page being searched at
    the same time, waited for once these are found), sorted, and where they lie (`place`, the
    timeline's mark_placer): on a worker, so the UI thread is handed marks ready to draw."""
    found = search(text, 0, MARKS)
    first = listed.result(timeout=LISTED_WAIT_S)  # its job started before this one: no deadlock
    marked = unique_ids(np.concatenate([first.marked, found.marked]))
    placed = place(marked) if place is not None else None
    return SearchResult(found.query, found.hits, found.fallback, marked, found.sampled_of), placed


def sampled_text(
    marked: int, matches: int, shown: int, scope: MarksScope = MarksScope.WHOLE
) -> str:
    """The status of a search whose matches are more than the timeline marks: it marks a sample
    spread over their whole range (db.store.fts_spread), and says so; zoomed in (`scope`), what
    the marks are in the view: every hit of it (viewer.timeline.window_marks), or the sample.
    `matches` counts matching texts (events, articles, captions); an article's match marks its
    events."""
    if scope is MarksScope.EVERY_IN_VIEW:
        marks = "every hit in view marked"
    elif scope is MarksScope.SAMPLE_IN_VIEW:
        marks = f"{marked:,} events marked, a sample: some hits in view are not marked"
    else:
        marks = f"{marked:,} events marked, a sample over the whole range"
    return (
        f"about {about_count(matches)} matching texts; {marks}; {shown:,} shown (the best, by date)"
    )


def about_count(n: int) -> str:
    """`n` to three significant figures, as an estimate is told."""
    digits = max(len(str(n)) - 3, 0)
    return f"{round(n, -digits):,}"


def _after(listed: Future[SearchResult], drawn: threading.Event, search: Search) -> Search:
    """`search`, once the first page's search (`listed`) is done and the page drawn (`drawn`, or
    after DRAWN_WAIT_S): one connection serves both, and the UI thread shares the cores, so the
    marks' SQL run beside it held the first page back (a million events, `minister`: 25 ms of
    CPU, 124 ms waited); their start (Python's, holding the GIL) beside the filters' test and
    the list's drawing held those back too (100M events, under load: the filters' test 0.7 ms of
    CPU, 19-30 ms waited)."""

    def later(text: str, hits: int, marks: int) -> SearchResult:
        wait([listed], timeout=LISTED_WAIT_S)
        drawn.wait(DRAWN_WAIT_S)
        return search(text, hits, marks)

    return later


def _staler(panel: SearchPanel, asked: int) -> Callable[[], bool]:
    """Is search number `asked` no longer the panel's newest? Read on its workers: a stale
    search's SQL is given up (db.store.abandon_when), not waited for by the next one's."""
    return lambda: panel._asked != asked


class SearchPanel(QWidget):
    """The query box and its results. `search` is the data source's search function."""

    resultsChanged = Signal(object)  # SearchResult (or None when the query was cleared)
    hitActivated = Signal(int)  # an event id: Enter or a click on a result
    marksPlaced = Signal(object)  # every hit placed by `mark_placer`, before resultsChanged

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(4)
        self.box = QLineEdit()
        self.box.setPlaceholderText("Search events, articles, captions (Ctrl+F)")
        self.box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setStyleSheet("color: #5f6870;")
        # Wrapped: a long count ("about 150,000 matching texts; ...") unwrapped is the side
        # column's minimum width, which took 300 px from the timeline and re-laid out (and
        # repainted) the whole window at each search: 20-50 ms before its first page drew.
        self.status.setWordWrap(True)
        self.model = HitModel()
        self.list = QListView()
        self.list.setModel(self.model)
        delegate = RichDelegate(self.list)
        self.list.setItemDelegate(delegate)
        self.model.modelReset.connect(delegate.forget)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)  # 500 rich-text rows measured once, not 500 times
        self.list.setWordWrap(True)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self.status.hide()
        self.list.hide()
        self._search: Search | None = None
        self._allowed: Callable[[list[SearchHit]], list[SearchHit]] = lambda hits: hits
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self._worker = LatestOnly(self._show, self._failed, self)
        self._marker = LatestOnly(self._marked, self._failed, self)  # the second step
        self.result: SearchResult | None = None
        # Where every hit lies, found on the search's worker (the timeline's mark_placer).
        self.mark_placer: Callable[[], Callable[[np.ndarray], object]] | None = None
        self._early: tuple[SearchResult, object] | None = None  # marks come before their page
        self._asked = 0  # searches run (the newest's number): an older one is stale
        # Set once the newest search's first page is drawn (or it failed, or a newer one began):
        # its marks' search waits for it (_after).
        self._page_drawn = threading.Event()
        # A store that searches on several threads at once (a dataset's sidecar: both cores
        # of a small machine) has the marks' search wait for the page drawn, not only found: it
        # ran beside the filters' test and the list's drawing, and held them back (100M events,
        # under load: the first page drawn 97-147 -> 68-95 ms). One that searches on one
        # connection leaves the UI thread a core: its marks' later start cost more than it gave.
        self.marks_after_drawn = False
        self._scope = MarksScope.WHOLE  # what a sample of marks is in the timeline's view
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self._activate_current)
        self.list.activated.connect(self._activate)
        self.list.clicked.connect(self._activate)

    def set_search(
        self,
        search: Search | None,
        allowed: Callable[[list[SearchHit]], list[SearchHit]] | None = None,
        capabilities: Capabilities | None = None,
    ) -> None:
        """Where to search, which hits the current filters let through, and whether the store
        searches on several threads at once (`capabilities.searches_at_once`)."""
        self._search = search
        if allowed is not None:
            self._allowed = allowed
        if capabilities is not None:
            self.marks_after_drawn = capabilities.searches_at_once
        self.rerun()

    def rerun(self) -> None:
        if self.box.text().strip():
            self._run()

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def clear(self) -> None:
        self.box.clear()

    @property
    def busy(self) -> bool:
        return self._worker.busy or self._marker.busy or self._timer.isActive()

    def _run(self) -> None:
        text = self.box.text()
        self._marker.cancel()
        self._early = None
        self._asked += 1  # what an older search still reads is given up
        self._page_drawn.set()  # an older search's marks: not held back (they are given up)
        self._page_drawn = drawn = threading.Event()
        if not self.marks_after_drawn:
            drawn.set()
        if not text.strip() or self._search is None:
            self._worker.cancel()
            self._show(None)
            return
        search, allowed = self._search, self._allowed
        listed: Future[SearchResult] = Future()
        stale = _staler(self, self._asked)

        def first_page() -> SearchResult:
            try:
                with abandon_when(stale):
                    result = search(text, FIRST_PAGE, 0)
            except BaseException as exc:  # the marks' job waits for it: tell it too
                listed.set_exception(exc)
                drawn.set()
                raise
            listed.set_result(result)
            # The filters' test reads the hits' rows in a dataset: here too, off the UI thread.
            return SearchResult(result.query, allowed(result.hits), result.fallback, result.marked)

        def marks() -> tuple[SearchResult, object]:
            with abandon_when(stale):
                return _every_mark(_after(listed, drawn, search), text, listed, place)

        # Every hit's id is searched once the first page is drawn (its job started after the
        # first page's, so a worker is never taken by the marks' job while the first page waits).
        place = self.mark_placer() if self.mark_placer is not None else None
        self._worker.submit(first_page)
        self._marker.submit(marks)

    def _show(self, result: SearchResult | None) -> None:
        # The marks may go a turn of the event loop from now: the list's paint, posted by what
        # follows, comes first.
        QTimer.singleShot(0, self._page_drawn.set)
        self.result = result  # its hits the filters let through already (on the worker)
        self.model.set_hits(result.hits if result else [])
        if result is None:
            self.status.hide()
            self.list.hide()
        else:
            n = len(result.hits)
            self._say_count(counting=self._search is not None)
            self.status.show()
            # No minimum height for the list: one that outgrew the window's room made the window
            # taller (and re-laid out, and repainted, all of it). The window's splitter gives the
            # panel its `wanted_height` out of the room the source panel below can spare.
            self.list.setVisible(n > 0)
            if n:
                self.list.setCurrentIndex(self.model.index(0))
        self.resultsChanged.emit(result)
        early, self._early = self._early, None
        if result is not None and early is not None and early[0].query == result.query:
            self._marked(early)

    def wanted_height(self) -> int:
        """The height that shows the query box, the count and up to MIN_ROWS results, at the
        panel's width: what it asks of the splitter above the source panel."""
        layout = self.layout()
        margins = layout.contentsMargins()
        height = margins.top() + margins.bottom() + self.box.sizeHint().height()
        if self.result is None:
            return height
        inner = self.width() - margins.left() - margins.right()
        height += layout.spacing() + max(self.status.heightForWidth(inner), 0)
        if n := len(self.result.hits):
            rows = min(n, MIN_ROWS) * row_height(self.list.fontMetrics().lineSpacing())
            height += layout.spacing() + rows + 2 * self.list.frameWidth()
        return height

    def _marked(self, found_placed: tuple[SearchResult, object]) -> None:
        """The second step: every hit's id, marked with those of the hits listed."""
        found, placed = found_placed
        result = self.result
        if result is None or found.query != result.query:
            self._early = found_placed  # before its first page was shown: applied with it
            return
        if placed is not None:
            self.marksPlaced.emit(placed)
        self.result = SearchResult(
            result.query, result.hits, result.fallback, found.marked, found.sampled_of
        )
        self._say_count()
        self.resultsChanged.emit(self.result)

    def _say_count(self, counting: bool = False) -> None:
        """The count of hits, or while the marks are still read (`counting`) those listed."""
        result = self.result
        if result is None:
            return
        n = len(result.hits)
        text = f"{n:,} hit{'s' if n != 1 else ''}"
        if counting and n:
            text += ", marking every hit…"
        elif result.sampled_of:
            text = sampled_text(len(result.marked), result.sampled_of, n, self._scope)
        elif len(result.marked) > n:
            text = f"{len(result.marked):,} hits, {n:,} shown (the best, by date)"
        if result.fallback:
            text += " (searched as plain words)"
        self.status.setText(text if n or len(result.marked) else "No results")

    def set_marks_scope(self, scope: MarksScope) -> None:
        """What the marks are in the timeline's view (zoomed in, every hit of it may be marked
        where over the whole range a sample is): the count says it once the marks have come."""
        self._scope = scope
        if self.result is not None and self.result.sampled_of:
            self._say_count()

    def _failed(self, error: Exception) -> None:
        self._page_drawn.set()
        self.status.setText(f"Search failed: {error}")
        self.status.show()

    def _activate_current(self) -> None:
        if self._timer.isActive():  # Enter before the debounce fired: search now
            self._timer.stop()
            self._run()
            return
        index = self.list.currentIndex()
        if index.isValid():
            self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        event_id = index.data(Qt.ItemDataRole.UserRole)
        if event_id is not None:
            self.hitActivated.emit(int(event_id))

    # What the keys below (and Enter, returnPressed) do in the search box, for Help ▸ Keyboard
    # Shortcuts: (keys as shown, what they do).
    KEYS = (
        ("Up / Down", "Move through the results"),
        ("Enter", "Centre, select and open the current result"),
        ("Escape", "Clear the search"),
    )

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Up/Down in the query box move through the results; Escape clears the query."""
        key = event.key()
        if key == Qt.Key.Key_Escape and self.box.text():
            self.box.clear()
            self._timer.stop()
            self._run()  # cleared now, not after the debounce
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
            row = self.list.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
            row = min(max(row, 0), self.model.rowCount() - 1)
            self.list.setCurrentIndex(self.model.index(row))
            return
        super().keyPressEvent(event)
