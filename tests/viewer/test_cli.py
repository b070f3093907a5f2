import os
import subprocess
import sys

import sqlite_utils
from PySide6.QtGui import QImage


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or dict(os.environ),
    )


def test_without_a_display_it_says_so_in_one_line(tiny_db):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = run_cli(str(tiny_db), env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "xvfb-run" in lines[0]


def test_screenshot_renders_the_window(tiny_db, tmp_path):
    out = tmp_path / "shots" / "tiny.png"
    result = run_cli(str(tiny_db), "--screenshot", str(out), "--size", "1000x600")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 600)


def test_screenshot_of_a_foreign_database_fails_clearly(tmp_path):
    foreign = tmp_path / "shop.db"
    sqlite_utils.Database(foreign)["orders"].insert({"item": "tea", "qty": 2})
    before = foreign.read_bytes()
    result = run_cli(str(foreign), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "shop.db is an SQLite database but not a timeline database" in result.stderr
    assert "Traceback" not in result.stderr
    assert foreign.read_bytes() == before


def test_a_malformed_range_is_a_usage_error(tiny_db, tmp_path):
    result = run_cli(
        str(tiny_db), "--screenshot", str(tmp_path / "x.png"), "--range", "2019-02-30..2019-03-01"
    )
    assert result.returncode == 2
    assert "day 30 does not exist in 2019-02" in result.stderr


def test_a_size_that_is_not_width_x_height_is_a_usage_error(capsys):
    import pytest

    from viewer.cli import viewer_parser, window_size

    assert window_size("1000x600") == (1000, 600) and window_size(" 800X500 ") == (800, 500)
    for bad in ("wide", "x", "1000x", "-5x300", "0x300", "1000x600x2", "99999x600"):
        with pytest.raises(SystemExit) as caught:
            viewer_parser().parse_args(["db", "--size", bad])
        assert caught.value.code == 2
        err = capsys.readouterr().err
        assert "usage: timeline-viewer" in err and "argument --size" in err
        assert "Traceback" not in err


def test_an_event_id_that_is_not_a_number_is_a_usage_error(capsys):
    import pytest

    from viewer.cli import viewer_parser

    with pytest.raises(SystemExit):
        viewer_parser().parse_args(["db", "--select", "twelve"])
    assert "argument --select: expected an event id" in capsys.readouterr().err
    assert viewer_parser().parse_args(["db", "--select", str(2**70)]).select == 2**70


def test_an_event_id_too_large_for_sqlite_is_no_event(tiny_db, tmp_path):
    out = tmp_path / "x.png"
    for huge in (str(2**63), str(-(2**63) - 1), "9" * 40):
        result = run_cli(str(tiny_db), "--screenshot", str(out), "--select", huge)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines()[-1] == (
            f"timeline-viewer: there is no event {int(huge)} in {tiny_db.name}"
        )
    assert not out.exists()


def test_a_screenshot_that_cannot_be_written_says_so_in_one_line(tiny_db, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli(str(tiny_db), "--screenshot", str(blocker / "x.png"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"timeline-viewer: could not write {blocker / 'x.png'}")
    assert "Traceback" not in result.stderr


def test_review_on_the_command_line_starts_reviewing_the_window(tiny_db, tmp_path):
    """`timeline-viewer DB --review --screenshot`: the window opens the review table (and
    says so); the file is a review database afterwards, its events as imported."""
    from db.store.timeline import TimelineStore

    before = TimelineStore.open(tiny_db)
    events = [before.event(i) for i in (1, 2, 3, 4)]
    before.close()
    out = tmp_path / "review.png"
    result = run_cli(str(tiny_db), "--review", "--select", "1", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    reviews = sqlite_utils.Database(tiny_db)
    assert reviews["reviews"].count == 0
    reviews.close()
    after = TimelineStore.open(tiny_db)
    assert [after.event(i) for i in (1, 2, 3, 4)] == events
    after.close()
