"""A happening a clause's end counts a few minutes or hours back from: "Radar lost the plane
over the strait, 20 minutes after it took off from Naha." The taking off is a happening of the
same day as the losing, told in the past, even when the sentence opens with a state ("The plane
was a light trainer; radar lost it ..."), so `day_runs` judges such a clause by that tail too."""

from __future__ import annotations

import re

_REACH = 160  # characters back from the clause's end where the tail may start
# ", 20 minutes after", ", two hours before", ", just an hour after": the same day's happening
_TAIL = re.compile(
    r"(?i),\s+(?:about\s+|some\s+|just\s+|only\s+|barely\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|"
    r"a\s+few|several)\s+(?:minutes?|hours?)\s+(?:after|before)\s+"
)


def counted_tail(text: str, b: int, e: int) -> int | None:
    """Where the happening starts that the end of the clause text[b:e] counts minutes or hours
    from, or None."""
    lo = max(b, e - _REACH)
    seg = text[lo:e]
    if "minute" not in seg and "hour" not in seg:
        return None  # the cheap guard
    ends = [m.end() for m in _TAIL.finditer(text, lo, e)]
    return ends[-1] if ends else None  # the last one: the tail that ends the clause
