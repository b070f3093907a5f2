"""A dateless clause right before a dated "when" clause happened then: in "She bought the mill in
1880, and it was sold when the canal closed in 1921" the selling is 1921's, not 1880's, though
the clause after ", and" otherwise leans on the dated clause before it (`happenings._lean`)."""

from __future__ import annotations

from .clauses import SUBORDINATE, Clause

_WHEN_WORDS = ("when", "whereupon")


def dated_when_after(clauses: list[Clause], dated: list[bool], j: int) -> int | None:
    """The index of the dated "when" clause just after clause `j`, if any."""
    k = j + 1
    if k >= len(clauses) or not dated[k]:
        return None
    after = clauses[k]
    if after.kind != SUBORDINATE or after.word.lower() not in _WHEN_WORDS:
        return None
    return k
