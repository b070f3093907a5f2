"""open_store: the one door to every kind of data the viewer can show. A folder holding a
dataset manifest opens as an archive (`db.archive.store.DatasetStore`); anything else as an
SQLite file (`db.store.opening.open_sqlite`: a timeline database, or any table through a
mapping). Both answer the `EventStore` Protocol, so whoever opens never knows which it got.

It stands above both backends so that neither imports the other: the archive implements the
store's Protocols, and the store package knows nothing of archives.
"""

from __future__ import annotations

from pathlib import Path

from db.archive.dataset import CATALOG, MANIFEST, is_dataset
from db.archive.store import DatasetStore
from db.store.model import EventStore, TableMapping
from db.store.opening import check_file, open_sqlite


def dataset_of(path: str | Path) -> Path | None:
    """The dataset folder `path` shows: the folder itself, or the one holding it when `path` is
    the folder's native DuckDB file (its views over the Parquet files, CATALOG); else None."""
    path = Path(path)
    if is_dataset(path):
        return path
    if path.name == CATALOG and is_dataset(path.parent):
        return path.parent
    return None


def open_store(path: str | Path, mapping: TableMapping | None = None) -> EventStore:
    """The store that shows `path`, opened read-only; a TimelineError saying what is wrong when
    none can (see open_sqlite). A mapping applies to SQLite files only."""
    folder = dataset_of(path)
    if folder is not None:
        return DatasetStore(folder)
    return open_sqlite(path, mapping)


def watched_file(path: str | Path) -> Path:
    """The file whose change means that `path`'s data changed: a dataset's manifest (written
    last, once every partition it names is in place), else the file itself."""
    folder = dataset_of(path)
    if folder is not None:
        return folder / MANIFEST
    return Path(path)


def check_openable(path: str | Path) -> None:
    """A TimelineError unless `path` is a dataset folder (or its DuckDB file) or a regular file
    (see check_file); looked at with stat, never opened."""
    if dataset_of(path) is None:
        check_file(path)
