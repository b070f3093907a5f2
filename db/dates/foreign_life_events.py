"""A life's facts told without their subject, as an obituary or a profile tells them after the
sentence that names its person: "Nata a Bari nel 1931, aveva aperto la libreria nel 1960".

A title opening with "born" ("nato", "nacido", "né", "nascido") is the person's birth: it takes
the subject of the sentence before as a finite verb's does (`foreign_dropped_subjects`), "Anna
Loy nata a Bari". A participle's aside opening the title before a finite verb without a subject
("Nata a Bari nel 1931, aveva aperto ...") is no part of the later event: the title is the verb's
clause, which takes that subject in turn.
"""

from __future__ import annotations

import re

from .foreign_finite_openings import NON_FINITE, opens_with_finite

_BORN = re.compile(r"(?i)(?:nat[oaie]|nacid[oa]s?|n[ée]e?s?|nascid[oa]s?)\s+(?=\w)")
_ASIDE_WORDS = 8  # an opening participle's aside, at most
_WORD = re.compile(r"[\w'’-]+")


def is_birth(title: str) -> bool:
    """Whether a title opens with "born": a birth told without its person."""
    return _BORN.match(title) is not None


def without_opening_aside(language: str, title: str) -> str:
    """The title without an opening participle's aside when a finite verb without a subject
    follows its comma (module docstring); as it was otherwise."""
    first = _WORD.match(title)
    if language not in NON_FINITE or first is None:
        return title
    if not re.fullmatch(NON_FINITE[language], first.group(), re.I):
        return title
    comma = title.find(", ")
    if comma < 0 or len(_WORD.findall(title[:comma])) > _ASIDE_WORDS:
        return title
    rest = title[comma + 2 :]
    if not rest[:1].islower() or not opens_with_finite(language, rest, 0):
        return title
    return rest[:1].upper() + rest[1:]
