"""Whether a segment opens with a finite verb: a predicate whose subject is before it.

`foreign_asides` reads an auxiliary or a simple past ("a démissionné", "dimitió"); a subject
set off from its verb by an aside ("El mercado, cerrado desde el invierno, reabrirá el 3 de
junio") has every tense after it: a future ("reabrirá", "ouvrira"), a present ("entra em
vigor"), a modal ("deve ficar pronto"), a reflexive clitic and its verb ("si è dimesso", "se
celebrará"). The word's lemma (simplemma's) tells a verb's form; a participle or a gerund,
which lemmatise to the verb as well, opens an aside of its own, no predicate.
"""

from __future__ import annotations

import re
from functools import cache

import simplemma

_REFLEXIVE = {"es": r"se", "fr": r"se|s['’]", "it": r"si|s['’]", "pt": r"se"}
_INFINITIVE = re.compile(r"[^\W\d_]{2,}(?:ar|er|ir|are|ere|ire|rre|re|or)")
# participles and gerunds: an aside's verb ("situado", "construite", "costruito", "sendo")
_NON_FINITE = {
    "es": r"\w+(?:ad|id|ert|uest|ech|iert|ist|it)[oa]s?|\w+(?:ando|iendo|yendo)",
    "fr": r"\w+(?:ée?s?|ie?s?|ue?s?|ites?|its|erte?s?|ise?s?|ainte?s?|einte?s?)|\w+ant",
    "it": r"\w+(?:at|ut|it|ost|ess|ers|ott|att)[oaie]|\w+(?:ando|endo)",
    "pt": r"\w+(?:ad|id|eit|ert|ost|it)[oa]s?|\w+(?:ando|endo|indo)",
}
NON_FINITE = _NON_FINITE  # for `foreign_life_events`
_THAT = re.compile(r"(?i)\s+(?:\[[^\]]{0,20}\]\s*)?(?:que|che|qu['’])")  # "informa [fa] que"
_WORD = re.compile(r"\s*(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)(?![\w-])")


@cache
def _reflexive(language: str) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_REFLEXIVE[language]})(?:\s+|(?<=['’]))[a-zà-ÿ]")


def opens_with_finite(language: str, text: str, at: int) -> bool:
    """Whether text[at:] opens with a finite verb in lower case: a reflexive clitic and its
    verb, or a word simplemma lemmatises to an infinitive that is no participle nor gerund."""
    if language not in _REFLEXIVE:
        return False
    if _reflexive(language).match(text, at):
        return True
    m = _WORD.match(text, at)
    if m is None or not m["word"][:1].islower() or _THAT.match(text, m.end()):
        return False  # "informa que ...": the reported clause is the title (`foreign_reported`)
    return _is_finite(language, m["word"])


@cache
def _is_finite(language: str, word: str) -> bool:
    if re.fullmatch(_NON_FINITE[language], word, re.I):
        return False
    lemma = simplemma.lemmatize(word, lang=language)
    return lemma != word and _INFINITIVE.fullmatch(lemma) is not None
