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


# A date something is put off to: "renvoyé vendredi au 12 avril", "aplazado al 3 de mayo",
# "rinviato al 12 aprile", "adiado para 12 de abril", "auf den 12. April verschoben": the new
# date, still to come whatever the tense of the putting off.
_PUT_OFF = {
    "es": r"(?:aplazad|pospuest|postergad|trasladad)[oa]s?",
    "fr": r"(?:renvoy|report|repouss|ajourn|décal)é(?:e|s|es)?",
    "it": r"(?:rinviat|posticipat|spostat|differit)[oaie]",
    "pt": r"(?:adiad|remarcad|transferid|pospost)[oa]s?",
}
_TO = {
    "es": r"al|a|hasta\s+el|para\s+el",
    "fr": r"au|à|jusqu['’]au",
    "it": r"al|a|all['’]|fino\s+al",
    "pt": r"para|para\s+[oa]|ao|a|à",
}
_PUT_OFF_BEFORE = {
    lang: re.compile(
        rf"(?i)(?<![\w'’])(?:{p})(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_TO[lang]})(?:\s+|(?<=['’]))$"
    )
    for lang, p in _PUT_OFF.items()
}
_GERMAN_AFTER = re.compile(r"(?i)^[\s\d.]{0,12}(?:verschoben|vertagt|verlegt)\b")
_GERMAN_BEFORE = re.compile(r"(?i)(?<![\w'’])auf\s+(?:den\s+)?$")


def put_off_to(language: str, before: str, after: str) -> bool:
    """Whether the date between `before` and `after` is the one something is put off to."""
    if language == "de":
        return bool(_GERMAN_BEFORE.search(before[-12:]) and _GERMAN_AFTER.match(after[:30]))
    pattern = _PUT_OFF_BEFORE.get(language)
    return pattern is not None and pattern.search(before[-80:]) is not None
