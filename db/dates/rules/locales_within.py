"""A span counted forward from the publication date where German and Portuguese open it with a
word that says "from now": "binnen drei Wochen", "dentro de duas semanas", "daqui a três dias"
are that many days, weeks, months or years after it, at that unit's precision.

CLDR's own future patterns in these languages open with the plain "in" / "em", which also says
how long something took ("in drei Tagen gebaut"), so `locales_ahead` leaves them out; here the
same patterns (and so the same units and counts) take the unambiguous opener instead.
"""

from __future__ import annotations

import re

from .locales import _alternation, _first_words
from .locales_ago import _ABOUT, _ago, _patterns
from .locales_offset import _numbers
from .table import Rule

# the opening words that make CLDR's "in {0} Wochen" / "em {0} semanas" a time from now
_OPENERS = {"de": ("binnen",), "pt": ("dentro de", "daqui a")}


def _regex(lang: str) -> str:
    numbers = _alternation(set(_numbers(lang)))
    about = "".join("|" + re.escape(k).replace(r"\ ", r"\s+") for k in _ABOUT.get(lang, {}))
    count = rf"(?P<num>\d{{1,3}}|{numbers}{about})"
    opener = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in _OPENERS[lang])
    alternatives = []
    # the groups numbered as `locales_ago._ago` reads them (one a CLDR pattern, in its order)
    for i, pattern in enumerate(_patterns(lang, "future")):
        tail = re.escape(pattern.split("{0}", 1)[1]).replace(r"\ ", r"\s+")
        alternatives.append(rf"(?P<p{i}>(?:{opener})\s+{count.replace('num', f'n{i}')}{tail})")
    return rf"(?i:{'|'.join(alternatives)})(?![\w'’])"


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for "binnen drei Wochen" and the like."""
    if lang not in _OPENERS:
        return []
    return [
        Rule(
            f"{lang}_within",
            _regex(lang),
            lambda g, c: _ago(lang, g, c, "future"),
            _first_words(o.split()[0] for o in _OPENERS[lang]),
        )
    ]
