"""Which clauses of a sentence hold a date expression of their own. A clause that opens with
"when", "after", "once" ... sets the time of the clause it leads into: "When the old king died in
March 1421, his brother became regent and married within a year" dates the brother's regency
March 1421. A count of units the finder could not place ("within a year") names no time on the
calendar, so it does not give that clause a date of its own."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Any, Protocol

from .clauses import RELATIVE, SUBORDINATE, Clause

_WHEN_WORDS = frozenset({"when", "after", "once", "as"})


class Atoms(list[tuple[int, int]]):
    """A sentence's date expressions, (begin, end) in reading order, and the starts of those
    that date nothing (`undated`)."""

    undated: frozenset[int] = frozenset()


class _Mention(Protocol):
    begin: int
    end: int
    res: Any  # `rules.table.Res`: its `dating` is None where the expression dates nothing


def sentence_atoms(mentions: Iterable[_Mention]) -> Atoms:
    """The `Atoms` of a sentence's resolved mentions (`extract`)."""
    found = list(mentions)
    atoms = Atoms((m.begin, m.end) for m in found)
    atoms.undated = frozenset(m.begin for m in found if m.res.dating is None)
    return atoms


def holds_atom(starts: list[int], pieces: list[tuple[int, int]]) -> bool:
    """Whether one of `starts` (sorted starts of date expressions) lies in one of `pieces`."""
    for b, e in pieces:
        k = bisect_left(starts, b)
        if k < len(starts) and starts[k] < e:
            return True
    return False


def after_opening_when(
    clauses: list[Clause], dated: list[bool], atoms: list[tuple[int, int]]
) -> list[bool]:
    """`dated` (which clauses hold a date expression), with the clause after an opening dated
    "when" clause counted as dateless where its only expressions date nothing."""
    undated: frozenset[int] = getattr(atoms, "undated", frozenset())
    if len(clauses) < 2 or not undated or not dated[0] or not dated[1]:
        return dated
    first = clauses[0]
    if first.kind != SUBORDINATE or first.word.lower() not in _WHEN_WORDS:
        return dated
    starts = sorted(b for b, _ in atoms if b not in undated)
    if holds_atom(starts, clauses[1].pieces):
        return dated
    return [dated[0], False, *dated[2:]]


def duration_asides(
    clauses: list[Clause], dated: list[bool], atoms: list[tuple[int, int]]
) -> list[bool]:
    """`dated`, with a ", which" clause whose only expressions date nothing counted as dateless:
    "a fire on 3 October, which closed the depot for eleven days" closed it on 3 October (the
    clause leans on the dated one it hangs on, as one without a date does). Not a restrictive
    "that" clause: "The army that had besieged the city for two months broke" is the army's."""
    undated: frozenset[int] = getattr(atoms, "undated", frozenset())
    if not undated:
        return dated  # the cheap guard: every expression dates something
    starts = sorted(b for b, _ in atoms if b not in undated)
    return [
        d and not (c.kind == RELATIVE and c.word == "which" and not holds_atom(starts, c.pieces))
        for c, d in zip(clauses, dated, strict=True)
    ]
