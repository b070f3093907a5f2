"""The end of a range told as "from ... and until ...": "decorrem a partir de dia 8 e até dia
19", "abierto desde el lunes y hasta el viernes", "à partir de 18 heures et jusqu'à mardi
midi", "a decorrere dal 2 marzo ed entro e non oltre le ore 12 del 31 marzo", "ab Montag und
bis Freitag". The range is one happening, at its start; its end only bounds it and makes no
event of its own (`rules.locales_offset.anchor_only`). A lone "hasta el 30 de mayo", with no
start before it in the clause, is left as it is (a deadline).

Function words only: the start's preposition, "and", the end's preposition, one short list a
language.
"""

from __future__ import annotations

import re

_START = {
    "es": r"desde|a\s+partir\s+del?",
    "fr": r"depuis|dès|à\s+(?:partir|compter)\s+(?:d['’]|de|du|des)",
    "it": r"dal|dall['’]|dalla|(?:a\s+partire|a\s+decorrere)\s+(?:da|dal|dall['’]|dalla)",
    "pt": r"desde|a\s+partir\s+d[eoa]",
    "de": r"ab|von|vom|seit",
}
_END = {
    "es": r"y\s+hasta(?:\s+el|\s+la)?(?:\s+d[íi]a)?",
    "fr": r"et\s+jusqu['’](?:à|au)(?:\s+la|\s+l['’])?",
    "it": r"(?:e|ed)\s+(?:fino\s+(?:al|a|alla)|entro(?:\s+e\s+non\s+oltre)?)"
    r"(?:\s+il|\s+la|\s+l['’])?"
    r"(?:\s+(?:le\s+)?ore\s+\d{1,2}(?:[.:]\d\d)?\s+del)?",
    "pt": r"e\s+at[ée](?:\s+(?:ao|o|a|à))?(?:\s+dia)?",
    "de": r"und\s+bis(?:\s+(?:zum|zur|am))?",
}
_ENDS = {lang: re.compile(rf"(?i)(?<![\w'’])(?:{p})\s+$") for lang, p in _END.items()}
_STARTS = {lang: re.compile(rf"(?i)(?<![\w'’])(?:{p})(?![\w])") for lang, p in _START.items()}


def range_end(language: str, text: str, lo: int, begin: int) -> bool:
    """Whether the date at `begin` closes a range opened earlier in its sentence (from `lo`)."""
    ends = _ENDS.get(language)
    if ends is None:
        return False
    window = text[max(lo, begin - 160) : begin]
    m = ends.search(window)
    if m is None:
        return False
    opened = window[: m.start()]
    clause = re.split(r"[;:.!?]", opened)[-1]
    return _STARTS[language].search(clause) is not None
