"""Scattered records of a mapped file are asked of the kernel before they are gathered
(db.archive.page_hints): the runs of pages asked for, and gathers that answer as before."""

from __future__ import annotations

import numpy as np

from db.archive import page_hints
from db.archive.id_index import NARROW, IdIndex
from db.archive.page_hints import PAGE, page_runs


def test_the_pages_of_scattered_records_are_asked_for_in_runs():
    # 15-byte records after a 128-byte header: 272 fit the first page with the header
    at = np.array([0, 1, 272, 273, 5000, 5001, 100_000])
    assert page_runs(128, 15, at).tolist() == [[0, 1], [18, 18], [366, 366]]
    assert page_runs(128, 15, np.array([], np.int64)).shape == (0, 2)


def test_a_record_across_two_pages_asks_for_both_and_near_runs_are_one():
    straddling = (PAGE - 128) // 15  # begins on the first page, ends on the second
    assert page_runs(128, 15, np.array([straddling])).tolist() == [[0, 1]]
    near = page_hints.GAP_PAGES * PAGE // 15  # a few pages on: one read, not two
    assert page_runs(0, 15, np.array([0, near])).tolist() == [[0, page_hints.GAP_PAGES]]


def test_gathers_answer_as_without_hints(tmp_path):
    n = 200_000
    records = np.lib.format.open_memmap(tmp_path / "r.npy", mode="w+", dtype=NARROW, shape=(n,))
    rng = np.random.default_rng(3)
    records["start"] = rng.integers(0, 2**31, n)
    records["end"] = records["start"] + rng.integers(0, 1000, n)
    records["lane_no"] = rng.integers(0, 16, n)
    records.flush()
    del records
    entry = {"first_id": 10, "events": n, "dense": True, "base": 1000}
    index = IdIndex(tmp_path, entry, "r.npy")
    ids = np.sort(rng.choice(np.arange(10, 10 + n), 5000, replace=False))
    plain = np.load(tmp_path / "r.npy")  # in memory: nothing to ask for
    found = index.rows(np.concatenate([ids, [5, 10 + n]]))  # ids it lacks left out
    order = np.argsort(plain["start"][ids - 10], kind="stable")
    assert found["id"].tolist() == ids[order].tolist()
    assert (found["start_key"] == plain["start"][ids - 10][order].astype(np.int64) + 1000).all()
    page_hints.ask_for(plain, ids - 10)  # no file behind it: nothing asked, nothing raised
