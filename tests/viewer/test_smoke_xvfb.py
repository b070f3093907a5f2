"""The real application on a real (virtual) X display: the xcb platform, not offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")


@pytest.fixture
def xvfb_display():
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not report a display"
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


def _env(display: str) -> dict[str, str]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    return env


def test_app_starts_on_xcb_and_saves_a_screenshot(xvfb_display, tiny_db, tmp_path):
    out = tmp_path / "smoke.png"
    cmd = [sys.executable, "-m", "viewer", str(tiny_db), "--screenshot", str(out)]
    cmd += ["--range", "2019-11-01..2019-12-31", "--select", "4"]
    result = subprocess.run(cmd, env=_env(xvfb_display), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 860)
    # Something was painted: the light background is not all there is.
    colours = {image.pixel(x, y) for x in range(0, 1400, 37) for y in range(0, 860, 23)}
    assert len(colours) > 5


def test_interactive_app_stays_up_until_closed(xvfb_display, tiny_db):
    proc = subprocess.Popen(
        [sys.executable, "-m", "viewer", str(tiny_db)],
        env=_env(xvfb_display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(3)
        assert proc.poll() is None, proc.stderr.read()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
