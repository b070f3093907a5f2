"""Annals and chronicles headed by their year: "1349. This year the pestilence came ...",
"1066: Harold was crowned ...". A number of three or four digits that opens a paragraph, with
a full stop or a colon after it and a capitalised word (or a quotation) next, heads the entry
as its year (`annals`, where two paragraphs or more open so): the story's year for the entry's
"At Candlemas" and "In October". A numbered list ("12. Add the flour") has short numbers; a
count opening a paragraph has its noun after it ("1200 men ..."), not a full stop.
"""

from __future__ import annotations

import datetime as dt

from ..annals import entry_year
from .table import Ctx, Groups, Res, make, rule


@rule(
    "annal_year",
    r"(?P<y>[1-9]\d{2,3})(?=[.:,][^\S\n]+[A-Z'‘\"“])",
    starts="#digit",
)
def _annal_year(g: Groups, c: Ctx) -> Res | None:
    if c.text[c.text.rfind("\n", 0, c.begin) + 1 : c.begin].strip():
        return None  # not the paragraph's first word
    year = entry_year(c.text, c.end)
    if year is None:
        return None
    return make((dt.date(year, 1, 1), "year"), explicit_year=True)
