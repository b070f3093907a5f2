"""The tables of any SQLite file, and which of their columns make events (detection and
checking of a `TableMapping`)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from db.errors import QueryTimeoutError
from db.schema import APP_ID, REQUIRED_COLUMNS
from db.store import sqlite_ro as ro
from db.store.cell_dates import NUMBER_TEXT, read_cell_date
from db.store.model import MappingNeededError, TableInfo, TableMapping
from db.store.sqlite_ro import explain_error as _explain
from db.store.sqlite_ro import open_readonly, time_limit
from db.timekeys import (
    DateError,
)

# ---- connections and tables ------------------------------------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _connect(path: str | Path) -> tuple[sqlite3.Connection, Path]:
    """A read-only connection, refusing what TimelineStore refuses."""
    return open_readonly(path)


def _limited(conn: sqlite3.Connection, sql: str, what: str) -> list[Any]:
    """Rows of one query that classifies a file, given up after OPEN_BUDGET_S."""
    with time_limit(conn, ro.OPEN_BUDGET_S, what, _path_of(conn)):
        return conn.execute(sql).fetchall()


def _path_of(conn: sqlite3.Connection) -> Path:
    """The file `conn` reads (for messages)."""
    row = conn.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()
    return Path(row[0] if row and row[0] else "the database")


def _tables(conn: sqlite3.Connection) -> list[TableInfo]:
    """Tables and views, without SQLite's own, virtual (full-text) tables and their shadows.

    A table or view whose rows cannot be counted within OPEN_BUDGET_S (a view that never ends)
    is listed with `gave_up` saying so, and is offered for nothing."""
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
        rowid = kind == "table" and not without_rowid
        try:
            what = f"counting the rows of '{name}'"
            rows_count = _limited(conn, f"SELECT count(*) FROM {_quote(name)}", what)[0][0]
        except QueryTimeoutError as exc:
            found.append(TableInfo(name, columns, -1, kind, rowid, gave_up=str(exc)))
            continue
        except sqlite3.Error:
            continue  # e.g. a view over a table that is gone: nothing a mapping could use
        found.append(TableInfo(name, columns, rows_count, kind, rowid))
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
_NOT_START = frozenset({"end", "until", "finish", "stop", "to", "updated", "modified"})
_SAMPLE = 50
PREFERRED_TABLES = ("events", "event", "timeline", "timelines")


def _normal(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())  # startDate -> start_Date
    return re.sub(r"[^0-9a-z]+", "_", name.casefold()).strip("_")


def _pick(
    columns: list[str],
    names: tuple[str, ...],
    tokens: set[str],
    exclude: frozenset[str] = frozenset(),
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
    return [r[0] for r in _limited(conn, sql, f"reading a sample of '{table}'.'{column}'")]


def _mostly_dates(values: list[Any]) -> bool:
    good = 0
    for value in values:
        try:
            read_cell_date(value)
            good += 1
        except DateError:
            pass
    return not values or good * 2 >= len(values)


def _mostly_text(values: list[Any]) -> bool:
    words = [v for v in values if isinstance(v, str) and not NUMBER_TEXT.match(v.strip())]
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
        if info.gave_up:
            continue
        try:
            mapping = _detect_table(conn, info)
        except QueryTimeoutError:
            continue  # its columns cannot be sampled in time: not an obvious choice
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
            offered(tables),
        )
    if info.gave_up:
        raise QueryTimeoutError(info.gave_up)
    spelled = {c.casefold(): c for c in info.columns}
    missing = [c for c in mapping.columns() if c.casefold() not in spelled]
    if missing:
        raise MappingNeededError(
            f"{path.name}: the table '{info.name}' has no column(s) {', '.join(missing)}; it has "
            f"{', '.join(info.columns)}. Choose its columns again.",
            offered(tables),
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


def offered(tables: list[TableInfo]) -> list[TableInfo]:
    """The tables a user may choose from (not those whose rows could not be counted in time)."""
    return [t for t in tables if not t.gave_up]


def _listing(tables: list[TableInfo]) -> str:
    usable, given_up = offered(tables), [t for t in tables if t.gave_up]
    shown = "; ".join(f"{t.name} ({', '.join(t.columns)}; {t.rows} rows)" for t in usable[:10])
    more = f"; and {len(usable) - 10} more" if len(usable) > 10 else ""
    text = f"it has {shown}{more}." if usable else "it has no tables."
    if given_up:
        names = ", ".join(f"'{t.name}'" for t in given_up[:10])
        text += (
            f" Left out: {names} (counting the rows gave up after {ro.OPEN_BUDGET_S:g} s: "
            "a view that never ends, or a join of large tables)."
        )
    return text


def _is_timeline(conn: sqlite3.Connection) -> bool:
    """Whether a file that schema.check refused as newer really is a timeline database (and not
    some other program's file with its own user_version)."""
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
