"""Many rectangles filled in one call, from numpy columns (a density lane's bars).

QPainter's C++ `drawRects(const QRectF *rects, int count)` takes an array; PySide6 passes a
QRectF wrapped over an address as that array's first element. A numpy array of rows
(x, y, width, height) as doubles has QRectF's layout, so the bars go to Qt without a Python
QRect each: building 7,000 QRects a frame (16 density lanes) cost about 3 ms, the array
about 0.1 ms. Whole-pixel values fill the same pixels as QRects (no pen, no antialiasing).
"""

from __future__ import annotations

import numpy as np
import shiboken6
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter


def rect_array(x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> np.ndarray:
    """Rows of (x, y, width, height) as doubles: QRectF's memory layout."""
    out = np.empty((len(x), 4), np.float64)
    out[:, 0], out[:, 1], out[:, 2], out[:, 3] = x, y, w, h
    return out


def fill_rects(p: QPainter, x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> None:
    """Draw rectangles with the painter's pen and brush; the columns may be scalars (shared)."""
    n = len(x)
    if not n:
        return
    rows = rect_array(x, y, w, h)
    # The wrapper does not own the memory; `rows` outlives the call that reads it.
    p.drawRects(shiboken6.wrapInstance(rows.ctypes.data, QRectF), n)
