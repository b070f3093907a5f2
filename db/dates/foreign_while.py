"""Clauses of "while" in Spanish, French and Italian titles: "mentre", "mientras", "tandis que".

A clause of "while" sets a scene beside the happening; it is not the happening. Three faults
came of it: an opening date took the "while" segment after it as its title ("Il 25 maggio,
mentre le autorità si dedicavano alla festa, una balena si è spiaggiata" titled "Le autorità si
dedicavano alla festa"); a date's clause kept the "while" clause that follows it ("Rima è stata
rilasciata il 10 aprile mentre Safana resta in carcere"); and, the date being in the "while"
clause, the title took it whole ("Nabbous a été tué alors qu'il filmait les affrontements, le 19
mars"). `other_languages` skips such a segment as it skips an adjunct (`opens_scene`), and ends
a title before one (`before_scene`). German "während" is a preposition as often as a
conjunction ("während des Krieges", "während der Rede"): read as "while" only before a word no
genitive or dative phrase opens with, a personal pronoun or an article of the nominative or
accusative ("während die Polizei ...", "während er sprach"); "der" is both, and stays a
preposition.
"""

from __future__ import annotations

import re

_WHILE = {
    "es": r"mientras(?:\s+que|\s+tanto)?|al\s+tiempo\s+que",
    "fr": r"tandis\s+qu(?:e|['’])|alors\s+qu(?:e|['’])|pendant\s+qu(?:e|['’])",
    "it": r"mentre",
    "pt": r"enquanto(?:\s+que)?|ao\s+mesmo\s+tempo\s+que",
    "de": r"während(?=\s+(?:die|das|ein|eine|er|sie|es|wir|ihr|ich|du|man|viele|einige|alle)\b)",
}
# Words that may come before the conjunction at a segment's start: "Persino mentre", "y mientras".
_BEFORE = {
    "es": r"(?:y|pero|incluso|aun)\s+",
    "fr": r"(?:et|mais|même)\s+",
    "it": r"(?:e|ma|persino|anche)\s+",
    "de": r"(?:und|aber|doch|selbst|noch)\s+",
    "pt": r"(?:e|mas|mesmo)\s+",
}
_END = r"(?:(?<=['’])|(?![\w'’]))"  # a word's end, or an elided "qu'"
_OPENS = {
    lang: re.compile(rf"(?i)[\s,;:]*(?:{_BEFORE[lang]})?(?:{words}){_END}")
    for lang, words in _WHILE.items()
}
_INSIDE = {lang: re.compile(rf"(?i)[\s,]+(?:{words}){_END}") for lang, words in _WHILE.items()}
GERMAN_WHILE = _WHILE["de"]  # for the German titles' leading words: not the preposition
_MIN_BEFORE = 3  # words a title keeps before a "while" clause it ends at


def opens_scene(language: str, text: str, pos: int) -> bool:
    """Whether the segment at `pos` opens with "while" ("mentre le autorità ...")."""
    pattern = _OPENS.get(language)
    return pattern is not None and pattern.match(text, pos) is not None


def before_scene(language: str, text: str, b: int, e: int) -> int:
    """Where a title cut from text[b:e] ends: before a "while" clause that follows enough words
    of a clause of its own ("... il 10 aprile mentre Safana resta in carcere"); also when the
    date is in the "while" clause, which then dates the happening before it as well ("Nabbous
    a été tué alors qu'il filmait les affrontements, le 19 mars"); `e` when there is none."""
    pattern = _INSIDE.get(language)
    if pattern is None:
        return e
    for m in pattern.finditer(text, b, e):
        if len(text[b : m.start()].split()) >= _MIN_BEFORE:
            return m.start()
    return e
