"""A story's clause judged without the relative clause inside it: "I ate the trout, talked to a
farmer who calls the valley "the last quiet place", and slept until four". The relative ("who
calls ...") is an aside on the farmer, in its own tense and with its own quotation; the clause
around it is told in the past, a happening of the story's day (`day_runs`). Only where the part
before the relative has a past verb of its own: "The man who escaped was seen" is judged whole,
as before."""

from __future__ import annotations

import re

# a relative pronoun after a word (not opening the clause), up to the next comma or semicolon
# outside quotation marks, at most `_REACH` characters on
_RELATIVE = re.compile(r"(?<=[a-z]) (?:who|which|whose) ")
_REACH = 300


def relative_cut(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The pieces of text[begin:end] outside its relative clauses ("who ...", "which ...", up
    to the next comma outside quotation marks), in order; the whole span when it has none."""
    if " wh" not in text[begin:end]:
        return [(begin, end)]  # the cheap test first
    pieces: list[tuple[int, int]] = []
    at = begin
    for m in _RELATIVE.finditer(text, begin, end):
        if m.start() < at:
            continue
        pieces.append((at, m.start()))
        at = _relative_end(text, m.end(), min(end, m.end() + _REACH))
    pieces.append((at, end))
    return [(b, e) for b, e in pieces if e > b]


def _relative_end(text: str, begin: int, limit: int) -> int:
    """Where a relative clause from `begin` ends: the first comma or semicolon outside
    quotation marks, else `limit`."""
    opened = False
    for i in range(begin, limit):
        c = text[i]
        if c in '"“”':
            opened = not opened if c == '"' else c == "“"
        elif c in ",;" and not opened:
            return i
    return limit
