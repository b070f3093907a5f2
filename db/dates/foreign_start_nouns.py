"""A happening named by a noun that a start date follows: "ordonné la fermeture de
l'établissement à compter du 1er juin", "die Schließung der Geburtsstation zum 1. Oktober
beschlossen", "aprobó el cierre del mercado a partir del 1 de julio". The date is the noun's
(the closing starts then), not the clause's (the order, the decision): its title is the noun
phrase, as a thing set for a date is (`foreign_titles`).

The noun is one a verb makes (its ending: "-tion", "-ción", "-zione", "-ção", "-ung", "-ure",
"-ura", "-ment", "-mento") or one of a few of closing and opening, with its "of" complements;
the start words are `foreign_starts`'.
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_articles import determiners
from .foreign_starts import FROM

_ARTICLE = {lang: determiners(lang, "definite") for lang in ("es", "fr", "it", "pt", "de")}
_OF = {
    "es": r"de(?:l|\s+la|\s+los|\s+las)?",
    "fr": r"d['’]|de\s+la|de\s+l['’]|du|des|de",
    "it": r"di|del|dello|della|dell['’]|dei|degli|delle",
    "pt": r"de|do|da|dos|das",
    "de": r"der|des",
}
_HAPPENING = {
    "es": r"\w+(?:ción|sión|miento|ura|aje)|cierre|inicio|fin",
    "fr": r"\w+(?:tion|sion|ment|ure|age)",
    "it": r"\w+(?:zione|sione|mento|ura|aggio)|blocco|avvio",
    "pt": r"\w+(?:ção|são|mento|ura|agem)|início|fim",
    "de": r"[A-ZÄÖÜ]\w+(?:ung|ierung)",
}


@cache
def _pattern(language: str) -> re.Pattern[str]:
    word = r"[\w'’-]+"
    of = rf"\s+(?:{_OF[language]})(?:\s+|(?<=['’])){word}(?:\s+[A-ZÄÖÜÁÉÍÓÚÀÈ][\w'’-]*)*"
    return re.compile(
        rf"(?<![\w'’])(?P<noun>(?i:{_ARTICLE[language]})(?:\s+|(?<=['’]))"
        rf"(?:{_HAPPENING[language]})(?:{of}){{0,3}})\s+(?i:{FROM[language]})\s+$"
    )


_REACH = 120  # characters before the date looked at


def start_noun(language: str, text: str, sentence: tuple[int, int], at: int) -> str | None:
    """The noun phrase of a happening right before the start words of the date at `at`."""
    if language not in _ARTICLE:
        return None
    m = _pattern(language).search(text, max(sentence[0], at - _REACH), at)
    if m is None:
        return None
    noun = m["noun"]
    return noun[:1].upper() + noun[1:]
