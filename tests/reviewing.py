"""What the review tests share: finding events in a real file, reading its reviews table, and
the window's menu actions."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def sunday_event(path: Path) -> int:
    """The sample article's "said on Sunday" event."""
    conn = sqlite3.connect(path)
    try:
        (event_id,) = conn.execute(
            "SELECT id FROM events WHERE start = '2019-12-22' AND text LIKE '%said on Sunday%'"
        ).fetchone()
    finally:
        conn.close()
    return event_id


def event_starting(path: Path, start: str) -> int:
    """The one event whose text starts with `start`."""
    conn = sqlite3.connect(path)
    try:
        (found,) = conn.execute(
            "SELECT id FROM events WHERE text LIKE ? || '%'", (start,)
        ).fetchall()
    finally:
        conn.close()
    return found[0]


def review_rows(path: Path) -> list[tuple]:
    """(event_id, action, new_value) of every review row, in order; [] without the table."""
    conn = sqlite3.connect(path)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'reviews'").fetchone():
            return []
        return conn.execute(
            "SELECT event_id, action, new_value FROM reviews ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def menu_action(window, text: str):
    """The menu bar's action named `text` (in any menu)."""
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(text)


def start_from_menu(qtbot, window) -> bool:
    """Edit ▸ Start Reviewing, waited out (the write connection opens on a worker): reviewing?"""
    menu_action(window, "Start Reviewing").trigger()
    qtbot.waitUntil(lambda: not window.review.opening, timeout=20000)
    return window.review.reviewing
