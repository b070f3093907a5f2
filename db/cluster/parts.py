"""The parts of an import: what each batch wrote, and the list of batches done.

    OUT/parts/manifest.jsonl             the batches done, one JSON line each: their input files
                                         (path, SHA-256), what they did, the rows of each part
    OUT/parts/batch-NNNNNN/events.parquet, articles.parquet, captions.parquet
                                         the schema's columns, ids local to the batch (from 0)
    OUT/parts/batch-NNNNNN/pyramid.npz   the batch's short events counted (db.archive.pyramid)

A batch folder that the manifest does not list is a killed import's (or a killed worker's)
leftover, removed before the next run. A batch is appended to the manifest as it is done, so a
killed import keeps every batch it recorded and resumes after them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.archive.dataset import write_atomic
from db.formats.reading import shown

if TYPE_CHECKING:
    import pyarrow as pa

PARTS = "parts"
PARTS_MANIFEST = "manifest.jsonl"
PARTS_FORMAT = 1
KINDS = ("events", "articles", "captions")
# In an events part's metadata: its row groups of long events (JSON), the others being a start
# year's short events each (parts written before it have none: all their groups are read).
LONG_GROUPS = "timeline.long_row_groups"

# The parts' Arrow schemas, made on first use (Arrow and the schema module are imported then: a
# client finding nothing new to import needs neither): EVENT_PART (the schema's columns, ids local
# to the batch, and the batch's number), ARTICLE_PART, CAPTION_PART, and PART_SCHEMAS by kind.
_SCHEMAS: dict[str, Any] = {}


def _make_schemas() -> dict[str, Any]:
    import pyarrow as pa

    from db.schema import V2_EVENT_COLUMNS

    v2 = V2_EVENT_COLUMNS.items()
    EVENT_PART = pa.schema(
        [
            ("id", pa.int64()), ("title", pa.string()), ("text", pa.string()),
            ("start", pa.string()), ("end", pa.string()), ("precision", pa.string()),
            ("lane", pa.string()), ("kind", pa.string()), ("article_id", pa.int64()),
            ("caption_id", pa.int64()), ("span_start", pa.int64()), ("span_end", pa.int64()),
            ("start_key", pa.int64()), ("end_key", pa.int64()), ("record_hash", pa.string()),
            ("data", pa.string()),
            *((name, pa.int64() if t is int else pa.string()) for name, t in v2),
            ("year", pa.int64()),  # of the start (proleptic Gregorian): the partition it goes to
            ("batch", pa.int64()),
        ]
    )  # fmt: skip
    ARTICLE_PART = pa.schema(
        [
            ("id", pa.int64()), ("headline", pa.string()), ("published", pa.string()),
            ("source", pa.string()), ("url", pa.string()), ("categories", pa.string()),
            ("language", pa.string()), ("body", pa.string()), ("content_hash", pa.string()),
            ("origin", pa.string()), ("imported_at", pa.string()), ("batch", pa.int64()),
        ]
    )  # fmt: skip
    CAPTION_PART = pa.schema(
        [
            ("id", pa.int64()), ("article_id", pa.int64()), ("position", pa.int64()),
            ("text", pa.string()), ("credit", pa.string()), ("image", pa.string()),
            ("batch", pa.int64()),
        ]
    )  # fmt: skip
    parts = {"events": EVENT_PART, "articles": ARTICLE_PART, "captions": CAPTION_PART}
    return {"EVENT_PART": EVENT_PART, "ARTICLE_PART": ARTICLE_PART, "CAPTION_PART": CAPTION_PART,
            "PART_SCHEMAS": parts}  # fmt: skip


def __getattr__(name: str) -> Any:
    """EVENT_PART, ARTICLE_PART, CAPTION_PART and PART_SCHEMAS, made once (PEP 562)."""
    if name not in ("EVENT_PART", "ARTICLE_PART", "CAPTION_PART", "PART_SCHEMAS"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if not _SCHEMAS:
        _SCHEMAS.update(_make_schemas())
    return _SCHEMAS[name]


@dataclass
class BatchDone:
    """What one batch did (kept in the parts manifest)."""

    batch: int
    files: list[tuple[str, str | None]]  # (path as given, SHA-256 of its bytes)
    imported: int = 0
    skipped_duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # rows of each part
    # Where its articles' publication dates came from (as ImportReport.dates_from), and what an
    # article without one left undated, (path as given, note).
    dates_from: dict[str, int] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def events(self) -> int:
        return self.rows.get("events", 0)


def batch_dir(out: Path, batch: int) -> Path:
    return out / PARTS / f"batch-{batch:06d}"


def part_file(out: Path, batch: int, kind: str) -> Path:
    return batch_dir(out, batch) / f"{kind}.parquet"


def counts_file(out: Path, batch: int) -> Path:
    return batch_dir(out, batch) / "pyramid.npz"


class PartsManifest:
    """The batches done, by number: a journal with a header line and one JSON line a batch,
    appended and synced as each batch is done (so recording batch N costs one line, not the
    whole list again). A line a killed import left half-written is cut off when it is read."""

    def __init__(self, out: Path) -> None:
        self.path = out / PARTS / PARTS_MANIFEST
        self.done: dict[int, BatchDone] = {}
        if not self.path.is_file():
            return
        with open(self.path, "rb") as f:
            data = f.read()
        good = 0  # bytes of whole lines read
        for number, line in enumerate(data.splitlines(keepends=True)):
            try:
                if not line.endswith(b"\n"):
                    raise ValueError("a line cut short")
                item = json.loads(line)
            except ValueError:
                break  # the tail a killed import left: cut off below
            if number == 0:
                if item.get("format") != PARTS_FORMAT:
                    raise ValueError(f"{self.path} is not a parts manifest this version reads")
            else:
                item["files"] = [tuple(f) for f in item["files"]]
                item["failed"] = [tuple(f) for f in item["failed"]]
                item["notes"] = [tuple(f) for f in item.get("notes", [])]
                done = BatchDone(**item)
                self.done[done.batch] = done
            good += len(line)
        if good < len(data):
            os.truncate(self.path, good)

    def known_hashes(self) -> set[str]:
        """The content hashes of the input files every batch done imported (a file that failed
        as a whole is tried again, and says why again)."""
        known = set()
        for done in self.done.values():
            failed = {where for where, _reason in done.failed}
            known |= {h for path, h in done.files if h and shown(path) not in failed}
        return known

    def next_batch(self) -> int:
        return max(self.done, default=0) + 1

    def record(self, done: BatchDone) -> None:
        """Add a batch done to the journal (written through to the disk before returning)."""
        if not self.path.is_file():
            header = json.dumps({"format": PARTS_FORMAT}) + "\n"
            write_atomic(self.path, lambda temp: temp.write_text(header, "utf-8"))
        # ASCII: a path that is not UTF-8 (lone surrogates) is written escaped, and read back.
        line = json.dumps(asdict(done)) + "\n"
        with open(self.path, "a", encoding="ascii") as f:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())
        self.done[done.batch] = done

    def remove_leftovers(self) -> list[Path]:
        """Delete batch folders no batch done owns, and temp files: a killed run's."""
        removed: list[Path] = []
        parts = self.path.parent
        if not parts.is_dir():
            return removed
        for entry in parts.iterdir():
            if entry.is_dir() and entry.name.startswith("batch-"):
                number = entry.name.removeprefix("batch-")
                if not number.isdigit() or int(number) not in self.done:
                    shutil.rmtree(entry)
                    removed.append(entry)
                    continue
                for stale in entry.glob(".*.tmp-*"):
                    stale.unlink()
        return removed


def file_hash(path: Path) -> str | None:
    """SHA-256 of a regular file's bytes; None for what is not one or cannot be read (the
    import then says why, and it is tried again on the next run)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def file_hashes(paths: list[str]) -> list[str | None]:
    """file_hash of each path (url_hash of a URL's object): by the client, or a task on the
    cluster's workers."""
    from .urls import is_url, url_hash

    return [url_hash(path) if is_url(path) else file_hash(Path(path)) for path in paths]


def part_table(kind: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows (dicts with the part's columns) as an Arrow table of the part's schema."""
    import pyarrow as pa

    shape = __getattr__("PART_SCHEMAS")[kind]
    return pa.Table.from_pylist(
        [{name: row.get(name) for name in shape.names} for row in rows], schema=shape
    )
