"""Asides a title in Spanish, French, Italian or Portuguese does without (`other_languages`).

- A parenthetical: a translation, an acronym, a gloss ("La iniciativa Global March for Syria
  ("Marcha Global por Siria") pretende ...", "Dostor.org (un diario en línea) ha sido
  bloqueada"); the title keeps it when too little would be left.
- An apposition or a phrase between commas that parts a subject from its verb, in a title too
  long to show whole ("Los tres
  músicos, de origen libanés, grabaron ..." -> "Los tres músicos grabaron ...", "Sirte, l'ultima
  roccaforte, è caduta" -> "Sirte è caduta"): the segment after the aside opens with a finite
  verb, the one before it holds none and opens with no preposition.
- A segment opening with a simple past ("..., grabaron su disco en 2009") is a predicate cut
  from its subject, as one opening with an auxiliary is (`opens_with_verb`).

Closed-class words and verb endings only; German keeps its own order (`german_order`), and
its asides go as an apposition after a name does ("Hans Brenner, früherer Bürgermeister von
Oberau, ist gestorben"), not an aside of names alone (its nouns have capitals too).
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_finite_openings import opens_with_finite

# A finite auxiliary or copula: "ha sido", "a été", "è stata", "foi"
_AUXILIARY = {
    "es": r"ha|han|hab[íi]a|hab[íi]an|fue|fueron|es|son|est[áa]|est[áa]n|era|eran|ser[áa]|ser[áa]n",
    "fr": r"a|ont|avait|avaient|est|sont|était|étaient|sera|seront|va|vont",
    "it": r"ha|hanno|aveva|avevano|è|sono|era|erano|sarà|saranno|fu|furono",
    "pt": r"foi|foram|é|s[ãa]o|est[áa]|est[ãa]o|era|eram|ser[áa]|ser[ãa]o|tem|t[êe]m|tinha|tinham",
    "de": r"hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden",
}
# A simple past's endings ("grabó", "grabaron", "arrivarono", "gravaram"); not Italian's
# singular "-ò" ("però", "ciò", "può") nor Portuguese "-ou" ("Moscou")
_PAST = {
    "es": r"\w{2,}(?:ó|aron|ieron|yeron)",
    "it": r"\w{2,}(?:arono|erono|irono)",
    "pt": r"\w{2,}(?:aram|eram|iram)|(?-i:[a-zà-ÿ]\w+ou)",  # lower case: not "Moscou"
}
# A segment that opens with a preposition or a conjunction is no subject
_NO_SUBJECT = {
    "es": r"en|de|del|desde|durante|a|al|con|por|para|seg[úu]n|tras|y|o|pero|que|cuando|si",
    "fr": r"en|de|du|des|depuis|pendant|à|au|aux|avec|par|pour|selon|après|et|ou|mais|que|qu|"
    r"quand|si|dans|sur",
    "it": r"in|di|del|della|dei|da|dal|dalla|durante|a|al|alla|con|per|secondo|dopo|e|o|ma|che|"
    r"quando|se|nel|nella|su|sul",
    "pt": r"em|no|na|de|do|da|desde|durante|a|ao|com|por|para|segundo|ap[óo]s|e|ou|mas|que|"
    r"quando|se",
    "de": r"in|im|an|am|auf|aus|bei|mit|nach|seit|von|vom|zu|zum|zur|für|wegen|laut|trotz|"
    r"und|oder|aber|dass|weil|als|wenn|nachdem|bevor|obwohl|da",
}
_PARENTHESIS = re.compile(r"\s*\([^()]{1,120}\)")
_NAMES = re.compile(r"\s*(?:[^\W\d_a-zß-ÿ][\w'’.-]*(?:\s+|$))+(?:[yeo]\s+[^\W\d_a-zß-ÿ][\w'’.-]*)?")
_COMMA = re.compile(r",\s(?![^\[\]]*\])")  # not inside a bracketed note: "[es, come i link]"
_CAPITAL = re.compile(r"(?<![\w'’-])[^\W\d_a-zß-ÿ]")
_ARTICLE = re.compile(
    r"(?i)(?:el|la|los|las|le|les|il|lo|gli|i|un|una|uno|une|des|o|os|as|um|uma|l['’]\w*"
    r"|un['’]\w*|este|esta|ce|cette|ces|questo|questa|altri|altre|otros|otras|autres)$"
)
# what makes "que", "che" open a subordinate clause rather than a relative one
_SUBORDINATOR = re.compile(
    r"(?i)(?<![\w'’])(?:desde|despu[ée]s\s+de|antes\s+de|hasta|ya|puesto|dado|parce|depuis|"
    r"apr[èe]s|avant|dopo|prima|visto|dato|depois\s+de|at[ée]|dijo|dicho|dit|detto|disse)\s+$"
)
_NAMING_WORDS = 3  # an aside that names its subject does so in its first words
_MAX_SKIPPED = 2  # opening adjuncts before a subject
_WORDS = re.compile(r"\w+(?:['’]\w+)*")
_MIN_WORDS = 3  # a title left with fewer words keeps its asides
_SUBJECT_WORDS = 8  # a longer segment before an aside is a clause, not a subject
_ASIDE_WORDS = 10  # words of an aside, at most
_MAX_ASIDES = 3  # comma segments of one aside: "de origen sirio, palestino y argelino"


@cache
def _verb(language: str) -> re.Pattern[str]:
    words = _AUXILIARY[language] + (f"|{_PAST[language]}" if language in _PAST else "")
    return re.compile(rf"(?i)\s*(?:{words})(?![\w'’])")


@cache
def _no_subject(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\W*(?:{_NO_SUBJECT[language]})(?![\w'’])")


def opens_with_verb(language: str, text: str, at: int) -> bool:
    """Whether the segment at `at` opens with a finite auxiliary or a simple past."""
    return language in _AUXILIARY and _verb(language).match(text, at) is not None


AUXILIARY = _AUXILIARY  # for `called_off`: where a predicate starts


def first_verb(language: str, text: str, b: int, e: int) -> int | None:
    """Where the first finite auxiliary or simple past in text[b:e] starts, None if none."""
    if language not in _AUXILIARY:
        return None
    words = _AUXILIARY[language] + (f"|{_PAST[language]}" if language in _PAST else "")
    m = re.compile(rf"(?i)(?<![\w'’])(?:{words})(?![\w'’])").search(text, b, e)
    return None if m is None else m.start()


def verb_after_aside(language: str, text: str, b: int, at: int) -> bool:
    """Whether the clause at `b` is an aside and then a predicate before the date at `at`
    ("élu en 2008, a démissionné le 3 mai"): its subject is before it."""
    comma = text.find(", ", b, at)
    return (
        comma > b
        and len(_WORDS.findall(text, b, comma)) <= _ASIDE_WORDS
        and not _verb(language).match(text, b)
        and (
            opens_with_verb(language, text, comma + 1)
            or opens_with_finite(language, text, comma + 1)
        )
    )


def after_subordinator(that: re.Pattern[str], text: str, start: int, b: int) -> int:
    """Where the subject of a predicate at `b` starts when a subordinate clause holds it ("...,
    desde que el ministro, Luis Gil, dimitió en mayo": after "que"); `that` matches the
    language's complementizer, after a subordinator or a verb of saying, not a relative
    pronoun ("la ley que aprobó el pleno, fue ...")."""
    last = None
    for m in that.finditer(text, start, b):
        last = m
    if last is None or not _SUBORDINATOR.search(text, max(start, last.start() - 30), last.start()):
        return start
    return last.end()


def without_asides(language: str, title: str) -> str:
    """`title` without its parentheticals and the aside between its subject and its verb."""
    if language not in _NO_SUBJECT or ("(" not in title and title.count(",") < 2):
        return title  # the cheap guard: nothing set off
    cut = _PARENTHESIS.sub("", title) if "(" in title else title
    if cut.count(",") >= 2:  # a title a reader scans: "Le maire a démissionné"
        cut = _without_apposition(language, cut)
    return cut if len(_WORDS.findall(cut)) >= _MIN_WORDS else title


def _without_apposition(language: str, title: str) -> str:
    parts = _COMMA.split(title)
    lead = 0  # opening adjuncts stay: "Dans l'après-midi, Zuheir, secrétaire ..., a été tué"
    while lead < min(_MAX_SKIPPED, len(parts) - 3) and _no_subject(language).match(parts[lead]):
        lead += 1
    subject = parts[lead]
    if (
        len(parts) - lead < 3
        or len(_WORDS.findall(subject)) > _SUBJECT_WORDS
        or _no_subject(language).match(subject)
        or any(_verb(language).match(w) for w in subject.split())
    ):
        return title
    named = _has_name(subject)
    for n in range(1, min(_MAX_ASIDES, len(parts) - lead - 2) + 1):
        aside = parts[lead + 1 : lead + n + 1]
        if any(len(_WORDS.findall(a)) > _ASIDE_WORDS or _verb(language).match(a) for a in aside):
            return title
        if _NAMES.fullmatch(subject) and all(_NAMES.fullmatch(a) for a in aside):
            return title  # "Madrid, Sevilla, Valencia, fueron ...": a list, not an aside
        if not named and _names(language, aside[0]):
            return title  # "El jefe del ejército, el general Ruiz, dijo": the name says who
        if language == "de" and _NAMES.fullmatch(aside[0]):
            return title  # every German noun has its capital: names alone are the name's
        rest = ", ".join(parts[lead + n + 1 :])
        if _verb(language).match(rest) or opens_with_finite(language, rest, 0):
            return ", ".join([*parts[:lead], f"{subject} {rest}"])
    return title


def _names(language: str, aside: str) -> bool:
    """Whether an aside names its subject: a capital in its first words, after no preposition
    ("il generale Abdel Sisi", "Luis Gil"; not "nacidos en Lisboa")."""
    for word in aside.split()[:_NAMING_WORDS]:
        if _CAPITAL.match(word):
            return True
        if _no_subject(language).fullmatch(word):
            return False
    return False


def _has_name(subject: str) -> bool:
    """Whether a subject names someone or something: a capital after its first word, or a
    first word with a capital that is no article ("Ibrahim Essa", "Zuheir al-Qaysi")."""
    first, _, rest = subject.strip().partition(" ")
    return (
        first.startswith("@")
        or bool(_CAPITAL.search(rest))
        or (first[:1].isupper() and not _ARTICLE.match(first))
    )
