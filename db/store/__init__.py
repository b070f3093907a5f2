"""The read path: the records every store returns (`model`), the store backends (`timeline`
for a timeline database, `plain` for any SQLite table) and `opening.open_sqlite`
(`db.opening.open_store` opens archives too)."""

from .abandon import abandon_when
from .model import (
    IMPRECISE,
    MARK_OFF,
    MARK_ON,
    NEGATED,
    PLANNED,
    PUBLICATION,
    RANGE,
    ArticleDetail,
    CaptionDetail,
    EventBrief,
    EventDetail,
    EventIndex,
    ReportBrief,
    SearchHit,
    SearchResult,
    unique_ids,
)

__all__ = [
    "IMPRECISE",
    "MARK_OFF",
    "MARK_ON",
    "NEGATED",
    "PLANNED",
    "PUBLICATION",
    "RANGE",
    "ArticleDetail",
    "CaptionDetail",
    "EventBrief",
    "EventDetail",
    "EventIndex",
    "ReportBrief",
    "SearchHit",
    "SearchResult",
    "abandon_when",
    "unique_ids",
]
