"""A date a change starts from or takes effect on: "a partir del 15 de junio", "à compter du 2
mai", "à partir du", "a partire dal 6 maggio", "a partir de 1º de maio", "ab dem 1. Juli", "zum
1. Oktober". The clause's tense tells when the change was decided, not when it starts ("Der
Kreistag hatte die Schließung zum 1. Oktober beschlossen", written in April, is this October):
a year-less such date is the nearer of the one before the publication date and the one after
(`rules.locales._pick_year`), whatever the tense. Not "desde", "depuis", "seit", "dal": since,
which looks back.

Function words only, one short list a language.
"""

from __future__ import annotations

import re

FROM = {
    "es": r"a\s+partir\s+del?|con\s+efecto\s+(?:desde\s+)?el",
    "fr": r"à\s+(?:compter|partir)\s+du|à\s+(?:compter|partir)\s+de",
    "it": r"a\s+partire\s+dal|a\s+decorrere\s+dal|con\s+decorrenza\s+dal",
    "pt": r"a\s+partir\s+d[eo]|com\s+efeito\s+a\s+partir\s+de",
    "de": r"ab(?:\s+dem)?|zum|mit\s+Wirkung\s+zum",
}
_PATTERNS = {k: re.compile(rf"(?i)(?<![\w'’])(?:{v})\s+$") for k, v in FROM.items()}


def starts_from(language: str, before: str) -> bool:
    """Whether the text right `before` a date says the date is where a change starts."""
    pattern = _PATTERNS.get(language)
    return pattern is not None and pattern.search(before[-40:]) is not None
