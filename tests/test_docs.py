"""Every command, option and shortcut a user can reach is in the README."""

import re
from pathlib import Path

from viewer.cli import viewer_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_the_readme_starts_with_the_two_commands():
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make run", "make test"]


def test_every_command_and_option_is_documented():
    for command in (
        "timeline-viewer import",
        "timeline-viewer dates",
        "timeline-viewer build-demo",
        "timeline-viewer review",
    ):
        assert command in README, command
    for action in viewer_parser()._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in README, option


def test_every_menu_shortcut_is_documented(window):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            shortcut = action.shortcut().toString()
            if shortcut:
                assert f"`{shortcut}`" in README, f"{action.text()} ({shortcut})"


def test_the_architecture_names_modules_that_exist():
    """docs/architecture.md tells a newcomer which room a change belongs in: every module path it
    names must be there, and every package of the two layers must be named."""
    root = Path(__file__).resolve().parent.parent
    text = (root / "docs" / "architecture.md").read_text()
    named = set(re.findall(r"`((?:db|viewer|tests)/[\w/]+\.py)`", text))
    assert len(named) > 20
    assert [p for p in sorted(named) if not (root / p).is_file()] == []
    for package in sorted(
        {p.parent for layer in ("db", "viewer") for p in root.glob(f"{layer}/**/__init__.py")}
    ):
        assert f"{package.relative_to(root).as_posix()}/" in text, package
