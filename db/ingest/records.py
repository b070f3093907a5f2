"""Reading event tables: CSV/TSV (header row), JSON Lines, a JSON array; gzip transparently.

Records come out as (where, record, problem): `where` names the record for messages ("line 12",
"item 3"), `record` is a dict (None when the line could not be read) and `problem` says why.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from db.errors import TimelineError
from db.formats.reading import (
    JSON_LIMIT,
    TABLE_LIMIT,
    TooDeep,
    UnreadableFile,
    clean_json,
    is_binary_text,
    load_json,
    open_regular,
    shown,
    text_encoding,
)

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


class RecordFile:
    """An open events file; `position` / `size` (bytes on disk) measure progress."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.name = shown(self.path.name)
        self.suffix = table_suffix(self.path)
        if self.suffix not in TABLE_SUFFIXES:
            raise RecordFileError(
                f"{self.name}: not an events table (expected {', '.join(TABLE_SUFFIXES)}, "
                "optionally .gz)."
            )
        compressed = self.path.name.lower().endswith(".gz")
        # A JSON document is parsed whole, in memory; CSV and JSON Lines are read as a stream.
        limit = JSON_LIMIT if self.suffix == ".json" else TABLE_LIMIT
        try:
            # A buffer as large as the encoding sample, so that peek() can return all of it.
            self._raw: IO[bytes] = open_regular(
                self.path, limit, "an events table", buffering=-1 if compressed else SAMPLE_BYTES
            )
        except UnreadableFile as exc:
            raise RecordFileError(str(exc)) from None
        self.size = os.fstat(self._raw.fileno()).st_size
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
            raise RecordFileError(f"{self.name}: cannot decompress ({exc}).") from exc
        # By db.formats.reading's rule: a byte order mark (Excel's "Unicode text" is UTF-16),
        # UTF-16 without one, UTF-8, else charset-normalizer; binary when mostly control codes.
        try:
            whole = self._binary is self._raw and len(sample) >= self.size  # all of the file
            encoding = text_encoding(sample, self.name, "an events table", final=whole)
        except UnreadableFile as exc:
            raise RecordFileError(str(exc)) from None
        decoded = codecs.getincrementaldecoder(encoding)("replace").decode(sample)
        if is_binary_text(decoded):
            raise RecordFileError(f"{self.name} is a binary file, not an events table.")
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
            raise RecordFileError(f"{self.name}: {exc}") from exc

    def _csv(self) -> Iterator[Record]:
        text = self._text()
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long article texts in a cell
        header = text.readline().replace("\x00", "")  # NULs in text are removed
        if not header.strip():
            raise RecordFileError(f"{self.name} is empty (no header row).")
        if self.suffix == ".tsv":
            delimiter = "\t"
        else:
            delimiter = max(",;\t|", key=header.count)
        names = next(csv.reader([header], delimiter=delimiter))
        names = [n.strip() for n in names]
        reader = csv.reader((line.replace("\x00", "") for line in text), delimiter=delimiter)
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
            line = line.replace("\x00", "")
            if not line.strip():
                continue
            try:
                record = clean_json(load_json(line))
            except TooDeep as exc:
                yield f"line {number}", None, str(exc)
                continue
            except ValueError as exc:
                yield f"line {number}", None, f"not valid JSON ({exc})"
                continue
            if not isinstance(record, dict):
                yield f"line {number}", None, "not a JSON object"
                continue
            yield f"line {number}", record, None

    def _json(self) -> Iterator[Record]:
        content = self._text().read(JSON_LIMIT + 1)
        if len(content) > JSON_LIMIT:  # a .json.gz: the cap on the file counted its gzip bytes
            raise RecordFileError(
                f"{self.name} is over {JSON_LIMIT // 1_000_000} MB of JSON, too large to read "
                "whole (JSON Lines, one record a line, has no limit of that kind)."
            )
        content = content.replace("\x00", "")
        try:
            data = load_json(content)
        except TooDeep as exc:
            raise RecordFileError(f"{self.name}: {exc}.") from exc
        except ValueError as exc:
            if "Extra data" in str(exc):  # a .json file that is really JSON Lines
                yield from self._json_lines(io.StringIO(content))
                return
            raise RecordFileError(f"{self.name} is not valid JSON ({exc}).") from exc
        items = _record_list(data)
        if items is None:
            raise RecordFileError(
                f"{self.name}: expected a JSON array of objects (or an object with an "
                "'events' array)."
            )
        for number, item in enumerate(items, 1):
            if not isinstance(item, dict):
                yield f"item {number}", None, "not a JSON object"
                continue
            try:
                item = clean_json(item)
            except TooDeep as exc:
                yield f"item {number}", None, str(exc)
                continue
            yield f"item {number}", item, None


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
