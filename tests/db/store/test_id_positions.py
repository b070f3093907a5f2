"""An in-memory frame finds each id's first position in start order (db.store.id_positions),
from a table when the ids are dense and from the sorted ids otherwise: both agree with a scan."""

from __future__ import annotations

import numpy as np
import pytest

from db.store.id_positions import IdPositions


def _scanned(ids: np.ndarray, asked: np.ndarray) -> list[int]:
    found = []
    for i in asked.tolist():
        where = np.flatnonzero(ids == i)
        found.append(int(where[0]) if len(where) else -1)
    return found


@pytest.mark.parametrize(
    "make",
    [
        lambda rng: rng.permutation(3000) + 1,  # a database's rowids, in start order
        lambda rng: np.sort(rng.choice(10_000, 2000, replace=False)) + 7,  # gaps: still a table
        lambda rng: rng.choice(10**9, 2000, replace=False),  # sparse: sorted
        lambda rng: np.concatenate([rng.permutation(1000), rng.permutation(1000)[:50]]),  # twice
        lambda rng: np.zeros(0, np.int64),
    ],
)
def test_positions_agree_with_a_scan(make):
    rng = np.random.default_rng(4)
    ids = np.asarray(make(rng), np.int64)
    asked = np.concatenate([rng.choice(ids, 300) if len(ids) else ids, [-5, 0, 10**12]])
    assert IdPositions(ids).of(asked).tolist() == _scanned(ids, asked)
