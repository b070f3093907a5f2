"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns nothing and
dies with "Fatal Python error: none_dealloc" after a few thousand paint calls. This test makes about
20,000 such calls so that a dependency upgrade bringing the bug back fails CI instead of users."""

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_twenty_thousand_paint_calls_do_not_crash(qapp):
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    pen = QPen(QColor("#2f6fb0"), 1)
    for i in range(5000):
        x = float(i % 400)
        painter.setPen(pen)  # each call returns None: the reference the buggy build drops
        painter.drawLine(QPointF(x, 0), QPointF(x, 10))
        painter.drawRect(QRectF(x, 20, 2, 2))
        painter.drawEllipse(QPointF(x, 40), 1.5, 1.5)
    painter.end()
    assert image.pixelColor(10, 5) == QColor("#2f6fb0")
    assert image.pixelColor(10, 100) == QColor("white")
