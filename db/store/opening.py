"""open_store: classify a file once, open it once, as the store that can show it.

One read-only connection serves the whole decision (is it a timeline database, which table and
columns of some other SQLite file make events) and is then handed to the store that shows it.
"""

from __future__ import annotations

from pathlib import Path

from db import schema
from db.archive.dataset import is_dataset
from db.errors import ForeignDatabaseError, NewerSchemaError, SchemaMismatchError
from db.schema import READ_ERRORS
from db.store.model import EventStore, MappingNeededError, TableMapping
from db.store.plain import PlainTableStore
from db.store.plain_tables import _detect, _fit, _is_timeline, _listing, _tables
from db.store.sqlite_ro import explain_error, open_readonly
from db.store.timeline import TimelineStore


def open_store(path: str | Path, mapping: TableMapping | None = None) -> EventStore:
    """A TimelineStore for a timeline database; else a PlainTableStore over `mapping` or the
    detected one; else MappingNeededError (a ForeignDatabaseError) listing the tables.

    Files that are missing, not SQLite, empty, damaged, locked or directories raise a
    TimelineError saying so. The file is opened once, read-only. A folder holding a dataset
    manifest opens as a DatasetStore (db.archive)."""
    if is_dataset(path):
        from db.archive.store import DatasetStore

        return DatasetStore(path)
    conn, path = open_readonly(path)
    try:
        try:
            schema.check(conn, path)
            return TimelineStore(conn, path)
        except NewerSchemaError:
            if _is_timeline(conn):
                raise
        except (ForeignDatabaseError, SchemaMismatchError):
            pass
        tables = _tables(conn)
        chosen = mapping or _detect(conn, tables)
        if chosen is None:
            raise MappingNeededError(
                f"{path.name} is an SQLite database but not a timeline database, and no table "
                f"has obvious title and date columns; {_listing(tables)} Choose which columns "
                "hold each event's title and date.",
                tables,
            )
        fitted, info = _fit(chosen, tables, path)
        return PlainTableStore(conn, path, fitted, info)
    except READ_ERRORS as exc:
        conn.close()
        raise explain_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
