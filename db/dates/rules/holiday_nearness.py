"""A named holiday only days ahead of the publication date is the coming one unless its clause
is told in the past: news in the days before a holiday speaks of that one ("tutto esaurito per
Ognissanti", "les bouchons de la Toussaint", written a week before), while the one a year gone
by is told as past ("à la Toussaint, la foule était venue"). `locales_holidays` asks it.
"""

from __future__ import annotations

import datetime as dt

_SOON = dt.timedelta(days=14)  # how near ahead a holiday is spoken of as the coming one


def coming_soon(day: dt.date, dct: dt.date) -> bool:
    """Whether the holiday's next `day` is a fortnight or less after the publication date."""
    return dct < day <= dct + _SOON
