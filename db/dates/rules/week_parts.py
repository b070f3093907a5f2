"""The week in news, told by its parts: "earlier in the week", "later in the week": the
publication day's week, or the week of the day a story is on."""

from __future__ import annotations

from .anchoring import _anchored
from .relative import _whole_week
from .table import Ctx, Groups, Res, make, rule

# a story's day this far from the publication day is its own: "later in the week" is its week
_STORY_DAYS = 7


@rule(
    "in_the_week",
    r"(?P<mod>(?i:earlier|later|early|late))\s+(?i:in)\s+(?i:the)\s+(?i:week)(?![\w-]|['’]s)",
    starts="earlier later early late",
)
def _in_the_week(g: Groups, c: Ctx) -> Res | None:
    """ "Shares had risen earlier in the week": the publication day's week; in a story on a day
    further back, that day's week ("The gales began on Monday 6 March 1950, and later in the
    week the pier went")."""
    ref = c.ref
    if ref is not None and ref[1] in ("day", "hour", "minute"):
        if c.dct is None or abs((ref[0] - c.dct).days) > _STORY_DAYS:
            return _whole_week(_anchored(c, 0, "week"), "week")
    if c.dct is None:
        return Res("DATE", "XXXX-WXX")
    return make((c.dct, "week"), relative=True)
