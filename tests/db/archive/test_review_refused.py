"""A dataset cannot be reviewed (only a timeline database keeps reviews): the window and the
command line say so and why, and the folder is left as it was."""

from __future__ import annotations

import datetime
import subprocess
import sys

from db.archive.convert import convert
from db.ingest.importers import import_articles
from tests.conftest import SAMPLE_ARTICLE

WHY = "ds cannot be reviewed: only a timeline database keeps reviews."


def _dataset(tmp_path):
    db = tmp_path / "sample.db"
    import_articles(db, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))
    convert(db, tmp_path / "ds")
    return tmp_path / "ds"


def _files(folder) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in sorted(folder.rglob("*"))}


def test_start_reviewing_a_dataset_says_why_it_cannot(make_window, tmp_path):
    ds = _dataset(tmp_path)
    before = _files(ds)
    window = make_window(ds)
    assert window.review.start() is False
    assert window.last_error is not None and window.last_error.text() == WHY
    assert not window.review.start_action.isChecked()
    assert _files(ds) == before


def test_review_on_the_command_line_of_a_dataset_says_why_it_cannot(tmp_path):
    ds = _dataset(tmp_path)
    before = _files(ds)
    shot = tmp_path / "x.png"
    result = subprocess.run(
        [sys.executable, "-m", "viewer", str(ds), "--review", "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == f"timeline-viewer: {WHY}"
    assert not shot.exists() and _files(ds) == before
