"""A year that names a thing, set as an adjective between a determiner and its noun: "has
retracted a 2021 study", "has sold its 2019 prototype", "has found the 1998 recording". Like a
thing's age ("a 14th-century book"), it says which thing, not when the clause's happening was:
a present perfect's happening is news of now (`lede_retold`)."""

from __future__ import annotations

import re

_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|his|her|their|our|this|that)\s+$")
# the noun after the year: a lower-case word that is no preposition, conjunction or verb form
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|of|for|by|was|were|is|are|had|has)\b)[a-z]{3,}"
)


def attributive_year(text: str, begin: int, end: int) -> bool:
    """Whether the expression text[begin:end], a bare year, sits between a determiner and a
    noun ("a 2021 study")."""
    said = text[begin:end]
    if len(said) != 4 or not said.isdigit():
        return False
    return bool(_BEFORE.search(text, max(0, begin - 8), begin)) and bool(
        _NOUN_AFTER.match(text, end)
    )
