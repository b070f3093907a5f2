"""A coordinated clause that opens with its own date: "We rewrote the rules in September, and
from January every pupil will have a tutor", "..., and in 1874 the firm opened a shop". The
date phrase after the conjunction hides the clause's subject from `clauses.split`'s test for a
new clause; `after_date_opener` steps over it (a preposition and a date expression, at most
`_REACH` words, and a comma after it), so the subject is looked for where it stands."""

from __future__ import annotations

_PREPOSITIONS = frozenset({"in", "on", "from", "by", "since", "at", "during", "until", "till"})
_REACH = 8  # words of a date expression stepped over at most


def after_date_opener(words: list[str], atom: list[bool], nxt: int) -> int:
    """The index after the date phrase that opens at `nxt` ("in January", "from 3 May ,"),
    else `nxt`."""
    n = len(words)
    k = nxt + 1 if nxt < n and words[nxt] in _PREPOSITIONS else nxt
    if k >= n or not atom[k]:
        return nxt
    stop = min(n, k + _REACH)
    while k < stop and atom[k]:
        k += 1
    if k < n and words[k] == ",":
        k += 1
    return k if k < n else nxt
