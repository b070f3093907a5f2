"""German's simple past and verb-second order, without a parser.

German tells news in the simple past ("Am 4. Oktober räumte die Polizei den Platz") as much as in
the perfect. Its weak verbs end in "-te", "-ten", "-tet" ("räumte", "demonstrierten"); a
lower-case word so ending is a verb unless an article or a preposition with one comes before it
(then it is an adjective: "die ersten", "am letzten") or it is a superlative or an ordinal
("-sten": "die meisten", "zum zwanzigsten"). Strong verbs change their stem ("schloss", "kam",
"fiel"): none of them is listed; in the singular their simple past has no ending, where the
present has "-t" ("schließt", "kommt"), so the verb right after an opening date (German puts the
finite verb second) that ends in neither "-t" nor "-e(n)" and is no modal ("kann", "muss") is
read as past. Their plural ends in "-en" as the present does ("schlossen", "schließen"): there
the changed stem is told by simplemma's German lemmas (`strong_plural`).

After an opening date the verb comes before its subject; a title puts the subject first again
(`german_order`).
"""

from __future__ import annotations

import re
from functools import cache

import simplemma

_DETERMINER = (
    r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|am|im|zum|zur|vom|beim|ins|"
    r"diese[mnrs]?|jede[mnrs]?|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?|alle|viele|wenige"
)
# Lower-case words ending like a weak preterite that are none: adverbs and particles
_NOT_VERBS = frozenset({"heute", "bitte", "mitte", "gestern", "weiten", "seite", "seiten"})
_WEAK = re.compile(r"(?<![\w-])([a-zäöüß]{3,}(?:te|ten|tet|test))\b")
_BEFORE = re.compile(rf"(?i)(?:^|\s)(?:{_DETERMINER})\s+$")
# Verbs' present forms and adverbs with no "-t" or "-e(n)" that may follow an opening date
_MODALS = frozenset(
    {"kann", "muss", "will", "soll", "darf", "mag", "weiß", "wird", "sind", "noch", "auch"}
    | {"schon", "nur", "also", "doch", "nun", "bald", "sogar", "zudem", "jedoch", "ebenfalls"}
)
_WORD = re.compile(r"[\wäöüß]+")
# Articles and prepositions after a capitalised opening word: "Ab dem 1. Juli gilt ..." has no
# verb "dem"
_FUNCTION_WORDS = frozenset(
    {"dem", "des", "vom", "zum", "zur", "beim", "ab", "bis", "seit", "mit", "für", "von", "bei"}
    | {"nach", "vor", "aus", "auf", "um", "über", "unter", "durch", "gegen", "ohne", "als", "wie"}
)


def weak_preterite(text: str) -> bool:
    """Whether `text` holds a weak verb's simple past ("räumte", "demonstrierten")."""
    for m in _WEAK.finditer(text):
        word = m.group(1)
        if word in _NOT_VERBS or (word.endswith(("ste", "sten")) and word[-5:-3] != "ss"):
            continue  # "meisten", "zwanzigsten" (but "musste", "wussten")
        if _BEFORE.search(text, 0, m.start()):
            continue  # "die ersten Demonstranten": an adjective
        return True
    return False


def strong_past_after(text: str, at: int) -> bool:
    """Whether the first word at `at` (right after an opening date, or the clause's subject)
    is a verb's singular simple past: lower case, with no present ending ("schloss", "kam")."""
    m = _WORD.search(text, at)
    if m is None or text[at : m.start()].strip(" ,"):
        return False
    return _strong_shape(m.group())


def strong_past_second(clause: str) -> bool:
    """Whether the verb after the subject opening `clause` is a singular strong simple past:
    "Die Stadt schloss am 4. Oktober das Schwimmbad"."""
    m = _OPENING_SUBJECT.match(clause)
    return m is not None and _strong_shape(m["verb"])


def _strong_shape(word: str) -> bool:
    return (
        word.islower()
        and len(word) >= 3
        and not word.endswith(("t", "e", "en", "n"))
        and word not in _MODALS
        and word not in _FUNCTION_WORDS
    ) or strong_plural(word)


# Infinitives that do not end in "-en", "-ern", "-eln": "waren" is "sein"'s, "taten" "tun"'s
_SHORT_INFINITIVES = frozenset({"sein", "tun"})


@cache
def strong_plural(word: str) -> bool:
    """Whether a lower-case word is a strong verb's plural simple past ("schlossen", "gingen",
    "fanden", "waren"): it ends in "-en" like the present and the infinitive, and only its
    changed stem tells it, so its lemma (simplemma's German dictionary) is a verb's infinitive
    other than the word itself, and not the word less an adjective's ending ("offenen")."""
    if not (word.islower() and word.endswith("en") and len(word) >= 4):
        return False
    lemma = simplemma.lemmatize(word, lang="de")
    if lemma == word or not lemma.islower() or word.startswith(lemma):
        return False  # "gehen"; "offenen" (offen), "ersten" (erst)
    return lemma.endswith(("en", "ern", "eln")) or lemma in _SHORT_INFINITIVES


# Numbers and quantifiers before a subject's noun ("drei Kundgebungen", "mehrere hundert
# Menschen")
_QUANTIFIER = (
    r"\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|hundert|tausend|"
    r"mehrere|einige|zahlreiche|hunderte|tausende"
)
_OPENING_SUBJECT = re.compile(
    rf"\W*(?:(?i:{_DETERMINER})\s+(?:[a-zäöüß-]+\s+){{0,3}}[A-ZÄÖÜ][\wäöüß-]*"
    r"|[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?)\s+(?P<verb>[a-zäöüß]+)\b"
)
