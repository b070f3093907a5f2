"""What the data layer's commands (`timeline-viewer import`, `... export`) share: a usage error
is one line on stderr and exit code 2, not argparse's usage block and exit."""

from __future__ import annotations

import argparse
from typing import NoReturn


class UsageError(Exception):
    """Bad command line; its message is printed as one line."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)
