"""A sale's outcome told after its notice: "The farm was advertised for auction at the Bell on
Friday 9 June. It fetched 2,400 pounds and passed to a Mr Hobbs." The fetching and the passing
happened at the sale, on the day the notice set for it, not on the notice's day (nor the
publication day): a dateless clause telling what a sale made or who bought ("fetched",
"realised", "was knocked down", "sold for", "found no buyer", "was bought in", "passed to"),
after a planned sale of the last few sentences ("to be sold by auction on ...", "will be
offered for sale on ..."), is on that sale's day.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .model import PLANNED, DatedSentence

_OUTCOME = re.compile(
    r"(?i)\b(?:fetched|realised|realized|sold\s+for|went\s+for|went\s+under\s+the\s+hammer|"
    r"(?:was|were)\s+(?:knocked\s+down|bought\s+in|withdrawn|sold|bought\s+by)|"
    r"found\s+(?:a|no)\s+buyers?|failed\s+to\s+(?:sell|find\s+a\s+buyer|reach\s+its\s+reserve)|"
    r"passed\s+to|bought\s+(?:it|them|the\s+\w+)\s+for)\b"
)
# what the planned happening must be: a sale or a letting
_SALE = re.compile(r"(?i)\b(?:auction|sale|sold|to\s+be\s+let|under\s+the\s+hammer)\b")
_REACH = 800  # characters back from the outcome to the end of the sale's clause
_DAYS = frozenset({"day", "hour", "minute", "second"})


def sale_day(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> tuple[str, str] | None:
    """The day of the planned sale whose outcome the clause at `span` tells, else None. `out`:
    the dated events in reading order; `dct`: the publication day (a sale still to come has no
    outcome yet)."""
    b, e = span
    # the events of the sentences before, nearest last (`out` runs in reading order); the
    # outcome's words asked only once a planned sale is found (most clauses have none before)
    k = bisect_right(out, b, key=lambda d: d.begin)
    for d in reversed(out[max(0, k - 8) : k]):
        if d.status != PLANNED:  # most are not: asked before the clause's span is built
            continue
        if d.clause[1] > b or d.clause[1] < b - _REACH:
            continue
        if d.timex.text and d.precision in _DAYS and d.start < dct:
            if _SALE.search(text, *d.clause) is not None:
                return (d.start[:10], "day") if _OUTCOME.search(text, b, e) else None
    return None
