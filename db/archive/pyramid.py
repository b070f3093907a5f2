"""A dataset's count pyramid, in its `pyramid/` folder: the shared db.pyramid (also kept for a
timeline database, see db.pyramid_cache) at the dataset's layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from db import pyramid as shared
from db.pyramid import BUCKETS_PER_BIN, FINEST, Counts, LanePyramid, levels_for, snap

from .dataset import PYRAMID

__all__ = [
    "BUCKETS_PER_BIN",
    "FINEST",
    "Counts",
    "LanePyramid",
    "Pyramid",
    "levels_for",
    "snap",
    "write_counts",
    "write_pyramid",
]


def write_pyramid(root: Path, mids: np.ndarray, lanes: np.ndarray, n_lanes: int) -> dict:
    """Write every lane's levels and the all-lanes one under the dataset `root`."""
    return shared.write_pyramid(root / PYRAMID, mids, lanes, n_lanes)


def write_counts(root: Path, counts: Counts, lanes: list[Any]) -> dict:
    """Write the pyramid of `counts` (parts summed: db.cluster) under the dataset `root`."""
    return shared.write_counts(root / PYRAMID, counts, lanes)


class Pyramid(shared.Pyramid):
    """Every lane's pyramid of a dataset (and the all-lanes one, under None)."""

    def __init__(self, root: Path, n_lanes: int) -> None:
        super().__init__(root / PYRAMID, n_lanes)
