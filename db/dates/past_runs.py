"""A story told on in the past after its one date: "On the night of 4 February 1953 the ferry
left the harbour in a gale. Her captain ignored a warning. Waves smashed the stern doors. ...
The inquiry blamed the owners." Each dateless sentence of the run is in the story's time, not
news of the publication day, however far it runs from the date (`extract`'s reach counts
sentences only): as long as every sentence since the date is told in the past, in the same
paragraph, and the date is years before the publication date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .rules.anchoring import HISTORY_YEARS
from .sentences import BLANK_LINE
from .vague_amounts import told_in_past

_YEAR = re.compile(r"-?\d{4}")
_RUN = 12  # sentences a run may hold after its date


def in_past_run(
    text: str,
    sentences: Sequence[tuple[int, int]],
    by_sent: dict[int, list[Any]],
    si: int,
    dct_year: int,
) -> bool:
    """Whether sentence `si` goes on a past story: it and each sentence back to the last one
    with a date are told in the past, in one paragraph, and that date is `HISTORY_YEARS` or
    more before `dct_year`."""
    dated_at = None
    for k in range(si, max(-1, si - _RUN), -1):  # the last sentence with a date of the story's
        if k < si and BLANK_LINE.search(text, sentences[k][1], sentences[k + 1][0]):
            return False
        dated = [m for m in by_sent.get(k, ()) if _story_date(m)]
        if dated:
            year = _YEAR.match(dated[-1].res.dating[0])
            if k == si or year is None or int(year.group()) > dct_year - HISTORY_YEARS:
                return False
            dated_at = k
            break
    if dated_at is None:
        return False
    # then the tense of each sentence since (the tagging is the slow part, so it comes last):
    # "City have now spent more than since 2019" is news time
    return all(told_in_past(text, *sentences[k]) for k in range(dated_at, si + 1))


def _story_date(m: Any) -> bool:
    """Whether a date expression places the story: a date of its own or counted from the
    story's, not one counted from the publication date ("over the past decade")."""
    res = m.res
    return (
        res.dating is not None and res.point is not None and not res.relative and not m.comparison
    )
