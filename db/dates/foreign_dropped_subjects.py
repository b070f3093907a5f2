"""The subject of a title whose own subject is dropped or a pronoun: the subject of the sentence
before it (or of the headline), as a reader would write the title.

Spanish, Italian and Portuguese drop a subject their reader knows ("El alcalde de Villanueva
visitó la obra. El martes anunció que ..."): the cut's title opens with the verb ("Anunció
que ..."). French keeps a pronoun ("Le musée a fermé en mars. Il rouvrira le 2 juin"). The
subject is taken only when the sentence opens with its verb (a date, an adverb before it) and
the sentence before opens with a noun phrase and then its verb; a French "il" that is
impersonal ("il faut", "il y a", "il a été décidé de") stays.
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_articles import determiners
from .foreign_finite_openings import opens_with_finite
from .foreign_life_events import is_birth, without_opening_aside
from .foreign_named_subjects import named_late_subject
from .relative_subjects import antecedent_noun

_PRONOUNS = {
    "fr": r"il|elle|ils|elles",
    "es": r"él|ella|ellos|ellas",
    "it": r"lui|lei|esso|essa|essi|esse",
    "pt": r"ele|ela|eles|elas",
}
# French "il" with no referent: "il faut", "il y a", "il s'agit", "il a été décidé de"
_IMPERSONAL = re.compile(
    r"(?i)il\s+(?:y\s|faut|fallait|faudra|s['’]agit|reste|manque|suffit|semble|para[iî]t|"
    r"(?:a\s+été|est|était|sera)\s+\w+\s+(?:de|d['’]|que|qu['’]))"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SUBJECT_WORDS = 10  # a subject longer than this is no noun phrase a title can take
_BEFORE_WORDS = 6  # words before the verb in its own sentence: a date, an adverb, no clause
_ADJUNCT_WORDS = 5  # an adjunct before the subject, set off by its comma
_BOUNDARY = re.compile(r"\s?[;:]\s+|,\s+(?=(?:que|che|qui)\s)", re.I)
_CLAUSE_END = re.compile(r"[.!?…;:]\s+|\n")
_RELATIVE = re.compile(r"(?i)\s*(?:que|che|qui)\s")
_TIME_ADVERB = re.compile(
    r"(?i)(?:ieri|oggi|domani|ayer|hoy|mañana|hier|aujourd['’]hui|demain|ontem|hoje|amanhã)"
    r"(?:\s+(?:sera|mattina|pomeriggio|notte|soir|matin|por\s+la\s+\w+|à\s+noite))?\s+"
)
_AGO = re.compile(r"(?i)(?<![\w'’])(?:fa|hace|há|il\s+y\s+a)(?![\w'’])")
_CLAUSE = re.compile(r"(?i)(?<![\w'’])(?:que|qu['’]|che|quando|cuando|quand|dass)(?![\w'’])")


@cache
def _noun_phrase(language: str) -> re.Pattern[str]:
    """A noun phrase opening a sentence: a determiner and words, or a capitalised name."""
    articles = determiners(language, "definite", "indefinite", "demonstrative")
    return re.compile(
        rf"(?:(?:{articles})(?:\s+|(?<=['’]))\w|[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÔÇ][\w'’-]+\s+[A-ZÁÉÍÓÚÀÈÌÒÙ])",
        re.I,
    )


def with_subject(language: str, text: str, sentence: tuple[int, int], title: str) -> str:
    """`title` with the subject of the clause before it (or, the title's clause opening the
    text, after it), when the title opens its clause with a finite verb or a subject pronoun;
    else `title` unchanged."""
    if language not in _PRONOUNS or not title:
        return title
    shorter = without_opening_aside(language, title)  # "Nata a Bari nel 1931, aveva aperto"
    if shorter != title:
        whole = with_subject(language, text, sentence, shorter)
        return title if whole == shorter else whole
    pronoun = re.match(rf"(?i)(?:{_PRONOUNS[language]})\s+", title)
    if pronoun is not None:
        if _IMPERSONAL.match(title):
            return title
        rest = title[pronoun.end() :]
        if not opens_with_finite(language, rest, 0) and not _auxiliary(language, rest):
            return title
    elif not opens_with_finite(language, title[:1].lower() + title[1:], 0) and not is_birth(title):
        return title
    else:
        rest = title
        joined = re.search(r"\s?[;:]\s+", rest)  # "Era fuggito: ieri il 40enne è stato ..."
        if joined is not None and (later := _subject_at(language, rest[joined.end() :])):
            return f"{later} {rest[:1].lower()}{rest[1 : joined.start()]}"
    opening = _clause_opening(language, text, sentence, title)
    if opening is None:
        return title
    clause_start, verb_at = opening
    if _RELATIVE.match(text, clause_start, verb_at) and clause_start > sentence[0]:
        noun = antecedent_noun(language, text[sentence[0] : clause_start].rstrip(" ,"))
        subject: str | None = noun if len(_WORD.findall(noun)) <= _SUBJECT_WORDS else None
    else:
        subject = _previous_subject(language, text, clause_start)
        if subject is None and clause_start == 0:
            subject = _next_subject(language, text, verb_at, sentence[1])
    if subject is None or pronoun is None and subject.lower() in title.lower():
        return title
    subject = subject.strip(" ,")
    return f"{subject[:1].upper()}{subject[1:]} {rest[:1].lower()}{rest[1:]}"


def _auxiliary(language: str, rest: str) -> bool:
    return (
        re.match(r"(?i)(?:a|est|était|sera|ont|sont|va|vont|avait)\s", rest) is not None
        and language == "fr"
    )


def _clause_opening(
    language: str, text: str, sentence: tuple[int, int], title: str
) -> tuple[int, int] | None:
    """Where the title's clause starts (the sentence's start, a ";" or ":" or a relative's
    comma) and where its verb is, when only a few words (a date, an adverb) and no verb are
    before the verb in it; None otherwise."""
    first = re.escape(title.split()[0])
    m = re.compile(rf"(?i)(?<![\w'’]){first}(?![\w'’])").search(text, sentence[0], sentence[1])
    if m is None:
        return None
    boundaries = [b.end() for b in _BOUNDARY.finditer(text, sentence[0], m.start())]
    start = boundaries[-1] if boundaries else sentence[0]
    before = text[start : m.start()]
    if (relative := _RELATIVE.match(before)) is not None:
        before = before[relative.end() :]
    words = _WORD.findall(before)
    if len(words) > _BEFORE_WORDS or _CLAUSE.search(before):
        return None
    before = _AGO.sub(" ", before)  # "Tre giorni fa era evaso": "fa" is no verb there
    if any(opens_with_finite(language, before, w.start()) for w in _WORD.finditer(before)):
        return None
    return start, m.start()


def _previous_subject(language: str, text: str, at: int) -> str | None:
    """The noun phrase opening the clause before `at` (after a date or an adjunct and its
    comma), up to its verb; None when that clause opens otherwise."""
    before = text[:at].rstrip(" ;:")
    if not before:
        return None
    ends = [m.end() for m in _CLAUSE_END.finditer(before, 0, max(0, len(before) - 1))]
    start = ends[-1] if ends else 0
    clause = before[start:].strip()
    if (subject := _subject_at(language, clause)) is not None:
        return subject
    named = named_late_subject(language, clause)  # "Murió ayer Rosa Vidal. Llegó ..."
    return None if named is None else named[2]


def _next_subject(language: str, text: str, at: int, end: int) -> str | None:
    """The subject of the clause after a ";" or ":" that follows `at` (a clause opening the
    text whose subject comes next: "Era evaso: ieri il detenuto è stato arrestato")."""
    m = re.compile(r"[;:]\s+").search(text, at, end)
    return None if m is None else _subject_at(language, text[m.end() : end])


def _subject_at(language: str, clause: str) -> str | None:
    adjunct = re.match(r"[^,;:]{1,40},\s+", clause)  # "En 1944, le pont ..."
    if adjunct is not None and len(_WORD.findall(adjunct.group())) <= _ADJUNCT_WORDS:
        if not _noun_phrase(language).match(clause):
            clause = clause[adjunct.end() :]
    else:
        clause = _skip_adverbs(language, clause)
    if not _noun_phrase(language).match(clause):
        return None
    for i, m in enumerate(list(_WORD.finditer(clause))[: _SUBJECT_WORDS + 1]):
        if i and opens_with_finite(language, clause, max(0, m.start() - 1)):
            subject = re.sub(r",[^,]*,", "", clause[: m.start()]).strip(" ,")  # an apposition goes
            if "," in subject or _CLAUSE.search(subject):
                return None
            return subject[:1].upper() + subject[1:]
    return None


def _skip_adverbs(language: str, clause: str) -> str:
    """The clause without a short time adverb before its subject ("ieri sera il detenuto")."""
    m = _TIME_ADVERB.match(clause)
    return clause[m.end() :] if m is not None else clause
