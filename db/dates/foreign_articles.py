"""The articles and determiners of the other languages, one table a language: the words that
open a noun phrase, which the cut's title rules (postposed and late subjects, start and dated
nouns, relative clauses, participle phrases) read as "a noun phrase starts here". Each rule
takes the kinds it needs (`determiners`); none keeps a list of its own."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Articles:
    definite: tuple[str, ...]  # "el", "l'" (an elided one ends with its apostrophe class)
    indefinite: tuple[str, ...]  # singular: "un", "una", "un'"
    plural: tuple[str, ...] = ()  # plural indefinite that is nothing else: "unos", "uns"
    # plural indefinite that is also "of the" ("des" is "de" + "les"): for rules that do not
    # read it as another noun's complement
    partitive: tuple[str, ...] = ()
    demonstrative: tuple[str, ...] = ()
    possessive: tuple[str, ...] = ()  # third person: "su", "son", "seu"


ARTICLES = {
    "es": Articles(
        definite=("el", "la", "los", "las"),
        indefinite=("un", "una"),
        plural=("unos", "unas"),
        demonstrative=("este", "esta", "estos", "estas", "ese", "esa", "esos", "esas"),
        possessive=("su", "sus"),
    ),
    "fr": Articles(
        definite=("le", "la", "les", "l['’]"),
        indefinite=("un", "une"),
        partitive=("des",),
        demonstrative=("ce", "cet", "cette", "ces"),
        possessive=("son", "sa", "ses", "leur", "leurs"),
    ),
    # no plural: "dei", "degli", "delle" are read as "of the" (the rules' complements)
    "it": Articles(
        definite=("il", "lo", "la", "i", "gli", "le", "l['’]"),
        indefinite=("un", "uno", "una", "un['’]"),
        demonstrative=("questo", "questa", "questi", "queste", "quel", "quella"),
    ),
    "pt": Articles(
        definite=("o", "a", "os", "as"),
        indefinite=("um", "uma"),
        plural=("uns", "umas"),
        demonstrative=("este", "esta", "estes", "estas", "esse", "essa"),
        possessive=("seu", "sua", "seus", "suas"),
    ),
    "de": Articles(definite=("der", "die", "das", "den"), indefinite=("ein", "eine")),
}

_KINDS = ("definite", "indefinite", "plural", "partitive", "demonstrative", "possessive")


@cache
def determiners(language: str, *kinds: str) -> str:
    """The regex alternation of `language`'s words of these kinds (`Articles`' fields), in the
    table's order; "" for a language without a table."""
    table = ARTICLES.get(language)
    if table is None:
        return ""
    unknown = set(kinds) - set(_KINDS)
    if unknown:
        raise ValueError(f"no such kind of article: {sorted(unknown)}")
    return "|".join(w for kind in _KINDS if kind in kinds for w in getattr(table, kind))
