"""A timeline database's events for export (TimelineStore.export_records), apart from
db.store.timeline, which holds the rest of the store: each event with its article and caption,
its reviewed values laid over the imported row, by start, a page at a time (keyset on the
index), so an export of a million events never holds them all."""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterator
from typing import Any

from db import schema
from db.review.state import ReviewState
from db.timekeys import DateError

from . import reviewed
from .export_sql import export_where
from .model import EXPORT_FIELDS, ExportFilter
from .window_source import Query

EXPORT_PAGE = 5000
_CLICK = ("CLICK_BUDGET_S", "reading an event")  # the store's default budget and words
_EXPORT_COLUMNS = """e.id, e.title, e.text, e.start, e."end", e.precision, e.lane, e.kind, e.data,
    a.source, a.headline, a.url, c.text, c.credit, c.image"""
# An event's caption: the one its sentence is in, else its article's first.
_EXPORT_JOINS = """LEFT JOIN articles a ON a.id = e.article_id
    LEFT JOIN captions c ON c.id = coalesce(e.caption_id, (SELECT id FROM captions
        WHERE article_id = e.article_id ORDER BY position, id LIMIT 1))"""


class TimelineExport:
    """The export of one store: `query` its reads (sql, params, time budget, what), `states`
    its reviews as they are now, `columns` the events table's, `v2_sql(prefix)` its status and
    provenance columns (NULLs in a version 1 file)."""

    def __init__(
        self,
        query: Query,
        states: Callable[[], dict[int, ReviewState]],
        columns: set[str],
        v2_sql: Callable[[str], str],
    ) -> None:
        self._query, self._states, self._columns, self._v2_sql = query, states, columns, v2_sql

    def records(self, which: ExportFilter) -> Iterator[dict[str, Any]]:
        """Events with their article and caption, with their reviewed values, by start; a page
        at a time (keyset on the index), so an export of a million events never holds them all.
        Rejected events are left out unless `which` names them by id. The few events whose date
        or lane a review corrected are read apart, filtered on their corrected values and merged
        into the stream in start order."""
        states = self._states()
        if not states:
            yield from (row for _key, row in self._rows(which))
            return
        apart = [i for i, s in states.items() if s.date is not None or s.lane is not None]
        listed = set(which.ids) if which.ids is not None else None
        kept = (
            (key, reviewed.overlay_record(row, states.get(row["id"])))
            for key, row in self._rows(which, skip=apart)
        )
        moved = sorted(self._moved(which, apart), key=lambda kr: (kr[0], kr[1]["id"]))
        for _key, row in heapq.merge(kept, moved, key=lambda kr: (kr[0], kr[1]["id"])):
            state = states.get(row["id"])
            if state is not None and state.name == "rejected":  # or merged into another
                if listed is None or row["id"] not in listed:
                    continue
            yield row

    def _moved(self, which: ExportFilter, apart: list[int]) -> Iterator[tuple[int, dict]]:
        """The events of `apart` (date or lane corrected) that `which` selects by their
        corrected values, with their keys."""
        if not apart:
            return
        states = self._states()
        loose = ExportFilter(ids=tuple(apart) if which.ids is None else
                             tuple(set(apart) & set(which.ids)), as_of=which.as_of)  # fmt: skip
        for key, row in self._rows(loose):
            state = states[row["id"]]
            end_key = None
            if state.date is not None:
                try:
                    key, end_key = state.date.keys()
                except DateError:
                    pass
            row = reviewed.overlay_record(row, state)
            if which.lanes is not None and (row["lane"] or "") not in which.lanes:
                continue
            if end_key is None:
                end_key = key + 1  # the imported span: only its start is at hand here
            if which.start is not None and end_key <= which.start:
                continue
            if which.end is not None and key >= which.end:
                continue
            yield key, row

    def _rows(
        self, which: ExportFilter, skip: list[int] | None = None
    ) -> Iterator[tuple[int, dict[str, Any]]]:
        """Export rows as imported, with their start keys, by start, leaving out `skip` ids."""
        where, params = export_where(which)
        if which.as_of is not None:
            known, more = self._known_by(which.as_of)
            where, params = f"({where}) AND {known}", [*params, *more]
        if skip:
            where = f"({where}) AND e.id NOT IN (SELECT value FROM json_each(?))"
            params = [*params, json.dumps(skip)]
        last = (-(2**63), -(2**63))
        while True:
            rows = self._query(
                f"SELECT e.start_key, {_EXPORT_COLUMNS}, {self._v2_sql('e.')} "
                f"FROM events e {_EXPORT_JOINS} "
                f"WHERE ({where}) AND (e.start_key, e.id) > (?, ?) "
                f"ORDER BY e.start_key, e.id LIMIT {EXPORT_PAGE}",
                [*params, *last],
                "SEARCH_BUDGET_S",
                "reading the events to export",
            )
            for row in rows:
                yield row[0], dict(zip(EXPORT_FIELDS, row[1:], strict=True))
            if len(rows) < EXPORT_PAGE:
                return
            last = (rows[-1][0], rows[-1][1])

    def _known_by(self, as_of: int) -> tuple[str, list[Any]]:
        """SQL keeping the events first reported at or before `as_of` (or when unknown): by
        `reported_key`, or in a version 1 file by the publication date of their article."""
        if "reported_key" in self._columns:
            return "(e.reported_key IS NULL OR e.reported_key <= ?)", [as_of]
        later = [
            aid
            for aid, text in self._query(
                "SELECT id, CAST(published AS TEXT) FROM articles", [], *_CLICK
            )
            if (key := schema.reported_key(text)) is not None and key > as_of
        ]
        return (
            "(e.article_id IS NULL OR e.article_id NOT IN (SELECT value FROM json_each(?)))",
            [json.dumps(later)],
        )
