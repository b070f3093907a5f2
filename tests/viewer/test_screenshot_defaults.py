"""`--screenshot` draws the viewer as it starts for anyone: the user's saved splitters, lane
colours, sizes, folds and ranges are not read, and their settings are left as they were."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from viewer import settings


def shoot(db: Path, out: Path) -> QImage:
    cmd = [sys.executable, "-m", "viewer", str(db), "--screenshot", str(out), "--size", "1000x600"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    return QImage(str(out))


def config_file() -> Path:
    return Path(os.environ["TIMELINE_VIEWER_CONFIG_DIR"]) / "timeline-viewer.ini"


def test_a_screenshot_ignores_and_keeps_the_users_saved_look(make_window, tiny_db, tmp_path):
    fresh = shoot(tiny_db, tmp_path / "fresh.png")
    # A user who folded the side panel, painted lane A red, made it tall, folded lane B and
    # looked at another month, then quit (which saves all of it).
    window = make_window(tiny_db, size=(1000, 600))
    window.set_side_panel(False)
    window.presenter.set_lane_color("A", "#ff0000")
    t0, _ = window.timeline.visible_range()
    window.timeline.set_range(t0, t0 + 3 * 86400)
    window.close()
    settings.save_lane_look(tiny_db, {"A": "#ff0000"}, {"A": 400.0}, {"B"})
    assert settings.lane_look(tiny_db)[0] == {"A": "#ff0000"}
    saved = config_file().read_bytes()

    again = shoot(tiny_db, tmp_path / "again.png")

    assert again == fresh  # pixel for pixel the defaults' picture
    assert config_file().read_bytes() == saved  # nothing read into, nothing added (recent files)


def test_outside_defaults_the_settings_are_the_users_again(tiny_db):
    settings.save_range(tiny_db, 1.0, 2.0)
    with settings.defaults():
        assert settings.saved_range(tiny_db) is None
        settings.save_range(tiny_db, 5.0, 6.0)
        assert settings.saved_range(tiny_db) == (5.0, 6.0)
    assert settings.saved_range(tiny_db) == (1.0, 2.0)


def test_tests_keep_to_a_settings_file_of_their_own(tmp_path_factory):
    # conftest points every test at a fresh folder: the user's own settings are never read.
    path = Path(settings.settings().fileName()).resolve()
    assert path == config_file().resolve()
    assert Path(tmp_path_factory.getbasetemp()).resolve() in path.parents
