"""A date joined to a noun by "of" titles that noun's happening, whatever its clause says.

"Tres años después de la riada del 4 de octubre, las familias siguen en casas prefabricadas": the
date is the flood's, the clause is today's; when the noun is in a segment of the sentence set off
by commas and with no verb of its own, the title is the noun's phrase (`foreign_dated_nouns`: "La
riada"), with the place or target phrase that follows the date and still belongs to the
noun ("il furto del 2 maggio alla gioielleria di corso Roma" -> "Il furto alla gioielleria di
corso Roma"): a phrase a preposition opens, up to the next comma or the sentence's end, with no
verb of its own.
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_asides import first_verb
from .foreign_dated_nouns import noun_status
from .other_languages import segment

# prepositions of place and target that go on with the noun after its date
_PLACE = {
    "es": r"a|al|en|con|contra|sobre|ante|junto\s+al?",
    "fr": r"à|au|aux|en|dans|contre|sur|devant",
    "it": r"a|al|alla|allo|all['’]|ai|agli|alle|in|nel|nella|nello|nell['’]|contro|su|sul|sulla",
    "pt": r"a|ao|à|aos|às|em|no|na|nos|nas|contra|sobre",
}
_PHRASE_WORDS = 10  # a longer phrase is a clause's complement, not the noun's
_WORD = re.compile(r"[\w'’-]+")


@cache
def _place(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)\s+(?P<phrase>(?:{_PLACE[language]})(?:\s+|(?<=['’]))[^,;:.!?()]+?)"
        r"\s*(?:[,;:!?()]|\.(?:\s|$)|$)"
    )


def dated_noun_title(
    language: str, text: str, sentence: tuple[int, int], expression: tuple[int, int], start: str,
    dct: str | None,
) -> str | None:  # fmt: skip
    """The title of the happening a noun joined to the date at `expression` names (module
    docstring); None when the date is joined to no such noun."""
    b, e = segment(text, *sentence, *expression)
    if (b, e) == sentence or first_verb(language, text, b, e) is not None:
        return None  # the sentence's own clause: "Il governo ha ritirato l'accordo dell'8 marzo"
    dated = noun_status(language, text, expression[0], start, dct)
    if dated is None:
        return None
    title = dated[0]
    if language in _PLACE and (m := _place(language).match(text, expression[1], sentence[1])):
        phrase = m["phrase"]
        if (
            len(_WORD.findall(phrase)) <= _PHRASE_WORDS
            and first_verb(language, phrase, 0, len(phrase)) is None
        ):
            title = f"{title} {phrase}"
    return title[:1].upper() + title[1:]
