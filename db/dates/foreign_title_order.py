"""Two last touches to a Spanish, Italian, Portuguese or French title (`foreign_titles`).

- A subject after its verb goes first, as a reader scans a title: news writes a passive or a
  reflexive verb before its subject ("È stato arrestato Marco Ferlini" -> "Marco Ferlini è stato
  arrestato", "Non si è tenuta la riunione del consiglio" -> "La riunione del consiglio non si è
  tenuta", "Fue detenido el alcalde de Soto" -> "El alcalde de Soto fue detenido"): a title that
  opens with an auxiliary (its negation and reflexive pronoun before it) and a participle, and
  ends with a noun phrase an article or a capital opens, with no verb of its own.
- A clock time is when, not what: "alle 15", "a las 10.30", "à 18 h", "vers 23 heures", "às
  9h", "gegen 17.45 Uhr" leave the title, wherever it stands in it.

Closed-class words and verb endings only.
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_asides import first_verb

# negation, reflexive pronoun, auxiliary, a participle's ending (not "stato", "sido": "È stato
# un venerdì di rabbia" is a copula's; not an adverb, "tuttavia")
_INVERTED = {
    "es": (
        r"no|nunca",
        r"se",
        r"fue|fueron|ha\s+sido|han\s+sido|ha|han|será|serán",
        r"(?:ad|id|ech|uest|iert|ist|ort|elt)[oa]s?",
    ),
    "it": (
        r"non|mai",
        r"si",
        r"è(?:\s+stat[oaie])?|sono(?:\s+stat[oaie])?|fu|furono|verrà|verranno|sarà|saranno",
        r"(?<!st)(?:at|ut|it|s|t)[oaie]",
    ),
    "pt": (
        r"n[ãa]o|nunca",
        r"se",
        r"foi|foram|será|serão|tem\s+sido",
        r"(?<!s)(?:ad|id|s|t|eit)[oa]s?",
    ),
}
_NOT_BE = r"(?!(?:stat[oaie]|sid[oa]s?|estad[oa]s?)(?![\w'’]))"
_SUBJECT_OPENING = {
    "es": r"el|la|los|las|un|una|unos|unas",
    "it": r"il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]",
    "pt": r"o|a|os|as|um|uma",
}
_SUBJECT_WORDS = 8
# a clock time with the words around it: "intorno alle 11 del mattino", "a las 6 pm", "à 18h
# heure locale", "por volta das 9h da manhã"
_AMPM = r"(?:\s*[ap]\.?\s?m(?![\w'’]))?"
_CLOCK = {
    "es": r"(?:(?:a\s+eso\s+de|hacia|sobre|alrededor\s+de)\s+)?a?\s*las\s+\d{1,2}(?:[.:]\d\d)?"
    rf"(?:\s*(?:h|horas))?{_AMPM}(?:\s+(?:hora\s+local|de\s+la\s+(?:mañana|tarde|noche)))?",
    "fr": r"(?:vers\s+)?à?\s*\d{1,2}\s*(?:h(?:\s*\d\d)?|heures?(?:\s+\d\d)?)"
    r"(?:\s+heures?(?:\s+locales?)?)?(?:\s+du\s+(?:matin|soir))?",
    "it": r"(?:(?:intorno|verso|attorno)\s+)?alle\s+(?:ore\s+)?\d{1,2}(?:[.:]\d\d)?"
    r"(?:\s+(?:ora\s+locale|d(?:el|ella|i)\s+(?:mattin[oa]|sera|pomeriggio|notte)))?",
    "pt": r"(?:por\s+volta\s+)?(?:às|das)\s+\d{1,2}(?:h\d\d|h|:\d\d)?"
    r"(?:\s+(?:horas?|da\s+(?:manhã|tarde|noite)))?",
    # "gegen 17.45 Uhr", "um 9 Uhr", "kurz nach 22 Uhr": the hour needs its "Uhr"
    "de": r"(?:(?:gegen|um|ab|bis|kurz\s+(?:vor|nach)|etwa\s+um)\s+)?\d{1,2}(?:[.:]\d\d)?\s+Uhr"
    r"(?:\s+\d\d)?",
}


@cache
def _inverted(language: str) -> re.Pattern[str]:
    neg, reflexive, aux, ending = _INVERTED[language]
    return re.compile(
        rf"(?i)^(?P<verb>(?:(?:{neg})\s+)?(?:(?:{reflexive})\s+)?(?:{aux})\s+"
        rf"{_NOT_BE}[^\W\d_]+{ending})"
        rf"\s+(?P<subject>(?:(?:{_SUBJECT_OPENING[language]})(?:\s+|(?<=['’]))"
        rf"|(?-i:[^\W\d_a-zß-ÿ]))[^,;:]*)$"
    )


@cache
def _clock(language: str) -> re.Pattern[str]:
    # mid-title, or opening it ("Alle 4.30 una scossa ...", "Gegen 9 Uhr stürzte ...")
    return re.compile(rf"(?i)(?:\s+|^\W*)(?:{_CLOCK[language]})(?![\w'’])[\s,]*")


def subject_first(language: str, title: str) -> str:
    """The title with a subject that follows its verb put first (module docstring)."""
    if language not in _INVERTED:
        return title
    m = _inverted(language).match(title)
    if m is None:
        return title
    subject = m["subject"].strip()
    if len(subject.split()) > _SUBJECT_WORDS or first_verb(language, subject, 0, len(subject)):
        return title
    verb = m["verb"]
    return f"{subject[:1].upper()}{subject[1:]} {verb[:1].lower()}{verb[1:]}"


def without_clock(language: str, title: str) -> str:
    """The title without a clock time (module docstring)."""
    if language not in _CLOCK:
        return title
    return _clock(language).sub(lambda m: " " if m.start() else "", title).strip()
