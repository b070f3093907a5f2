"""Which files an article import reads: the article files' suffixes, and folders expanded into
the article files in them. Apart from db.ingest.article_import (which reads the files with the date
finder, seconds of imports), so a command can list its inputs, and find nothing new, without it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = (".txt", ".text", *HTML_SUFFIXES)


def is_folder(path: Path) -> bool:
    """A folder to look into; False for anything else, and for a path that cannot even be
    looked at (reported when it is read as a file)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def expand_article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders replaced by the article files in them (recursively, sorted).

    Symbolic links to folders are not followed (no loops). What is found but cannot be read
    (a folder without permission, a broken link, a FIFO with an article's name) is listed as
    it is, so that reading it reports why, instead of being passed over in silence."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not is_folder(path):
            found.append(path)
            continue
        inside: list[Path] = []

        def unreadable(exc: OSError, inside: list[Path] = inside) -> None:
            inside.append(Path(exc.filename))

        for root, _dirs, files in os.walk(path, onerror=unreadable):
            inside.extend(
                Path(root, name) for name in files if Path(name).suffix.lower() in ARTICLE_SUFFIXES
            )
        found.extend(sorted(inside))
    return found
