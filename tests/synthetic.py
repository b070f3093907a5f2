"""Synthetic event indexes for tests that check fast paths against brute force."""

import numpy as np

from db.store.model import IMPRECISE, RANGE, EventIndex
from db.timekeys import DAY


def random_index(n: int, lanes: int = 3, seed: int = 7) -> EventIndex:
    rng = np.random.default_rng(seed)
    start = np.sort(rng.integers(0, 400 * DAY, n))
    length = np.where(rng.random(n) < 0.8, DAY, rng.integers(DAY, 90 * DAY, n))
    flags = np.where(length > DAY, RANGE, 0) | np.where(rng.random(n) < 0.1, IMPRECISE, 0)
    return EventIndex(
        np.arange(1, n + 1, dtype=np.int64),
        start,
        start + length,
        rng.integers(0, lanes, n).astype(np.int32),
        flags.astype(np.uint8),
        tuple(f"L{i}" for i in range(lanes)),
    )
