"""Reported words title their own date in Spanish, French, Italian and Portuguese.

"La alcaldesa aseguró que la piscina municipal reabrirá el 1 de junio": the date is the
reopening's, told in the reported clause; the title is that clause ("La piscina municipal
reabrirá"), as a reader scans it, not who said it. A title that opens with a short subject, a
verb and "que" / "che" / "qu'" is cut to what follows when the date is after that "que" in the
text. The verb is told by simplemma's lemma, an infinitive ("aseguró" -> "asegurar", "ha
dichiarato" -> "dichiarare", "a affirmé" -> "affirmer"): a noun before "que" opens a relative
clause ("la ley que aprobó el pleno") and keeps the title whole; a participle needs its
auxiliary ("el documento firmado que ..." is no saying). A title may open with the verb, its
subject in a segment before ("Kalmeh, un sitio de noticias, informa que ..."); a verb of saying
may have an adjunct before its "que" ("anunció en el pleno que": `foreign_saying_verbs`).
"""

from __future__ import annotations

import re
from functools import cache

import simplemma

from .foreign_asides import first_verb
from .foreign_saying_verbs import adjunct, is_saying

_THAT = {"es": r"que", "fr": r"que|qu['’]", "it": r"che", "pt": r"que"}
_INFINITIVE = {
    "es": re.compile(r"[^\W\d_]{2,}(?:ar|er|ir)"),
    "fr": re.compile(r"[^\W\d_]{2,}(?:er|ir|re)"),
    "it": re.compile(r"[^\W\d_]{2,}(?:are|ere|ire|rre)"),
    "pt": re.compile(r"[^\W\d_]{2,}(?:ar|er|ir|or)"),
}
_PARTICIPLE = {
    "es": re.compile(r"(?i)[^\W\d_]+(?:ad|id|ich|ech|uest|iert|crit)[oa]s?"),
    "fr": re.compile(r"(?i)[^\W\d_]+(?:é|i|u|it|is|ert)e?s?"),
    "it": re.compile(r"(?i)[^\W\d_]+(?:at|ut|it|ett|ess|ost|ist)[oaie]"),
    "pt": re.compile(r"(?i)[^\W\d_]+(?:ad|id|it|eit|ost)[oa]s?"),
}
_AUXILIARY = {
    "es": r"ha|han|hab[íi]a|hab[íi]an",
    "fr": r"a|ont|avait|avaient",
    "it": r"ha|hanno|aveva|avevano",
    "pt": r"tem|t[êe]m|tinha|tinham|havia",
}
_FIRST_PERSON = re.compile(r"(?i)(?:mos|ons|iamo)$")  # "pedimos", "demandons", "chiediamo"
_SUBJECT_WORDS = 8  # who says it: a longer opening is a clause of its own
_MIN_WORDS = 3  # the reported clause left, at least
_WORD = re.compile(r"[\w'’-]+")


@cache
def _saying(language: str, with_adjunct: bool = False) -> re.Pattern[str]:
    # the verb right before "que" first: "Los usuarios de Twitter en Siria informan que" is
    # no "Twitter" with an adjunct
    between = f"(?P<adjunct>{adjunct(language)})" if with_adjunct else "(?P<adjunct>)"
    return re.compile(
        rf"(?i)^(?P<subject>(?:[\w'’-]+,?\s+){{0,{_SUBJECT_WORDS}}}?)"
        rf"(?:(?P<auxiliary>{_AUXILIARY[language]})\s+)?(?P<verb>[^\W\d_]+)\s+"
        rf"{between}(?:\[[^\]]{{0,20}}\]\s*)?"  # "informa [fa] que"
        rf"(?:{_THAT[language]})(?:\s+|(?<=['’]))(?P<rest>.+)$",
        re.S,
    )


def _is_verb(language: str, word: str, auxiliary: bool) -> bool:
    if _PARTICIPLE[language].fullmatch(word) and not auxiliary:
        return False  # "el documento firmado que": an adjective
    lemma = simplemma.lemmatize(word.lower(), lang=language)
    return lemma != word.lower() and _INFINITIVE[language].fullmatch(lemma) is not None


def reported_title(language: str, text: str, sentence: tuple[int, int], at: int, title: str) -> str:
    """The title cut to the reported clause when the date at `at` is told in it (module
    docstring); as it was otherwise."""
    if language not in _THAT:
        return title
    m = _saying(language).match(title)
    if m is None or not _is_verb(language, m["verb"], m["auxiliary"] is not None):
        m = _saying(language, with_adjunct=True).match(title)  # "anunció en el pleno que"
    if m is None:
        return title
    subject, rest = m["subject"].strip(), m["rest"].strip()
    if len(_WORD.findall(rest)) < _MIN_WORDS or first_verb(language, subject, 0, len(subject)):
        return title
    if not _is_verb(language, m["verb"], m["auxiliary"] is not None):
        return title
    if m["adjunct"] and not is_saying(language, m["verb"]):
        return title  # "vive en la casa que compró": a relative clause
    if not subject and _FIRST_PERSON.search(m["verb"]):
        return title  # "Pedimos que nos llevaran ...": what we asked, no report
    said = text.lower().find(title[: m.end("verb")].lower(), sentence[0], sentence[1])
    if said < 0 and is_saying(language, m["verb"]):  # an aside or a date left the title
        verb = re.compile(rf"(?i)(?<![\w'’]){re.escape(m['verb'])}(?![\w'’])")
        found = verb.search(text, sentence[0], sentence[1])
        said = -1 if found is None else found.end() - m.end("verb")
    that = re.compile(rf"(?i)(?<![\w'’])(?:{_THAT[language]})(?![\w])")
    if said < 0 or (q := that.search(text, said + m.end("verb"), sentence[1])) is None:
        return title
    if at < q.end():
        return title  # "aseguró el lunes que ...": the date is the saying's
    return rest[:1].upper() + rest[1:]
