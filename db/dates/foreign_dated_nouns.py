"""A date joined to a noun by "of" in Spanish, French, Italian and Portuguese names that noun's
happening: "las elecciones del domingo", "le débat de lundi", "le elezioni di venerdì", "la
rivoluzione iraniana del 1979". What the clause says of it does not make it negated or planned:
"Le débat de lundi n'était pas brillant" (the debate took place on Monday), "Spero che non seguano
la via della rivoluzione iraniana del 1979" (the revolution happened in 1979), "Le elezioni di
venerdì non renderanno giustizia ai nostri voti" (the elections are still to come, not denied).
The status is the date's own: to come after the publication date, else happened; a title of
three words or more is the noun's phrase ("La rivoluzione iraniana", the article "della" took
in given back).

Not a time noun before the "of" ("la noche del 9", "la fin de mars", "el día de hoy": the date
itself), nor a word of sequence ("antes de", "après"). Not German: its dated noun takes "am",
"vom" as an adverbial does.
"""

from __future__ import annotations

import re
from functools import cache

from .contracted_articles import with_article
from .foreign_articles import determiners
from .foreign_fragments import time_nouns
from .model import HAPPENED, PLANNED

_ARTICLE = {
    lang: determiners(lang, "definite", "indefinite", "possessive")
    for lang in ("es", "fr", "it", "pt")
}
_OF = {
    "es": r"de|del|de\s+(?:la|los|las)",
    "fr": r"de|du|d['’]|des|de\s+la|de\s+l['’]",
    "it": r"di|del|della|dello|dei|degli|delle|dell['’]",
    "pt": r"de|do|da|dos|das|pel[oa]s?",  # "pelo": by the
}
# Words before "of" that make the phrase a time or a sequence, not a happening (time nouns are
# CLDR's, `foreign_fragments.time_nouns`)
_NOT_HAPPENINGS = frozenset(
    "noche nuit notte noite mañana matin mattina manhã mattinata tarde soir soirée sera "
    "pomeriggio après-midi madrugada alba aube amanecer fecha date data día dia jour journée "
    "giorno giornata fin fine finales final finale début inicio início comienzo comienzos "
    "principios mediados mitad milieu metà meados partir antes después despues après avant "
    "prima dopo depois cerca près hasta jusqu fines veille víspera vigilia véspera lendemain "
    "edición édition edizione edição número numéro numero compter partire decorrere".split()
)
NOT_HAPPENINGS = _NOT_HAPPENINGS  # for `closing_attributions`
_NOUN_WORDS = 4  # words of the noun's phrase after its article, at most


@cache
def _dated_noun(language: str) -> re.Pattern[str]:
    # a word of the noun's phrase: no article or "of" of its own ("la via della rivoluzione")
    word = rf"(?!(?:{_ARTICLE[language]}|{_OF[language]})(?![\w'’]))[^\W\d_][\w-]*"
    return re.compile(
        rf"(?i)(?<![\w'’])(?P<opening>{_ARTICLE[language]}|{_OF[language]})(?:\s+|(?<=['’]))"
        rf"(?P<phrase>"
        rf"(?:{word}\s+){{0,{_NOUN_WORDS - 1}}}(?P<noun>{word}))\s+"
        rf"(?:{_OF[language]})(?:\s+|(?<=['’]))(?:(?:el|la|le|il|lo|o|a)\s+)?$"
    )


def noun_status(
    language: str, text: str, at: int, start: str, dct: str | None
) -> tuple[str, str] | None:
    """The phrase of the noun the date at `at` is joined to by "of", and its status by the
    date alone; None when the date is joined to none."""
    if language not in _DATED_LANGUAGES:
        return None
    m = _dated_noun(language).search(text, max(0, at - 80), at)
    if m is None:
        return None
    noun = m["noun"].lower()
    if noun in _NOT_HAPPENINGS or noun in time_nouns(language):
        return None
    later = dct is not None and start[:4].isdigit() and start[: len(dct)] > dct[: len(start)]
    article = re.search(rf"(?i)(?<![\w'’])(?:{_ARTICLE[language]})$", m["opening"])
    if article is not None:  # "la manifestation", "de la manifestation": from its article
        phrase = text[m.start("opening") + article.start() : m.end("phrase")]
    else:  # "della rivoluzione iraniana": the article the "of" took in
        phrase = with_article(language, m["opening"], m["phrase"])
    return phrase, PLANNED if later else HAPPENED


_DATED_LANGUAGES = frozenset(_OF)
