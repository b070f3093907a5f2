"""Negations in Spanish, French, Italian and German that leave the happening standing, so its
event is not `negated` (`other_languages.status`):

- litotes: a negated verb of preventing, failing or stopping says the thing happened ("no pudo
  evitar referirse a", "n'a pas pu empêcher", "non ha potuto fare a meno di", "no dejó de
  protestar", "n'a pas hésité à", "konnte nicht verhindern");
- a bound on a number: "no menos de cinco años", "pas moins de 300 personnes", "non più di",
  "nicht weniger als";
- a negated participle inside a noun phrase: "un héroe no conocido", "circostanze mai chiarite"
  (Spanish and Italian put the auxiliary between a clause's negation and its participle: "no
  ha sido", "non è stato");
- "no longer" in the future: "ne desservira plus", "wird nicht mehr halten" (`foreign_no_longer`);
- a negation in another conjunct than the date's: "Les explosions d'aujourd'hui sont suspectes
  et la République islamique ne nous informe pas", "El lunes publicó la carta pero no ofreció
  más comentarios": "but" always joins clauses, "and" when a new subject (an article or a
  pronoun) follows it; so does a condition's "if" (`_IF`).

Function words and verb stems, as `other_languages`' own patterns.
"""

from __future__ import annotations

import re

from .foreign_no_longer import Future, no_longer

_LITOTES = {
    "es": r"evit|imped|dej\w*\s+de\b|ces\w*\s+de\b|dud\w*\s+en\b|vacil\w*\s+en\b|tard\w*\s+en\b",
    "fr": r"empêch|évit|manqu\w*\s+(?:de|d['’])|cess\w*\s+(?:de|d['’])|hésit|tard\w*\s+à",
    "it": r"evit|imped|fare\s+a\s+meno|manc\w*\s+di\b|smes\w*\s+di\b|smett\w*\s+di\b|esit",
    "de": r"verhinder|vermeid|umhin|aufgehört|gezögert|zögert",
    "pt": r"evit|imped|deix\w*\s+de\b|cess\w*\s+de\b|hesit",
}
_BOUND = {
    "es": r"(?:menos|m[áa]s)\s+de",
    "fr": r"(?:moins|plus)\s+(?:de|d['’]|que)",
    "it": r"(?:meno|più)\s+di",
    "de": r"(?:weniger|mehr)\s+als",
    "pt": r"(?:menos|mais)\s+de",
}
# a participle right after the negation word: es "-ado/-ido", it "-ato/-ito/-uto", at least six
# letters ("pido", "cuido" are verbs)
_PARTICIPLE = {
    "es": r"\w{2,}(?:ad|id)[oa]s?",
    "it": r"\w{2,}(?:at|it|ut)[oaie]",
    "pt": r"\w{2,}(?:ad|id)[oa]s?",
}


def _compiled(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    litotes = re.compile(rf"(?i)(?:\s+[\w'’]+){{0,3}}?\s+(?:s['’]|se\s+)?(?:{_LITOTES[lang]})")
    bound = re.compile(rf"(?i)\s+{_BOUND[lang]}\b")
    part = _PARTICIPLE.get(lang)
    participle = re.compile(rf"(?i)\s+(?=\w{{6}}){part}\b") if part else None
    return litotes, bound, participle


_PATTERNS = {lang: _compiled(lang) for lang in _LITOTES}


# Who may follow "and" as a new subject: articles and subject pronouns
_SUBJECT = {
    "es": r"el|la|los|las|él|ella|ellos|ellas|yo|nosotros",
    "fr": r"le|la|les|l['’]|il|elle|ils|elles|je|nous|on",
    "it": r"il|lo|la|i|gli|le|l['’]|lui|lei|loro|io|noi",
    "de": r"der|die|das|er|sie|es|ich|wir",
    "pt": r"o|a|os|as|ele|ela|eles|elas|eu|nós",
}
_CONJUNCTION = {
    "es": rf"pero|sino|mientras\s+que|(?:y|e)(?=\s+(?:{_SUBJECT['es']})\b)",
    "fr": rf"mais|alors\s+que|tandis\s+que|et(?=\s+(?:{_SUBJECT['fr']})\b)",
    "it": rf"ma|mentre|però|(?:e|ed)(?=\s+(?:{_SUBJECT['it']})\b)",
    "de": rf"aber|sondern|während|und(?=\s+(?:{_SUBJECT['de']})\b)",
    "pt": rf"mas|sen[ãa]o|enquanto|e(?=\s+(?:{_SUBJECT['pt']})\b)",
}
# "if" before a subject opens a condition: its negation is not the main clause's ("menacent de
# reprendre la grève le 15 mars si la direction ne revient pas"); not Portuguese's "se", also
# the reflexive pronoun
_IF = {"es": "si", "fr": "si", "it": "se", "de": "wenn|falls"}
for _lang, _if in _IF.items():
    _CONJUNCTION[_lang] += rf"|(?:{_if})(?=\s+(?:{_SUBJECT[_lang]})\b)"
_CONJUNCTIONS = {k: re.compile(rf"(?i),?\s(?:{v})\s") for k, v in _CONJUNCTION.items()}


def in_other_conjunct(language: str, clause: str, negation: re.Match[str], date: int) -> bool:
    """Whether a clause conjunction stands between the negation at `negation` and the date at
    offset `date` of `clause` (-1: not known)."""
    if date < 0:
        return False
    lo, hi = sorted((negation.start(), date))
    return _CONJUNCTIONS[language].search(clause, lo, hi) is not None


def leaves_happening(
    language: str, clause: str, negation: re.Match[str], is_future: Future = lambda *_: False
) -> bool:
    """Whether the negation matched at `negation` in `clause` leaves its happening standing;
    `is_future` tells a clause told in the future (`other_languages.is_future`)."""
    litotes, bound, participle = _PATTERNS[language]
    at = negation.end()
    if litotes.match(clause, at) or bound.match(clause, at):
        return True
    if no_longer(language, clause, negation, is_future):
        return True  # "ne desservira plus": a change to come
    return participle is not None and bool(participle.match(clause, at))
