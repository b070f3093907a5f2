"""An import killed in the middle (SIGKILL: no cleanup of any kind) leaves whole articles only,
a database that passes `PRAGMA integrity_check`, and an import that completes when run again.

`timeline-viewer import` writes one transaction for the whole call (a savepoint per file), so
the kill is timed on its rollback journal: once the journal is non-empty the import is inside
its transaction. The database then still shows the articles of an earlier, finished import."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.errors import DatabaseUnavailableError
from db.store.timeline import TimelineStore
from tests.conftest import SAMPLE_ARTICLE
from tests.robustness.conftest import REPO, timeline_counts

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "March", "May", "July", "September", "November")


def write_articles(folder: Path, n: int) -> list[Path]:
    """`n` distinct articles made from the sample: each its own headline, an extra dated lead
    sentence, and the sample's paragraphs in a rotated order (so dates and text vary), four
    times over: 300 of them outgrow SQLite's page cache, so the import writes into the file
    itself before it commits (the harder case to be killed in)."""
    lines = SAMPLE_ARTICLE.read_text(encoding="utf-8").split("\n\n")
    crumb, headline, caption, body, footer = lines[0], lines[1], lines[2], lines[3:-2], lines[-2:]
    folder.mkdir()
    paths = []
    for i in range(n):
        turn = i % len(body)
        lead = (
            f"Report {i}: officials met on {WEEKDAYS[i % 7]} and again on "
            f"{MONTHS[i % 6]} {1 + i % 28}, {2000 + i % 20}, to review case number {i}."
        )
        paragraphs = (body[turn:] + body[:turn]) * 4
        text = "\n\n".join([crumb, f"{headline} (report {i})", caption, lead, *paragraphs, *footer])
        path = folder / f"report-{i:03d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def import_command(db: Path, files: list[Path]) -> list[str]:
    return [sys.executable, "-m", "viewer", "import", str(db), *map(str, files)]


def articles_in(db: Path) -> dict[str, tuple[int, int]]:
    """content hash -> (events, captions) of each article: what "whole" is compared against."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            """SELECT a.content_hash,
                      (SELECT count(*) FROM events e WHERE e.article_id = a.id),
                      (SELECT count(*) FROM captions c WHERE c.article_id = a.id)
               FROM articles a"""
        ).fetchall()
    conn.close()
    return {h: (events, captions) for h, events, captions in rows}


def drawn(db: Path) -> int:
    """Events the timeline draws: a story (the sample's sentences retold by its copies, grouped
    at import) once."""
    with sqlite3.connect(db) as conn:
        found = conn.execute(
            "SELECT count(*) FROM events WHERE story_id IS NULL OR story_id = id"
        ).fetchone()[0]
    conn.close()
    return found


def orphans(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        found = conn.execute(
            """SELECT (SELECT count(*) FROM events WHERE article_id IS NOT NULL
                       AND article_id NOT IN (SELECT id FROM articles))
                    + (SELECT count(*) FROM captions WHERE article_id NOT IN
                       (SELECT id FROM articles))
                    + (SELECT count(*) FROM events WHERE caption_id IS NOT NULL
                       AND caption_id NOT IN (SELECT id FROM captions))
                    + (SELECT count(*) FROM events_fts WHERE rowid NOT IN
                       (SELECT id FROM events))"""
        ).fetchone()[0]
    conn.close()
    return found


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_import_killed_midway_leaves_whole_articles_and_completes_when_run_again(tmp_path):
    files = write_articles(tmp_path / "articles", 300)
    env = dict(os.environ)

    # The reference: everything imported in one go into a fresh database.
    clean = tmp_path / "clean.db"
    started = time.monotonic()
    subprocess.run(import_command(clean, files), check=True, env=env, cwd=REPO, timeout=300)
    duration = time.monotonic() - started
    whole = articles_in(clean)
    assert len(whole) == 300

    # An earlier import that finished, then an import of everything that is killed.
    db = tmp_path / "news.db"
    subprocess.run(import_command(db, files[:40]), check=True, env=env, cwd=REPO, timeout=300)
    before = articles_in(db)
    before_drawn = drawn(db)
    journal = Path(f"{db}-journal")
    proc = subprocess.Popen(
        import_command(db, files),
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if journal.exists() and journal.stat().st_size > 0:
            # Inside the transaction: wait a quarter of a whole import more, so that some
            # articles are written and most are not.
            time.sleep(duration / 4)
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL, "the import finished before it was killed"
    assert journal.exists() and journal.stat().st_size > 0  # a hot journal was left behind

    # The viewer only reads, so it cannot roll an unfinished write back. When the import had
    # already spilled pages into the file it says what to do; when it had not, the file is
    # still the earlier import's, and that is what it shows.
    try:
        store = TimelineStore.open(db)
    except DatabaseUnavailableError as exc:
        assert "news.db was left half-written" in str(exc)
    else:
        assert len(store.load_index()) == before_drawn
        store.close()

    # Any writer rolls it back (here the check itself, as `sqlite3 news.db` would).
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    after = articles_in(db)
    assert after == before  # whole articles only: the finished import's, as they were
    assert all(whole[h] == counts for h, counts in after.items())
    assert orphans(db) == 0

    # Run again: it completes, the same as the clean import.
    again = subprocess.run(
        import_command(db, files), env=env, cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.startswith("imported 260, skipped 40 duplicates, failed 0,")
    assert articles_in(db) == whole
    assert timeline_counts(db) == timeline_counts(clean)
    assert orphans(db) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    store = TimelineStore.open(db)
    assert len(store.load_index()) == drawn(clean) == drawn(db)
    assert store.search("report 299").hits
