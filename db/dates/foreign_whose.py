"""A date in a possessive relative clause titles the thing it owns, named with its owner.

"La variante de Campos, cuyas obras comenzaron hace un año, se abrirá ...": the year is when the
works began, and a reader names them by their owner, "Las obras de la variante de Campos
comenzaron"; likewise French "dont le premier conseil se réunira samedi" ("Le premier conseil
de la commune se réunira"), Italian "il cui cantiere", Portuguese "cujo mercado". The owner is
the noun phrase an article opens right before the comma; the thing owned runs from the pronoun
to the relative clause's finite verb (`foreign_finite_openings`); Spanish and Portuguese give
the article back from the pronoun's gender and number ("cuyas" -> "las"). French "dont" only
before an article ("dont il a parlé", "cinq blessés, dont deux enfants" own nothing here).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .contracted_articles import contractions, with_article
from .foreign_articles import determiners
from .foreign_asides import first_verb
from .foreign_finite_openings import opens_with_finite

_WHOSE = {
    "es": r"cuy[oa]s?",
    "pt": r"cuj[oa]s?",
    "fr": r"dont(?=\s+(?:le|la|les|l['’]|un|une)(?:\s|(?<=['’])))",
    "it": r"(?:il|lo|la|l['’]|i|gli|le)\s*cui",
}
# the article the pronoun's ending stands for: "cuyas obras" -> "las obras"
_ARTICLE = {
    "cuyo": "el", "cuya": "la", "cuyos": "los", "cuyas": "las",
    "cujo": "o", "cuja": "a", "cujos": "os", "cujas": "as",
}  # fmt: skip
# "of" and the owner's article joined, as each language writes it
_OF = {
    "es": ("de", {"el": "del"}),
    "pt": ("de", {"o": "do", "a": "da", "os": "dos", "as": "das"}),
    "fr": ("de", {"le": "du", "les": "des"}),
    "it": (
        "di",
        {
            "il": "del",
            "lo": "dello",
            "la": "della",
            "l'": "dell'",
            "l’": "dell'",
            "i": "dei",
            "gli": "degli",
            "le": "delle",
        },
    ),  # fmt: skip
}
_OWNER_WORDS = 8  # the owner's phrase, its article included, at most
_OWNED_WORDS = 6  # words between the pronoun and the verb, at most


@cache
def _pronoun(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i),\s*(?P<pronoun>{_WHOSE[language]})\s*")


@cache
def _owner(language: str) -> re.Pattern[str]:
    articles = determiners(language, "definite", "indefinite", "demonstrative", "possessive")
    held = "|".join(re.escape(c) for c in sorted(contractions(language), key=len, reverse=True))
    articles = f"{articles}|{held}" if held else articles  # "al alcalde": "el alcalde"
    words = rf"(?:[\w'’-]+\s+){{0,{_OWNER_WORDS - 2}}}[\w'’-]+"
    return re.compile(rf"(?i)(?:{articles})(?:\s+|(?<=['’])){words}\s*$")


def _of(language: str, owner: str) -> str:
    """ "de" and the owner, its article joined to it ("de" + "el puente" -> "del puente")."""
    of, joined = _OF[language]
    m = re.match(r"(\w+['’]?)\s*", owner)
    if m is not None and m.group(1).lower() in joined:
        contracted = joined[m.group(1).lower()]
        space = "" if contracted.endswith("'") else " "
        return f"{contracted}{space}{owner[m.end() :]}"
    if language == "fr" and re.match(r"(?i)[aeiouyéèêh]", owner):
        return f"d'{owner}"  # "d'une équipe", "d'Hélène"
    return f"{of} {owner}"


def whose_title(
    language: str,
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    without_date: Callable[[int, int], str],
) -> str | None:
    """The title of the date at `expression` when a possessive relative clause holds it,
    else None. `without_date(b, e)`: text[b:e] without the date and its preposition."""
    if language not in _WHOSE:
        return None
    sb, se = sentence
    at = expression[0]
    found = None
    for m in _pronoun(language).finditer(text, sb, at):
        found = m
    if found is None or re.search(r"[,;:]", text[found.end() : at]):
        return None  # none, or the date is past the relative clause
    end = re.compile(r"[,;:]|\.(?:\s|$)").search(text, expression[1], se)
    clause = without_date(found.end(), end.start() if end else se).strip()
    words = clause.split()
    verb = next(
        (i for i in range(1, min(len(words), _OWNED_WORDS + 1))
         if opens_with_finite(language, " ".join(words[i:]), 0)),
        None,
    )  # fmt: skip
    if verb is None:
        return None
    head = re.split(r"[,;:]", text[sb : found.start()])[-1]
    owner = None
    for start in re.finditer(r"(?<![\w'’])\w", head):  # the nearest phrase: the last that fits
        owner = _owner(language).match(head, start.start()) or owner
    if owner is None or first_verb(language, owner.group(), 0, owner.end()) is not None:
        return None  # none, or a clause ("los vecinos recordaron ..."): no noun phrase
    pronoun = found["pronoun"].lower()
    owned = " ".join(words[:verb])
    if pronoun in _ARTICLE:
        owned = f"{_ARTICLE[pronoun]} {owned}"
    elif language == "it":  # "la cui sede" -> "la sede"
        article = re.sub(r"\s*cui$", "", found["pronoun"])
        owned = f"{article}{owned}" if article.endswith(("'", "’")) else f"{article} {owned}"
    owner_text = owner.group().strip()
    opener = owner_text.split()[0] if owner_text.split() else ""
    if opener.lower() in contractions(language):  # "al alcalde Gómez" -> "el alcalde Gómez"
        owner_text = with_article(language, opener, owner_text[len(opener) :].strip())
    owner_text = owner_text[:1].lower() + owner_text[1:]  # the article opening the sentence
    title = f"{owned} {_of(language, owner_text)} {' '.join(words[verb:])}"
    return title[:1].upper() + title[1:]
