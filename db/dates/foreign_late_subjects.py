"""A subject told at the end of its clause goes first in a Spanish, Italian or Portuguese title.

News in these languages puts a new subject after its verb and the verb's complement: "Fue
rescatado con vida un alpinista de 40 años", "Se inauguró en la plaza la nueva fuente", "È stato
ritrovato nel bosco il cane dei vicini", "Desapareció el joven Pablo Ruiz". A reader scans a
title subject first: "Un alpinista de 40 años fue rescatado con vida". `foreign_title_order`
moves a subject right after its verb; this one finds it further on: the first article after the
verb whose word before is no preposition (an article after "en", "con", "por" opens the
complement, "nel", "sulla" are prepositions already), up to a relative pronoun, which opens a
clause of its own ("que llevaba dos días perdido"), or a trailing participle whose date was cut
("il cane dei vicini scomparso", from "scomparso il 3 maggio").

Closed-class words and verb endings only: articles, prepositions, auxiliaries, the simple past's
endings (`foreign_asides`).
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_articles import determiners
from .foreign_asides import first_verb

# negation, reflexive pronoun, a passive's auxiliary and participle, a simple past. An active
# verb before a definite noun phrase has its object there, its subject left out ("Aprobó el
# plan"): it is taken only after a reflexive pronoun ("Se abrió al tráfico el túnel"), or in
# Spanish before a person named, whom an object would have "a" before ("Detuvieron al joven")
_VERB = {
    "es": (
        r"no|nunca",
        r"se",
        r"(?:fue|fueron|ha\s+sido|han\s+sido|será|serán)\s+[^\W\d_]+(?:ad|id)[oa]s?",
        r"[^\W\d_]{2,}(?:ó|aron|ieron|yeron)",
    ),
    "it": (
        r"non|mai",
        r"si",
        r"(?:è|sono|fu|furono|sarà|saranno)(?:\s+stat[oaie])?\s+[^\W\d_]+(?:at|ut|it|s|t)[oaie]",
        r"[^\W\d_]{2,}(?:arono|erono|irono)|(?:è|sono)\s+[^\W\d_]+(?:at|ut|it|s|t)[oaie]",
    ),
    "pt": (
        r"n[ãa]o|nunca",
        r"se",
        r"(?:foi|foram|será|serão|tem\s+sido)\s+[^\W\d_]+(?:ad|id|eit|st)[oa]s?",
        r"[^\W\d_]{2,}(?:ou|aram|eram|iram|eu|iu)",  # "morreu", "partiu"
    ),
}
_ARTICLE = {
    lang: determiners(lang, "definite", "indefinite", "plural") for lang in ("es", "it", "pt")
}
# words an article after them belongs to: prepositions (contracted ones are no articles' hosts)
_PREPOSITION = {
    "es": r"a|de|en|con|por|para|sin|sobre|tras|entre|hacia|desde|hasta|seg[úu]n|contra|ante|"
    r"bajo|y|o|que",
    "it": r"a|di|da|in|con|su|per|tra|fra|verso|contro|senza|presso|e|o|che",
    "pt": r"a|de|em|com|por|para|sem|sobre|entre|at[ée]|desde|contra|ante|ap[óo]s|e|ou|que",
}
_RELATIVE = {
    "es": r"que|quien|quienes|cuy[oa]s?|donde",
    "it": r"che|cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali|dove",
    "pt": r"que|quem|cuj[oa]s?|onde",
}
# a participle closing the subject ("scomparso", "desaparecida", "detenido")
_PARTICIPLE = {
    "es": r"[^\W\d_]+(?:ad|id|ert|uest|ech)[oa]s?",
    "it": r"[^\W\d_]+(?:at|ut|it|ars|ors|ers|ess|ott|ett|ort|ist)[oaie]",
    "pt": r"[^\W\d_]+(?:ad|id|eit|ert|ost)[oa]s?",
}
_NAMED = re.compile(r"\s[^\W\d_a-zß-ÿ]")  # a capital after the noun phrase's first word
_BE = re.compile(r"(?i)(?<![\w'’])(?:stat[oaie]|sid[oa]s?|estad[oa]s?)$")
_SUBJECT_WORDS = 8  # a longer stretch is a clause, not a subject
_WORD = re.compile(r"[\w'’-]+")


@cache
def _opening(language: str) -> re.Pattern[str]:
    neg, reflexive, passive, active = _VERB[language]
    return re.compile(
        rf"(?i)^(?:(?:{neg})\s+)?(?:(?P<passive>{passive})|(?P<reflexive>{reflexive})\s+"
        rf"(?:{active}|{passive})|(?P<active>{active}))(?![\w'’])"
    )


@cache
def _article(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{_ARTICLE[language]})(?:$|(?<=['’]))")


@cache
def _end(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\s*(?:,|\s(?:{_RELATIVE[language]})(?![\w'’]))")


@cache
def _participle(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\s+(?=(?-i:[a-zß-ÿ]))(?:{_PARTICIPLE[language]})$")  # no name


@cache
def _preposition(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{_PREPOSITION[language]})")


def opening_verb(language: str, title: str) -> re.Match[str] | None:
    """The verb a title opens with (groups "passive", "reflexive", "active"), None if none."""
    return _opening(language).match(title) if language in _VERB else None


def late_subject_first(language: str, title: str) -> str:
    """The title with a subject told after its verb's complement put first (module docstring);
    as it was when it opens with no verb or no such subject is seen."""
    if language not in _VERB or (verb := _opening(language).match(title)) is None:
        return title
    if _BE.search(verb.group()):
        return title  # "È stato un sabato di festa": a copula's complement, no subject
    before = ""  # the word before, "" right after the verb
    for token in re.finditer(r"[^\s'’]+['’]?", title[verb.end() :]):
        word = token.group()
        if not _article(language).match(word) or _preposition(language).fullmatch(before):
            before = word
            continue
        at = verb.end() + token.start()
        end = _end(language).search(title, at)
        subject = title[at : end.start() if end else len(title)].strip()
        subject = _participle(language).sub("", subject)  # "il cane scomparso"
        words = _WORD.findall(subject)
        if not 2 <= len(words) <= _SUBJECT_WORDS or first_verb(language, subject, 0, len(subject)):
            return title
        after_comma = title[:at].rstrip().endswith(",")
        if verb["active"] and not (
            (language == "es" or after_comma) and _NAMED.search(subject)
        ):  # a person named after a comma is no object: "Morreu aos 81 anos, o escritor X"
            return title  # "Aprobó el plan": the plan is what was approved
        middle = title[verb.end() : at].strip(" ,")  # "a los 81 años," without its comma
        told = f"{verb.group()[:1].lower()}{verb.group()[1:]}"
        return f"{subject[:1].upper()}{subject[1:]} {told}" + (f" {middle}" if middle else "")
    return title
