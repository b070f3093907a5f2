"""`timeline-viewer upgrade DATASET_DIR`: bring a dataset folder written by an earlier version up
to date in place, adding what makes it fast at scale without converting it again.

What it adds, each only where missing: the events by id (`events_by_id.npy`, db.archive.id_index;
written again narrow, 15 bytes an event instead of 29, where they were written wide and the keys
fit) and, in the search sidecar, the term counts, the one-segment FTS5 indexes and the index of
publication events (db.archive.search.finish_sidecar), and where the sidecar indexes a sample of
the events, their records apart (`search_by_id.npy`, db.archive.search_records). The sidecar is
finished in a copy renamed over it, the manifest rewritten last, so a reader never sees half a
file; the Parquet files are only read. The viewer never writes a dataset: this is the one command
that does, in place.

`main(argv)` takes the arguments after "upgrade": 0 when the dataset is up to date (upgraded or
already), 1 when the folder is not a dataset, of a format this version does not know, or cannot
be upgraded, 2 for a usage error.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.command_line import Parser, run_command
from db.errors import TimelineError
from db.store import fts_rank

from . import dataset as ds
from . import id_index, search_records
from .search import FTS_TABLES, finish_sidecar

PROG = "timeline-viewer upgrade"


class UpgradeError(TimelineError):
    """The folder cannot be upgraded: not a dataset, an unknown format, an unreadable sidecar."""


@dataclass(frozen=True)
class Step:
    """One piece added: what, the file written, its size in bytes and the seconds it took."""

    what: str
    file: str
    size: int
    seconds: float


def _manifest(root: Path) -> dict[str, Any]:
    if not root.is_dir():
        raise UpgradeError(f"{root} is not a folder.")
    if not ds.is_dataset(root):
        raise UpgradeError(f"{root} is not a dataset folder (it has no {ds.MANIFEST}).")
    try:
        manifest = ds.read_manifest(root)
    except (OSError, ValueError) as exc:  # JSON errors are ValueErrors
        raise UpgradeError(f"{root / ds.MANIFEST} cannot be read: {exc}") from exc
    version = manifest.get("format_version")
    if version not in ds.READABLE_VERSIONS:
        raise UpgradeError(
            f"{root} is a dataset of format version {version}, which this version does not "
            f"know (it reads {', '.join(map(str, ds.READABLE_VERSIONS))}); use a newer "
            "timeline-viewer."
        )
    if not (root / ds.SEARCH).is_file():
        raise UpgradeError(f"{root} has no {ds.SEARCH}: convert the database again.")
    return manifest


def _sidecar_missing(path: Path) -> list[str]:
    """What of finish_sidecar's work the sidecar at `path` lacks (nothing: [])."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UpgradeError(f"{path} cannot be read: {exc}") from exc
    if not set(FTS_TABLES) <= names:
        raise UpgradeError(f"{path} is not a search sidecar: convert the database again.")
    # The counts are written after the optimise (finish_sidecar): with them, it was done.
    missing = [] if fts_rank.TERMS in names else ["term counts", "one-segment indexes"]
    if "events_publication" not in names:
        missing.append("publication index")
    return missing


def _finish_copy(target: Path) -> None:
    """finish_sidecar on a copy of the sidecar `target`, renamed over it."""

    def finish(temp: Path) -> None:
        shutil.copyfile(target, temp)
        conn = sqlite3.connect(temp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # a temporary file: removed if it fails
            conn.execute("PRAGMA synchronous = OFF")
            finish_sidecar(conn)
        finally:
            conn.close()

    ds.write_atomic(target, finish)


def _id_index_missing(root: Path, manifest: dict[str, Any]) -> str | None:
    """What the events by id lack: all of them, their narrow records (the wide ones written
    before, where the keys fit narrow ones), or nothing (None)."""
    index = id_index.IdIndex.open(root, manifest)  # None: absent or not matching the manifest
    if index is None:
        return "events by id"
    narrow = index.narrow
    del index  # its memory maps
    if narrow or id_index.narrow_base(root, manifest) is None:
        return None
    return "events by id, narrowed"


def upgrade(root: str | Path) -> list[Step]:
    """Add to the dataset folder `root` what it lacks (see the module); the steps taken, none
    when it was up to date. Raises UpgradeError when `root` is not a dataset this reads."""
    root = Path(root)
    manifest = _manifest(root)
    steps: list[Step] = []
    search = root / ds.SEARCH
    missing = _sidecar_missing(search)
    if missing:
        started = time.perf_counter()
        _finish_copy(search)
        seconds = time.perf_counter() - started
        steps.append(Step(", ".join(missing), ds.SEARCH, search.stat().st_size, seconds))
    missing_records = _id_index_missing(root, manifest)
    if missing_records:
        started = time.perf_counter()
        manifest["id_index"] = id_index.write(root, manifest)
        ds.write_manifest(root, manifest)  # last: the index is used once the manifest names it
        size = sum(
            (root / name).stat().st_size
            for name in (id_index.RECORDS, id_index.IDS)
            if (root / name).is_file()
        )
        seconds = time.perf_counter() - started
        steps.append(Step(missing_records, id_index.RECORDS, size, seconds))
    step = _add_search_records(root, manifest)
    if step is not None:
        steps.append(step)
    return steps


def _add_search_records(root: Path, manifest: dict[str, Any]) -> Step | None:
    """The records of the events the sidecar indexes, apart (db.archive.search_records), where
    missing or stale and the sidecar indexes a sample of the events."""
    if search_records.is_current(root, manifest):
        return None
    started = time.perf_counter()
    entry = search_records.write(root, manifest)
    if entry is None:
        return None  # the sidecar indexes most events (or there is no index by id)
    manifest[search_records.ENTRY] = entry
    ds.write_manifest(root, manifest)  # last: the records are used once the manifest names them
    size = sum((root / n).stat().st_size for n in (search_records.RECORDS, search_records.IDS))
    seconds = time.perf_counter() - started
    return Step("indexed events by id", search_records.RECORDS, size, seconds)


def parser() -> Parser:
    p = Parser(
        prog=PROG,
        description="Bring a dataset folder written by an earlier version up to date in place: "
        "add the events by id, the search sidecar's term counts and the records of the events it "
        "indexes where missing (the Parquet "
        "files are left as they are). On an up-to-date dataset it does nothing.",
    )
    p.add_argument("dataset", metavar="DATASET_DIR", type=Path, help="the dataset folder")
    return p


def _size(n: int) -> str:
    if n < 1000:
        return f"{n} B"
    value = float(n)
    for unit in ("KB", "MB"):
        value /= 1000
        if value < 1000:
            return f"{value:.1f} {unit}"
    return f"{value / 1000:.1f} GB"


def main(argv: Sequence[str] | None = None) -> int:
    code, args, steps = run_command(PROG, parser(), lambda a: upgrade(a.dataset), argv)
    if code is not None or args is None:
        return code or 0
    if not steps:
        print(f"{args.dataset} is up to date: nothing to do")
        return 0
    for step in steps:
        print(f"  {step.what}: {step.file} ({_size(step.size)}) in {step.seconds:.1f} s")
    print(f"{args.dataset} upgraded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
