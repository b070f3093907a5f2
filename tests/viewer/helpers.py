"""Driving real widgets the way a user does: wheel notches, clicks on what is drawn."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QTextLayout, QTextOption, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget


def wheel(widget: QWidget, pos: QPointF, notches: float = 1.0) -> None:
    """Turn the mouse wheel over `pos` (positive = away from the user = zoom in)."""
    delta = int(120 * notches)
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def tooltip_at(widget: QWidget, pos: QPoint) -> str:
    """The tooltip the widget shows for a hover at `pos` (then hidden again)."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def wrapped_lines(label: QLabel) -> list[str]:
    """The lines a word-wrapped label shows at its width, laid out as QLabel lays them (no-break
    spaces read as spaces, each line stripped)."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [line.replace("\u00a0", " ").strip() for line in lines]
