"""Where a conjunction opens a dated clause in Spanish, French, Italian and German, with no comma
before it: "En 1871 se mudó a París y en 1874 abrió un taller", "Nel 1871 si trasferì a Parigi
e nel 1874 aprì uno studio". `other_languages` cuts a sentence at punctuation only; without this
each date's title held both clauses. The conjunction counts when a preposition and a date follow
it (a day number or year, a month or weekday name from CLDR: `cldr_names`), and both
sides keep enough words to be a clause ("entre el 3 y el 5 de mayo" is one expression anyway).

A conjunction before a predicate of the same subject counts too when each side holds a date
("Das Gesetz wurde am 5. Mai beschlossen und tritt am 1. Juli in Kraft", "O decreto foi
publicado no dia 3 e entra em vigor na segunda-feira"): a lower-case word after it that is no
article, pronoun, preposition or date ("jeudi et vendredi"). That predicate's title takes the
subject the sentence opens with, the words before its first finite verb (`shared_subject`); so
does a clause whose date comes first and then its predicate ("La fábrica cerró el 2 de mayo y el
4 de mayo despidió a sus empleados": `dated_predicate`), not one with a subject of its own ("y el
4 de mayo los vecinos cortaron la calle").
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
# Words after a conjunction that open no predicate: articles, pronouns, prepositions,
# subordinators, quantifiers
_NO_PREDICATE = {
    "es": r"el|la|los|las|un|una|unos|unas|lo|le|les|se|en|de|del|a|al|con|por|para|su|sus|"
    r"este|esta|otro|otra|no|ya|también|que|cuando|si|como|muchos|muchas|todos|todas",
    "fr": r"le|la|les|l['’]\w*|un|une|des|du|de|d['’]\w*|à|au|aux|en|se|s['’]\w*|sa|son|ses|ce|"
    r"cette|ces|ne|n['’]\w*|il|elle|ils|elles|on|pour|par|avec|dans|sur|que|qu['’]\w*|quand|si|"
    r"comme|pas|plus|beaucoup|tous|toutes",
    "it": r"il|lo|la|i|gli|le|l['’]\w*|un|uno|una|un['’]\w*|del|della|dei|di|da|dal|a|al|alla|"
    r"in|nel|nella|con|per|su|si|non|ne|suo|sua|questo|questa|che|quando|se|come|molti|molte|"
    r"tutti|tutte",
    "de": r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|er|sie|es|man|wir|ich|in|im|am|"
    r"an|auf|aus|bei|mit|nach|von|vom|zu|zum|zur|für|nicht|auch|dann|dass|wenn|als|wie|viele|"
    r"alle",
    "pt": r"o|a|os|as|um|uma|uns|umas|se|em|no|na|de|do|da|ao|à|com|por|para|pelo|pela|seu|sua|"
    r"este|esta|n[ãa]o|j[áa]|tamb[ée]m|que|quando|se|como|muitos|muitas|todos|todas",
}
_BEFORE_WORDS = 3  # words the clause before the conjunction keeps at least
_AFTER_WORDS = 4  # words after the conjunction: the date and a clause ("1874 abrió un taller")
_DATE_CHARS = 30  # a date's own characters, at most
_SUBJECT_WORDS = 6  # a subject shared by two predicates, at most
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


@cache
def _predicate(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'’])(?:{_CONJUNCTIONS[language]})\s+"
        rf"(?!(?i:{_NO_PREDICATE[language]})(?![\w'’])|{_date(language).pattern})"
        rf"(?=[a-zß-ÿ][\w'’-]*\s)"
    )


@cache
def _date(language: str) -> re.Pattern[str]:
    """A date a predicate's own side holds: a month or weekday name (CLDR's), a year, or a day
    after "dia", "día", "giorno" (not any number: "a 30 años de ...")."""
    found = names(language)
    words = found.month_words | found.weekday_words
    alternation = "|".join(re.escape(n) for n in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?i:(?<![\w'’])(?:(?:{alternation})(?![\w'’])|(?:1[5-9]|20)\d\d(?!\d)"
        rf"|(?:d[íi]a|giorno)\s+\d))"
    )


def _has_date(language: str, text: str, b: int, e: int) -> bool:
    return _date(language).search(text, b, e) is not None


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
    for m in _predicate(language).finditer(text, start, stop):  # "und tritt am 1. Juli ..."
        if m.end() <= at and _has_date(language, text, start, m.start()):
            start = m.start()
        elif m.start() >= until and _has_date(language, text, m.end(), stop):
            stop = m.start()
            break
    return start, stop


def shared_subject(language: str, text: str, b: int, cut: int, dated: bool = False) -> str | None:
    """The subject a predicate cut at `cut` by a conjunction (`narrowed`) shares with the clause
    its segment opens with at `b`: the words before that clause's first finite verb, when they
    open with an article or a capital and hold no date; None when there is none."""
    from .foreign_asides import first_verb

    if language not in _CONJUNCTIONS:
        return None
    if not (_predicate(language).match(text, cut) or dated):
        return None  # neither "y despidió" nor "y el 4 de mayo despidió" (`dated_predicate`)
    verb = first_verb(language, text, b, cut)
    if verb is None or verb <= b:
        return None
    subject = text[b:verb].strip(" ,")
    words = _WORDS.findall(subject)
    if not 0 < len(words) <= _SUBJECT_WORDS or _has_date(language, subject, 0, len(subject)):
        return None
    return subject if subject[:1].isupper() else None


def dated_predicate(language: str, text: str, cut: int, until: int) -> bool:
    """Whether a conjunction at `cut` opens a clause with its date (ending at `until`) and then
    a predicate ("y el 4 de mayo despidió"), not a subject ("y el 4 de mayo los vecinos")."""
    m = _pattern(language).match(text, cut) if language in _CONJUNCTIONS else None
    if m is None or until - m.end() > _DATE_CHARS:
        return False
    word = re.compile(r"\s*([\w'’]+)").match(text, until)
    return word is not None and not re.fullmatch(
        rf"(?i:{_NO_PREDICATE[language]})|[^a-zß-ÿ].*", word.group(1)
    )


def _enough(text: str, b: int, e: int, words: int) -> bool:
    return len(_WORDS.findall(text, b, e)) >= words
