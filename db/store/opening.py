"""open_sqlite: classify an SQLite file once, open it once, as the store that can show it
(`db.opening.open_store` sends every path here but a dataset folder).

One read-only connection serves the whole decision (is it a timeline database, which table and
columns of some other SQLite file make events) and is then handed to the store that shows it.
"""

from __future__ import annotations

from pathlib import Path

from db import schema
from db.errors import ForeignDatabaseError, NewerSchemaError, QueryTimeoutError, SchemaMismatchError
from db.schema import READ_ERRORS
from db.store import sqlite_ro as ro
from db.store.model import EventStore, MappingNeededError, TableMapping
from db.store.plain import PlainTableStore
from db.store.plain_tables import _detect, _fit, _is_timeline, _listing, _tables, offered
from db.store.sqlite_ro import check_regular, explain_error, open_readonly, time_limit
from db.store.timeline import TimelineStore


def open_sqlite(path: str | Path, mapping: TableMapping | None = None) -> EventStore:
    """A TimelineStore for a timeline database; else a PlainTableStore over `mapping` or the
    detected one; else MappingNeededError (a ForeignDatabaseError) listing the tables.

    Files that are missing, not SQLite, empty, damaged, locked or directories raise a
    TimelineError saying so. The file is opened once, read-only."""
    conn, path = open_readonly(path)
    try:
        try:
            with time_limit(conn, ro.OPEN_BUDGET_S, "reading its table definitions", path):
                schema.check(conn, path)
            return TimelineStore(conn, path)
        except NewerSchemaError:
            if _is_timeline(conn):
                raise
        except (ForeignDatabaseError, SchemaMismatchError):
            pass
        tables = _tables(conn)
        chosen = mapping or _detect(conn, tables)
        if chosen is None and tables and not offered(tables):
            # Nothing to choose from but what could not be read in time: say that, no dialog.
            raise QueryTimeoutError(
                f"{path.name} is an SQLite database but not a timeline database; {_listing(tables)}"
            )
        if chosen is None:
            raise MappingNeededError(
                f"{path.name} is an SQLite database but not a timeline database, and no table "
                f"has obvious title and date columns; {_listing(tables)} Choose which columns "
                "hold each event's title and date.",
                offered(tables),
            )
        fitted, info = _fit(chosen, tables, path)
        return PlainTableStore(conn, path, fitted, info)
    except READ_ERRORS as exc:
        conn.close()
        raise explain_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise


def check_file(path: str | Path) -> None:
    """A TimelineError unless `path` names a regular file (not missing, a folder, a FIFO, a
    device, a symbolic link loop); looked at with stat, never opened."""
    check_regular(Path(path))
