"""A relative clause whose pronoun is its subject, read as a clause of its own.

"Los mineros, que iniciaron la huelga el 3 de abril, volvieron al trabajo": the date is the
relative clause's, and what happened then is "Los mineros iniciaron la huelga", its noun with
the clause's predicate, the comma and the pronoun gone (as an English title writes "The
miners began the strike"). French "qui" is always the subject; "que", "che" only when a verb
follows them: before an article, a pronoun or a name the pronoun is the object ("que la
policía confiscó"), and the title keeps the clause as it is. German's relative pronouns are its
articles: none here.

When the words before the comma are a clause ("A Câmara aprovou ontem o projeto, que será
votado em novembro"), the pronoun's noun is the last one an article opens, not after a
preposition ("o projeto"; "El hermano de la activista" stays whole).
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_articles import determiners

_SUBJECT_RELATIVE = {
    "es": r"que|quien|quienes|(?:el|la)\s+cual|(?:los|las)\s+cuales",
    "fr": r"qui|lequel|laquelle|lesquel(?:le)?s",
    "it": r"che|(?:il|la)\s+quale|(?:i|le)\s+quali",
    "pt": r"que|(?:o|a)\s+qual|(?:os|as)\s+quais",
}
# Words after "que" / "che" that open a subject of its own: the pronoun is then the object
_OWN_SUBJECT = (
    r"el|la|los|las|lo|le|les|l['’]|il|gli|i|o|a|os|as|un|una|uno|une|um|uma|des|du|ce|cette|"
    r"ces|este|esta|estos|estas|ese|esa|questo|questa|este|esta|yo|tú|él|ella|nosotros|ellos|"
    r"ellas|usted|ustedes|je|tu|il|elle|nous|vous|ils|elles|on|io|lui|lei|noi|voi|loro|eu|ele|"
    r"ela|nós|eles|elas|você|vocês|su|sus|mi|mis|nuestro|nuestra|son|sa|ses|leur|leurs|suo|sua|"
    r"seu|sua|seus|suas"
)
_OPENING = {
    k: re.compile(
        rf"(?i)\s*(?:{v})\s+"
        + ("" if k == "fr" else rf"(?!(?:{_OWN_SUBJECT})(?![\w'’])|(?-i:[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÔÇ]))")
    )
    for k, v in _SUBJECT_RELATIVE.items()
}


def subject_relative(language: str, clause: str) -> str | None:
    """The predicate of a relative clause opening with its subject pronoun ("que iniciaron la
    huelga" -> "iniciaron la huelga"), None when it opens otherwise."""
    opening = _OPENING.get(language)
    m = opening.match(clause) if opening is not None else None
    return clause[m.end() :] if m is not None and clause[m.end() :].strip() else None


_ARTICLE = {lang: determiners(lang, "definite", "indefinite") for lang in ("es", "fr", "it", "pt")}
# before an article, a preposition makes its noun a complement of the one before
_PREPOSITION = (
    r"de|del|di|du|des|da|do|das|dos|a|al|au|aux|à|ao|en|em|in|no|na|con|com|avec|par|por|para|"
    r"pour|per|sur|su|sobre"
)


@cache
def _numerals(language: str) -> str:
    """num2words' cardinals two to twenty: a count opens a noun phrase as an article does
    ("detuvo a cuatro jóvenes, que ...")."""
    from num2words import num2words

    return "|".join(sorted({num2words(n, lang=language) for n in range(2, 21)}, key=len)[::-1])


def antecedent_noun(language: str, antecedent: str) -> str:
    """The noun a relative pronoun refers to in the words before its comma: the last noun
    phrase an article or a count opens after a word that is no preposition, with the
    complements that follow it ("ha prohibido la marcha por la sanidad pública" -> "la marcha
    por la sanidad pública"); the words as they are when that phrase opens them ("El hermano de
    la activista") or none is there."""
    article = _ARTICLE.get(language)
    if article is None:
        return antecedent
    opening = rf"(?i)(?<=\s)(?:(?:{article})(?:\s+|(?<=['’]))|(?:{_numerals(language)}|\d+)\s+)"
    for m in reversed(list(re.finditer(opening, antecedent))):
        before = antecedent[: m.start()].split()
        if not before:
            break
        if language == "es" and before[-1].lower() == "a":  # the personal "a": "detuvo a"
            before.pop()
            if before and not re.fullmatch(rf"(?i){_PREPOSITION}", before[-1]):
                return antecedent[m.start() :]
            continue
        if not re.fullmatch(rf"(?i){_PREPOSITION}", before[-1]):
            return antecedent[m.start() :]
    return antecedent


_NOUN_WORDS = 8  # a longer noun phrase before a relative clause is no antecedent


def clause_subject_title(language: str, clause: str, relative: str) -> str | None:
    """A subject relative clause after a clause ("La policía detuvo a tres hombres, que
    quedaron libres el lunes") titled by its noun and predicate: "tres hombres quedaron
    libres"; None when the clause names no noun phrase a reader would take for the pronoun's
    or the relative clause is not the subject's."""
    own = subject_relative(language, relative)
    noun = antecedent_noun(language, clause)
    if own is None or noun == clause or not 0 < len(noun.split()) <= _NOUN_WORDS:
        return None
    return f"{noun} {own}"
