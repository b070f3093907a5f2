"""The plain indexes of an empty table, built once at the end of an import instead of row by row.

SQLite keeps every index in step with each row inserted: importing articles into a new file, the
events table's indexes were a tenth of the import's writing. When the table is empty as the
import starts, `defer` drops its plain indexes (made by CREATE INDEX, not unique) inside the
import's transaction and `finish` creates them again from their own SQL, each by one sort, before
anything reads them (story grouping). A unique index stays: it decides which rows go in. A table
that already has rows keeps its indexes: rebuilding them would cost more than the import saves.
A failure before the commit rolls the drop back with the rest.
"""

from __future__ import annotations

import sqlite_utils


class DeferredIndexes:
    def __init__(self, db: sqlite_utils.Database, table: str):
        self.conn = db.conn
        self.table = table
        self.dropped: list[str] | None = None  # the dropped indexes' SQL, once deferred

    def defer(self) -> None:
        """Drop the table's plain indexes when it has no row (once; call it outside any
        savepoint, which rolled back would bring them back behind this object's back)."""
        if self.dropped is not None:
            return
        self.dropped = []
        if self.conn.execute(f"SELECT 1 FROM [{self.table}] LIMIT 1").fetchone():
            return
        plain = self.conn.execute(
            """SELECT m.name, m.sql FROM sqlite_master AS m
               JOIN pragma_index_list(?) AS p ON p.name = m.name
               WHERE m.type = 'index' AND p.origin = 'c' AND NOT p."unique"
               ORDER BY m.rowid""",
            [self.table],
        ).fetchall()
        for name, sql in plain:
            self.conn.execute(f"DROP INDEX [{name}]")
            self.dropped.append(sql)

    def finish(self) -> None:
        """Create the dropped indexes again (in the transaction)."""
        for sql in self.dropped or []:
            self.conn.execute(sql)
        self.dropped = None
