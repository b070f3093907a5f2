"""Where each id is in a frame's arrays (in start order): what placing a search's hits asks of
an in-memory frame, for ~100,000 ids at once.

Sorting a million ids to bisect into them took ~120 ms of CPU, paid by the first search of every
frame (a filter change makes a new one). Ids are usually dense (a database's rowids): a table
from id to position, made in one scatter (~11 ms at a million), answers each id with one gather.
Sparse ids, or an id held twice (the first in start order is wanted, which a scatter does not
promise), are sorted as before.
"""

from __future__ import annotations

import numpy as np

SPARSEST = 4  # a table at most this many times as long as the ids (int64 each)


class IdPositions:
    """The positions of `ids` (an array in start order), asked for many ids at once."""

    def __init__(self, ids: np.ndarray) -> None:
        self._table: np.ndarray | None = None
        self._sorted: tuple[np.ndarray, np.ndarray] | None = None
        self._low = int(ids.min()) if len(ids) else 0
        span = int(ids.max()) - self._low + 1 if len(ids) else 0
        if 0 < span <= SPARSEST * len(ids):
            table = np.full(span, -1, np.int64)
            table[ids - self._low] = np.arange(len(ids), dtype=np.int64)
            if np.count_nonzero(table >= 0) == len(ids):  # no id twice
                self._table = table
        if self._table is None:
            order = np.argsort(ids, kind="stable")  # equal ids: the first in start order
            self._sorted = (ids[order], order)

    def of(self, ids: np.ndarray) -> np.ndarray:
        """Each of `ids`' first position, -1 for those not held."""
        ids = np.asarray(ids, dtype=np.int64)
        if self._table is not None:
            at = ids - self._low
            inside = (at >= 0) & (at < len(self._table))
            out = np.full(len(ids), -1, np.int64)
            out[inside] = self._table[at[inside]]
            return out
        assert self._sorted is not None
        keys, order = self._sorted
        if not len(keys):
            return np.full(len(ids), -1, np.int64)
        at = np.minimum(np.searchsorted(keys, ids), len(keys) - 1)
        return np.where(keys[at] == ids, order[at], -1)
