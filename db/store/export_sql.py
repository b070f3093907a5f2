"""The SQL conditions of an export from a timeline database (db.store.timeline)."""

from __future__ import annotations

import json
from typing import Any

from .model import ExportFilter


def export_where(which: ExportFilter) -> tuple[str, list[Any]]:
    """SQL conditions for an export: explicit ids, lanes by name, the events overlapping a span."""
    clauses: list[str] = []
    params: list[Any] = []
    if which.ids is not None:
        clauses.append("e.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(i) for i in which.ids]))
    if which.lanes is not None:
        clauses.append(f"coalesce(e.lane, '') IN ({','.join('?' * len(which.lanes))})")
        params += which.lanes
    if which.start is not None:
        clauses.append("e.end_key > ?")
        params.append(which.start)
    if which.end is not None:
        clauses.append("e.start_key < ?")
        params.append(which.end)
    return " AND ".join(clauses) or "1", params
