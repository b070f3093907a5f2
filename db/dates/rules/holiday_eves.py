"""What the words around a named holiday make of its day (`locales_holidays`):

- its eve: "la veille de Noël", "la víspera de Navidad", "la vigilia di Ferragosto", "a véspera
  do Ano Novo", "am Vorabend von Allerheiligen" are the day before the holiday;
- a night's holiday names its happenings: the chimes, fireworks, dinner or party "of New Year's
  Eve" or "of Christmas Eve" ("las campanadas de Nochevieja", "a queima de fogos do Réveillon",
  "il cenone della Vigilia") take place that night, where the thing "of" another holiday may be
  a kind with a date of its own ("il concerto di Capodanno" held in February, "le marché de
  Noël" open for weeks);
- a saint's holiday after "St." or "Sankt" is the saint, a church's or a parish's name ("die
  Pfarrei St. Silvester", "Sankt Silvester").
"""

from __future__ import annotations

import re

# "eve of" before the holiday's name: the day before it
_EVE = re.compile(
    r"(?i)(?:^|[^\w'’])(?:v[íi]spera|veille|vigilia|v[ée]spera|vorabend)\s+"
    r"(?:de|del|de\s+la|du|di|della|dello|do|da|dos|von|vom|des)\s*$"
)
# the days whose holiday is a night's: Christmas Eve and New Year's Eve
_NIGHTS = frozenset({(12, 24), (12, 31)})
# a saint's title before the name: the saint, not the day
_SAINT = re.compile(r"(?:^|[^\w'’])(?:St\.|Sankt)\s*$")


def eve_of(before: str) -> bool:
    """Whether the holiday's name follows "eve of" (the text `before` it)."""
    return _EVE.search(before[-40:]) is not None


def a_nights_holiday(month: int, day: int) -> bool:
    """Whether the holiday on `month`/`day` is a night's (Christmas Eve, New Year's Eve): what
    is named after it happens on it."""
    return (month, day) in _NIGHTS


def after_saints_title(before: str) -> bool:
    """Whether the holiday's name follows "St." or "Sankt": a saint's name ("St. Silvester")."""
    return _SAINT.search(before[-12:]) is not None
