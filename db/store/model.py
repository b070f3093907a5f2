"""The read path's records and flag bits: what every store hands the viewer.

Plain values (dataclasses and numpy columns), no SQL: the viewer and every backend share them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from db.errors import ForeignDatabaseError
from db.frame import UNREPORTED as UNREPORTED  # EventIndex.reported where unknown
from db.provenance import NOT_RECORDED as NOT_RECORDED  # the stores mark schema 1 files with it
from db.review.state import REVIEW_STATES, ReviewState
from db.sorted_ids import held_in as held_in
from db.sorted_ids import unique_ids as unique_ids
from db.text import json_list, json_object

from .frame import EventFrame, FrameQuery

# Flag bits in EventIndex.flags.
RANGE = 1  # an explicit end date: drawn as a bar
IMPRECISE = 2  # coarser than a day, or fuzzy: drawn so the imprecision shows
PUBLICATION = 4  # the article itself, at its publication date
# Set by a review (db.review): accepted, corrected (a date, title or lane), rejected.
ACCEPTED = 32
CORRECTED = 64
REJECTED = 128
PLANNED = 8  # status "planned": expected, not (yet) happened; drawn hollow
NEGATED = 16  # status "negated": negated or hypothetical; hidden unless asked for

# Status values (events.status) to their flag bits; "happened" and NULL have none.
STATUS_FLAGS = {"planned": PLANNED, "negated": NEGATED}


@dataclass(frozen=True)
class EventIndex:
    """Every event's position on the timeline, sorted by start key. No text."""

    ids: np.ndarray  # int64
    start: np.ndarray  # int64 seconds, proleptic Gregorian
    end: np.ndarray  # int64, exclusive end of the covered period
    lane: np.ndarray  # int32 index into `lanes`
    flags: np.ndarray  # uint8 bits: RANGE, IMPRECISE, PUBLICATION
    lanes: tuple[str, ...]
    # int64 key of the day each event was first reported (its article's publication), in the
    # same order; UNREPORTED where unknown. None: not loaded (a store loads it when first asked).
    reported: np.ndarray | None = None
    # int32: how many reports each event stands for (a story drawn once, db.store.stories);
    # None: one each (a store without stories).
    reports: np.ndarray | None = None
    # int64 pairs (the id of the report drawn for its story, report day key) of each report
    # folded into another, so an "as known on" frame counts only the reports known then.
    folded: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def position_of(self, event_id: int) -> int | None:
        hits = np.flatnonzero(self.ids == event_id)
        return int(hits[0]) if len(hits) else None


@dataclass(frozen=True)
class CaptionDetail:
    id: int
    text: str
    credit: str | None
    image: str | None


@dataclass(frozen=True)
class ArticleDetail:
    id: int
    headline: str
    published: str | None
    source: str | None
    url: str | None
    categories: list[str]
    body: str
    captions: list[CaptionDetail]


@dataclass(frozen=True)
class ReportBrief:
    """One report of a story: its event and the article it is dated from."""

    id: int  # the event
    article_id: int | None
    headline: str
    source: str | None
    published: str | None
    review: str | None = None  # its review in a word when reviewed ("rejected", "merged" …)


@dataclass(frozen=True)
class EventDetail:
    id: int
    title: str
    text: str | None
    start: str
    end: str | None
    precision: str
    lane: str
    kind: str | None
    span: tuple[int, int] | None
    caption_id: int | None
    article: ArticleDetail | None
    data: dict = field(default_factory=dict)
    review: ReviewState | None = None  # its review (values above are the corrected ones)
    # Every report of the event's story, this one included, first published first; empty when
    # the event is its own story (or the store keeps no stories).
    reports: list[ReportBrief] = field(default_factory=list)
    # "happened", "planned", "negated"; None when not known (records, files before schema 2)
    status: str | None = None
    # How the date was found (the JSON of events.provenance, docs/schema.md); None when nothing
    # was recorded; {NOT_RECORDED: 1} for an article's event in a file written by schema 1,
    # before imports recorded it (the panel says so).
    provenance: dict | None = None


# The values an events.status may hold; anything else another tool wrote there is unknown.
STATUSES = ("happened", "planned", "negated")
# The columns event_detail reads, in its order (a store adds status and provenance, or NULLs).
DETAIL_COLUMNS = (
    "id",
    "title",
    "text",
    "start",
    "end",
    "precision",
    "lane",
    "kind",
    "article_id",
    "span_start",
    "span_end",
    "caption_id",
    "data",
)


def int_or_none(value: object) -> int | None:
    """An integer column's value, or None when another tool stored something else there."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) else None


def article_detail(row: Sequence[Any], captions: Sequence[Sequence[Any]]) -> ArticleDetail:
    """An article's detail from (id, headline, published, source, url, categories, body) and its
    captions' (id, text, credit, image) rows, in their order. Ids are kept as read: another
    tool's captions table may hold anything in its id column."""
    aid, headline, published, source, url, categories, body = row
    return ArticleDetail(
        id=aid,
        headline=headline or "",
        published=published,
        source=source,
        url=url,
        categories=json_list(categories),
        body=body or "",
        captions=[
            CaptionDetail(cid, text or "", credit, image) for cid, text, credit, image in captions
        ],
    )


def event_detail(
    row: Sequence[Any], article: Callable[[int], ArticleDetail | None], **more: Any
) -> EventDetail:
    """An event's detail from its DETAIL_COLUMNS then status and provenance, `article` reading
    its article by id; `more` sets other fields (a store's reports, what it lacks). What is not
    an integer where one belongs is taken as missing (the panel also checks that a span lies
    inside its text)."""
    eid, title, text, start, end, precision, lane, kind, art, s0, s1, cap, data = row[:13]
    status, provenance = row[13:15]
    art, s0, s1, cap = int_or_none(art), int_or_none(s0), int_or_none(s1), int_or_none(cap)
    fields: dict[str, Any] = {
        "id": int(eid),
        "title": title or "",
        "text": text,
        "start": start,
        "end": end or None,
        "precision": precision or "day",
        "lane": lane,
        "kind": kind,
        "span": (s0, s1) if s0 is not None and s1 is not None else None,
        "caption_id": cap,
        "article": article(art) if art is not None else None,
        "data": json_object(data),
        "status": status if status in STATUSES else None,
        "provenance": json_object(provenance) or None,
    }
    return EventDetail(**(fields | more))


@dataclass(frozen=True)
class EventBrief:
    """An event's title and dates: enough for a tooltip or a link."""

    id: int
    title: str
    start: str
    end: str | None
    precision: str
    lane: str
    review: str | None = None  # its review in a word when reviewed ("rejected", "merged" …)


@dataclass(frozen=True)
class SearchHit:
    event_id: int
    start_key: int
    start: str
    precision: str
    title: str
    headline: str | None
    snippet: str  # plain text; the matched words are between MARK_ON and MARK_OFF


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: list[SearchHit]  # the best matches, in date order
    fallback: bool  # the text was not valid FTS syntax and was searched as plain words
    marked: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))  # all hit ids
    # About how many matches (event, article and caption rows) `marked` is a sample of, when they
    # were more than the marks asked for (db.store.fts_spread); 0: every match is marked.
    sampled_of: int = 0


MARK_ON, MARK_OFF = "\x02", "\x03"


# ---- review states -------------------------------------------------------------------------------


def review_codes(flags: np.ndarray) -> np.ndarray:
    """Each event's review state as an index into REVIEW_STATES (rejected before corrected
    before accepted, as ReviewState.name)."""
    codes = np.zeros(len(flags), np.int8)
    codes[(flags & ACCEPTED) != 0] = REVIEW_STATES.index("accepted")
    codes[(flags & CORRECTED) != 0] = REVIEW_STATES.index("corrected")
    codes[(flags & REJECTED) != 0] = REVIEW_STATES.index("rejected")
    return codes


def review_mask(flags: np.ndarray, shown: frozenset[str] | None) -> np.ndarray:
    """Which events a filter of review states keeps (None: all)."""
    if shown is None:
        return np.ones(len(flags), bool)
    keep = np.array([name in shown for name in REVIEW_STATES])
    return keep[review_codes(flags)]


# More lanes than a window can tell apart (a file with 100,000 lanes would make every frame
# lay out 100,000 rows): the busiest MAX_LANES - 1 keep their own, the rest share the last.
MAX_LANES = 200


def other_lanes(n: int) -> str:
    """The name of the lane that holds the events of `n` lanes folded together."""
    return f"({n:,} other lanes)"


@dataclass(frozen=True)
class Capabilities:
    """What a store can do beyond showing events, so the viewer offers only what works."""

    searchable: bool = False  # full-text search (search() finds more than nothing)
    has_articles: bool = False  # events link to article text, captions, other events
    groupings: tuple[str, ...] = ("lane",)  # lane groupings frame() accepts
    writable_reviews: bool = False  # a review table can be written beside the file
    exportable: bool = True  # export_events() writes CSV and TimelineJS
    # search() runs its statements on several threads at once (taking both cores of a small
    # machine): the viewer starts the marks' search once the first page is drawn
    searches_at_once: bool = False


# The fields of an exported event (`EventStore.export_records`): the event, its article's source,
# headline and url, its caption (the one its sentence is in, else the article's first), and its
# status and provenance (JSON text; NULL in files without them).
EXPORT_FIELDS = (
    "id", "title", "text", "start", "end", "precision", "lane", "kind", "data",
    "source", "headline", "url", "caption", "credit", "image", "status", "provenance",
)  # fmt: skip


@dataclass(frozen=True)
class ExportFilter:
    """Which events to export: explicit ids (the viewer's view), else lanes by name and the
    events overlapping [start, end) (keys); None means no limit. `as_of` (a key): only events
    first reported at or before it, as FrameQuery.as_of (stores without report days ignore it)."""

    ids: tuple[int, ...] | None = None
    lanes: tuple[str, ...] | None = None
    start: int | None = None
    end: int | None = None
    as_of: int | None = None


class EventStore(Protocol):
    """A read-only source of events, whatever holds them (a timeline database, any SQLite table,
    an archive). The viewer sees only this and the records above."""

    path: Path
    capabilities: Capabilities
    mapping: TableMapping | None  # the columns that make events, for a plain table
    skipped: int  # rows left off the timeline because their dates or keys could not be read

    def frame(self, query: FrameQuery) -> EventFrame:
        """The events of one view, answered per lane (see db.store.frame)."""
        ...

    def titles(self, ids: list[int]) -> dict[int, str]: ...

    def event(self, event_id: int, *, wait: bool = True) -> EventDetail | None:
        """One event with its article; None if there is none. `wait=False` (a click on the UI
        thread): DatabaseLockedError at once while another program holds the file's write
        lock, instead of waiting for it."""
        ...

    def brief(self, event_id: int, *, wait: bool = True) -> EventBrief | None:
        """An event's title and date (`wait` as for `event`)."""
        ...

    def article_events(self, article_id: int, *, wait: bool = True) -> list[EventBrief]:
        """The events of one article, in date order (`wait` as for `event`)."""
        ...

    def search(self, text: str, limit: int = 500, marks: int = 50_000) -> SearchResult: ...

    def search_among(self, text: str, ids: np.ndarray) -> np.ndarray:
        """Of the events `ids` (those a view shows), every one `search(text)` would mark, sorted:
        exact where the search's marks are a sample (SearchResult.sampled_of)."""
        ...

    def data_version(self) -> int:
        """Changes when another program commits to the data: the cue for a live reload."""
        ...

    def export_records(self, which: ExportFilter) -> Iterator[dict[str, Any]]:
        """The events to export, as dicts with EXPORT_FIELDS: in the order of `which.ids` when
        given, else by start."""
        ...

    def timeline_meta(self) -> dict[str, Any]:
        """A TimelineJS title slide and scale kept at import ({} when there is none)."""
        ...

    def close(self) -> None: ...


# ---- plain tables: which columns make the events ---------------------------------------------


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
    gave_up: str = ""  # why its rows could not be counted (then `rows` is -1 and it is not offered)


class MappingNeededError(ForeignDatabaseError):
    """An SQLite file that is no timeline database and whose columns need choosing by hand.

    `tables` lists what the file holds, for a dialog that lets the user choose.
    """

    def __init__(self, message: str, tables: list[TableInfo]):
        super().__init__(message)
        self.tables = tables
