"""The small words of a span of time counted from a date, in Spanish, French, Italian and
German ("un mes después del 25 de enero", "trois jours avant le 25 janvier", "tre giorni dopo
l'11 febbraio", "zwei Tage nach dem 3. Januar"): the directions and the words before the date.
Shared by the rule that dates the span (`rules.locales_offset`) and the titles
(`other_languages`), which leave the span and its date out.
"""

from __future__ import annotations

import re

DIRECTION = {
    "es": {"después": 1, "despues": 1, "antes": -1},
    "fr": {"après": 1, "apres": 1, "avant": -1},
    "it": {"dopo": 1, "prima": -1},
    "de": {"nach": 1, "vor": -1},
    "pt": {"depois": 1, "antes": -1},
}
# Between the direction and the date: its preposition or article
BEFORE_DATE = {
    "es": r"del?|el",
    "fr": r"le|l['’]|la|du|de",
    "it": r"il|l['’]|la|del|dell['’]|della|di|lo",
    "de": r"dem|der|den",
    "pt": r"de|do|da|o",
}
# The date a span counts from, as written after it: "del 25 de enero", "le 25 janvier 2011",
# "dem 25. Januar"
_DATE_AFTER = r"\d{1,2}\.?(?:º|°|er)?\s+(?:de\s+)?[^\W\d_]+\.?(?:,?\s+(?:de\s+|del\s+)?\d{4})?"
_ANCHOR_AFTER = {
    lang: re.compile(rf"(?i)\s+(?:(?:{BEFORE_DATE[lang]})(?:\s+|(?<=['’])))?{_DATE_AFTER}")
    for lang in DIRECTION
}
_ENDS_WITH_DIRECTION = {
    lang: re.compile(rf"(?i)(?<![\w'’])(?:{'|'.join(words)})$") for lang, words in DIRECTION.items()
}


def with_anchor(language: str, text: str, begin: int, end: int) -> int:
    """The end of a span of time at [begin, end) with the date it counts from ("un mes después"
    -> "un mes después del 25 de enero"): a title leaves both out; `end` for any other date."""
    if language not in DIRECTION or not _ENDS_WITH_DIRECTION[language].search(text, begin, end):
        return end
    m = _ANCHOR_AFTER[language].match(text, end)
    return m.end() if m else end
