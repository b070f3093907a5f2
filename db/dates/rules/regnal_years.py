"""Regnal years: "in the third year of his reign", "the first year of their reign" (or "rule").
The reign's first year is the year of the last accession the text told before ("came to the
throne on 6 February 1685", "became emperor on 1 August 527", "were crowned on 11 April", "became
Louis XIV", "proclaimed himself emperor", "took the county by marriage in 1104"), and the n-th
year of the reign is written as the calendar year it begins in (first year + n - 1; a reign from
336 BC has its tenth year in 327 BC). Without an accession in the text the expression is kept,
on no calendar.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import ORDINALS
from ..story_years import bc_stand_in
from .table import Ctx, Groups, Res, make, rule

_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty"  # "the thirty-ninth year of his reign"
# "the tenth year of", "the thirty-ninth year of": what a reign's year opens with (`regnal_ordinal`)
ORDINAL_YEAR_OF = (
    rf"(?:(?i:the)\s+)?(?:(?P<tens>(?i:{_TENS}))[-\s])?"
    rf"(?P<ord>(?i:{_ORDINAL_WORDS})|\d{{1,2}}(?:st|nd|rd|th))\s+(?i:year)\s+(?i:of)\s+"
)
ORDINAL_YEAR_STARTS = "the #digit twenty thirty forty fifty sixty " + " ".join(ORDINALS)

# An accession: what starts a reign.
_ACCESSION = re.compile(
    r"(?i)\b(?:came\s+to\s+the\s+throne|took\s+the\s+throne|ascended(?:\s+the\s+throne)?|"
    r"acceded|succeeded|(?:was|were)\s+crowned|accepted\s+the\s+crown|"
    r"(?:began|started)\s+(?:his|her|their)\s+reign|"
    r"(?:reign|rule),?\s+which\s+(?:began|started)|"  # "King Osric's reign, which began in 1341"
    r"became\s+(?:the\s+)?(?:sole\s+|new\s+)?(?:king|queen|emperor|empress|pope|sultan|tsar|"
    r"czar|shah|caliph|pharaoh|monarch|ruler|khan)|"
    r"became\s+(?-i:[A-Z][a-z]+\s+[IVX]+)(?![\w.])|"  # "became Henry VIII": a regnal name
    r"(?:(?:was|were)\s+proclaimed|proclaimed\s+(?:himself|herself))\s+"
    r"(?:king|queen|emperor|empress|sultan|tsar|czar)|"
    # a realm taken ("took the county by marriage in 1104", "inherited the duchy")
    r"(?:took|inherited|seized|won|gained)\s+(?:the\s+)?(?:throne|crown|county|duchy|kingdom|"
    r"earldom|principality|realm|empire|sultanate|emirate|khanate)|came\s+to\s+power)\b"
)
# A year in the accession's sentence: four digits, or three after a month or "in" ("on 1
# August 527", "in 527"); a dual year's later half ("1688/89").
_YEAR = re.compile(
    r"(?<![\d,.$£€])\b(?P<y>1\d{3}|20\d{2}|(?<=[a-z] )[1-9]\d{2})(?:/(?P<y2>\d{1,2}))?\b"
    r"(?![\d,.]\d|\s*(?:BC|B\.C|BCE))"
)
# a BC year there: its reign's years run on the story's stand-in years (`story_years`)
_BC_YEAR = re.compile(r"(?<![\d,.])\b(?P<y>\d{1,4})\s*(?:BCE|BC|B\.C\.)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“‘'(])")
_REACH = 3000  # characters back an accession may be told
_BEGAN_AFTER = re.compile(r",?\s+which\s+(?:began|started)\b[^.;,]{0,40}?\b(?P<y>1\d{3}|20\d\d)\b")


@rule(
    "regnal_year",
    ORDINAL_YEAR_OF + r"(?P<who>(?i:his|her|their|the|its)|(?:[A-Z]\w+\s+){0,2}[A-Z]\w+['’]s)"
    r"\s+(?i:reign|rule)(?!\w)",
    starts=ORDINAL_YEAR_STARTS,
)
def _regnal_year(g: Groups, c: Ctx) -> Res | None:
    n = regnal_ordinal(g)
    if n is None:
        return None
    named = g.req("who")[-2:] in ("'s", "’s")  # "King Osric's": `named_reigns` knows some
    return _nth_year(n, c) or (None if named else Res("DATE", "XXXX"))


# A reign's years counted once ("the seventh year of his reign") are counted on without the
# reign: "she died in the twenty-second year", "in his thirty-third year he crossed the river".
_COUNTED = re.compile(r"(?i)\byear\s+of\s+(?:his|her|their|the|its)\s+(?:reign|rule)\b")


@rule(
    "regnal_year_on",
    rf"(?P<det>(?i:the|his|her|their))\s+(?:(?P<tens>(?i:{_TENS}))[-\s])?"
    rf"(?P<ord>(?i:{_ORDINAL_WORDS})|\d{{1,2}}(?:st|nd|rd|th))\s+(?i:year)(?![\w-])"
    r"(?!\s+(?i:of|old|since|after|before|in|at|to|from|running|student)\b)",
    starts="the his her their",
)
def _regnal_year_on(g: Groups, c: Ctx) -> Res | None:
    """ "the twenty-second year", "his thirty-third year" after a regnal year was counted (an
    age or a school's year is none where the text counted no year of a reign)."""
    n = regnal_ordinal(g)
    if n is None or not _COUNTED.search(c.text, max(0, c.begin - _REACH), c.begin):
        return None
    return _nth_year(n, c)


def regnal_ordinal(g: Groups) -> int | None:
    """The year of a reign the `ord` (and `tens`) groups count: "tenth", "twenty-second"."""
    o = g.lower("ord")
    n = int(o[:-2]) if o[0].isdigit() else ORDINALS.get(o)
    if not n or (g["tens"] and not (o[0].isalpha() and n < 10)):
        return None
    if g["tens"]:
        n += 10 * ("twenty thirty forty fifty sixty".split().index(g.lower("tens")) + 2)
    return n


def _nth_year(n: int, c: Ctx) -> Res | None:
    """The n-th year of the reign begun at the last accession told (None: none told), or at the
    start the words after it give ("..., which began at Michaelmas 1341,")."""
    began = _BEGAN_AFTER.match(c.after())
    first = int(began["y"]) if began else _accession_year(c)
    if first is None:
        return None
    if first < 0:  # a reign from a BC year: its n-th year counted down, on the story's stand-in
        year = -first - n + 1
        if year < 1:
            return Res("DATE", "XXXX")
        return Res("DATE", f"BC{year:04d}", bc_stand_in(year), None, explicit_year=True)
    return make((dt.date(first + n - 1, 1, 1), "year"), explicit_year=True)


def _accession_year(c: Ctx) -> int | None:
    """The year of the last accession told before the match: a year in its sentence (a BC one
    as its negative), else (an accession in this sentence or the one before) the year of the
    text's last dated point."""
    lo = max(0, c.begin - _REACH)
    found = None
    for found in _ACCESSION.finditer(c.text, lo, c.begin):  # noqa: B007 (the last one)
        continue
    if found is None:
        return None
    start = lo
    for end in _SENTENCE_END.finditer(c.text, lo, found.start()):
        start = end.end()
    stop = _SENTENCE_END.search(c.text, found.end(), c.begin)
    sentence_end = stop.end() if stop else c.begin
    years = [
        int(m["y"]) + (1 if m["y2"] else 0) for m in _YEAR.finditer(c.text, start, sentence_end)
    ]
    if years:
        return years[0]
    bc = _BC_YEAR.search(c.text, start, sentence_end)
    if bc is not None:  # "came to the throne in 336 BC": negative, as `_regnal_year` reads it
        return -int(bc["y"])
    told_just_before = len(_SENTENCE_END.findall(c.text, found.end(), c.begin)) <= 1
    if told_just_before and c.ref is not None:
        return c.ref[0].year
    return None


def told_accession_of(c: Ctx, name: str) -> int | None:
    """The year of the last accession told of `name` before the match, in a sentence that names
    them and a year ("Maud became queen in 1340" for "the third year of Queen Maud"), else
    None. A BC year is not read here."""
    lo = max(0, c.begin - _REACH)
    named = re.compile(rf"\b{re.escape(name)}\b")
    told = None
    for found in _ACCESSION.finditer(c.text, lo, c.begin):
        start = lo
        for end in _SENTENCE_END.finditer(c.text, lo, found.start()):
            start = end.end()
        stop = _SENTENCE_END.search(c.text, found.end(), c.begin)
        sentence = c.text[start : stop.end() if stop else c.begin]
        year = _YEAR.search(sentence)
        if named.search(sentence) and year is not None:
            told = int(year["y"]) + (1 if year["y2"] else 0)
    return told
