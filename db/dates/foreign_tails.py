"""The verb's complement after a date set off by a comma: "se celebrarán el último fin de
semana de junio, con un presupuesto reducido" is titled "se celebrarán con un presupuesto
reducido", as a reader scans it; "acontece no próximo sábado, no Parque da Cidade" keeps the
place.

The date's segment ends with the date, its title with the verb; the segments after it that
open with a preposition (an adjunct: `Language.adjunct`) up to the sentence's end join the
title, a clock time between them aside ("às 19h", "um 19.30 Uhr"), a source too ("según el
sindicato"). A segment that opens with no preposition (a clause, an object after an aside),
holds a figure (another date or a count) or runs long leaves the title as it was.
"""

from __future__ import annotations

import re

from .foreign_languages import Language

_CLOCK = re.compile(
    r"(?i)\W*(?:às|a\s+las|à|alle|um|ab|de|desde|dalle|a\s+partir\s+das)?\s*\d{1,2}(?:[.:h]\d\d)?"
    r"\s*(?:h|uhr|horas)?\W*$"
)
_OPENING_CLOCK = re.compile(
    r"(?i)^\s*(?:às|a\s+las|à|alle|um)\s+\d{1,2}(?:[.:h]\d\d)?\s*(?:h|uhr|horas)?\s+"
)
CLOCK = _CLOCK  # a clock time set off by commas, for `foreign_objects`
_SOURCE = re.compile(r"(?i)\W*(?:seg[úu]n|segundo|selon|secondo|laut|conforme|d['’]apr[èe]s)\b")
_TAIL_WORDS = 10  # words of the joined adjuncts, at most
_CLOSE = " \t\n.;!?»”\"'"


def adjunct_tail(lang: Language, text: str, after: int, end: int) -> str | None:
    """The adjuncts after the date's segment, text[after:end] (from its comma to the
    sentence's end), to join its title; None when they are no such adjuncts."""
    rest = text[after:end].rstrip(_CLOSE)
    if not rest.startswith(","):
        return None
    kept = []
    for piece in rest[1:].split(","):
        if _CLOCK.fullmatch(piece):
            continue  # "às 19h": the date's own time
        piece = _OPENING_CLOCK.sub("", piece)  # "um 19.30 Uhr im Vereinsheim statt"
        if _SOURCE.match(piece):
            continue  # "según el sindicato": who says so, no part of the happening
        if not lang.adjunct.match(piece) or re.search(r"\d", piece):
            return None
        kept.append(piece.strip())
    joined = " ".join(kept)
    if not kept or len(joined.split()) > _TAIL_WORDS:
        return None
    return joined
