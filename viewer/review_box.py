"""The panel's review line: an event's review state and its history (db.review), newest first,
as plain text. Shown when the event has a review, or while reviewing ("Not reviewed yet")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from db.review.state import ReviewState

HISTORY_SHOWN = 6  # changes listed; the rest are counted
STYLES = {
    "accepted": "#e7f4ec; border-left: 3px solid #2e8b57;",
    "corrected": "#fdf0e0; border-left: 3px solid #e07b00;",
    "rejected": "#fbe9e7; border-left: 3px solid #c0392b;",
    "unreviewed": "#f3f4f6; border-left: 3px solid #b9c0c8;",
}
HEADINGS = {
    "accepted": "Accepted",
    "corrected": "Corrected",
    "rejected": "Rejected",
    "unreviewed": "Not reviewed yet",
}


def review_text(state: ReviewState | None) -> str:
    """The state and its history: "Corrected (accepted)\\nana · 2026-12-06 00:53 · date: …"."""
    if state is None or not (state.history or state.merged):
        return HEADINGS["unreviewed"]
    heading = HEADINGS[state.name]
    if state.merged_into is not None:
        heading = f"Merged into event {state.merged_into} (one happening told twice)"
    if state.name == "corrected" and state.verdict == "accepted":
        heading += ", accepted"
    lines = [heading]
    for event_id, title in state.merged:
        lines.append(f"Merged into this one: event {event_id} “{title}”")
    for entry in reversed(state.history[-HISTORY_SHOWN:]):
        when = entry.at.replace("T", " ").removesuffix("Z")[:16]
        line = f"{entry.reviewer} · {when} · {entry.describe()}"
        lines.append(f"{line} — {entry.note}" if entry.note else line)
    if len(state.history) > HISTORY_SHOWN:
        lines.append(f"… {len(state.history) - HISTORY_SHOWN} earlier changes")
    return "\n".join(lines)


class ReviewBox(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reviewing = False  # while reviewing an unreviewed event says so too
        self.hide()

    def show_review(self, state: ReviewState | None) -> None:
        if (state is None or not (state.history or state.merged)) and not self.reviewing:
            self.hide()
            return
        name = state.name if state is not None else "unreviewed"
        self.setStyleSheet(f"padding: 4px 6px; background: {STYLES[name]}")
        self.setText(review_text(state))
        self.show()
