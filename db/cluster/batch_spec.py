"""What a batch of an import is (db.cluster.batch runs it), and how many events a part of the
search index holds at least (db.cluster.compact): apart from the batch's and compaction's work,
which import the importers, the date finder, DuckDB and Arrow, so the client plans batches, and
finds nothing new, without them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.ingest.mapping import EventMapping

ARTICLES, TABLE = "articles", "table"
# Events a part of the search index at least (db.cluster.sidecar): fewer are indexed at once in
# well under a second, and each part is a table more for a search to read.
INDEX_PART_ROWS = 20_000


@dataclass(frozen=True)
class BatchSpec:
    """What a batch imports and where its parts go."""

    batch: int
    out: str
    kind: str  # ARTICLES (many files) or TABLE (one events table)
    files: tuple[tuple[str, str | None], ...]  # (path, SHA-256 of its bytes)
    published: datetime.date | None = None
    source: str | None = None
    lane: str | None = None
    language: str | None = None
    mapping: EventMapping | None = None
