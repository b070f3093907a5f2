"""Which dated clause a dateless clause after ", and" leans on: the main clause it is joined to,
not a subordinate clause between them. "The chain raised its forecast on Thursday after sales in
the second quarter beat expectations, and its shares rose 11 percent" - the shares rose on
Thursday, with the raising, not in the quarter the "after" clause names.
"""

from __future__ import annotations

from collections.abc import Sequence

from .clauses import MAIN, SUBORDINATE, Clause

_JOINERS = frozenset({"and", "but"})


def coordinate_host(clauses: Sequence[Clause], dated: Sequence[bool], nearest: int, j: int) -> int:
    """The clause the dateless clause `j` leans on: the dated main clause before the subordinate
    clause `nearest` (the nearest dated one) where `j` is a main clause opened by "and" or "but",
    else `nearest`."""
    c = clauses[j]
    if clauses[nearest].kind != SUBORDINATE or c.kind != MAIN or c.word not in _JOINERS:
        return nearest
    before = nearest - 1
    while before >= 0 and clauses[before].kind == SUBORDINATE:
        before -= 1
    if before >= 0 and clauses[before].kind == MAIN and dated[before]:
        return before
    return nearest
