"""A bare weekday after "from", "until" or "before" is the coming one unless its clause is
told in the past: "Dès samedi, le stationnement deviendra payant", "Die Sternsinger sind ab
Samstag unterwegs", "a partir de segunda-feira", "el plazo sigue abierto hasta el lunes",
"non riaprirà prima di lunedì". A start or a bound given for a day is given ahead of it; "since"
("desde el sábado", "depuis samedi", "seit Samstag") looks back and is not here.

German's present auxiliaries ("ist ab Montag gesperrt", "hat ab Samstag geöffnet") tell a state
from the day on, not a past: only its simple past and pluperfect count (`locales_relative`
asks). The words are prepositions, a closed list a language.
"""

from __future__ import annotations

import re

from ..foreign_tenses import PAST
from ..german_tense import weak_preterite

_BOUNDS = {
    "es": r"a\s+partir\s+de(?:l|\s+este|\s+esta)?|hasta(?:\s+el|\s+este)?|antes\s+de(?:l|\s+este)?",
    "fr": r"dès|à\s+partir\s+de|jusqu['’](?:à|au)|avant|d['’]ici",
    "it": r"a\s+partire\s+da|fino\s+a|entro|prima\s+di",
    "pt": r"a\s+partir\s+d[eoa]|at[ée](?:\s+(?:[oa]|ao|à))?|antes\s+d[eoa]",
    "de": r"ab|bis(?:\s+zum)?|ab\s+dem",
}
_BEFORE = {k: re.compile(rf"(?i)(?<![\w'’])(?:{v})\s+$") for k, v in _BOUNDS.items()}
_GERMAN_PAST = re.compile(r"(?i)\b(?:hatte|hatten|war|waren|wurde|wurden)\b")
# "être" and "essere" before a participle also tell a state: "est fermé jusqu'à lundi"
_STATE = re.compile(r"(?i)(?:est|sont|è|sono)\s")


def after_bound(lang: str, before: str) -> bool:
    """Whether the text `before` a weekday ends with "from", "until" or "before"."""
    pattern = _BEFORE.get(lang)
    return pattern is not None and pattern.search(before[-24:]) is not None


def told_in_past(lang: str, clause: str) -> bool:
    """Whether a `clause` bounding a weekday is told in the past: German's simple past or
    pluperfect, another language's past but a state's "est fermé", "è chiuso"."""
    if lang == "de":
        return _GERMAN_PAST.search(clause) is not None or weak_preterite(clause)
    return any(not _STATE.match(m.group()) for m in PAST[lang].finditer(clause))
