"""A subject told last goes first in a Spanish, Italian or Portuguese title.

News in these languages opens with the verb and tells a new subject at the end, after the date
and the verb's adjuncts, often between commas: "Se celebró el jueves, en el salón de plenos, la
primera sesión del nuevo consejo", "Non si svolgerà dal 4 al 6 maggio, come annunciato, la
sagra del paese", "Inaugurou-se na sexta-feira, em Braga, a nova biblioteca". The date's own
segment is then only a verb ("Se celebró"), and a reader scans the title subject first: "La
primera sesión del nuevo consejo se celebró en el salón de plenos". Two shapes:

- Across segments: the date's segment (without the date) is a verb group and nothing more than
  a prepositional phrase after it; the segments after it are adjuncts (kept, but those of time,
  "tras", "dopo", "após", which tell another when), a short "como estaba previsto" (dropped),
  then a noun phrase an article opens, with no verb of its own: the subject. What follows it (a
  relative clause, a participle) is another clause.
- In one segment: a verb of starting, ending, arriving, returning or expiring ("partiranno i
  lavori", "comenzarán las obras", "chegaram os bombeiros") before a noun phrase of its number
  an article opens: these verbs take no object there, so it is their subject. Not opening and
  closing: "aprì uno studio" is what he did.

The verb group: a negation, a reflexive pronoun ("se", "si", Portuguese "-se" after the verb),
a passive's or perfect's "be" and its participle, or a verb by its lemma (simplemma: an
infinitive other than the word). An active verb without these takes its subject from the end only
before a prepositional phrase ("riapre al pubblico, dopo ..., la pinacoteca"): before nothing,
the noun phrase at the end may be its object ("Inauguró, junto al alcalde, la biblioteca").
Closed-class words, verb endings and lemmas only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import simplemma

from .foreign_articles import determiners
from .foreign_asides import first_verb

_LANGUAGES = ("es", "it", "pt")
_NEGATION = {
    "es": r"no|nunca|ya\s+no",
    "it": r"non|mai|non\s+più",
    "pt": r"n[ãa]o|nunca|j[áa]\s+n[ãa]o",
}
_REFLEXIVE = {"es": r"se", "it": r"si", "pt": r"se"}
# "be" of a passive or of an unaccusative's perfect: the noun phrase after is the subject
_BE = {
    "es": r"fue|fueron|ser[áa]|ser[áa]n|es|son|ha\s+sido|han\s+sido|era|eran",
    "it": r"è|sono|fu|furono|sarà|saranno|era|erano|verrà|verranno|viene|vengono"
    r"|(?:è|sono|sarà|saranno)\s+stat[oaie]",
    "pt": r"foi|foram|ser[áa]|ser[ãa]o|é|s[ãa]o|era|eram|tem\s+sido",
}
_PARTICIPLE = {
    "es": r"[^\W\d_]+(?:ad|id|ert|uest|ech|iert)[oa]s?",
    "it": r"[^\W\d_]+(?:at|ut|it|s|t)[oaie]",
    "pt": r"[^\W\d_]+(?:ad|id|eit|ert|ost|it)[oa]s?",
}
_ARTICLE = {
    lang: determiners(lang, "definite", "indefinite", "plural") for lang in ("es", "it", "pt")
}
_PREPOSITION = {
    "es": r"a|al|de|del|en|con|por|para|sin|sobre|hacia|ante|bajo",
    "it": r"a|ad|al|alla|allo|ai|agli|alle|all['’]|di|da|dal|dalla|in|nel|nella|con|su|sul|"
    r"sulla|per|tra|fra|verso|presso",
    "pt": r"a|ao|à|aos|às|de|do|da|em|no|na|nos|nas|com|por|pelo|pela|para|sem|sobre",
}
# adjunct segments of time tell another when: they leave the title
_TIME = {
    "es": r"tras|despu[ée]s|antes|luego|hace",
    "it": r"dopo|prima|fa",
    "pt": r"ap[óo]s|depois|antes|h[áa]",
}
_AS = {"es": r"como|seg[úu]n", "it": r"come|secondo", "pt": r"como|segundo|conforme"}
_AS_WORDS = 4  # "como estaba previsto", "come annunciato": a short aside
# verbs of starting, ending, arriving, returning, expiring, birth and death: before a noun phrase
# of their own number, its subject in news (not opening and closing: "aprì uno studio", he did)
_UNACCUSATIVE = {
    "es": frozenset(
        "comenzar empezar iniciar arrancar terminar finalizar concluir llegar volver regresar "
        "vencer expirar nacer morir entrar".split()
    ),
    "it": frozenset(
        "partire ripartire iniziare cominciare ricominciare terminare finire concludere "
        "arrivare tornare scadere nascere morire entrare".split()
    ),
    "pt": frozenset(
        "começar iniciar arrancar terminar encerrar chegar voltar regressar vencer expirar "
        "nascer morrer entrar".split()
    ),
}
# a plural verb's ending and a plural article
_PLURAL_VERB = {"es": r"\w+n", "it": r"\w+no", "pt": r"\w+(?:m|ão)"}
_PLURAL_ARTICLE = {"es": r"los|las|unos|unas", "it": r"i|gli|le", "pt": r"os|as|uns|umas"}
_INFINITIVE = re.compile(r"[^\W\d_]{2,}(?:ar|er|ir|are|ere|ire|rre|or)")
_SUBJECT_WORDS = 12  # a longer noun phrase holds a clause
_MAX_SEGMENTS = 4  # segments looked through after the verb's
_BOUNDARY = re.compile(r"[,;:](?=\s)|\s[–—-]\s")
_WORD = re.compile(r"[\w'’-]+")
_QUOTES = " \"'«»“”„"


@cache
def _head(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)^(?P<group>(?:(?:{_NEGATION[language]})\s+)?(?:(?P<reflexive>{_REFLEXIVE[language]})\s+)?"
        rf"(?:(?P<be>(?:{_BE[language]})\s+{_PARTICIPLE[language]})"
        rf"|(?P<verb>[^\W\d_]+)(?P<enclitic>-(?:{_REFLEXIVE[language]}))?))"
        rf"(?![\w'’-])(?P<rest>.*)$",
        re.S,
    )


@cache
def _opens_with(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\W*(?:{words})(?:(?![\w'’])|(?<=['’]))")


def _lemma(language: str, word: str) -> str | None:
    """The word's infinitive when it is a verb's form, else None."""
    lemma = simplemma.lemmatize(word.lower(), lang=language)
    return lemma if lemma != word.lower() and _INFINITIVE.fullmatch(lemma) else None


def _capital(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _lower(phrase: str) -> str:
    return phrase[:1].lower() + phrase[1:]


def _subject(language: str, phrase: str) -> str | None:
    """`phrase` when it is a noun phrase an article opens, with no verb of its own."""
    phrase = phrase.strip(_QUOTES + ".")
    words = _WORD.findall(phrase)
    if not _opens_with(_ARTICLE[language]).match(phrase) or not 2 <= len(words) <= _SUBJECT_WORDS:
        return None
    return None if first_verb(language, phrase, 0, len(phrase)) is not None else phrase


def postposed_subject(
    language: str,
    text: str,
    sentence: tuple[int, int],
    segment: tuple[int, int],
    without_date: Callable[[int, int], str],
) -> tuple[str, int] | None:
    """The title subject first, and where its subject ends, for a date whose segment `segment`
    of the sentence is only a verb group with its subject told in a later segment (module
    docstring); None otherwise.
    `without_date(b, e)`: text[b:e] without the date and its preposition."""
    if language not in _LANGUAGES:
        return None
    b, e = segment
    head = without_date(b, e).strip(_QUOTES + ",;:")
    m = _head(language).match(head)
    if m is None:
        return None
    rest = m["rest"].strip()
    if m["verb"] is not None and (
        _lemma(language, m["verb"]) is None or re.fullmatch(_PARTICIPLE[language], m["verb"], re.I)
    ):
        return None  # not a verb, "Concerto al Duomo", or a participle: "Publicado por ..."
    marked = m["reflexive"] or m["be"] or m["enclitic"]
    preposition = _opens_with(_PREPOSITION[language])
    if rest and not preposition.match(rest):
        return None  # an object or a subject of its own follows the verb
    if not marked and not rest:
        return None  # "Inauguró, junto al alcalde, la biblioteca": the end may be the object
    kept: list[str] = []
    start = e
    for _ in range(_MAX_SEGMENTS):
        boundary = _BOUNDARY.match(text, start) or _BOUNDARY.search(text, start, sentence[1])
        if boundary is None:
            return None
        nb = boundary.end()
        after = _BOUNDARY.search(text, nb, sentence[1])
        stop = after.start() if after else sentence[1]
        piece = text[nb:stop].strip(_QUOTES + ".")
        if (subject := _subject(language, piece)) is not None:
            told = " ".join([_lower(head), *kept])
            return f"{_capital(subject)} {told}", stop
        if _opens_with(_TIME[language]).match(piece):
            pass  # another when
        elif _opens_with(_AS[language]).match(piece) and len(_WORD.findall(piece)) <= _AS_WORDS:
            pass  # "come previsto"
        elif preposition.match(piece) and first_verb(language, piece, 0, len(piece)) is None:
            kept.append(piece)
        else:
            return None
        start = stop
    return None


def unaccusative_first(language: str, title: str) -> str:
    """The title with the subject of an opening verb of starting, ending, arriving, returning or
    expiring put first ("Partiranno i lavori per la nuova scuola" -> "I lavori per la nuova
    scuola partiranno", "Entrará en vigor la tarifa" -> "La tarifa entrará en vigor"); as it
    was otherwise."""
    if language not in _LANGUAGES:
        return title
    m = _head(language).match(title.strip(_QUOTES))
    if m is None or m["verb"] is None or m["reflexive"] or m["enclitic"]:
        return title
    if _lemma(language, m["verb"]) not in _UNACCUSATIVE[language]:
        return title
    rest = m["rest"].strip(_QUOTES + ". ")
    article = _opens_with(_ARTICLE[language])
    preposition = re.compile(rf"(?i)(?:{_PREPOSITION[language]})")
    at, before = None, ""
    for token in re.finditer(r"[^\s'’]+['’]?", rest):  # "entrará en vigor la nueva tarifa"
        if article.fullmatch(token.group()) and not preposition.fullmatch(before):
            at = token.start()
            break
        before = token.group()
    if at is None or "," in rest:
        return title
    subject, middle = _subject(language, rest[at:]), rest[:at].strip()
    if subject is None:
        return title
    plural_verb = re.fullmatch(_PLURAL_VERB[language], m["verb"], re.I) is not None
    if plural_verb != bool(_opens_with(_PLURAL_ARTICLE[language]).match(subject)):
        return title  # "comenzarán la obra": they will, the work is their object
    told = " ".join(part for part in (_lower(m["group"]), middle) if part)
    return f"{_capital(subject)} {told}"
