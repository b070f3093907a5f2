"""The article a preposition took in: Spanish "del", "al", French "du", "au", "des", Italian
"della", "dell'", "dai", Portuguese "do", "da", "pela" hold "de" or "a" and an article. A title
cut after one ("después del despido de los mineros", "depois da morte do estudante") gives the
article back: "El despido de los mineros", "A morte do estudante".
"""

from __future__ import annotations

import re

# contraction -> the article in it
_ARTICLES = {
    "es": {"del": "el", "al": "el"},
    "fr": {"du": "le", "au": "le", "des": "les", "aux": "les"},
    "it": {
        f"{p}{end}": article
        for p in ("de", "a", "da", "ne", "su")
        for end, article in (
            ("l", "il"),
            ("llo", "lo"),
            ("lla", "la"),
            ("ll'", "l'"),
            ("ll’", "l'"),
            ("i", "i"),
            ("gli", "gli"),
            ("lle", "le"),
        )
    },  # fmt: skip
    "pt": {
        f"{p}{end}": article
        for p, ends in (("d", "oa"), ("n", "oa"), ("pel", "oa"))
        for e in ends
        for end, article in ((e, e), (e + "s", e + "s"))
    }
    | {"ao": "o", "aos": "os", "à": "a", "às": "as"},
}
_LAST = re.compile(r"(\w+['’]?)\s*$")


def article_in(language: str, preposition: str) -> str | None:
    """The article the preposition (or locution) ending `preposition` took in ("después del"
    -> "el", "a seguito dell'" -> "l'"), None when it holds none."""
    m = _LAST.search(preposition)
    return None if m is None else _ARTICLES.get(language, {}).get(m.group(1).lower())


def with_article(language: str, preposition: str, noun: str) -> str:
    """`noun` after `preposition`, with the article the preposition took in before it."""
    article = article_in(language, preposition)
    if article is None:
        return noun
    return f"{article}{noun}" if article.endswith("'") else f"{article} {noun}"


def contractions(language: str) -> tuple[str, ...]:
    """The language's prepositions that hold an article ("del", "ai", "aux", "do")."""
    return tuple(_ARTICLES.get(language, {}))
