"""A part of a week in Spanish, French, Italian, Portuguese and German: "en début de semaine",
"a principios de semana", "a inizio settimana", "no início da semana", "Anfang der Woche",
"Mitte nächster Woche", "en fin de semaine prochaine" is that week (the publication date's, or
the one before or after with a modifier of `locales_relative`: "pasada", "prochaine",
"nächster"), at a week's precision: which of its days is not told. The words are written here:
CLDR names no parts of a period.
"""

from __future__ import annotations

import datetime as dt

from .locales import _alternation, _first_words, fold
from .table import Ctx, Groups, Res, Rule, make

# The part's words and the "of" before the week noun
_PART = {
    "es": r"(?:a|al|en\s+el)\s+(?:principios|comienzos|inicio|mediados|finales|final)"
    r"\s+de(?:\s+la)?|a\s+lo\s+largo\s+de\s+la",
    "fr": r"(?:en|au)\s+(?:d[ée]but|milieu|fin)\s+de(?:\s+la)?|au\s+cours\s+de\s+la",
    "it": r"(?:a|all['’]|ad)\s*(?:inizio|metà|fine|inizi)(?:\s+(?:della|di))?"
    r"|nel\s+corso\s+della|in(?=\s+settimana(?!\s+(?:santa|bianca)))",
    "pt": r"(?:no|em|ao)\s+(?:in[íi]cio|meio|fim|final)\s+d[ae](?:\s+(?:da|a))?"
    r"|ao\s+longo\s+da|no\s+decorrer\s+da",
    "de": r"(?:Anfang|Mitte|Ende)(?:\s+der)?|im\s+(?:Laufe|Verlauf)\s+der",
}
_WEEK = {"es": "semana", "fr": "semaine", "it": "settimana", "pt": "semana", "de": "Woche"}
_FIRST = {
    "es": ["a", "al", "en"],
    "fr": ["en", "au"],
    "it": ["a", "all", "ad", "nel", "in"],
    "pt": ["no", "em", "ao"],
    "de": ["anfang", "mitte", "ende", "im"],
}


def _part(modifiers: dict[str, int], g: Groups, c: Ctx) -> Res | None:
    if c.dct is None:
        return None
    mod = g["m"] or g["m2"]
    offset = {fold(m): o for m, o in modifiers.items()}[fold(mod.lower())] if mod else 0
    monday = c.dct - dt.timedelta(days=c.dct.weekday()) + dt.timedelta(weeks=offset)
    return make((monday, "week"), relative=True)


def rules(lang: str, modifiers: dict[str, int]) -> list[Rule]:
    mods = _alternation(set(modifiers))
    before = mods if lang == "de" else "(?!)"
    after = mods if lang != "de" else "(?!)"
    # Spanish "fin de semana" is the weekend (`locales_weekend`), not the end of the week
    not_weekend = r"(?<!fin\sde\s)(?<!fim\sde\s)" if lang in ("es", "pt") else ""
    return [
        Rule(
            f"{lang}_week_part",
            rf"(?i:{_PART[lang]})\s+(?:(?P<m>{before})\s+)?{not_weekend}"
            rf"(?i:{_WEEK[lang]})(?:\s+(?P<m2>{after}))?(?![\w'’-])",
            lambda g, c: _part(modifiers, g, c),
            _first_words(_FIRST[lang]),
        )
    ]
