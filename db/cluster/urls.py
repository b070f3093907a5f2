"""Article inputs given as URLs (`file://`, `s3://`, `gs://`, `abfs://`, ... : whatever fsspec
reads, with the filesystem's own package installed where the import runs, e.g. s3fs), read by
whoever needs their bytes: hashed by the client of a LocalCluster or by the workers of a running
scheduler, and each staged by the worker whose batch holds it into a local temporary file
(named after the URL's path, so a year in the path dates it as a path would), which the
importers read as they read any file. The article's origin is the URL.

Only inputs: the dataset folder is written as files (each renamed into place, which an object
store does not do atomically) and the viewer memory-maps its pyramid and records, so OUT_DIR is
a path on a filesystem the workers share. Events tables are read from paths too (their columns
are looked at by the client before the import).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from db.ingest.article_paths import ARTICLE_SUFFIXES

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
CHUNK = 1 << 20


def is_url(path: object) -> bool:
    """Whether an input is a URL (`scheme://...`) rather than a path."""
    return isinstance(path, str) and _SCHEME.match(path) is not None


def check_url(url: str) -> str | None:
    """Why `url` cannot be read here (its scheme unknown to fsspec, or its package missing), or
    None."""
    import fsspec

    protocol = url.split("://", 1)[0].lower()
    try:
        fsspec.get_filesystem_class(protocol)
    except (ImportError, ValueError) as exc:
        return f"{url}: {exc}"
    return None


def expand_urls(url: str) -> list[str]:
    """A URL as given, or (a folder, or a prefix of an object store) the article files under
    it, sorted, as URLs."""
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    try:
        folder = fs.isdir(path)
    except OSError:
        folder = False  # reading it says why
    if not folder:
        return [url]
    found = [p for p in fs.find(path) if PurePosixPath(p).suffix.lower() in ARTICLE_SUFFIXES]
    return sorted(fs.unstrip_protocol(p) for p in found)


def url_hash(url: str) -> str | None:
    """SHA-256 of the object's bytes; None when it cannot be read (the batch says why)."""
    import fsspec

    digest = hashlib.sha256()
    try:
        with fsspec.open(url, "rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


@contextmanager
def staged(url: str) -> Iterator[Path]:
    """A local copy of the object at `url`, removed after the block; its path keeps the URL's
    host and path (the importers read a date from it, and its suffix says its format)."""
    import fsspec

    scratch = Path(tempfile.mkdtemp(prefix="timeline-staged-"))
    try:
        rest = url.split("://", 1)[1].lstrip("/")
        local = scratch.joinpath(*[p for p in PurePosixPath(rest).parts if p not in ("..", ".")])
        local.parent.mkdir(parents=True, exist_ok=True)
        with fsspec.open(url, "rb") as source, open(local, "wb") as target:
            shutil.copyfileobj(source, target, CHUNK)
        yield local
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
