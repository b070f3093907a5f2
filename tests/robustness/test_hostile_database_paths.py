"""Paths given as the database to show that are no database file: a FIFO (SQLite would block
opening it), a character device, a symbolic link loop, a name that is not valid UTF-8. Each is
refused with a message before anything opens it, in the window and in `--screenshot`."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from db.errors import TimelineError
from tests.robustness.conftest import run_viewer
from viewer.source import DataSource


def fifo(tmp: Path, sample: Path) -> Path:
    path = tmp / "pipe.db"
    os.mkfifo(path)
    return path


def device(tmp: Path, sample: Path) -> Path:
    return Path("/dev/zero")


def loop(tmp: Path, sample: Path) -> Path:
    (tmp / "a.db").symlink_to(tmp / "b.db")
    (tmp / "b.db").symlink_to(tmp / "a.db")
    return tmp / "a.db"


def not_utf8(tmp: Path, sample: Path) -> Path:
    path = Path(os.fsdecode(os.fsencode(tmp) + b"/caf\xe9.db"))  # Latin-1, as old disks name
    shutil.copyfile(sample, path)
    return path


HOSTILE: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "fifo": (fifo, "pipe.db is a FIFO (named pipe), not a database file."),
    "device": (device, "/dev/zero is a character device, not a database file."),
    "loop": (loop, "a.db cannot be opened: its symbolic links make a loop."),
    "not-utf8": (not_utf8, "caf\\xe9.db cannot be opened: its name is not valid UTF-8."),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_the_source_refuses_it_at_once(tmp_path, sample_db, case):
    make, expected = HOSTILE[case]
    with pytest.raises(TimelineError) as caught:
        DataSource.open(make(tmp_path, sample_db))
    assert expected in str(caught.value)


@pytest.mark.parametrize("case", list(HOSTILE))
def test_the_window_says_so_and_keeps_what_it_shows(make_window, tmp_path, sample_db, case):
    make, expected = HOSTILE[case]
    bad = make(tmp_path, sample_db)
    window = make_window(sample_db)
    assert not window.try_open(bad)
    assert expected in window.last_error.text()
    assert (
        window.source.path == sample_db and len(window.timeline.events) == 17
    )  # 1 + 9 dated + 7 around
    window.last_error.close()


@pytest.mark.parametrize("case", ["fifo", "loop", "not-utf8"])
def test_the_screenshot_command_says_so_in_one_line(tmp_path, sample_db, case):
    make, expected = HOSTILE[case]
    bad = make(tmp_path, sample_db)
    out = tmp_path / "shot.png"
    result = run_viewer(os.fsdecode(bad), "--screenshot", str(out), timeout=30)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert not out.exists()
