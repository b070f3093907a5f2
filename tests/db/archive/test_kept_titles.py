"""The titles fetched with windows (db.archive.kept_titles): found by id, the latest window's
first, the oldest windows let go past the limit."""

from __future__ import annotations

import numpy as np

from db.archive.kept_titles import KeptTitles


def _titles(*texts):
    return np.array(list(texts), object)


def test_titles_are_found_by_id_whatever_order_they_came_in():
    kept = KeptTitles(100)
    kept.add(np.array([30, 10, 20]), _titles("Bridge reopened", "Talks begin", None))
    assert kept.get([10, 20, 30, 40]) == {10: "Talks begin", 20: "", 30: "Bridge reopened"}
    assert kept.get([]) == {}


def test_the_latest_window_wins_and_the_oldest_go_past_the_limit():
    kept = KeptTitles(4)
    kept.add(np.array([1, 2]), _titles("Old title", "Port closed"))
    kept.add(np.array([1, 3]), _titles("New title", "Port reopened"))
    assert kept.get([1, 2, 3]) == {1: "New title", 2: "Port closed", 3: "Port reopened"}
    kept.add(np.array([4]), _titles("Envoys meet"))  # five rows: the first window goes
    assert kept.get([1, 2, 3, 4]) == {1: "New title", 3: "Port reopened", 4: "Envoys meet"}
