"""The period a superlative is measured in: "That evening was the coldest of the winter",
"Saturday was the busiest day of the year". The winter and the year are where the record was
set, not when anything happened: the clause is dated by its own day ("That evening",
"Saturday"), and the period, like a comparison's "since 2008", makes no event of its own
(`comparison.is_comparison`). "first" and "last" are left out: "the first snow of the winter"
may be all the date the snow has."""

from __future__ import annotations

import re
from collections.abc import Container

# "the coldest (night) of", "the most expensive (flat) of": a superlative, up to two nouns, "of"
_OF_BEFORE = re.compile(
    r"(?i)\b(?:the|its|their)\s+(?P<word>[a-z]+est|best|worst|(?:most|least)\s+[a-z]+)\s+"
    r"(?:[a-z-]+\s+){0,2}?of\s+$"
)


def superlative_domain(text: str, lo: int, begin: int, not_superlative: Container[str]) -> bool:
    """Whether the date at `begin` ("the winter") is the period a superlative right before it
    is measured in ("the coldest of the winter"); `lo`: where its sentence begins;
    `not_superlative`: the words in "-est" that are none ("interest", "harvest")."""
    if not text.startswith(("the ", "The "), begin):
        return False
    m = _OF_BEFORE.search(text, max(lo, begin - 60), begin)
    return m is not None and m.group("word").lower() not in not_superlative
