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


_ARTICLE = {
    "es": r"el|la|los|las|un|una",
    "fr": r"le|la|les|l['’]|un|une",
    "it": r"il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]",
    "pt": r"o|a|os|as|um|uma",
}
# before an article, a preposition makes its noun a complement of the one before
_PREPOSITION = (
    r"de|del|di|du|des|da|do|das|dos|a|al|au|aux|à|ao|en|em|in|no|na|con|com|avec|par|por|para|"
    r"pour|per|sur|su|sobre"
)


def antecedent_noun(language: str, antecedent: str) -> str:
    """The noun a relative pronoun refers to in the words before its comma: the last noun
    phrase an article opens, when more came before it and no preposition right before it;
    else the words as they are."""
    article = _ARTICLE.get(language)
    if article is None:
        return antecedent
    last = None
    for m in re.finditer(rf"(?i)(?<=\s)(?:{article})(?:\s+|(?<=['’]))", antecedent):
        last = m
    if last is None:
        return antecedent
    before = antecedent[: last.start()].split()
    if not before or re.fullmatch(rf"(?i){_PREPOSITION}", before[-1]):
        return antecedent
    return antecedent[last.start() :]
