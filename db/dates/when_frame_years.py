"""A sentence that opens with a dated "when" clause told in the simple past and goes on in the
past perfect: "When the council wrote to him in March 1896, he had built nothing for twenty
years." The past perfect counts back from the "when" clause's time, which is the story's new
time, so the sentence is no look back from the story told before it (`story_years.looks_back`):
the dates after it go on from March 1896. A year inside the past perfect itself ("When the war
ended, the mill had closed in 1915") still looks back.
"""

from __future__ import annotations

import re

# "When ...", "By the time ...": a clause dating the sentence's main clause
_WHEN_OPENING = re.compile(r"[\s\"“(]*(?:When|By\s+the\s+time)\s", re.IGNORECASE)


def dated_when_frame(sentence: str, first_pluperfect: int, years: list[int]) -> bool:
    """Whether `sentence` opens with a "when" clause holding each of the earlier `years` (their
    offsets in `sentence`) before its first past perfect (at `first_pluperfect`), and that
    clause has no past perfect of its own."""
    if not years or _WHEN_OPENING.match(sentence) is None:
        return False
    return all(at < first_pluperfect for at in years)
