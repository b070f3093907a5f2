"""The noun phrase a participle set off by commas follows, when it is longer than
`foreign_participles` reads: an article, then words with their complements ("O novo horário
dos autocarros, aprovado em ...", "L'incontro con i sindacati, fissato per ..."). The whole
segment before the participle is taken when it opens with a determiner, is short and has no
finite verb (a clause of its own is no subject)."""

from __future__ import annotations

import re
from functools import cache

from .foreign_articles import determiners
from .foreign_finite_openings import opens_with_finite

_WORDS = 9  # a longer segment is no noun phrase a title can take
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _opening(language: str) -> re.Pattern[str]:
    articles = determiners(language, "definite", "indefinite", "demonstrative", "possessive")
    return re.compile(rf"(?i)(?:{articles})(?:\s+|(?<=['’]))[^\W\d_]")


def segment_subject(language: str, segment: str) -> str | None:
    """`segment` stripped when it is a noun phrase a determiner opens, else None."""
    segment = segment.strip(" ,;:")
    if not determiners(language, "definite") or not _opening(language).match(segment):
        return None
    words = list(_WORD.finditer(segment))
    if len(words) > _WORDS or any(c in segment for c in ',;:()"«»'):
        return None
    if any(opens_with_finite(language, segment, max(0, w.start() - 1)) for w in words[1:]):
        return None
    return segment
