"""A comparison's reference point in Spanish, French, Italian, Portuguese and German, as
English's (`rules.comparison`): "o maior volume para um único dia de fevereiro desde 2011", "la
plus forte hausse depuis 2008", "il dato peggiore dal 2015", "la primera visita desde 2011",
"der stärkste Regen seit 2011". A superlative or "first" before "since" in the date's clause
makes the date only what is compared with: no event at it (`rules.locales_offset.anchor_only`),
as the issue's "the lowest since" rule. "Desde 2011 han muerto 30 personas" stays a range.

Function words and the superlative's markers only, one short list a language.
"""

from __future__ import annotations

import re

_SINCE = {
    "es": r"desde(?:\s+(?:el|la))?(?:\s+año)?",
    "fr": r"depuis(?:\s+(?:le|la|l['’]|les))?(?:\s*année)?",
    "it": r"dal|dall['’]|dalla|da",
    "pt": r"desde(?:\s+(?:o|a))?(?:\s+(?:o\s+)?ano(?:\s+de)?)?",
    "de": r"seit(?:\s+(?:dem|der))?(?:\s+Jahr)?",
}
_UP_TO_3 = r"(?:[\w]+\s+){0,3}"  # the noun and its adjectives between article and marker
# the superlative or "first" before it
_MARK = {
    "es": rf"(?:el|la|los|las|lo)\s+{_UP_TO_3}(?:más|menos|mayor|menor|peor|mejor|primer[oa]?)"
    r"|máxim[oa]s?|mínim[oa]s?|récord",
    "fr": rf"(?:le|la|les|l['’])\s*{_UP_TO_3}(?:plus|moins|pire|meilleure?s?|premi(?:er|ère)s?)"
    r"|record",
    "it": rf"(?:il|la|i|le|lo|l['’])\s*{_UP_TO_3}(?:più|meno|maggiore|minore|peggiore|migliore"
    r"|prim[oa])|record|massim[oa]|minim[oa]",
    "pt": rf"(?:o|a|os|as)\s+{_UP_TO_3}(?:mais|menos|maior|menor|pior|melhor|primeir[oa])"
    r"|recorde|máxim[oa]|mínim[oa]",
    "de": r"(?:höchst|niedrigst|stärkst|schwerst|größt|grösst|meist|best|schlechtest|heißest"
    r"|kältest|wärmst|tiefst|erst)(?:e|en|er|es|em)|erstmals|Rekord\w*",
}
_BEFORE = {
    lang: re.compile(rf"(?i)(?<![\w'’])(?:{p})(?:\s+|(?<=['’]))$") for lang, p in _SINCE.items()
}
# not "más de mil", "plus de 30": an amount, no superlative
_AMOUNT = r"(?!\s+(?:de|di|d['’]|que|che|als)(?![\w'’]))"
_MARKS = {
    lang: re.compile(rf"(?i)(?<![\w'’])(?:{p})(?![\w'’]){_AMOUNT}") for lang, p in _MARK.items()
}
_CLAUSE_END = re.compile(r"[;:.!?]|,\s+(?:y|et|e|und|mais|pero|ma|mas|aber)\s")


def since_superlative(language: str, text: str, lo: int, begin: int) -> bool:
    """Whether the date at `begin` follows "since" after a superlative in its clause."""
    before = _BEFORE.get(language)
    if before is None:
        return False
    window = text[max(lo, begin - 200) : begin]
    m = before.search(window)
    if m is None:
        return False
    clause = _CLAUSE_END.split(window[: m.start()])[-1]
    return _MARKS[language].search(clause) is not None
