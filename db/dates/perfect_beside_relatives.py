"""A present perfect around a dated relative clause in its subject: "A ferry that sank in 2019
has been raised after divers sealed its hull". The relative clause's date is the ferry's past;
the perfect tells how things stand now (news of the publication day: a definite past time never
dates a present perfect), and the clause after it ("after divers sealed its hull") goes with the
main clause around the relative one, not with that aside. `happenings` asks both."""

from __future__ import annotations

from collections.abc import Sequence

from .clause_assembly import MAIN, RELATIVE, Clause
from .perfect_now import _PERFECT, _SINCE


def _wrapping_main(clauses: Sequence[Clause], rel: Clause) -> Clause | None:
    """The main clause whose pieces sit either side of the relative clause `rel`."""
    for m in clauses:
        if m.kind == MAIN and len(m.pieces) > 1 and m.begin < rel.begin and rel.end <= m.end:
            return m
    return None


def past_the_aside(clauses: Sequence[Clause], host: int, j: int) -> bool:
    """Whether the dateless clause `j` comes after the main clause around the relative clause
    `host`: it leans on that main clause, not on the aside inside it."""
    rel = clauses[host]
    if rel.kind != RELATIVE:
        return False
    m = _wrapping_main(clauses, rel)
    return m is not None and m.end <= clauses[j].begin


def perfect_news(text: str, c: Clause, clauses: Sequence[Clause], dating: Sequence[int]) -> bool:
    """Whether the main clause `c` is a present perfect (not "since ...") around relative
    clauses that hold every date of its sentence: the news of now, whatever past they tell."""
    if c.kind != MAIN or len(c.pieces) < 2 or not dating:
        return False
    asides = [r for r in clauses if r.kind == RELATIVE and c.begin < r.begin and r.end <= c.end]
    if not asides or not all(any(r.covers(at) for r in asides) for at in dating):
        return False
    return perfect_after_aside(text, c)


def perfect_after_aside(text: str, c: Clause) -> bool:
    """Whether the clause `c`, resuming after an aside set inside it, goes on with a present
    perfect (not "since ..."): "A ferry that sank in 2019 | has been raised"."""
    if len(c.pieces) < 2:
        return False
    rest = c.pieces[-1]  # the part after the relative clause: "has been raised"
    if "ha" not in text[rest[0] : rest[1]]:
        return False  # the cheap guard: no "has" or "have"
    return _PERFECT.search(text, *rest) is not None and not _SINCE.search(text, *rest)
