"""A verbless conjunct that goes on with the predicate before its comma: "It will run on weekdays
until June, and daily from July"; "The bridge was shut at night in May, and all day in June".
The date in it is told in that predicate's tense, not in the tense of a verb after it ("... from
July if demand is strong": a condition's present)."""

from __future__ import annotations

import re

# ", and (adverb) from": the conjunction, at most two adverb-like words, then a preposition
_CONJUNCT = re.compile(
    r",\s+(?:and|but|or)\s+(?:(?:then|again|only|also|daily|weekly|monthly|nightly|"
    r"all\s+day|at\s+weekends|[a-z]+ly)\s+){0,2}"
    r"(?:from|until|till|in|by|after|before|on|during|through)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning|middle)\s+of\s+)?$"
)


def conjunct_comma(before: str) -> int | None:
    """The offset in `before` of the comma that opens a verbless conjunct ending at the date,
    else None."""
    tail = before[-60:]
    if "," not in tail:
        return None  # cheap guard
    m = _CONJUNCT.search(tail)
    return None if m is None else len(before) - len(tail) + m.start()
