"""A date inside a relative clause without commas dates what that clause tells of its noun.

"Los vecinos apoyaron a los comerciantes que el lunes fueron desalojados por la policía": the
Monday is when the shopkeepers were evicted, not when the neighbours backed them, so the title
is the noun and the relative clause's predicate, "Los comerciantes fueron desalojados por la
policía" (as `relative_subjects` does for a relative clause between commas). Also a relative
clause joined to one before it by "and" ("ai giornalisti che lavorano a Napoli, e che la
settimana scorsa sono stati minacciati" -> "I giornalisti sono stati minacciati"). Only where
the pronoun is the clause's subject (`relative_subjects.subject_relative`: not "que la policía
confiscó") and a main clause comes before the noun. Spanish, French, Italian and Portuguese.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .contracted_articles import contractions, with_article
from .foreign_articles import determiners
from .foreign_asides import opens_with_verb
from .relative_subjects import subject_relative

_PRONOUN = {"es": "que", "fr": "qui", "it": "che", "pt": "que"}
# not the partitive "des": "de" and "les" too, another noun's complement
_ARTICLE = {
    lang: determiners(lang, "definite", "indefinite", "plural") for lang in ("es", "fr", "it", "pt")
}
_STARTS = re.compile(r"(?<![\w'’])\w")
# a noun after these is another noun's complement
_OF = frozenset({"de", "di", "du", "des", "da", "do", "das", "dos", "d'", "d’"})
# prepositions, subordinators and verbs of saying: no noun before the pronoun
_FUNCTION = _OF | frozenset(
    "desde después antes hasta ya dado a en se dice dijo para sin así tal depuis après avant "
    "pendant alors dès bien dit dopo prima mentre perché così fino dato visto detto depois "
    "até sem disse in con per pour par por sur su".split()
)
# a finite verb this far into a relative clause is the main clause's
_OWN_VERB_WORDS = 3
# "a" before an object noun, after its verb: "apoyaron a los comerciantes"
_OBJECT = frozenset({"a", "à", "ao", "aos"})
# a quantifier after the pronoun opens a subject of its own
_QUANTIFIER = frozenset(
    "algunos algunas varios varias muchos muchas miles cientos decenas todos quelques "
    "plusieurs beaucoup milliers centaines alcuni alcune molti molte migliaia centinaia "
    "decine tutti alguns algumas muitos muitas milhares centenas dezenas vários várias".split()
)
_AND = r"(?:y|e|ed|et)\s+"
_NOUN_WORDS = 5  # words of the noun phrase, its article included, at most
_MIN_WORDS = 3


@cache
def _pronoun(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{_AND})?{_PRONOUN[language]}\s+")


@cache
def _noun(language: str) -> re.Pattern[str]:
    # the last noun phrase an article (or a preposition holding one: "ai") opens before the
    # pronoun: "a los comerciantes ", "ai giornalisti "
    words = rf"(?:[^\W\d_][\w'’-]*\s+){{0,{_NOUN_WORDS - 1}}}"
    held = "|".join(re.escape(c) for c in sorted(contractions(language), key=len, reverse=True))
    return re.compile(
        rf"(?i)(?<![\w'’])(?:(?P<art>{_ARTICLE[language]})|(?P<held>{held}))"
        rf"(?:\s+|(?<=['’]))(?P<rest>{words})$"
    )


def _last_noun(language: str, head: str) -> re.Match[str] | None:
    """The noun phrase an article opens that ends `head`, the last such."""
    found = None
    for start in _STARTS.finditer(head):
        found = _noun(language).match(head, start.start()) or found
    return found


def relative_title(
    language: str,
    text: str,
    segment: tuple[int, int],
    previous: int,
    expression: tuple[int, int],
    without_date: Callable[[int], str],
) -> str | None:
    """The title of the date at `expression` when a relative clause without commas holds it in
    the segment text[segment[0]:segment[1]] (`previous`: where the segment before it starts),
    else None. `without_date(b)`: the segment from b on, its date left out."""
    if language not in _PRONOUN or _PRONOUN[language] not in text[previous : expression[0]]:
        return None  # the cheap guard: no pronoun before the date
    b, _ = segment
    at = expression[0]
    last = None
    for m in _pronoun(language).finditer(text, b, at):
        last = m
    if last is None:
        return None
    head = text[b : last.start()]
    coordinated = not head.strip() and last.group().lower().startswith(("y", "e"))
    if coordinated:  # ", e che ...": the noun of the relative clause before
        before = None
        for m in _pronoun(language).finditer(text, previous, b):
            before = m
        if before is None:
            return None
        head = text[previous : before.start()]
    noun = _last_noun(language, head + " ")
    main = head[: noun.start()].split() if noun is not None else []
    if noun is None or not noun["rest"].strip() or len(main) < 2:
        return None  # no main clause before the noun: the title has its noun already
    if not coordinated and not (
        main[-1].lower() in _OBJECT or any(opens_with_verb(language, w, 0) for w in main)
    ):
        return None  # "El choque entre X y los manifestantes que ... tuvo lugar": no verb before
    if main[-1].lower() in _OF or (noun["held"] or "").lower().startswith(("d", "n")):
        return None  # "el fotógrafo de la agencia que ...": which noun is unclear
    if any(w.lower() in _FUNCTION for w in noun["rest"].split()):
        return None  # "desde que", "la cifra de sirios que": no noun right before it
    own = subject_relative(language, f"{_PRONOUN[language]} {without_date(last.end()).strip()}")
    if own is None or len(own.split()) < 2 or own.split()[0].lower() in _QUANTIFIER:
        return None  # "un lema que algunos manifestantes coreaban": the pronoun is the object
    if any(opens_with_verb(language, w, 0) for w in own.split()[_OWN_VERB_WORDS:]):
        return None  # "los jugadores que ganaron la final fueron ...": the main verb
    phrase = noun.group().strip()
    if noun["held"]:  # "ai giornalisti" -> "i giornalisti"
        phrase = with_article(language, noun["held"], noun["rest"].strip())
    title = f"{phrase[:1].upper()}{phrase[1:]} {own.strip()}"
    return title if len(title.split()) >= _MIN_WORDS else None
