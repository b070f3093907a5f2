"""Rectangles filled from numpy columns in one call paint the pixels QRects do."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from viewer.timeline.rect_arrays import fill_rects


def _paint(draw) -> QImage:
    image = QImage(300, 120, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(40, 120, 200, 180))  # translucent: a pixel filled twice would show
    draw(p)
    p.end()
    return image


def test_bars_from_columns_fill_the_pixels_of_qrects(qapp):
    rng = np.random.default_rng(2)
    x = np.arange(0, 297, 3)
    h = rng.integers(0, 60, len(x))
    base = 100
    keep = h > 0
    want = _paint(
        lambda p: p.drawRects(
            [QRect(int(a), base - int(b), 2, int(b)) for a, b in zip(x[keep], h[keep], strict=True)]
        )
    )
    got = _paint(lambda p: fill_rects(p, x[keep], base - h[keep], 2, h[keep]))
    assert got == want
    assert got != _paint(lambda p: None)  # something was drawn


def test_no_rects_draw_nothing(qapp):
    empty = np.empty(0, np.int64)
    assert _paint(lambda p: fill_rects(p, empty, empty, empty, empty)) == _paint(lambda p: None)
