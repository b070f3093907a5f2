"""A cleft sentence's title in Spanish, French, Italian and Portuguese: "Era il 1976 quando la
miniera chiuse", "Fue en 1985 cuando cerró la fábrica", "Foi há duas semanas que a câmara
aprovou a lei", "C'est en 1998 que l'usine a fermé" put the date in a copula's frame; the title
left once the date is out ("Era quando la miniera chiuse") opens with the copula and "when" /
"that", which a reader drops: "La miniera chiuse".
"""

from __future__ import annotations

import re

_CLEFT = {
    "es": r"(?:fue|era|es|ha\s+sido)\s+(?:cuando|que|en\s+que)",
    "fr": r"(?:c['’](?:est|était|fut)|ce\s+fut)\s+(?:quand|lorsqu['’]|lorsque|que|qu['’])",
    "it": r"(?:era|fu|è\s+stat[oa]|è)\s+(?:quando|che|in\s+cui)",
    "pt": r"(?:foi|era|é)\s+(?:quando|que|em\s+que)",
}
_OPENING = {
    lang: re.compile(rf"(?i)^\s*(?:{frame})(?:\s+|(?<=['’]))(?=\w)")
    for lang, frame in _CLEFT.items()
}


def without_cleft(language: str, title: str) -> str:
    """`title` without a cleft's frame at its start (when the date left it bare)."""
    m = _OPENING[language].match(title) if language in _OPENING else None
    if m is None:
        return title
    rest = title[m.end() :]
    return rest[:1].upper() + rest[1:]
