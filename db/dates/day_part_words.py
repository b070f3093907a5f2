"""A part of the day said next to a date in Spanish, French, Italian, Portuguese and German:
"ayer de madrugada", "domani a mezzogiorno", "ce soir à minuit", "vorgestern am frühen
Morgen", "ao fim da tarde de quarta-feira", "nella giornata di ieri". It narrows the time of the
date, as a clock time does, and leaves a title with the date ("La Guardia Civil detuvo ayer de
madrugada a ..." -> "La Guardia Civil detuvo a ...").

The names of the parts of a day are CLDR's day periods (Babel's `Locale.day_periods`, their
stand-alone and format names: "madrugada", "mediodía", "minuit", "mezzogiorno", "meia-noite",
"Morgen", "Abend"), with the few a newsroom uses that CLDR lacks (dawn, and the Italian and
French words for a stretch of the morning or evening: "alba", "aube", "mattinata",
"matinée", "giornata"). They need a preposition of time before them ("de", "a", "à", "am",
"gegen", "in", "nella") and may carry a word of early or late ("am frühen", "in tarda", "ao fim
da", "en fin de"): a bare "noche" or "Morgen" after a date is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

_LANGUAGES = ("es", "fr", "it", "pt", "de")
# what CLDR has no day period for: dawn, and a stretch of a part of the day or of the day itself
_MORE: tuple[str, ...] = (
    "alba",
    "aube",
    "amanecer",
    "alvorada",
    "mattinata",
    "serata",
    "nottata",
    "matinée",
)
_MORE += ("soirée", "giornata", "journée", "jornada")
_ARTICLE = re.compile(r"(?i)^(?:de\s+la|del|de\s+l['’]|du|di|da|do|de)\s+")
# prepositions of time; "of" ("de la", "del", "di") only after the date ("ayer de madrugada"),
# not before it, where it joins a noun ("la fiesta de la noche del sábado")
_PREPOSITION = (
    r"(?:a|à|al|all['’]|alla|ao|au|às|am|gegen|in|en|en\s+la|na|nella|pela|por\s+la|a\s+la|"
    r"dans\s+la|durante\s+la|in\s+der)"
)
_OF = r"(?:de|di|da)"
_EARLY_LATE = (
    r"(?:frühen|späten|tarda|prima|primera\s+hora\s+de\s+la|[úu]ltima\s+hora\s+de\s+la|"
    r"fin\s+de|d[ée]but\s+de|fim\s+da|in[íi]cio\s+da|final\s+da)"
)


@cache
def _names() -> str:
    words: set[str] = set(_MORE)
    for code in _LANGUAGES:
        periods = Locale.parse(code).day_periods
        for context in ("stand-alone", "format"):
            for width in ("abbreviated", "wide"):
                for key, name in periods.get(context, {}).get(width, {}).items():
                    if key in ("am", "pm") or name.endswith("."):
                        continue
                    words.add(_ARTICLE.sub("", name).lower())
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _after() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)^\s*(?:{_PREPOSITION}|{_OF})(?:\s+|(?<=['’]))(?:{_EARLY_LATE}(?:\s+|(?<=['’])))?(?:{_names()})"
        r"(?![\w'’-])"
    )


@cache
def _before() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<![\w'’]){_PREPOSITION}(?:\s+|(?<=['’]))(?:{_EARLY_LATE}(?:\s+|(?<=['’])))?(?:{_names()})\s*$"
    )


def without_part_after(tail: str) -> str:
    """`tail`, the words right after a removed date, without a part of the day opening it:
    " de madrugada en la nave" -> " en la nave"; " a las 9" and " noche" stay as they are."""
    if not tail or len(tail) < 3:
        return tail
    return _after().sub("", tail, count=1)


def without_part_before(head: str) -> str:
    """`head`, the words right before a removed date and its preposition, without a part of the
    day closing them: "foi detido ao fim da tarde" -> "foi detido"."""
    if not head:
        return head
    return _before().sub("", head, count=1)
