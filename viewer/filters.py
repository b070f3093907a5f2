"""What part of the data is shown: lane grouping, hidden lanes, lane order, a date range.

Pure values: Filters become the FrameQuery the store cuts the frame shown by (db.store.frame),
so filters are tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from db.review.state import REVIEW_STATES
from db.store import NEGATED
from db.store.frame import FrameQuery

GROUPS = {"lane": "Category", "source": "Source"}
# Events shown by their review state (db.review): all but the rejected ones, unless asked.
DEFAULT_REVIEW = frozenset(s for s in REVIEW_STATES if s != "rejected")


@dataclass(frozen=True)
class Filters:
    group: str = "lane"  # "lane" (the category column) or "source" (the article's outlet)
    hidden: frozenset[str] = frozenset()
    order: tuple[str, ...] = ()  # preferred lane order; lanes not named keep theirs, after these
    start: int | None = None  # keys: only events overlapping [start, end)
    end: int | None = None
    review: frozenset[str] = DEFAULT_REVIEW  # review states shown (see REVIEW_STATES)
    # Negated or hypothetical events ("did not attack", "could increase") are left off unless
    # asked for.
    show_negated: bool = False
    extra: dict = field(default_factory=dict, compare=False)

    def with_(self, **changes) -> Filters:
        return replace(self, **changes)


def ordered_lanes(names: tuple[str, ...], filters: Filters) -> list[str]:
    known = set(names)
    first = [n for n in filters.order if n in known]
    return first + [n for n in names if n not in set(first)]


def frame_query(filters: Filters, names: tuple[str, ...], as_of: int | None = None) -> FrameQuery:
    """What to ask the store for: the grouping's lanes `names` in display order, hidden ones
    left out, the date range, what was known by `as_of` (the view state's "as known on"), and
    negated events unless they are asked for."""
    shown = [n for n in ordered_lanes(names, filters) if n not in filters.hidden]
    review = None if filters.review >= frozenset(REVIEW_STATES) else filters.review
    hide = 0 if filters.show_negated else NEGATED
    return FrameQuery(
        filters.group,
        tuple(shown),
        filters.start,
        filters.end,
        as_of=as_of,
        review=review,
        hide=hide,
    )
