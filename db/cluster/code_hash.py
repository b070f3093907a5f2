"""A hash of the data layer's source as this process imported it: the client of an import on a
running cluster compares its own with each worker's (db.cluster.local), so that a `dask worker`
started before timeline-viewer was changed (an editable install's files edited or pulled, the
version number the same) is named at the start, not met as a traceback from a batch's result."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import db


def _source_hash() -> str:
    """sha256 of every module file of the `db` package (by path within it, then contents)."""
    root = Path(db.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# Read once, as the importers are imported (db.cluster.batch imports this module; a worker at
# its start or its first task): what the process runs, whatever the files hold later.
SOURCE_HASH = _source_hash()


def loaded_importers() -> str:
    """Import the importers (once per process: the date finder's rules, Babel's names), and
    the hash of the source they were imported from. Run on each worker."""
    importlib.import_module("db.cluster.batch")
    return SOURCE_HASH
