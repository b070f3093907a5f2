"""The side panel: the selected event and the source it came from, sentence highlighted.

Everything from the database is shown as plain text (QLabel in PlainText format, QPlainTextEdit):
no HTML from a file is ever interpreted, and nothing is fetched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.store import EventDetail
from viewer.dates import describe_date

HIGHLIGHT = QColor("#ffe58a")


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


class SourcePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.event_date = _label(dim=True)
        self.event_title = _label(size=10.5, bold=True)
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
        self.details = _label(dim=True)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setStyleSheet("QPlainTextEdit { background: #ffffff; }")
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(10.5)
        self.body.setFont(body_font)
        self.placeholder = _label("Click an event on the timeline to read its source.", dim=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (
            self.event_date,
            self.event_title,
            self.rule,
            self.headline,
            self.meta,
            self.categories,
            self.url,
            self.caption,
            self.details,
        ):
            layout.addWidget(w)
        layout.addWidget(self.body, 100)
        layout.addWidget(self.placeholder, 100)
        layout.addStretch(1)  # keeps the header packed at the top when there is no body
        self.current: EventDetail | None = None
        self._highlight: tuple[int, int] | None = None
        self.clear()

    def clear(self) -> None:
        self.current = None
        self._highlight = None
        for w in (self.event_date, self.event_title, self.rule, self.headline, self.meta):
            w.hide()
        for w in (self.categories, self.url, self.caption, self.details, self.body):
            w.hide()
        self.placeholder.show()

    def show_event(self, event: EventDetail) -> None:
        self.current = event
        self.placeholder.hide()
        self.event_date.setText(
            f"{describe_date(event.start, event.end, event.precision)}"
            f"  ·  {event.lane or 'no lane'}"
        )
        self.event_title.setText(event.title)
        for w in (self.event_date, self.event_title, self.rule):
            w.show()
        # The article itself as the event: its headline below says it already.
        self.event_title.setVisible(event.kind != "publication" or event.article is None)
        article = event.article
        details = "   ".join(f"{k}: {v}" for k, v in event.data.items() if _short(v))
        self.details.setText(details)
        self.details.setVisible(bool(details))
        if article is None:
            for w in (self.headline, self.meta, self.categories, self.url, self.caption):
                w.hide()
            self._set_body(event.text or "", None)
            return
        self.headline.setText(article.headline or "(no headline)")
        self.headline.show()
        meta = [article.source or "Unknown source"]
        meta.append(
            describe_date(article.published, None, "day")
            if article.published
            else "publication date unknown"
        )
        self.meta.setText("  ·  ".join(meta))
        self.meta.show()
        self.categories.setText(" / ".join(article.categories))
        self.categories.setVisible(bool(article.categories))
        self.url.setText(article.url or "")
        self.url.setVisible(bool(article.url))
        captions = article.captions
        self.caption.setVisible(bool(captions))
        if captions:
            parts = []
            for cap in captions:
                parts.append(cap.text + (f"  (Photo: {cap.credit})" if cap.credit else ""))
            self.caption.setText("\n\n".join(parts))
            active = event.caption_id is not None
            self.caption.setStyleSheet(
                "padding: 6px; font-style: italic; border-left: 3px solid "
                + ("#e0a800; background: #fff4c2;" if active else "#b9c0c8; background: #f3f4f6;")
            )
        body = article.body
        span = event.span if event.caption_id is None else None
        if not body and event.text:
            body, span = event.text, None
        self._set_body(body, span)

    def _set_body(self, text: str, span: tuple[int, int] | None) -> None:
        self.body.setPlainText(text)
        self.body.setVisible(bool(text))
        self._highlight = None
        selections = []
        if span and 0 <= span[0] < span[1] <= len(text):
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHT)
            selection.format = fmt
            selection.cursor = cursor
            selections.append(selection)
            self._highlight = span
            self._scroll_to(span[0])
        else:
            self.body.moveCursor(QTextCursor.MoveOperation.Start)
        self.body.setExtraSelections(selections)

    def _scroll_to(self, position: int) -> None:
        """Bring the highlighted sentence into view, centred in the body."""
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(position)
        self.body.setTextCursor(cursor)
        self.body.centerCursor()

    def highlighted_text(self) -> str:
        """The text highlighted in the body (what the reader's eye is sent to)."""
        sels = self.body.extraSelections()
        return sels[0].cursor.selectedText() if sels else ""

    def highlight_visible(self) -> bool:
        """True if the highlighted sentence's start is inside the body's visible area."""
        sels = self.body.extraSelections()
        if not sels or not self.body.isVisible():
            return False
        cursor = QTextCursor(sels[0].cursor)
        cursor.setPosition(sels[0].cursor.selectionStart())
        rect = self.body.cursorRect(cursor)
        return self.body.viewport().rect().contains(rect.center())


def _short(value: object) -> bool:
    return value not in (None, "", [], {}) and len(str(value)) <= 80
