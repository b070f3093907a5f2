"""Reading event tables: CSV/TSV (header row), JSON Lines, a JSON array; gzip transparently.

Records come out as (where, record, problem): `where` names the record for messages ("line 12",
"item 3"), `record` is a dict (None when the line could not be read) and `problem` says why.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from charset_normalizer import from_bytes

from db.errors import TimelineError

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json")
SAMPLE_BYTES = 1 << 20

Record = tuple[str, dict[str, Any] | None, str | None]


class RecordFileError(TimelineError):
    """An events file that cannot be read at all (as opposed to one bad record in it)."""


def table_suffix(path: Path) -> str:
    """ ".csv", ".jsonl", ... of `path`, looking through a trailing ".gz"."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return Path(name).suffix


def _encoding(sample: bytes, name: str) -> str:
    try:
        sample.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # the sample ended inside a character
            return "utf-8-sig"
    best = from_bytes(sample).best()
    if best is None:
        raise RecordFileError(f"{name} is not text in any encoding this importer recognises.")
    return best.encoding


class RecordFile:
    """An open events file; `position` / `size` (bytes on disk) measure progress."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.suffix = table_suffix(self.path)
        if self.suffix not in TABLE_SUFFIXES:
            raise RecordFileError(
                f"{self.path.name}: not an events table (expected {', '.join(TABLE_SUFFIXES)}, "
                "optionally .gz)."
            )
        compressed = self.path.name.lower().endswith(".gz")
        try:
            self.size = self.path.stat().st_size
            # A buffer as large as the encoding sample, so that peek() can return all of it.
            self._raw: IO[bytes] = open(
                self.path, "rb", buffering=-1 if compressed else SAMPLE_BYTES
            )
        except OSError as exc:
            raise RecordFileError(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        self._binary: io.BufferedReader = (
            io.BufferedReader(gzip.GzipFile(fileobj=self._raw, mode="rb"), SAMPLE_BYTES)
            if compressed
            else self._raw  # type: ignore[assignment]
        )

    @property
    def position(self) -> int:
        return self._raw.tell() if not self._raw.closed else self.size

    def close(self) -> None:
        self._binary.close()
        self._raw.close()

    def __enter__(self) -> RecordFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _text(self) -> io.TextIOWrapper:
        try:
            sample = self._binary.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise RecordFileError(f"{self.path.name}: cannot decompress ({exc}).") from exc
        if b"\x00" in sample[:4096]:
            raise RecordFileError(f"{self.path.name} is a binary file, not an events table.")
        encoding = _encoding(sample, self.path.name)
        return io.TextIOWrapper(self._binary, encoding=encoding, newline="")

    def __iter__(self) -> Iterator[Record]:
        try:
            if self.suffix in (".csv", ".tsv"):
                yield from self._csv()
            elif self.suffix in (".jsonl", ".ndjson"):
                yield from self._json_lines(self._text())
            else:
                yield from self._json()
        except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError, csv.Error) as exc:
            raise RecordFileError(f"{self.path.name}: {exc}") from exc

    def _csv(self) -> Iterator[Record]:
        text = self._text()
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long article texts in a cell
        header = text.readline()
        if not header.strip():
            raise RecordFileError(f"{self.path.name} is empty (no header row).")
        if self.suffix == ".tsv":
            delimiter = "\t"
        else:
            delimiter = max(",;\t|", key=header.count)
        names = next(csv.reader([header], delimiter=delimiter))
        names = [n.strip() for n in names]
        reader = csv.reader(text, delimiter=delimiter)
        line = 1
        for row in reader:
            first, line = line + 1, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            record = dict(zip(names, row, strict=False))
            if len(row) != len(names):
                yield f"line {first}", None, f"{len(row)} fields where the header has {len(names)}"
                continue
            yield f"line {first}", record, None

    def _json_lines(self, lines: IO[str], first: int = 1) -> Iterator[Record]:
        for number, line in enumerate(lines, first):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield f"line {number}", None, f"not valid JSON ({exc})"
                continue
            if not isinstance(record, dict):
                yield f"line {number}", None, "not a JSON object"
                continue
            yield f"line {number}", record, None

    def _json(self) -> Iterator[Record]:
        content = self._text().read()
        try:
            data = json.loads(content)
        except ValueError as exc:
            if "Extra data" in str(exc):  # a .json file that is really JSON Lines
                yield from self._json_lines(io.StringIO(content))
                return
            raise RecordFileError(f"{self.path.name} is not valid JSON ({exc}).") from exc
        items = _record_list(data)
        if items is None:
            raise RecordFileError(
                f"{self.path.name}: expected a JSON array of objects (or an object with an "
                "'events' array)."
            )
        for number, item in enumerate(items, 1):
            if isinstance(item, dict):
                yield f"item {number}", item, None
            else:
                yield f"item {number}", None, "not a JSON object"


def _record_list(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if isinstance(data.get("events"), list):  # TimelineJS-style {"events": [...]}
            return data["events"]
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) == 1:
            return lists[0]
    return None
