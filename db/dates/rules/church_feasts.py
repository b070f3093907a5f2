""" "the feast of the Exaltation of the Cross", "St George's Day", "at midsummer": the fixed
feasts of the church year that date chronicles and older histories, beyond the few named
holidays (`holidays`: Candlemas, Michaelmas, All Saints' Day). A feast without its year takes
the year the story is told in, as a holiday does; a saint's Eve is the day before the feast,
its morrow the day after, and a chronicle's "in the year 1263" after a feast is its year.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import YEAR, year_of
from .holidays import _yearless
from .table import Ctx, Groups, Res, make, rule

_ST = r"(?:St\.?|Saint)\s+"
# (the words of a feast after "the feast of", a regex; its month and day)
_FEASTS: list[tuple[str, int, int]] = [
    (r"(?:the\s+)?Circumcision", 1, 1),
    (rf"(?:the\s+)?Conversion\s+of\s+{_ST}Paul", 1, 25),
    (
        r"(?:the\s+)?Purification(?:\s+of\s+(?:the\s+)?(?:Blessed\s+)?(?:Virgin|Our\s+Lady|Mary)(?:\s+Mary)?)?",
        2,
        2,
    ),
    (r"(?:the\s+)?Annunciation", 3, 25),
    (rf"{_ST}George", 4, 23),
    (
        rf"(?:the\s+)?Nativity\s+of\s+{_ST}John(?:\s+the\s+Baptist)?|{_ST}John\s+the\s+Baptist",
        6,
        24,
    ),
    (rf"{_ST}Peter\s+and\s+(?:{_ST})?Paul", 6, 29),
    (rf"{_ST}Swith[iu]n", 7, 15),
    (rf"{_ST}Mary\s+Magdalene?", 7, 22),
    (rf"{_ST}James", 7, 25),
    (r"Lammas", 8, 1),
    (rf"{_ST}La[wu]rence", 8, 10),
    (
        r"(?:the\s+)?Assumption(?:\s+of\s+(?:the\s+)?(?:Blessed\s+)?(?:Virgin|Our\s+Lady|Mary)(?:\s+Mary)?)?",
        8,
        15,
    ),
    (rf"{_ST}Bartholomew", 8, 24),
    (
        r"(?:the\s+)?Nativity\s+of\s+(?:the\s+)?(?:Blessed\s+)?(?:Virgin|Our\s+Lady|Mary)(?:\s+Mary)?",
        9,
        8,
    ),
    (r"(?:the\s+)?(?:Exaltation\s+of\s+the\s+(?:Holy\s+)?Cross|Holy\s+Cross)", 9, 14),
    (rf"{_ST}Matthew", 9, 21),
    (rf"{_ST}Michael(?:\s+and\s+All\s+Angels)?", 9, 29),
    (rf"{_ST}Luke", 10, 18),
    (rf"{_ST}Martin", 11, 11),
    (rf"{_ST}Andrew", 11, 30),
    (rf"{_ST}Lucy", 12, 13),
    (rf"{_ST}Thomas(?:\s+the\s+Apostle)?", 12, 21),
    (rf"{_ST}Stephen", 12, 26),
    (r"(?:the\s+)?Holy\s+Innocents", 12, 28),
]
_NAMES = "|".join(f"(?P<f{i}>{pattern})" for i, (pattern, _, _) in enumerate(_FEASTS))
# a saint's name alone is a day only with "Day": "St George's Day", not "St George"
_DAY_NAMES = "|".join(
    f"(?P<d{i}>{pattern})"
    for i, (pattern, _, _) in enumerate(_FEASTS)
    if pattern.startswith("(?:St")
)

_DAY_GROUPS = {f"d{i}" for i, (p, _, _) in enumerate(_FEASTS) if p.startswith("(?:St")}


@rule(
    "church_feast",
    rf"(?:(?:(?i:the)\s+)?(?:(?i:feast)(?:\s+(?i:day))?|(?P<vigil>(?i:vigil|eve))|(?P<morrow>(?i:morrow)))\s+(?i:of)"
    rf"\s+(?:{_NAMES})"
    rf"|(?:{_DAY_NAMES})['’]s?\s+(?:(?i:Day)|(?P<eve>Eve)))"
    rf"(?:(?:,?\s+|\s+(?i:in\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?))(?P<y>{YEAR}))?",
    starts="the feast morrow st st. saint",
)
def _church_feast(g: Groups, c: Ctx) -> Res | None:
    month, day = next(
        (m, d)
        for i, (_, m, d) in enumerate(_FEASTS)
        if g[f"f{i}"] or (f"d{i}" in _DAY_GROUPS and g[f"d{i}"])
    )
    if g["eve"] or g["vigil"]:  # "St Bartholomew's Eve", "the vigil of St James": the day before
        before = dt.date(2001, month, day) - dt.timedelta(days=1)
        month, day = before.month, before.day
    elif g["morrow"]:  # "the morrow of St Andrew": the day after, as the old records count
        after = dt.date(2001, month, day) + dt.timedelta(days=1)
        month, day = after.month, after.day
    return _on(month, day, g["y"], c)


# "at midsummer", "by midsummer": Midsummer Day, the quarter day; not "a midsummer night"
_MIDSUMMER_BEFORE = re.compile(r"(?i)\b(?:at|by|until|till|before|after|from|since)\s+$")


@rule(
    "midsummer",
    rf"(?i:midsummer)(?![\w'’-])(?:,?\s+(?P<y>{YEAR}))?",
    starts="midsummer",
)
def _midsummer(g: Groups, c: Ctx) -> Res | None:
    if not _MIDSUMMER_BEFORE.search(c.before()):
        return None
    return _on(6, 24, g["y"], c)


# "before Lammas", "at Lammas" (1 August, the loaf-mass of the first wheat), as midsummer is
# read; "Lammas Day" with or without a word before it
@rule(
    "lammas",
    rf"(?i:lammas)(?P<day>\s+(?i:day))?(?![\w'’-])(?:,?\s+(?P<y>{YEAR}))?",
    starts="lammas",
)
def _lammas(g: Groups, c: Ctx) -> Res | None:
    if not g["day"] and not _MIDSUMMER_BEFORE.search(c.before()):
        return None
    return _on(8, 1, g["y"], c)


def _on(month: int, day: int, year: str | None, c: Ctx) -> Res:
    def when(y: int) -> dt.date:
        return dt.date(y, month, day)

    if year:
        return make((when(year_of(year)), "day"), explicit_year=True)
    if c.dct is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    return _yearless("", c, c.dct, when, "day")
