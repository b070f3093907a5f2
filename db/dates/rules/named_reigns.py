"""A regnal year named by its ruler: "in the tenth year of King Edward", "the third year of
Elizabeth", "the fifth year of the reign of Henry the Second", "the 12th year of Charles II's
reign". The reign is found in a small table of well-known reigns (`db/dates/reigns.py`): by
the name, the regnal number and the title where the text gives them, else by the year the text is
told in (Edward II's tenth year in a story of 1316, not Edward I's); a bare name only where the
text is told within that reign. The n-th year is written, as `regnal_years` writes it, as the
calendar year it begins in (first year + n - 1). A reign the table lacks, or words that fit two,
stay a regnal year on no calendar ("XXXX")."""

from __future__ import annotations

import datetime as dt

from ..reigns import NAMES, reign_of
from .regnal_years import ORDINAL_YEAR_OF, ORDINAL_YEAR_STARTS, regnal_ordinal, told_accession_of
from .table import Ctx, Groups, Res, make, rule

_NAMES = "|".join(sorted(NAMES, key=len, reverse=True))
# "Henry the Second": the regnal number in words
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth".split(),
        start=1,
    )
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


@rule(
    "named_reign_year",
    ORDINAL_YEAR_OF + r"(?P<of_reign>(?i:the)\s+(?i:reign|pontificate)\s+(?i:of)\s+"
    r"(?:(?i:our)\s+(?:(?i:sovereign)\s+)?(?i:lord|lady)\s+)?)?"  # a statute's "our Sovereign Lord"
    r"(?:(?P<title>King|Queen|Emperor|Empress|Tsar|Czar|Pope)\s+)?"
    rf"(?P<name>{_NAMES}|[A-Z][a-z]{{2,}})"
    r"(?:\s+(?P<roman>[IVXL]{1,5})(?!\w)|\s+the\s+(?P<words>"
    + "|".join(w.capitalize() for w in _NUMBER_WORDS)
    + r")\b)?"
    r"(?P<reign>['’]s\s+(?i:reign|pontificate))?(?![\w'’])",
    starts=ORDINAL_YEAR_STARTS,
)
def _named_reign_year(g: Groups, c: Ctx) -> Res | None:
    n = regnal_ordinal(g)
    if n is None:
        return None
    number = g["roman"] or ""
    if g["words"]:
        number = _roman(_NUMBER_WORDS[g.lower("words")])
    if number and _roman(_value(number)) != number:
        return None  # "IIII", "VX": no regnal number
    name = g.req("name")
    told = told_accession_of(c, name) if not number else None
    if told is not None:  # "Maud became queen in 1340. ... the third year of Queen Maud"
        c.basis = "ref"
        return make((dt.date(told + n - 1, 1, 1), "year"))
    reference = c.ref[0].year if c.ref is not None else None
    reign = reign_of(name, number, g["title"] or "", n, reference) if name in NAMES else None
    if reign is None:  # a titled ruler's is still a regnal year ("the second year of John" may
        regnal = g["title"] or g["reign"] or g["of_reign"]  # be a pupil's)
        return Res("DATE", "XXXX") if regnal and name in NAMES else None
    c.basis = "ref" if not (g["title"] and number) else None
    return make((dt.date(reign.first + n - 1, 1, 1), "year"))


def _value(roman: str) -> int:
    total = 0
    for a, b in zip(roman, roman[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def _roman(n: int) -> str:
    out = ""
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out
