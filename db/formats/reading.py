"""How every importer reads a file from outside: regular files only, a size cap, names that can be
printed and stored, text decoded by one rule, JSON of bounded depth without lone surrogates.

- Only regular files are read: a FIFO would block the import forever, a device such as
  /dev/zero never ends. The file is checked before it is opened and again once open (it could be
  replaced in between), and opened non-blocking, so that even a FIFO swapped in cannot hang.
- Text is decoded by its byte order mark first (UTF-8, UTF-16 or UTF-32, LE or BE), else as
  UTF-16 without a BOM when its zero bytes fall as UTF-16's do, else as UTF-8, else as
  charset-normalizer finds. A file none of these decodes is "binary" when it holds NUL bytes,
  else "not text in any encoding"; a decoded text of which more than one character in ten is a
  control character (NUL, ESC, ...; tabs and line breaks aside) is binary too. In the text of a
  file that passes, NULs are removed by the readers (docs/limits.md).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from pathlib import Path
from typing import Any, BinaryIO

from charset_normalizer import from_bytes

from db.errors import TimelineError

MB = 1_000_000
ARTICLE_LIMIT = 20 * 1024 * 1024  # an article's text (or saved page), read whole
JSON_LIMIT = 512 * MB  # a JSON events array, parsed whole (TimelineJS files: 64 MB, their own)
TABLE_LIMIT = 4_000 * MB  # a CSV or JSON Lines table as stored, read as a stream
MAPPING_LIMIT = 1 * MB  # a column mapping file
MAX_DEPTH = 100  # JSON nesting; deeper values are refused (the parsers recurse)

# C0 control characters other than tab and line breaks (\n, \v, \f, \r), and DEL.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
WESTERN = ("cp1252", "latin_1", "iso8859_15")
BINARY_SHARE = 0.1  # more control characters than this in decoded text: not text

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class UnreadableFile(TimelineError):
    """A file that is not read at all: not a regular file, too large, not text. The message
    says which; the importers report it as that file's failure."""


def replace_surrogates(text: str) -> str:
    """Lone surrogates (from JSON's "\\ud800" escapes, or a file name's undecodable bytes) as
    U+FFFD: SQLite and every output stream refuse them."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def shown(path: str | os.PathLike[str]) -> str:
    """A path as text that can be printed and stored: bytes of the name that are not UTF-8
    (Python keeps them as lone surrogates) become U+FFFD."""
    return replace_surrogates(os.fspath(path))


def as_path(path: str | os.PathLike[str]) -> Path:
    """`path` as a Path, the same object when it is one (Path(a_path) parses it all again)."""
    return path if isinstance(path, Path) else Path(path)


def _size_text(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size:,} bytes"


def _kind_problem(path: Path, mode: int) -> str | None:
    """Why a file of this mode is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            return f"cannot read the folder {shown(path)}: {exc.strerror or exc}"
        return f"{shown(path)} is a folder, not a file."
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"{shown(path)} is {kind}, not a file: only regular files are imported."


def file_problem(path: str | Path, limit: int, what: str) -> str | None:
    """Why `path` would not be read (missing, unreadable, not a regular file, over `limit`
    bytes), or None. Only looks (stat): nothing is opened."""
    path = as_path(path)
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        return f"cannot read {shown(path)}: {getattr(exc, 'strerror', None) or exc}"
    return _kind_problem(path, info.st_mode) or _size_problem(path, info.st_size, limit, what)


def _size_problem(path: Path, size: int, limit: int, what: str) -> str | None:
    if size <= limit:
        return None
    return (
        f"{shown(path.name)} is {_size_text(size)}, too large for {what} "
        f"(the limit is {_size_text(limit)})."
    )


def open_regular(path: str | Path, limit: int, what: str, buffering: int = -1) -> BinaryIO:
    """`path` opened for reading, when it is a regular file of at most `limit` bytes; else
    UnreadableFile saying why (`what` names the file in that message: "an article")."""
    path = as_path(path)
    problem = file_problem(path, limit, what)
    if problem:
        raise UnreadableFile(problem)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableFile(f"cannot read {shown(path)}: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)  # what was opened, should it have changed since the stat
        problem = _kind_problem(path, info.st_mode) or _size_problem(
            path, info.st_size, limit, what
        )
        if problem:
            raise UnreadableFile(problem)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=buffering)
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (see `open_regular`)."""
    path = as_path(path)
    try:
        with open_regular(path, limit, what) as file:
            # Asked for the cap, read() allocates it whole (20 MB for an article: two thirds of
            # reading a 2 kB one): ask for the size the file has and a byte to tell whether it
            # grew since; a file growing while read stops at the cap too.
            size = os.fstat(file.fileno()).st_size
            data = file.read(min(size, limit) + 1)
            if size < len(data) <= limit:
                data += file.read(limit + 1 - len(data))
    except OSError as exc:
        raise UnreadableFile(f"cannot read {shown(path)}: {exc.strerror or exc}") from exc
    problem = _size_problem(path, len(data), limit, what)
    if problem:
        raise UnreadableFile(problem)
    return data


# ---- text ------------------------------------------------------------------------------------


def _utf16_without_bom(sample: bytes) -> str | None:
    """The UTF-16 codec of text saved without a byte order mark (some Windows tools do), or
    None: the zero high bytes of its ASCII characters (spaces, digits, Latin letters) all fall
    on one side of the byte pairs, and there are many of them, which is not how zeros fall in
    a binary file nor in text with a stray NUL."""
    sample = sample[: len(sample) - len(sample) % 2]
    for encoding, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        zeros = high.count(0)
        if zeros * 10 >= len(high) > 0 and zeros > low.count(0) * 4:
            return encoding
    return None


def _decodes(sample: bytes, encoding: str, final: bool) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample, final=final)
    except UnicodeError:  # UnicodeDecodeError, or the UTF-16/32 codecs' own complaints
        return False
    return True


def text_encoding(sample: bytes, name: str, what: str = "text", *, final: bool = True) -> str:
    """The codec that decodes `sample` (the whole file when `final`, else its first bytes) by
    the module's rule; UnreadableFile when none does (`what` the file should have been)."""
    for bom, encoding, label in _BOMS:
        if sample.startswith(bom):
            if _decodes(sample, encoding, final):
                return encoding
            if bom == codecs.BOM_UTF32_LE:
                continue  # "FF FE 00 00" can also be UTF-16 text starting with a NUL
            raise UnreadableFile(
                f"{name} starts with a {label} byte order mark but is not {label} text."
            )
    if b"\x00" in sample:
        encoding16 = _utf16_without_bom(sample[:65536])
        if encoding16 and _decodes(sample, encoding16, final):
            return encoding16
    if _decodes(sample, "utf-8", final):
        return "utf-8"
    # charset-normalizer gives up on any NUL; a few stray ones are looked past (and removed
    # from the text later), a file of many is binary.
    stripped = sample.replace(b"\x00", b"")
    nuls = len(sample) - len(stripped)
    matches = from_bytes(stripped) if nuls <= len(sample) * BINARY_SHARE else None
    best = matches.best() if matches else None
    if best is None or (nuls and not _decodes(sample, best.encoding, final)):
        if nuls:
            raise UnreadableFile(f"{name} is a binary file, not {what}.")
        raise UnreadableFile(f"{name} is not text in any encoding this importer recognises.")
    assert matches is not None
    # Short texts fit several single-byte code pages equally well; among equals, take the one
    # most non-UTF-8 text on the web and on Windows is actually in.
    for match in matches:
        tied = (match.chaos, match.coherence) == (best.chaos, best.coherence)
        if tied and match.encoding in WESTERN:
            return match.encoding
    return best.encoding


def is_binary_text(text: str) -> bool:
    """Decoded text of which more than one character in ten is a control character."""
    sample = text[:1_000_000]
    return len(CONTROL.findall(sample)) > len(sample) * BINARY_SHARE


def decode_text(data: bytes, name: str, what: str = "text") -> str:
    """Bytes -> text by the module's rule; UnreadableFile saying why it is not text (`what`
    names what it should have been: "article text"). The text keeps its control characters."""
    if not data.strip():
        raise UnreadableFile(f"{name} is empty.")
    encoding = text_encoding(data, name, what)
    text = data.decode(encoding)
    if not text.strip():
        raise UnreadableFile(f"{name} is empty.")
    if is_binary_text(text):
        raise UnreadableFile(f"{name} is a binary file, not {what}.")
    return text


# ---- JSON ------------------------------------------------------------------------------------


class TooDeep(ValueError):
    """JSON nested deeper than MAX_DEPTH (or than the parser could follow)."""


def load_json(text: str | bytes) -> Any:
    """json.loads, with nesting the parser cannot follow as TooDeep rather than RecursionError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise TooDeep("JSON nested too deeply to read") from None


def clean_json(value: Any, max_depth: int = MAX_DEPTH) -> Any:
    """A parsed JSON value with its lone surrogates (keys too) replaced by U+FFFD; TooDeep when
    it nests deeper than `max_depth`. Iterative: the depth is not bounded by Python's stack."""
    root: list[Any] = [value]
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        container, depth = stack.pop()
        if depth > max_depth:
            raise TooDeep(f"JSON nested more than {max_depth} levels deep")
        if isinstance(container, list):
            for i, item in enumerate(container):
                if isinstance(item, str):
                    container[i] = replace_surrogates(item)
                elif isinstance(item, (list, dict)):
                    stack.append((item, depth + 1))
        else:
            for key in list(container):
                item = container[key]
                if isinstance(item, str):
                    item = replace_surrogates(item)
                elif isinstance(item, (list, dict)):
                    stack.append((item, depth + 1))
                fixed = replace_surrogates(key)
                if fixed != key:
                    del container[key]
                container[fixed] = item
    return root[0]
