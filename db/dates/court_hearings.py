"""A court report's outcomes on the hearing's day: "Pike admitted drink-driving when he appeared
before magistrates on Monday. The court heard he was stopped on 24 October. He was also fined
£660." The fine, a ban, a community order, an adjournment ("The judge adjourned sentence to 10
December") were handed down at the hearing, not on the publication day nor on the day of the
offence the sentence before told. So a clause with a court's outcome that no date of its own
governs goes to the day of the last hearing its paragraph names (a dated clause of appearing,
pleading or being told by a judge), else of the first one after it ("A driver has been banned
for a year. He appeared before magistrates on Monday."), else the last one the report named
before where it was a sentencing (a judge's order told paragraphs after the lede's "was
sentenced yesterday"), where that day is at most `_NEWS_DAYS` before the publication day (a
history's trial keeps its own telling).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .cue_guard import Guarded, guard
from .model import DatedSentence
from .sentences import BLANK_LINE

_OUTCOME = guard(
    r"(?i)\b(?:fined|banned|disqualified|jailed|imprisoned|remanded|bailed|discharged|"
    r"ordered\s+to\s+(?:pay|carry|complete|serve|do)|adjourned|"
    r"given\s+(?:a|an)\s+(?:[\w£$,.-]+\s+){0,3}(?:order|sentence|ban|fine|discharge|caution|curfew)|"
    r"(?:made|imposed|issued)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}order)\b"
)
# the clause of the hearing itself: appearing, pleading, admitting in court, a judge's words
_HEARING = guard(
    r"(?i)\b(?:appeared|pleaded|admitted|denied|convicted|sentenced|found\s+(?:not\s+)?guilty|"
    r"(?:told|warned)\s+by\s+(?:a|the)\s+(?:judge|magistrates?|court|bench)|"
    r"(?:magistrates'?|crown|county|sheriff|district|high)\s+court|before\s+(?:magistrates|a\s+judge))\b"
)
# the day every outcome of the case was handed down
_SENTENCING = guard(r"(?i)\b(?:sentenced|jailed|imprisoned)\b")
_NEWS_DAYS = 60


def court_outcome(clause: str) -> bool:
    """Whether a clause tells a court's outcome (a fine, a ban, an order, an adjournment)."""
    return _OUTCOME.search(clause) is not None


def hearing_day(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> str | None:
    """The day of the hearing a court outcome at `span` was handed down at (module doc), or
    None where the clause tells no outcome or its paragraph names no recent hearing day."""
    if not court_outcome(text[span[0] : span[1]]):
        return None
    blank = [m.end() for m in BLANK_LINE.finditer(text, 0, span[0])]
    para = blank[-1] if blank else 0
    nxt = BLANK_LINE.search(text, span[1])
    para_end = nxt.start() if nxt else len(text)
    earliest = (dt.date.fromisoformat(dct[:10]) - dt.timedelta(days=_NEWS_DAYS)).isoformat()
    own = _hearing_in(text, span, out, dct, earliest, (para, para_end))
    if own is not None or len(blank) < 2:
        return own
    # none in its own paragraph: the last the two before it named ("... court heard on
    # Tuesday. [...] He was also fined £1,200.")
    back = blank[-3] if len(blank) >= 3 else 0
    near = _hearing_in(text, (span[0], span[0]), out, dct, earliest, (back, para))
    if near is not None or back == 0:
        return near
    # none there either: the sentencing the report opened with, further back ("... was
    # sentenced yesterday." [five paragraphs] "She also made a restraining order"); a hearing of
    # another kind ("the court heard on Monday") may not be the one that handed it down
    return _hearing_in(text, (span[0], span[0]), out, dct, earliest, (0, back), _SENTENCING)


def _hearing_in(
    text: str,
    span: tuple[int, int],
    out: Sequence[DatedSentence],
    dct: str,
    earliest: str,
    window: tuple[int, int],
    hearing: Guarded = _HEARING,
) -> str | None:
    """The day of the last recent hearing in `window` before `span`, else of the first after."""
    para, para_end = window
    before: str | None = None
    after: str | None = None
    for d in out:
        if not d.timex.text or d.precision != "day" or not para <= d.timex.begin < para_end:
            continue
        if not earliest <= d.start[:10] <= dct[:10]:
            continue
        clause = text[d.clause[0] : d.clause[1]]
        if hearing.search(clause) is None:
            continue
        if d.timex.begin < span[0]:
            before = d.start[:10]
        elif after is None:
            after = d.start[:10]
    return before or after
