""" "'We march at four in the morning,' he writes": an hour "in the morning" a speaker or a
writer tells as still to come is the next morning's, as the words are said or written by day or
on the eve; "this morning" would name the morning they are in. Only inside a quotation (an
opening mark before the hour in its sentence, not closed before it) and in the present or the
future ("we march", "we shall sail"); told in the past ("we marched at four in the morning")
the morning is the day's own. (`quoted_asides.planned_in_quote` keeps such a time to come from
moving the story's time.)"""

from __future__ import annotations

from ..quoted_asides import in_short_quote
from ..tense import FUTURE, PRESENT
from .table import Ctx


def next_morning(c: Ctx) -> bool:
    """Whether an hour "in the morning" at the match is the next morning, told as to come in a
    quotation."""
    return in_short_quote(c.text, c.sent_begin, c.begin) and c.tense() in (PRESENT, FUTURE)
