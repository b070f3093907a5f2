"""Where a conjunction opens a dated clause in Spanish, French, Italian and German, with no comma
before it: "En 1871 se mudó a París y en 1874 abrió un taller", "Nel 1871 si trasferì a Parigi
e nel 1874 aprì uno studio". `other_languages` cuts a sentence at punctuation only; without this
each date's title held both clauses. The conjunction counts when a preposition and a date follow
it (a day number or year, a month or weekday name from CLDR: `cldr_names`), and both
sides keep enough words to be a clause ("entre el 3 y el 5 de mayo" is one expression anyway).
"""

from __future__ import annotations

import re
from functools import cache

from .cldr_names import names

_CONJUNCTIONS = {
    "es": r"y|e|pero",
    "fr": r"et|mais",
    "it": r"e|ed|ma",
    "de": r"und|aber",
    "pt": r"e|mas",
}
_THEN = {
    "es": r"luego|despu[ée]s",
    "fr": r"puis|ensuite",
    "it": r"poi|quindi",
    "de": r"dann",
    "pt": r"depois|ent[ãa]o",
}
# The words between the conjunction and the date: at least one (a year after a bare "et" is
# more often a list: "en 1990 et 1995").
_PREPOSITIONS = {
    "es": r"en|el|la|a|al|desde|a\s+partir\s+del?|hacia",
    "fr": r"en|le|la|l['’]|au|à|dès|depuis|début|fin|mi|vers",
    "it": r"nel|nella|nell['’]|il|l['’]|lo|a|al|ad|dal|dalla|in|verso",
    "de": r"am|im|in|seit|ab|vom|um|jahr|jahre|anfang|ende|mitte",
    "pt": r"em|no|na|o|a|ao|desde|a\s+partir\s+d[eo]",
}
_BEFORE_WORDS = 3  # words the clause before the conjunction keeps at least
_AFTER_WORDS = 4  # words after the conjunction: the date and a clause ("1874 abrió un taller")
_WORDS = re.compile(r"\w+(?:['’]\w+)*")


@cache
def _pattern(language: str) -> re.Pattern[str]:
    # CLDR's month and weekday names, as `rules.locales` reads them
    found = names(language)
    words = found.month_words | found.weekday_words
    alternation = "|".join(re.escape(n) for n in sorted(words, key=len, reverse=True))
    date = rf"(?:\d|(?:{alternation})(?![\w'’]))"
    return re.compile(
        rf"(?i)(?<![\w'’])(?:{_CONJUNCTIONS[language]})\s+(?:(?:{_THEN[language]})\s+)?"
        rf"(?:(?:{_PREPOSITIONS[language]})(?:\s+|(?<=['’])))+(?={date})"
    )


def narrowed(language: str, text: str, b: int, e: int, at: int, until: int) -> tuple[int, int]:
    """The part of the segment text[b:e] that holds the expression at [at, until), cut at the
    conjunctions that open a dated clause (module docstring): the conjunction starts its
    clause (the title drops it as a lead word)."""
    if language not in _CONJUNCTIONS:
        return b, e
    start, stop = b, e
    for m in _pattern(language).finditer(text, b, e):
        if m.end() <= at and _enough(text, start, m.start(), _BEFORE_WORDS):
            if _enough(text, m.end(), stop, _AFTER_WORDS):
                start = m.start()
        elif m.start() >= until and _enough(text, m.end(), stop, _AFTER_WORDS):
            if _enough(text, start, m.start(), _BEFORE_WORDS + 1):  # the date is one of them
                stop = m.start()
                break
    return start, stop


def _enough(text: str, b: int, e: int, words: int) -> bool:
    return len(_WORDS.findall(text, b, e)) >= words
