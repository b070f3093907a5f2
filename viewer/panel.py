"""The side panel: the selected event and the source it came from, sentence highlighted.

Everything from the database is shown as plain text (QLabel in PlainText format, QPlainTextEdit):
no HTML from a file is ever interpreted, and nothing is fetched.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.formats.timelinejs import MEDIA
from db.provenance import dated_by, rule_words
from db.store import EventBrief, EventDetail
from viewer.caption_text import credit_words
from viewer.date_line import LAG_GAP, date_line, date_parts
from viewer.date_text import describe_date, describe_day, short_span
from viewer.record_fields import record_fields, record_url
from viewer.reporting_text import describe_lag
from viewer.review_box import ReviewBox
from viewer.story_reports import STRUCK, StoryReports, struck

IMAGE_MAX_H = 180
PANEL_MIN_W, PANEL_MIN_H = 280, 240
PLACEHOLDER = (
    "Click an event on the timeline to read its source.\n\n"
    "View ▸ Side Panel (F9) folds this panel away."
)
TITLE_MAX = 160  # characters of the event's title in the panel's fixed header
CAPTIONS_SHOWN = 2  # captions shown before "+N more": 32 captions must not push the body away

# What a line must not break inside: a date as db.provenance writes it ("Mon 23 Dec 2019") and
# a short quoted expression ('Sunday', 'June 1941'), so "... the publication date Mon 23" never
# leaves "Dec 2019" on the next line.
_UNBROKEN = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} -?\d+"
    r"|(?<!\w)'[^'\n]{1,32}'(?!\w)"
)

HIGHLIGHT = QColor("#ffe58a")
DATING_WORDS = QColor("#f5b020")  # the words that dated the event, inside its sentence
ANCHOR_WORDS = QColor("#d3e3f8")  # the earlier expression they were resolved against


def unbroken(text: str) -> str:
    """`text` with no-break spaces inside its dates and short quoted expressions: the label
    wraps between them, never through them."""
    return _UNBROKEN.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)


def _label(text: str = "", *, size: float | None = None, bold: bool = False, dim: bool = False):
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont(label.font())
    if size:
        font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    if dim:
        label.setStyleSheet("color: #5f6870;")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def qt_position(text: str, index: int) -> int:
    """Qt's position (UTF-16 code units) of the Python string index `index` in `text`."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def citation(event: EventDetail) -> str:
    """Headline, source, date and URL of an event's article, as one line to paste."""
    article = event.article
    if article is None:
        return f"{event.title}. {describe_date(event.start, event.end, event.precision)}."
    parts = [article.headline or event.title]
    if article.source:
        parts.append(article.source)
    if article.published:
        parts.append(describe_day(article.published))
    text = ". ".join(p.rstrip(".") for p in parts) + "."
    return f"{text} {article.url}" if article.url else text


class SourcePanel(QWidget):
    eventLinkActivated = Signal(int)  # one of the article's other events was chosen
    reportChosen = Signal(int)  # another report of the story shown was chosen (its event id)
    eventShown = Signal()  # `current` changed (an event shown, or the panel cleared)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_dir: Path | None = None  # where captions' relative image paths start
        self._reveal_pending = False  # scroll to the highlight once the page is laid out
        # A fixed minimum: one the content set would change the window's as events are shown.
        self.setMinimumSize(PANEL_MIN_W, PANEL_MIN_H)
        # One scrolling page: however long the source, the panel asks the window for no room.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page = QWidget()
        self.page.setObjectName("page")
        self.page.setStyleSheet("QWidget#page { background: #ffffff; }")
        self.scroll.setWidget(self.page)
        # The event's date and title stay above the page: what is selected stays in sight while
        # the page is scrolled to its sentence.
        self.header = QWidget()
        self.header.setObjectName("header")
        self.header.setStyleSheet("QWidget#header { background: #ffffff; }")
        top = QVBoxLayout(self.header)
        top.setContentsMargins(14, 12, 14, 2)
        top.setSpacing(6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(14, 6, 14, 12)
        layout.setSpacing(6)
        self.event_date = _label(dim=True)
        self.reporting_lag = _label(dim=True)  # "reported 3 days later"
        self.reporting_lag.setWordWrap(False)  # whole: the date beside it wraps first
        self.event_title = _label(size=10.5, bold=True)
        # How the date was found (its status is on the date's line): see _show_provenance.
        self.dated_by = _label(size=9)
        self.dated_by.setStyleSheet("color: #3d4750;")
        self.date_rule = _label(size=8, dim=True)
        # One block, tight: the words, then the small print.
        self.provenance = QWidget()
        block = QVBoxLayout(self.provenance)
        block.setContentsMargins(0, 0, 0, 0)
        block.setSpacing(1)
        for w in (self.dated_by, self.date_rule):
            # Laid out at their wrapped height for the panel's width; the panel's minimum size
            # must not count them (a short window keeps room for the page).
            w.setMinimumHeight(1)
            block.addWidget(w)
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setStyleSheet("color: #d5dae0;")
        self.headline = _label(size=14, bold=True)
        self.meta = _label(dim=True)
        self.categories = _label(dim=True)
        self.url = _label(dim=True)
        self.caption = _label()
        self.caption.setStyleSheet(
            "background: #f3f4f6; border-left: 3px solid #b9c0c8; padding: 6px; font-style: italic;"
        )
        self.more_captions = QPushButton()
        self.more_captions.setFlat(True)
        self.more_captions.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_captions.setStyleSheet("text-align: left; color: #2f6db3; padding: 2px 0;")
        self.more_captions.clicked.connect(self._toggle_captions)
        self._captions_open = False
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft)
        # A slide's remote media: its address as a link (rich text built here, the URL escaped).
        self.media_link = QLabel()
        self.media_link.setTextFormat(Qt.TextFormat.RichText)
        self.media_link.setWordWrap(True)
        self.media_link.setOpenExternalLinks(True)
        self.media_link.setStyleSheet("color: #5f6870;")
        # A record's fields: the known ones labelled, the rest behind "More details".
        self.fields = QWidget()
        self.fields_form = QFormLayout(self.fields)
        self.fields_form.setContentsMargins(0, 2, 0, 2)
        self.fields_form.setHorizontalSpacing(10)
        self.fields_form.setVerticalSpacing(3)
        self.more_details = QToolButton()
        self.more_details.setText("More details")
        self.more_details.setCheckable(True)
        self.more_details.setAutoRaise(True)
        self.more_details.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_details.setArrowType(Qt.ArrowType.RightArrow)
        self.more_details.toggled.connect(self._toggle_details)
        self.details = _label(dim=True)
        self._url: str | None = None  # what Open original opens
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_original = QPushButton("Open original")
        self.open_original.setToolTip("Open the article's URL in the web browser")
        self.copy_citation = QPushButton("Copy citation")
        self.copy_citation.setToolTip("Copy headline, source, date and URL")
        row.addWidget(self.open_original)
        row.addWidget(self.copy_citation)
        row.addStretch(1)
        self.open_original.clicked.connect(self._open_original)
        self.copy_citation.clicked.connect(self._copy_citation)
        self.others_label = _label("Other events from this article:", dim=True)
        self.others = QListWidget()
        self.others.setMaximumHeight(120)
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.others.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.others.itemActivated.connect(self._other_chosen)
        self.others.itemClicked.connect(self._other_chosen)
        # The body grows to its text (the page scrolls, not the body): see _fit_body.
        self.body = QTextEdit()
        self.body.setReadOnly(True)
        self.body.setAcceptRichText(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setStyleSheet("QTextEdit { background: #ffffff; }")
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.body.document().documentLayout().documentSizeChanged.connect(self._fit_body)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(10.5)
        self.body.setFont(body_font)
        self.placeholder = _label(PLACEHOLDER, dim=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The reporting lag on the date's line, right of it, where both fit on one line; else
        # under it (_place_lag): the date is not squeezed into a column of three or four lines.
        self.date_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.date_row.setSpacing(LAG_GAP)
        self.date_row.addWidget(self.event_date, 1)
        self.date_row.addWidget(
            self.reporting_lag, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        top.addLayout(self.date_row)
        self.review = ReviewBox()  # its review (db.review), when it has one or while reviewing
        # A story's reports stay in sight with the title: Prev / Next step through them.
        self.story_reports = StoryReports()
        self.story_reports.reportChosen.connect(self.reportChosen)
        for w in (self.event_title, self.provenance, self.story_reports, self.review, self.rule):
            top.addWidget(w)
        for w in (
            self.fields,
            self.more_details,
            self.details,
            self.headline,
            self.meta,
            self.categories,
            self.url,
            self.buttons,
            self.image,
            self.media_link,
            self.caption,
            self.more_captions,
        ):
            layout.addWidget(w)
        layout.addWidget(self.body)
        layout.addWidget(self.others_label)
        layout.addWidget(self.others)
        layout.addWidget(self.placeholder, 100)
        layout.addStretch(1)  # keeps the header packed at the top when there is no body
        self.current: EventDetail | None = None
        self._highlight: tuple[int, int] | None = None
        self._intro: tuple[str, str] | None = None  # a title slide (set_intro)
        self._date_parts: list[str] = []  # the date line's parts (viewer/date_line.py)
        self.clear()

    def clear(self) -> None:
        self.current = None
        self._highlight = None
        for w in (self.header, self.event_date, self.event_title, self.rule, self.headline):
            w.hide()
        self.provenance.hide()
        self.reporting_lag.hide()
        self.review.hide()
        self.meta.hide()
        for w in (self.categories, self.url, self.caption, self.details, self.body, self.image):
            w.hide()
        self.media_link.hide()
        self.more_captions.hide()
        for w in (self.buttons, self.others_label, self.others, self.fields, self.more_details):
            w.hide()
        self.story_reports.show_reports(0, [])
        self.placeholder.setText(self._placeholder())
        self.placeholder.show()
        self.eventShown.emit()

    def set_intro(self, slide: tuple[str, str] | None) -> None:
        """What the panel says while nothing is selected, above its hint: the database's own
        title and introduction (a TimelineJS title slide), or nothing."""
        self._intro = slide
        if self.current is None:
            self.placeholder.setText(self._placeholder())

    def _placeholder(self) -> str:
        """The hint, under the title slide when there is one: rich text built here, every
        word from the file escaped (never interpreted)."""
        if not self._intro:
            self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
            return PLACEHOLDER
        headline, text = self._intro
        self.placeholder.setTextFormat(Qt.TextFormat.RichText)
        parts = [f"<p style='font-size: 15pt; font-weight: bold; color: #20262c;'>"
                 f"{html.escape(headline)}</p>"] if headline else []  # fmt: skip
        parts += [f"<p style='color: #20262c;'>{html.escape(text)}</p>"] if text else []
        hint = html.escape(PLACEHOLDER).replace("\n", "<br>")
        return "".join(parts) + f"<p>{hint}</p>"

    def show_waiting(self, text: str | None) -> None:
        """Say the chosen event is coming (the file is busy), instead of showing the one before;
        None: done waiting (the event is shown, or nothing is)."""
        if text is None:
            if self.current is None:
                self.placeholder.setText(self._placeholder())
            return
        self.clear()
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setText(text)

    def show_event(self, event: EventDetail, others: list[EventBrief] | None = None) -> None:
        """Show an event and its source; `others` are the article's events, in date order."""
        self.current = event
        self._show_others(event, others or [])
        self.buttons.show()
        self._show_url(event)
        self.placeholder.hide()
        self._date_parts = date_parts(event)  # set as a line by _place_lag, at the width
        # Clipped: a title as long as a paragraph would leave the page no room.
        title = event.title if len(event.title) <= TITLE_MAX else event.title[: TITLE_MAX - 1] + "…"
        self.event_title.setText(title)
        self.event_title.setToolTip(event.title if title != event.title else "")
        for w in (self.header, self.event_date, self.event_title, self.rule):
            w.show()
        self._show_lag(event)
        self.review.show_review(event.review)
        self.story_reports.show_reports(event.id, event.reports)
        self.eventShown.emit()
        # The article itself as the event: its headline below says it already.
        self.event_title.setVisible(event.kind != "publication" or event.article is None)
        self._show_provenance(event)
        article = event.article
        self._show_fields(event.data)
        self.media_link.hide()
        if article is not None and event.data.get(MEDIA):
            self._show_media(event)
            return
        if article is None:
            for w in (
                self.headline,
                self.meta,
                self.categories,
                self.url,
                self.caption,
                self.more_captions,
                self.image,
            ):
                w.hide()
            self._set_body(event.text or "", None)
            return
        self.headline.setText(article.headline or "(no headline)")
        font = self.headline.font()  # a long cited headline should not fill the panel
        font.setPointSizeF(14 if len(article.headline or "") <= 90 else 11)
        self.headline.setFont(font)
        self.headline.show()
        meta = [article.source or "Unknown source"]
        meta.append(
            describe_day(article.published) if article.published else "publication date unknown"
        )
        self.meta.setText("  ·  ".join(meta))
        self.meta.show()
        self.categories.setText(" / ".join(article.categories))
        self.categories.setVisible(bool(article.categories))
        self.url.setText(article.url or "")
        self.url.setVisible(bool(article.url))
        captions = article.captions
        self._show_image(captions)
        self.caption.setVisible(bool(captions))
        # Folded after the first few, unless the event's own caption is further down.
        later = [c.id for c in captions[CAPTIONS_SHOWN:]]
        self._captions_open = event.caption_id in later
        self._show_captions()
        if captions:
            active = event.caption_id is not None
            self.caption.setStyleSheet(
                "padding: 6px; font-style: italic; border-left: 3px solid "
                + ("#e0a800; background: #fff4c2;" if active else "#b9c0c8; background: #f3f4f6;")
            )
        body = article.body
        span = event.span if event.caption_id is None else None
        if not body and event.text:
            body, span = event.text, None
        words = self._dating_words(event, span)
        self._set_body(body, span, words, self._anchor_words(event, span) if words[1] else (0, 0))

    def _show_provenance(self, event: EventDetail) -> None:
        """How the event's date was found, in words, with the TIMEX3 value and rule family in
        small print (nothing for events that recorded none)."""
        words = dated_by(event.provenance)
        self.dated_by.setText(unbroken(words))
        self.dated_by.setVisible(bool(words))
        small = rule_words(event.provenance)
        self.date_rule.setText(small)
        self.date_rule.setVisible(bool(small))
        self.provenance.setVisible(bool(words or small))

    def _dating_words(self, event: EventDetail, span: tuple[int, int] | None) -> tuple[int, int]:
        """Where the words that dated the event are in the body: inside its sentence, else
        (0, 0)."""
        prov = event.provenance or {}
        begin, end = prov.get("begin"), prov.get("end")
        if span is None or not isinstance(begin, int) or not isinstance(end, int):
            return 0, 0
        return (begin, end) if span[0] <= begin < end <= span[1] else (0, 0)

    def _anchor_words(self, event: EventDetail, span: tuple[int, int] | None) -> tuple[int, int]:
        """Where the expression the date was resolved against is in the body (a reference
        anchor of a body sentence), else (0, 0)."""
        anchor = (event.provenance or {}).get("anchor")
        if span is None or not isinstance(anchor, dict) or anchor.get("kind") != "reference":
            return 0, 0
        begin, end = anchor.get("begin"), anchor.get("end")
        ok = isinstance(begin, int) and isinstance(end, int) and 0 <= begin < end
        return (begin, end) if ok else (0, 0)

    def _show_lag(self, event: EventDetail) -> None:
        """How long after the event its article reported it (what was known when)."""
        published = event.article.published if event.article is not None else None
        lag = describe_lag(
            event.start, event.end, event.precision, published, event.kind, event.status
        )
        self.reporting_lag.setText(lag or "")
        self.reporting_lag.setVisible(bool(lag))
        self._place_lag()

    def _place_lag(self) -> None:
        """The date line at the header's width, and the lag right of it when the two fit on
        one line, else on its own line under the date (viewer/date_line.py)."""
        margins = self.header.layout().contentsMargins()  # the layout's: the widget has none
        room = self.width() - margins.left() - margins.right()  # the header's width
        lag = self.reporting_lag.text() if self.reporting_lag.isVisibleTo(self) else ""
        lag_w = self.reporting_lag.fontMetrics().horizontalAdvance(lag) if lag else 0.0
        text, beside = date_line(
            self._date_parts, self.event_date.fontMetrics().horizontalAdvance, room, lag_w
        )
        self.event_date.setText(text)
        self.date_row.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        self.date_row.setSpacing(LAG_GAP if beside else 2)
        # The date takes the line's spare width beside the lag; stacked, no spare height.
        self.date_row.setStretchFactor(self.event_date, 1 if beside else 0)

    def _show_media(self, event: EventDetail) -> None:
        """A TimelineJS slide's media: its caption and credit, the picture when it is a local
        file, else its address as a link (opened in the browser on a click, never fetched)."""
        article = event.article
        assert article is not None
        for w in (self.headline, self.meta, self.categories, self.url, self.more_captions):
            w.hide()
        captions = article.captions
        self._show_image(captions)
        self.caption.setVisible(bool(captions))
        if captions:
            self._captions_open = True
            self._show_captions()
            self.caption.setStyleSheet(
                "padding: 6px; font-style: italic; border-left: 3px solid #b9c0c8;"
                " background: #f3f4f6;"
            )
        url = article.url or ""
        if url and not self.image.isVisible():
            if url.lower().startswith(("http://", "https://")):
                self.media_link.setText(
                    f'Media: <a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'
                )
                self.media_link.setToolTip("Opens in the web browser; nothing is fetched here")
            else:
                self.media_link.setText(f"Media: {html.escape(url)} (not found)")
                self.media_link.setToolTip("")
            self.media_link.show()
        # The media's address is no source: Open original opens only a link the record has.
        link = event.data.get("media_link")
        web = isinstance(link, str) and link.lower().startswith(("http://", "https://"))
        self._url = link if web else None
        self.open_original.setEnabled(self._url is not None)
        self.open_original.setToolTip(
            f"Open {self._url} in the web browser" if self._url else "No source URL in this record"
        )
        self._set_body(event.text or "", None)

    def _show_url(self, event: EventDetail) -> None:
        """Open original opens the article's URL, else one the record carries; greyed, it says
        why."""
        url = event.article.url if event.article else None
        url = url or record_url(event.data)
        self._url = url if url and url.lower().startswith(("http://", "https://")) else None
        self.open_original.setEnabled(self._url is not None)
        if self._url is not None:
            self.open_original.setToolTip(f"Open {self._url} in the web browser")
        elif url:
            self.open_original.setToolTip(f"Not a web address: {url[:120]}")
        else:
            self.open_original.setToolTip("No URL in this record")

    def _show_fields(self, data: dict) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        known, rest = record_fields(data)
        for name, value in known:
            self.fields_form.addRow(_label(name, dim=True), _label(value))
        self.fields.setVisible(bool(known))
        self.details.setText("\n".join(f"{k}: {v}" for k, v in rest))
        self.more_details.setVisible(bool(rest))
        self.more_details.setChecked(False)
        self._toggle_details(False)

    def _toggle_details(self, shown: bool) -> None:
        self.more_details.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details.setVisible(shown and bool(self.details.text()))

    def _show_captions(self) -> None:
        captions = self.current.article.captions if self.current and self.current.article else []
        shown = captions if self._captions_open else captions[:CAPTIONS_SHOWN]
        parts = [
            (c.text + (f"  ({credit_words(c.credit)})" if c.credit else "")).strip() for c in shown
        ]
        self.caption.setText("\n\n".join(parts))
        hidden = len(captions) - CAPTIONS_SHOWN
        self.more_captions.setVisible(hidden > 0)
        more = "Show fewer captions" if self._captions_open else f"+{hidden} more"
        self.more_captions.setText(more)

    def _toggle_captions(self) -> None:
        self._captions_open = not self._captions_open
        self._show_captions()

    def _show_others(self, event: EventDetail, others: list[EventBrief]) -> None:
        self.others.clear()
        for brief in others:
            if brief.id == event.id:
                continue
            date = short_span(brief.start, brief.end, brief.precision)
            said = f"  ({brief.review})" if struck(brief.review) else ""
            item = QListWidgetItem(f"{date}   {brief.title}{said}")
            item.setData(Qt.ItemDataRole.UserRole, brief.id)
            item.setToolTip(
                f"{describe_date(brief.start, brief.end, brief.precision)}\n{brief.title}{said}"
            )
            if struck(brief.review):  # a review took it off the timeline: said, and greyed
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(STRUCK)
            self.others.addItem(item)
        has = self.others.count() > 0
        self.others_label.setVisible(has)
        self.others.setVisible(has)

    def _other_chosen(self, item: QListWidgetItem) -> None:
        self.eventLinkActivated.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_image(self, captions) -> None:
        """The first caption's image, when the database ships it as a local file."""
        self.image.hide()
        for cap in captions:
            if not cap.image or "://" in cap.image:
                continue  # never fetched from the network
            path = Path(cap.image)
            if not path.is_absolute() and self.base_dir is not None:
                path = self.base_dir / path
            pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
            if not pixmap.isNull():
                width = max(self.width() - 40, 200)
                self.image.setPixmap(
                    pixmap.scaled(
                        width,
                        IMAGE_MAX_H,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )  # fmt: skip
                )
                self.image.show()
                return

    def _open_original(self) -> None:
        if self._url is not None:
            QDesktopServices.openUrl(QUrl(self._url))

    def _copy_citation(self) -> None:
        if self.current is not None:
            QGuiApplication.clipboard().setText(citation(self.current))

    def _set_body(
        self,
        text: str,
        span: tuple[int, int] | None,
        words: tuple[int, int] = (0, 0),
        anchor: tuple[int, int] = (0, 0),
    ) -> None:
        """The body with `span` (the sentence) highlighted, `words` (the dating words, inside
        it) more strongly, and `anchor` (what they were resolved against) in a pale blue."""
        self.body.setPlainText(text)
        self.body.setVisible(bool(text))
        self._fit_body()
        self._highlight = None
        selections = []
        if span and 0 <= span[0] < span[1] <= len(text):
            # Spans are Python string indices; Qt counts UTF-16 units (an emoji is two).
            begin, end = qt_position(text, span[0]), qt_position(text, span[1])
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(begin)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHT)
            selection.format = fmt
            selection.cursor = cursor
            selections.append(selection)
            self._highlight = span
            if words[0] < words[1] <= len(text):
                selections.append(self._marked(text, words, DATING_WORDS))
                if anchor[0] < anchor[1] <= len(text):
                    selections.append(self._marked(text, anchor, ANCHOR_WORDS))
        self.body.moveCursor(QTextCursor.MoveOperation.Start)
        self.body.setExtraSelections(selections)
        self._reveal_pending = True
        self._reveal()

    def _marked(self, text: str, where: tuple[int, int], color: QColor):
        """An extra selection giving text[where] the background `color`."""
        marked = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        marked.format = fmt
        marked.cursor = QTextCursor(self.body.document())
        marked.cursor.setPosition(qt_position(text, where[0]))
        marked.cursor.setPosition(qt_position(text, where[1]), QTextCursor.MoveMode.KeepAnchor)
        return marked

    def _fit_body(self, *_args) -> None:
        """Give the body the height of its text, so the page scrolls as one."""
        doc = self.body.document()
        width = self.body.viewport().width()
        if width > 0 and doc.textWidth() != width:
            doc.setTextWidth(width)  # laid out now rather than at the next resize
        margins = self.body.contentsMargins()
        height = int(doc.size().height()) + margins.top() + margins.bottom() + 2
        if self.body.height() != height or self.body.minimumHeight() != height:
            self.body.setFixedHeight(height)
        if self._reveal_pending:
            self._reveal()

    def _reveal(self) -> None:
        """Scroll the page so the highlighted sentence (else the top) is in view, about a third
        down. Waits until the panel is laid out at its real size (shown, resized)."""
        if not self.isVisible():
            return
        self._reveal_pending = False  # _fit_body runs again while the page is laid out below
        # The scroll area fits the page to its layout on a later event; do it now, twice as the
        # scroll bar appearing narrows the page and lengthens the text.
        viewport = self.scroll.viewport()
        for _ in range(3):
            self.page.layout().activate()
            width = viewport.width()
            height = max(self.page.layout().totalHeightForWidth(width), viewport.height())
            if self.page.size() == QSize(width, height):
                break
            self.page.resize(width, height)
        bar = self.scroll.verticalScrollBar()
        sels = self.body.extraSelections()
        if not sels or not self.body.isVisible():
            bar.setValue(0)
        else:
            cursor = QTextCursor(sels[0].cursor)
            cursor.setPosition(sels[0].cursor.selectionStart())
            rect = self.body.cursorRect(cursor)
            y = self.body.viewport().mapTo(self.page, rect.topLeft()).y()
            bar.setValue(self._line_top(max(0, y - viewport.height() // 3)))

    def _line_top(self, y: int) -> int:
        """The page's y of the top of the line at `y`, the body's or a label's above it (the
        source's name and date): the page scrolled there shows its first line whole."""
        body = self.body.viewport()
        top = body.mapTo(self.page, QPoint(0, 0)).y()
        if not top < y < top + body.height():
            above = self.page.childAt(self.page.width() // 2, y)
            if isinstance(above, QLabel) and above.parentWidget() is self.page:
                return min(y, above.y())  # a label's lines: its top (a caption's is a line)
            return y
        rect = self.body.cursorRect(self.body.cursorForPosition(QPoint(0, y - top)))
        return min(y, top + rect.top())

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._reveal_pending:
            self._reveal()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_lag()
        if self._reveal_pending:
            self._reveal()

    def highlighted_text(self) -> str:
        """The text highlighted in the body (what the reader's eye is sent to)."""
        sels = self.body.extraSelections()
        return sels[0].cursor.selectedText() if sels else ""

    def dating_words(self) -> str:
        """The words that dated the event, highlighted more strongly inside its sentence."""
        sels = self.body.extraSelections()
        return sels[1].cursor.selectedText() if len(sels) > 1 else ""

    def anchor_words(self) -> str:
        """The earlier expression the date was resolved against, marked in the body."""
        sels = self.body.extraSelections()
        return sels[2].cursor.selectedText() if len(sels) > 2 else ""

    def highlight_visible(self) -> bool:
        """True if the highlighted sentence's start is inside the page's visible area."""
        sels = self.body.extraSelections()
        if not sels or not self.body.isVisible():
            return False
        cursor = QTextCursor(sels[0].cursor)
        cursor.setPosition(sels[0].cursor.selectionStart())
        rect = self.body.cursorRect(cursor)
        viewport = self.scroll.viewport()
        center = self.body.viewport().mapTo(viewport, rect.center())
        return viewport.rect().contains(center)
