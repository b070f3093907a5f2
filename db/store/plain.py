"""Any SQLite table as a timeline, read-only: a column mapping, its detection, and a store.

`PlainTableStore` answers the viewer's questions like `db.store.TimelineStore` does, for a table
someone else made (`sqlite-utils insert my.db events events.csv --csv`): the user's file is never
written to, so sort keys are computed in memory from the date column each time the index is
loaded. Event ids are the table's rowids; tables WITHOUT ROWID and views have none, so there an
event's id is its row number (1, 2, ...) in primary-key order (a view: the order it returns rows).

Dates understood (see `read_date`): ISO 8601, partial too (`2019`, `2019-11`, `2019-12-23`,
`2019-12-23T10:00:00+02:00`: an offset places the time at its UTC instant), years alone (`-500`,
`44 BC`, `1850s`), compact `20191223`, English text (`23 December 2019`, `Dec 23, 2019`, and
numeric `12/23/2019`: month first unless the first number is above 12), Unix seconds (integers,
reals or numeric strings of 9-11 digits; in a column that is mostly such, every number, so the
years before 1973 and 1970 are kept) and Unix milliseconds (12-13 digits). The precision is
what was written: `Dec 2019` is a month, `2019-12-23 10:00` a minute.
"""

from __future__ import annotations

import datetime
import math
import re
import sqlite3
import threading
import warnings
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from dateutil import parser as dateparser

from db.errors import (
    ForeignDatabaseError,
    NewerSchemaError,
    SchemaMismatchError,
    TimelineError,
)
from db.ingest.text import shorten
from db.schema import APP_ID, READ_ERRORS, REQUIRED_COLUMNS
from db.store.timeline import (
    IMPRECISE,
    RANGE,
    EventBrief,
    EventDetail,
    EventIndex,
    SearchHit,
    SearchResult,
    TimelineStore,
    _explain,
    open_readonly,
    read_data_version,
)
from db.timekeys import (
    DAY,
    PRECISION_RANK,
    DateError,
    Period,
    add_months,
    days_in_month,
    iso_of,
    key_of,
    period,
)

# ---- the mapping -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TableMapping:
    """Which columns of which table make the events. Only `table`, `title`, `start` are needed."""

    table: str
    title: str
    start: str
    end: str | None = None
    lane: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TableMapping:
        """The inverse of `to_dict`; ValueError when a needed key is missing or not text."""
        if not isinstance(data, Mapping):
            raise ValueError("a table mapping must be an object")
        values: dict[str, str | None] = {}
        for name in ("table", "title", "start", "end", "lane", "text"):
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"table mapping '{name}' must be a column name")
            if name in ("table", "title", "start") and not value:
                raise ValueError(f"table mapping needs '{name}'")
            values[name] = value or None
        return cls(**values)  # type: ignore[arg-type]

    def columns(self) -> list[str]:
        return [c for c in (self.title, self.start, self.end, self.lane, self.text) if c]


@dataclass(frozen=True)
class TableInfo:
    """A table (or view) a mapping can name."""

    name: str
    columns: tuple[str, ...]
    rows: int
    kind: str = "table"  # "table" or "view"
    rowid: bool = True  # False: WITHOUT ROWID table or view (event ids are row numbers)


class MappingNeededError(ForeignDatabaseError):
    """An SQLite file that is no timeline database and whose columns need choosing by hand.

    `tables` lists what the file holds, for a dialog that lets the user choose.
    """

    def __init__(self, message: str, tables: list[TableInfo]):
        super().__init__(message)
        self.tables = tables


# ---- reading dates ---------------------------------------------------------------------------

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
# The text forms most tables hold, read without dateutil (ten times faster on big tables).
_DAY_MONTH_YEAR = re.compile(rf"^{_WEEKDAY}(\d{{1,2}}){_ORD}\s+([a-z]{{3,9}})\.?,?\s+(\d{{1,4}})$")
_MONTH_DAY_YEAR = re.compile(rf"^{_WEEKDAY}([a-z]{{3,9}})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{1,4}})$")
_MONTH_YEAR = re.compile(r"^([a-z]{3,9})\.?,?\s+(\d{3,4})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_TIME_TAIL = re.compile(
    r"^(?P<date>.+?)(?:,?\s+(?:at\s+)?)(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?$"
)
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d*)?$")
_ISO_OFFSET = re.compile(
    r"^(?P<base>[+-]?\d{1,6}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)$",
    re.IGNORECASE,
)
_ERA_YEAR = re.compile(
    r"^(?:(?P<ad>ad|a\.d\.|ce)\s*(?P<y1>\d{1,6})"
    r"|(?P<y2>\d{1,6})\s*(?P<era>ad|a\.d\.|ce|bc|b\.c\.|bce|b\.c\.e\.))$",
    re.IGNORECASE,
)
_DECADE = re.compile(r"^(-?\d{1,4}0)'?s$")
# Two defaults that differ in every field: a field equal in both parses was written.
_DEFAULTS = (datetime.datetime(2000, 1, 1, 0, 0, 0, 0), datetime.datetime(2001, 2, 2, 1, 1, 1, 1))


def _year(year: int) -> Period:
    return Period(key_of(year), key_of(year + 1), "year")


def _month(year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise DateError(f"month {month} out of range")
    ny, nm = add_months(year, month, 1)
    return Period(key_of(year, month), key_of(ny, nm), "month")


def _day(year: int, month: int, day: int) -> Period:
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        raise DateError(f"{year}-{month:02d}-{day:02d} does not exist")
    start = key_of(year, month, day)
    return Period(start, start + DAY, "day")


def _seconds(value: float) -> Period:
    start = math.floor(value)
    return Period(start, start + 1, "second")


def _integer(value: int, digits: int) -> Period:
    """A whole number: a year (up to 4 digits, BCE up to 6), YYYYMMDD, or Unix time."""
    if digits <= 4 or (value < 0 and digits <= 6):
        return _year(value)
    if digits == 8 and value > 0:
        return _day(value // 10_000, value // 100 % 100, value % 100)
    if 9 <= digits <= 11:
        return _seconds(value)
    if 12 <= digits <= 13:
        return _seconds(value / 1000)  # JavaScript's milliseconds
    raise DateError(f"{value} is neither a year nor a Unix time")


def _as_number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str) and _NUMBER.match(value.strip()):
        return float(value)
    return None


def unix_column(values: list[Any]) -> bool:
    """Whether a column's sampled values are Unix seconds: nine in ten of its numbers have 9-11
    digits (2001-09-09 .. 5138). Their short and negative numbers are then seconds too (1970,
    1969), not years or YYYYMMDD."""
    digits = []
    for value in values:
        number = _as_number(value)
        if number is not None:
            digits.append(len(str(int(abs(number)))))
    long = sum(9 <= d <= 11 for d in digits)
    return bool(digits) and long * 10 >= len(digits) * 9


def _number_text(text: str) -> Period:
    whole, _, fraction = text.lstrip("+-").partition(".")
    value = float(text) if fraction.strip("0") else int(text.split(".")[0])
    if isinstance(value, float):
        if 9 <= len(whole) <= 11:
            return _seconds(value)
        raise DateError(f"{text} is neither a year nor a Unix time")
    return _integer(value, len(whole))


def _common_text(text: str) -> Period | None:
    """The frequent English forms, or None to let dateutil try."""
    lower = text.lower()
    if (match := _TIME_TAIL.match(lower)) and (day := _common_text(match["date"])):
        if day.precision != "day":
            return None
        hour, minute = int(match["h"]), int(match["m"])
        if match["ampm"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if match["ampm"].startswith("p") else 0)
        if hour > 23 or minute > 59:
            return None
        start = day.start + hour * 3600 + minute * 60
        if match["s"] is None:
            return Period(start, start + 60, "minute")
        second = min(int(match["s"]), 59)
        return Period(start + second, start + second + 1, "second")
    if match := _DAY_MONTH_YEAR.match(lower):
        day, month, year = match.groups()
        if month in _MONTHS:
            return _day(int(year), _MONTHS[month], int(day))
    elif match := _MONTH_DAY_YEAR.match(lower):
        month, day, year = match.groups()
        if month in _MONTHS:
            return _day(int(year), _MONTHS[month], int(day))
    elif match := _MONTH_YEAR.match(lower):
        month, year = match.groups()
        if month in _MONTHS:
            return _month(int(year), _MONTHS[month])
    elif match := _NUMERIC_DATE.match(lower):
        first, _, second, year = match.groups()
        month, day = (int(first), int(second)) if int(first) <= 12 else (int(second), int(first))
        return _day(int(year), month, day)
    elif match := _ERA_YEAR.match(lower):
        year = int(match["y1"] or match["y2"])
        if (match["era"] or "").startswith("b"):
            year = 1 - year  # 1 BC is year 0 (astronomical numbering)
        return _year(year)
    elif match := _DECADE.match(lower):
        first = int(match[1])
        return Period(key_of(first), key_of(first + 10), "decade")
    return None


def _dateutil(text: str) -> Period:
    """Any other text dateutil reads; the precision from the fields actually written."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown time zone names: the time stays as written
            a, b = (dateparser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError) as exc:
        raise DateError(f"{text!r} is not a date") from exc
    if a.year != b.year:
        raise DateError(f"{text!r} has no year")
    if a.month != b.month:
        if a.day == b.day:
            raise DateError(f"{text!r} has a day but no month")
        return _year(a.year)
    if a.day != b.day:
        return _month(a.year, a.month)
    start = key_of(a.year, a.month, a.day)
    offset = a.utcoffset()
    shift = -int(offset.total_seconds()) if offset else 0
    if a.hour != b.hour:
        return Period(start, start + DAY, "day")
    start += a.hour * 3600 + shift
    if a.minute != b.minute:
        return Period(start, start + 3600, "hour")
    start += a.minute * 60
    if a.second != b.second:
        return Period(start, start + 60, "minute")
    return Period(start + a.second, start + a.second + 1, "second")


def read_date(value: object, unix: bool = False) -> Period:
    """The period a cell names (see the module docstring for the forms); DateError if none.
    `unix`: the column holds Unix seconds (see `unix_column`), so every number is read as
    seconds, the short ones before 1973 and the negative ones before 1970 too."""
    if value is None or isinstance(value, (bool, bytes)):
        raise DateError("no date" if value is None else f"{type(value).__name__} is not a date")
    if unix:
        seconds = _as_number(value)
        if seconds is not None:
            return _seconds(seconds)
    if isinstance(value, int):
        return _integer(value, len(str(abs(value))))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise DateError(f"{value} is not a date")
        if value.is_integer():
            return _integer(int(value), len(str(abs(int(value)))))
        return _seconds(value)
    text = str(value).strip()
    if not text:
        raise DateError("no date")
    if _NUMBER.match(text):
        return _number_text(text)
    if text[0].isdigit() or text[0] in "+-":
        if match := _ISO_OFFSET.match(text):
            found = period(match["base"])
            tz = match["tz"].upper()
            shift = 0
            if tz != "Z":
                sign = -1 if tz[0] == "-" else 1
                digits = tz[1:].replace(":", "")
                shift = sign * (int(digits[:2]) * 3600 + int(digits[2:4] or 0) * 60)
            return Period(found.start - shift, found.end - shift, found.precision)
        try:
            return period(text)
        except DateError:
            pass
    return _common_text(text) or _dateutil(text)


# ---- connections and tables ------------------------------------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _connect(path: str | Path) -> tuple[sqlite3.Connection, Path]:
    """A read-only connection, refusing what TimelineStore refuses."""
    return open_readonly(path)


def _tables(conn: sqlite3.Connection) -> list[TableInfo]:
    """Tables and views, without SQLite's own, virtual (full-text) tables and their shadows."""
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master "
        "WHERE type IN ('table', 'view') ORDER BY name"
    ).fetchall()
    virtual = [name for _, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    found = []
    for kind, name, sql in rows:
        if name.startswith("sqlite_") or name in virtual:
            continue
        if any(name.startswith(f"{v}_") for v in virtual):
            continue
        columns = tuple(
            r[1] for r in conn.execute(f"PRAGMA table_xinfo({_quote(name)})") if r[6] != 1
        )
        # Table options follow the column list: "...) WITHOUT ROWID" / "...) STRICT, WITHOUT ROWID".
        without_rowid = bool(re.search(r"\bWITHOUT\s+ROWID\b", sql.rsplit(")", 1)[-1], re.I))
        try:
            rows_count = conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0]
        except sqlite3.Error:
            continue  # e.g. a view over a table that is gone: nothing a mapping could use
        found.append(
            TableInfo(name, columns, rows_count, kind, kind == "table" and not without_rowid)
        )
    return found


def list_tables(path: str | Path) -> list[TableInfo]:
    """The tables and views of an SQLite file a mapping can name (TimelineError if unreadable)."""
    conn, path = _connect(path)
    try:
        return _tables(conn)
    except sqlite3.Error as exc:
        raise _explain(exc, path) from exc
    finally:
        conn.close()


# ---- detecting the mapping -------------------------------------------------------------------

TITLE_NAMES = ("title", "name", "headline", "event", "label", "summary", "subject", "heading")
START_NAMES = (
    "start",
    "start_date",
    "date",
    "begin",
    "begin_date",
    "from",
    "when",
    "datetime",
    "date_time",
    "timestamp",
    "time",
    "start_time",
    "year",
    "event_date",
    "occurred",
    "occurred_at",
)
END_NAMES = ("end", "end_date", "until", "to", "stop", "finish", "end_time", "date_end")
LANE_NAMES = ("lane", "category", "group", "type", "source", "kind", "track", "topic", "tag")
TEXT_NAMES = ("text", "description", "body", "details", "notes", "note", "content", "comment")

# Words inside longer names ("event_title", "startDate", "date_of_birth"), tried after the above.
_TOKENS = {
    "title": {"title", "name", "headline", "label"},
    "start": {"date", "start", "begin", "when", "datetime", "timestamp", "time", "year"},
    "end": {"end", "until", "finish", "stop"},
    "lane": {"lane", "category", "group", "type", "kind"},
    "text": {"text", "description", "body", "details", "notes"},
}
_NOT_START = {"end", "until", "finish", "stop", "to", "updated", "modified"}
_SAMPLE = 50
PREFERRED_TABLES = ("events", "event", "timeline", "timelines")


def _normal(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())  # startDate -> start_Date
    return re.sub(r"[^0-9a-z]+", "_", name.casefold()).strip("_")


def _pick(
    columns: list[str], names: tuple[str, ...], tokens: set[str], exclude: set[str] = frozenset()
) -> list[str]:
    """Columns that look like `names`: exact names in their order first, then by word."""
    normal = {c: _normal(c) for c in columns}
    exact = [
        c
        for n in names
        for c in columns
        if normal[c] == n or normal[c].replace("_", "") == n.replace("_", "")
    ]
    by_word = [
        c
        for c in columns
        if c not in exact
        and tokens & set(normal[c].split("_"))
        and not exclude & set(normal[c].split("_"))
    ]
    return list(dict.fromkeys(exact + by_word))


def _sample(conn: sqlite3.Connection, table: str, column: str) -> list[Any]:
    q = _quote(column)
    sql = (
        f"SELECT {q} FROM {_quote(table)} WHERE {q} IS NOT NULL AND trim({q}) != '' LIMIT {_SAMPLE}"
    )
    return [r[0] for r in conn.execute(sql)]


def _mostly_dates(values: list[Any]) -> bool:
    good = 0
    for value in values:
        try:
            read_date(value)
            good += 1
        except DateError:
            pass
    return not values or good * 2 >= len(values)


def _mostly_text(values: list[Any]) -> bool:
    words = [v for v in values if isinstance(v, str) and not _NUMBER.match(v.strip())]
    return bool(values) and len(words) * 2 >= len(values)


def _detect_table(conn: sqlite3.Connection, info: TableInfo) -> TableMapping | None:
    columns = list(info.columns)
    start = next(
        (
            c
            for c in _pick(columns, START_NAMES, _TOKENS["start"], _NOT_START)
            if _mostly_dates(_sample(conn, info.name, c))
        ),
        None,
    )
    if start is None:
        return None
    rest = [c for c in columns if c != start]
    end = next(
        (
            c
            for c in _pick(rest, END_NAMES, _TOKENS["end"])
            if _mostly_dates(_sample(conn, info.name, c))
        ),
        None,
    )
    rest = [c for c in rest if c != end]
    title = next(iter(_pick(rest, TITLE_NAMES, _TOKENS["title"])), None)
    rest = [c for c in rest if c != title]
    text = next(iter(_pick(rest, TEXT_NAMES, _TOKENS["text"])), None)
    rest = [c for c in rest if c != text]
    if title is None:
        # No title column: the text stands in, else the first column holding words.
        title, text = (text, None) if text else (None, None)
        if title is None:
            title = next((c for c in rest if _mostly_text(_sample(conn, info.name, c))), None)
            if title is None:
                return None
            rest = [c for c in rest if c != title]
    lane = next(iter(_pick(rest, LANE_NAMES, _TOKENS["lane"])), None)
    return TableMapping(info.name, title, start, end, lane, text)


def _detect(conn: sqlite3.Connection, tables: list[TableInfo]) -> TableMapping | None:
    found = []
    for info in tables:
        mapping = _detect_table(conn, info)
        if mapping:
            found.append(
                (info.name.casefold() in PREFERRED_TABLES, info.rows > 0, info.rows, mapping)
            )
    if not found:
        return None
    return max(found, key=lambda item: item[:3])[3]


def detect_mapping(path: str | Path) -> TableMapping | None:
    """The table and columns that obviously hold events (title and date by their names), or None.

    Names are matched case-insensitively ("Title", "startDate", "event_date"); a date column is
    only taken when most of its first values read as dates. When several tables qualify, one
    named events/timeline wins, else the one with most rows.
    """
    conn, path = _connect(path)
    try:
        return _detect(conn, _tables(conn))
    except sqlite3.Error as exc:
        raise _explain(exc, path) from exc
    finally:
        conn.close()


# ---- the store -------------------------------------------------------------------------------

_DAY_RANK = PRECISION_RANK["day"]
MAX_DATA_CHARS = 200  # longer cells are text, not facts for the panel's details line
MAX_REASONS = 5


def _cell_text(value: Any) -> str:
    if value is None or isinstance(value, bytes):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class PlainTableStore:
    """A read-only view of one table of any SQLite file as events; same interface as
    TimelineStore (plus `data_version`). Safe to share between threads.

    After `load_index`, `skipped` counts the rows whose start could not be read (they are not
    shown) and `skip_reasons` says why for the first few.
    """

    def __init__(
        self, conn: sqlite3.Connection, path: Path, mapping: TableMapping, info: TableInfo
    ):
        self._conn = conn
        self._lock = threading.Lock()
        self.path = path
        self.mapping = mapping
        self.info = info
        self.skipped = 0
        self.skip_reasons: list[str] = []
        table = _quote(info.name)
        if info.rowid:
            alias = next(a for a in ("rowid", "_rowid_", "oid") if a not in _lower(info.columns))
            self._id = alias
            self._from = table
        else:
            # Row numbers in a fixed order stand in for the missing rowid.
            order = _primary_key(conn, info.name) if info.kind == "table" else ""
            self._id = "__tv_row"
            self._from = f"(SELECT row_number() OVER ({order}) AS __tv_row, * FROM {table})"
        # Whether the start and end columns hold Unix seconds, judged on a sample once.
        self._unix: dict[str, bool] = {}
        for column in (mapping.start, mapping.end):
            if column:
                try:
                    self._unix[column] = unix_column(_sample(conn, info.name, column))
                except READ_ERRORS:
                    pass  # a damaged file: load_index will say so

    @classmethod
    def open(cls, path: str | Path, mapping: TableMapping) -> PlainTableStore:
        """Open `path` read-only and check that `mapping` fits it (MappingNeededError if not)."""
        conn, path = _connect(path)
        try:
            tables = _tables(conn)
            mapping, info = _fit(mapping, tables, path)
        except sqlite3.Error as exc:
            conn.close()
            raise _explain(exc, path) from exc
        except TimelineError:
            conn.close()
            raise
        return cls(conn, path, mapping, info)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except READ_ERRORS as exc:  # a damaged file can fail to decode, too
                raise _explain(exc, self.path) from exc

    def _column(self, name: str | None) -> str:
        return _quote(name) if name else "NULL"

    def data_version(self) -> int:
        """Changes when another connection commits to the file: the cue to reload. Polled from
        the UI thread, so it never waits for another program's write lock."""
        with self._lock:
            try:
                return read_data_version(self._conn)
            except READ_ERRORS as exc:
                raise _explain(exc, self.path) from exc

    def count(self) -> int:
        """Rows in the table (rows whose date cannot be read included)."""
        return self._query(f"SELECT count(*) FROM {_quote(self.info.name)}")[0][0]

    def load_index(self, group: str = "lane") -> EventIndex:
        """Every readable row's keys, lane and flags, sorted by start; keys computed here.

        A plain table has no sources, so every grouping is by its lane column."""
        m = self.mapping
        sql = (
            f"SELECT {self._id}, {self._column(m.start)}, {self._column(m.end)}, "
            f"{self._column(m.lane)} FROM {self._from}"
        )
        default_lane = "" if m.lane else m.table
        ids: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        lane_of: list[str] = []
        flags: list[int] = []
        memo: dict[tuple[Any, bool], Period | DateError] = {}
        skipped, reasons = 0, []

        def read(value: Any, unix: bool) -> Period:
            found = memo.get((value, unix)) if isinstance(value, str) else None
            if found is None:
                try:
                    found = read_date(value, unix)
                except DateError as exc:
                    found = exc
                if isinstance(value, str):
                    memo[(value, unix)] = found
            if isinstance(found, DateError):
                raise found
            return found

        unix_start = self._unix.get(m.start, False)
        unix_end = self._unix.get(m.end, False) if m.end else False

        with self._lock:
            try:
                cursor = self._conn.execute(sql)
                while chunk := cursor.fetchmany(10_000):
                    for rid, start, end, lane in chunk:
                        try:
                            first = read(start, unix_start)
                        except DateError as exc:
                            skipped += 1
                            if len(reasons) < MAX_REASONS:
                                reasons.append(f"row {rid}: {exc}")
                            continue
                        flag = IMPRECISE if PRECISION_RANK[first.precision] < _DAY_RANK else 0
                        stop = first.end
                        if end is not None and end != "" and end != start:
                            try:
                                last = read(end, unix_end)
                            except DateError:
                                last = None  # an unreadable end leaves a point, not a lost row
                            if last is not None and last.end > first.end:
                                stop, flag = last.end, flag | RANGE
                        ids.append(rid)
                        starts.append(first.start)
                        ends.append(stop)
                        lane_of.append(_cell_text(lane) if m.lane else default_lane)
                        flags.append(flag)
            except sqlite3.Error as exc:
                raise _explain(exc, self.path) from exc
        self.skipped, self.skip_reasons = skipped, reasons
        lanes = tuple(sorted(set(lane_of)))
        lane_index = {name: i for i, name in enumerate(lanes)}
        id_array = np.array(ids, dtype=np.int64)
        start_array = np.array(starts, dtype=np.int64)
        order = np.lexsort((id_array, start_array))
        return EventIndex(
            id_array[order],
            start_array[order],
            np.array(ends, dtype=np.int64)[order],
            np.array([lane_index[x] for x in lane_of], dtype=np.int32)[order],
            np.array(flags, dtype=np.uint8)[order],
            lanes,
        )

    def titles(self, ids: list[int]) -> dict[int, str]:
        m = self.mapping
        out: dict[int, str] = {}
        for chunk in range(0, len(ids), 500):
            part = [int(i) for i in ids[chunk : chunk + 500]]
            marks = ",".join("?" * len(part))
            sql = (
                f"SELECT {self._id}, {_quote(m.title)}, {self._column(m.text)} FROM {self._from} "
                f"WHERE {self._id} IN ({marks})"
            )
            for rid, title, text in self._query(sql, part):
                out[rid] = shorten(_cell_text(title) or _cell_text(text))
        return out

    def event(self, event_id: int) -> EventDetail | None:
        """The row as an event (article None; the unmapped columns' short values in `data`)."""
        with self._lock:
            try:
                cursor = self._conn.execute(
                    f"SELECT {self._id} AS __tv_id, * FROM {self._from} WHERE {self._id} = ?",
                    (int(event_id),),
                )
                row = cursor.fetchone()
                names = [d[0] for d in cursor.description]
            except sqlite3.Error as exc:
                raise _explain(exc, self.path) from exc
        if row is None:
            return None
        values = dict(zip(names[1:], row[1:], strict=True))
        m = self.mapping
        try:
            first = read_date(values.get(m.start), self._unix.get(m.start, False))
        except DateError:
            return None  # not on the timeline
        end_text = None
        if m.end:
            try:
                last = read_date(values.get(m.end), self._unix.get(m.end, False))
                if last.end > first.end:
                    end_text = iso_of(last.start, last.precision)
            except DateError:
                pass
        title = _cell_text(values.get(m.title))
        text = _cell_text(values.get(m.text)) if m.text else ""
        mapped = _lower(m.columns()) | {"__tv_row"}
        data = {
            k: v
            for k, v in values.items()
            if k.casefold() not in mapped
            and isinstance(v, (str, int, float))
            and _cell_text(v)
            and len(str(v)) <= MAX_DATA_CHARS
        }
        return EventDetail(
            id=int(row[0]),
            title=shorten(title or text),
            text=text or None,
            start=iso_of(first.start, first.precision),
            end=end_text,
            precision=first.precision,
            lane=_cell_text(values.get(m.lane)) if m.lane else m.table,
            kind="record",
            span=None,
            caption_id=None,
            article=None,
            data=data,
        )

    def article(self, article_id: int) -> None:
        """A plain table has no articles."""
        return None

    def article_events(self, article_id: int) -> list[EventBrief]:
        return []

    def brief(self, event_id: int) -> EventBrief | None:
        event = self.event(event_id)
        if event is None:
            return None
        return EventBrief(event.id, event.title, event.start, event.end, event.precision,
                          event.lane)  # fmt: skip

    def search(self, text: str, limit: int = 500, marks: int = 50_000) -> SearchResult:
        """Rows whose title or text contain every word (a plain table has no full-text index:
        a LIKE scan, fine for the tables people keep by hand)."""
        words = re.findall(r"\w+", text)
        if not words:
            return SearchResult(text, [], False)
        m = self.mapping
        haystack = f"coalesce({_quote(m.title)}, '') || ' ' || coalesce({self._column(m.text)}, '')"
        where = " AND ".join(f"{haystack} LIKE ? ESCAPE '\\'" for _ in words)
        like = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                for w in words]  # fmt: skip
        rows = self._query(f"SELECT {self._id} FROM {self._from} WHERE {where} LIMIT ?",
                           [*like, marks])  # fmt: skip
        ids = [r[0] for r in rows]
        hits = []
        for event_id in ids[:limit]:
            event = self.event(event_id)
            if event is None:
                continue
            key = read_date(event.start).start
            hits.append(SearchHit(event.id, key, event.start, event.precision, event.title,
                                  None, event.text or event.title))  # fmt: skip
        hits.sort(key=lambda h: (h.start_key, h.event_id))
        return SearchResult(text, hits, False, np.asarray(ids, np.int64))


def _lower(names: tuple[str, ...] | list[str]) -> set[str]:
    return {n.casefold() for n in names}


def _primary_key(conn: sqlite3.Connection, table: str) -> str:
    keys = sorted((r[5], r[1]) for r in conn.execute(f"PRAGMA table_info({_quote(table)})") if r[5])
    return "ORDER BY " + ", ".join(_quote(name) for _, name in keys) if keys else ""


def _fit(
    mapping: TableMapping, tables: list[TableInfo], path: Path
) -> tuple[TableMapping, TableInfo]:
    """`mapping` with the file's own spelling of names; MappingNeededError when it does not fit."""
    info = next((t for t in tables if t.name == mapping.table), None) or next(
        (t for t in tables if t.name.casefold() == mapping.table.casefold()), None
    )
    if info is None:
        raise MappingNeededError(
            f"{path.name} has no table '{mapping.table}'; {_listing(tables)} Choose the table and "
            "its columns again.",
            tables,
        )
    spelled = {c.casefold(): c for c in info.columns}
    missing = [c for c in mapping.columns() if c.casefold() not in spelled]
    if missing:
        raise MappingNeededError(
            f"{path.name}: the table '{info.name}' has no column(s) {', '.join(missing)}; it has "
            f"{', '.join(info.columns)}. Choose its columns again.",
            tables,
        )

    def spell(column: str | None) -> str | None:
        return spelled[column.casefold()] if column else None

    fitted = TableMapping(
        info.name,
        spelled[mapping.title.casefold()],
        spelled[mapping.start.casefold()],
        spell(mapping.end),
        spell(mapping.lane),
        spell(mapping.text),
    )
    return fitted, info


def _listing(tables: list[TableInfo]) -> str:
    if not tables:
        return "it has no tables."
    shown = "; ".join(f"{t.name} ({', '.join(t.columns)}; {t.rows} rows)" for t in tables[:10])
    more = f"; and {len(tables) - 10} more" if len(tables) > 10 else ""
    return f"it has {shown}{more}."


def _is_timeline(path: Path) -> bool:
    """Whether a file that schema.check refused as newer really is a timeline database (and not
    some other program's file with its own user_version)."""
    conn, path = _connect(path)
    try:
        names = {t.name for t in _tables(conn)}
        if not set(REQUIRED_COLUMNS) <= names:
            return False
        if "meta" not in names:
            return True
        row = conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
        return row is None or row[0] == APP_ID
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def open_any(
    path: str | Path, mapping: TableMapping | None = None
) -> TimelineStore | PlainTableStore:
    """A TimelineStore for a timeline database; else a PlainTableStore over `mapping` or the
    detected one; else MappingNeededError (a ForeignDatabaseError) listing the tables.

    Files that are missing, not SQLite, empty or directories raise what TimelineStore.open does.
    """
    path = Path(path)
    try:
        return TimelineStore.open(path)
    except NewerSchemaError:
        if _is_timeline(path):
            raise
    except (ForeignDatabaseError, SchemaMismatchError):
        pass
    conn, path = _connect(path)
    try:
        tables = _tables(conn)
        chosen = mapping or _detect(conn, tables)
    except sqlite3.Error as exc:
        raise _explain(exc, path) from exc
    finally:
        conn.close()
    if chosen is None:
        raise MappingNeededError(
            f"{path.name} is an SQLite database but not a timeline database, and no table has "
            f"obvious title and date columns; {_listing(tables)} Choose which columns hold each "
            "event's title and date.",
            tables,
        )
    return PlainTableStore.open(path, chosen)


def data_version(store: TimelineStore | PlainTableStore) -> int:
    """`PRAGMA data_version` of either store's connection: it changes when another program
    commits to the file, the cue for a live reload."""
    return store.data_version()
