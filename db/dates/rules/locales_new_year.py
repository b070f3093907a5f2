""" "The new year" as a time: "im neuen Jahr", "en el nuevo año", "dans la nouvelle année", "nel
nuovo anno", "no novo ano" is the year that begins at the next turn of the year, or, written in
its first two months, the one just begun ("im neuen Jahr will er erneut beraten", written on
30 December, is the year after).

Not the holiday: "Año Nuevo", "Ano Novo", "Nouvel An" with capitals are New Year's Day
(`locales_holidays`), so the lower-case "año nuevo" / "ano novo" only.
"""

from __future__ import annotations

import datetime as dt

from .table import Ctx, Groups, Res, Rule, make

_NEW_YEAR = {
    "de": r"(?i:im)\s+(?i:n)euen\s+Jahr(?!\w)",
    "es": r"(?i:en|durante|para)\s+el\s+(?:nuevo\s+año|año\s+nuevo)(?!\w)",
    "fr": r"(?i:dans|durant|pour|en)\s+(?:la\s+)?nouvelle\s+année(?!\w)",
    "it": r"(?i:nel|col|con\s+il|per\s+il)\s+nuovo\s+anno(?!\w)",
    "pt": r"(?i:no|durante\s+o|para\s+o)\s+(?:novo\s+ano|ano\s+novo)(?!\w)",
}
_STARTS = {
    "de": {"im"},
    "es": {"en", "durante", "para"},
    "fr": {"dans", "durant", "pour", "en"},
    "it": {"nel", "col", "con", "per"},
    "pt": {"no", "durante", "para"},
}
_JUST_BEGUN = 2  # the months of a year in which "the new year" is the one just begun


def _new_year(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return Res("DATE", "XXXX")
    year = c.dct.year if c.dct.month <= _JUST_BEGUN else c.dct.year + 1
    return make((dt.date(year, 1, 1), "year"), relative=True)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for "the new year"."""
    if lang not in _NEW_YEAR:
        return []
    return [Rule(f"{lang}_new_year", _NEW_YEAR[lang], _new_year, frozenset(_STARTS[lang]))]
