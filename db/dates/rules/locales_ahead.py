"""A span of time counted forward from the publication date in Spanish, French and Italian:
"dentro de dos semanas", "dans trois jours", "tra due settimane" are that many days, weeks,
months or years after it, at that unit's precision (CLDR's future relative-time patterns, as
`locales_ago` reads its past ones).

Only where CLDR's pattern opens with a word that says "from now": German's "in drei Tagen" and
Portuguese's "em três dias" open with the plain preposition that also says how long something
took ("in drei Tagen gebaut"), and are left out.
"""

from __future__ import annotations

import re

from .locales import _first_words
from .locales_ago import _ago, _patterns, _regex
from .locales_offset import _numbers
from .table import DIGIT, Rule

_LANGUAGES = ("es", "fr", "it")


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for spans counted forward from the DCT."""
    if lang not in _LANGUAGES:
        return []
    firsts = {re.split(r"\s", p, maxsplit=1)[0] for p in _patterns(lang, "future")}
    triggers = _first_words(firsts - {"{0}"}) | (
        {DIGIT} | _first_words(_numbers(lang)) if "{0}" in firsts else set()
    )
    return [
        Rule(
            f"{lang}_ahead",
            _regex(lang, "future"),
            lambda g, c: _ago(lang, g, c, "future"),
            frozenset(triggers),
        )
    ]
