""" "born around 1412,", "built ... around 1700.", "settled from about 870,", "c. 1150": a year
given as an approximation. A number after "about" or "around" is far more often an amount ("killed
about 1500.", "rose from about 150, ..."), so it is a year only where the clause ends right after
it and what comes before cannot take an amount: a time's opening word ("from about 870,", "in
around 1412."), or a noun or name rather than a verb or a count's word ("born in Domrémy around
1412,", "his first instrument around 1700."). A dated thing's "of" ("a charter of about
1180,", "a portrait of around 1620.") opens a year as well. A year under 1000 needs the opening
word or a text already told in a year long past. The TIMEX3 is the number alone, as for "in 1412".
"""

from __future__ import annotations

import datetime as dt
import re

from .anchoring import HISTORY_YEARS
from .table import Ctx, Groups, Res, make, rule

_APPROX = ("about", "around", "circa", "c\\.", "ca\\.")
_AFTER_APPROX = "(?:" + "|".join(rf"(?<=\b(?i:{w}) )" for w in _APPROX) + ")"
# the approximating word and the one before it: "from about", "Domrémy around"
_BEFORE = re.compile(
    r"(?i)(?:^|(?P<word>[\w'’]+)[\s,]*)\b(?P<approx>about|around|circa|c\.|ca\.)\s+$"
)
_CLAUSE_END = re.compile(r"\s*(?:[,;:]|\.(?!\d)|$)")
# a change of an amount: "rose from about 150,", "cut from around 900,"
_CHANGE = re.compile(
    r"(?i)\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|declined|dropped|reduced|"
    r"cut|shrank|climbed|gained|lost|raised|lowered|up|down|prices?|rates?|numbers?)\b"
)
# a birth or death, then its place: "born around 1412 in Domremy", "died c. 1562 at Ulm"
_LIFE_VERBS = {"born", "died", "baptised", "baptized", "buried"}
_PLACE = re.compile(r"\s+(?:in|at|near)\s+[A-Z]")
_OPENERS = {"in", "from", "since", "until", "till", "by", "before", "after"}
# a thing made, then its maker or the next item: "written about 1120 by Osbert", "built about
# 1350 and", "dated about 1190," ("printed about 1500 copies" is an amount: a noun follows)
# (not "printed", "made", "copied": "printed about 1500 and sold most" is an amount)
_MADE_VERBS = {
    "written", "built", "painted", "composed", "founded", "dated", "carved", "erected",
    "rebuilt", "begun", "compiled", "engraved",
}  # fmt: skip
_MAKER = re.compile(r"\s+(?:by|and|for|in|at|under)\s")
# words that take an amount: "killed about 1500.", "a crowd of around 1400,", "cost about 1200."
_TAKES_AMOUNT = {
    "of", "to", "at", "for", "with", "than", "by", "some", "only", "just", "was", "were", "is",
    "are", "be", "been", "being", "had", "has", "have", "numbered", "number", "numbers", "cost",
    "costs", "paid", "total", "totalled", "totaled", "reached", "employed", "employs", "holds",
    "held", "seats", "seated", "killed", "rose", "fell", "grew", "population", "crowd",
}  # fmt: skip


# a dated thing "of about" a year: "a charter of about 1180,", "a portrait of c. 1620." (an
# amount's noun is a count or a crowd: "a crowd of about 1400.")
_DATED_THING = re.compile(
    r"(?i)\b(?:charter|deed|grant|map|survey|will|lease|letter|manuscript|inscription|portrait|"
    r"painting|drawing|engraving|photograph|sketch|plan|document|chronicle|tomb|effigy|brass|"
    r"font|window)s?\s+of\s+(?:about|around|circa|c\.|ca\.)\s+$"
)


@rule("about_year", rf"{_AFTER_APPROX}(?P<y>[1-9]\d{{2,3}})(?![\d.,]\d|[%-])", starts="#digit")
def _about_year(g: Groups, c: Ctx) -> Res | None:
    year = int(g.req("y"))
    before = _BEFORE.search(c.before())
    if before is None:
        return None
    word = (before.group("word") or "").lower()
    made = word in _MADE_VERBS and bool(_MAKER.match(c.after()) or _CLAUSE_END.match(c.after()))
    if not (_CLAUSE_END.match(c.text, c.end, c.sent_end) or made) and not (
        word in _LIFE_VERBS and _PLACE.match(c.after())
    ):
        return None  # "born around 1412 in Domremy": a life's year, then where
    if c.dct is not None and year > c.dct.year + 1:
        return None
    opened = word in _OPENERS
    if year < 1000 and not (_told_long_ago(c) or (opened and not _CHANGE.search(c.before()))):
        return None  # "rose from about 150, then fell"
    loose = before.group("approx").lower() in ("circa", "c.", "ca.")
    if word == "of" and year >= 1000 and _DATED_THING.search(c.before()):
        loose = True  # "named in a charter of about 1180,": the charter's year
    if not (opened or loose or made) and (
        not word or word in _TAKES_AMOUNT or word.endswith("ed") or word.isdigit()
    ):
        return None
    return make((dt.date(year, 1, 1), "year"), explicit_year=True)


def _told_long_ago(c: Ctx) -> bool:
    """Whether the text's last dated point is a year long past (or a BC year's stand-in)."""
    if c.ref is None:
        return False
    year = c.ref[0].year
    return year < 1000 or (c.dct is not None and year <= c.dct.year - HISTORY_YEARS)
