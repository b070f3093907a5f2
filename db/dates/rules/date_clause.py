"""The clause a date stands in: the words between the clause breaks (";", ":", ", and", ", but")
either side of it. A sentence's other clauses may be told in another tense ("The winter of
1914-15 had gone badly: the fortress surrendered on 22 March"), which is not the date's."""

from __future__ import annotations

import re

_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|when|until)\b")


def clause_around(text: str, sb: int, se: int, begin: int, end: int) -> str:
    """text[sb:se] cut to the clause holding text[begin:end]."""
    lo = sb
    for m in _BREAK.finditer(text, sb, begin):
        lo = m.end()
    hi = _BREAK.search(text, end, se)
    return text[lo : hi.start() if hi else se]


# a quotation's words, closed or running to the clause's end: "... on 16 May, 'and we had ...'"
# (an opening mark after a space or at the start, before a word; not the closing one before it)
_QUOTED = re.compile(r"(?<![^\s(\[—–])[\"“](?=\S)[^\"“”]*(?:[\"”]|$)")


def unquoted(clause: str) -> str:
    """`clause` without the words it quotes: a witness's "had" is not the narrator's tense."""
    if '"' not in clause and "“" not in clause:
        return clause
    return _QUOTED.sub(" ", clause)
