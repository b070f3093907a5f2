"""Years 100-999 without an era, as histories of the first millennium write them: "In 793
raiders came ashore", "by 870 it had fallen", "from 711 until 1147", "1 November 866", "January
878", "the autumn of 865". A bare three-digit number is far more often an amount ("in 300
ships", "rose by 150"), so it is a year only after a word that opens a time ("in", "by", "from",
"until" ...) and before one that cannot follow an amount (a comma, "the", "he", "when"); the
looser "In 793 raiders ..." opening a sentence, and any mid-sentence one only in a text already
told in a year long past (`_history`), in a range, or at a clause's end after "in", "since",
"until" ("became king in 768, sharing ..."). After a month or a day and month the number is a year
unless a count noun follows ("On 3 May 300 workers walked out").
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import DAY, MONTH, SEASON_FIRST_MONTH, SEASONS, WEEKDAY
from ..tense import PAST
from .anchoring import HISTORY_YEARS
from .common import _date, _day, _month
from .happening_years import happening_of
from .table import Ctx, Groups, Res, make, rule
from .triggers import EARLY_YEAR_OPENERS

EARLY = r"[1-9]\d{2}"  # 100-999: years under 100 need their era ("AD 14")
_NOT_AMOUNT = r"(?![\d/]|[.,:]\d|\s*(?:%|[-–]\s*[a-z]))"

# What may follow a year and not an amount: a clause's end, a range's other end, or a word that
# cannot follow a number of things ("in 875 they carried", "by 870 it had killed").
_YEAR_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)"
    r"|\s*(?:[-–]|to|until|till|and)\s*(?:[1-9]\d{2,3}|AD|A\.D\.)\b"
    r"|\s+(?i:the|a|an|he|she|it|they|we|his|her|its|their|this|these|those|there|when|while|"
    r"after|before|until|as|at|on|in|with|under|during|where|its|king|queen|emperor|pope|"
    r"bishop|abbot)\b"
    r"|\s+(?i:and|but|or)\b(?!\s+\d)"  # "in 558 and had been rebuilt"; not "in 300 and 400 ships"
    r"|\s+[A-Z][a-z]+\s+(?:[a-z]+ed|was|were|had|became|took|fell|came|made|gave|won|lost|"
    r"died)\b"
)
# Where a sentence opens with one ("In 793 raiders from Norway came ashore"), the number is a
# year unless a count's noun or its comma follows ("In 300 homes, the water ...").
_COUNT_AFTER = re.compile(
    r"\s+(?i:of|per|percent|more|other|additional|out|seconds?|minutes?|hours?|days?|nights?|"
    r"weeks?|months?|years?|decades?|centuries|century|miles?|km|metres?|meters?|feet|times|"
    r"million|thousand|hundred|cases|countries|states|cities|towns|villages|homes|houses|"
    r"schools|hospitals|districts|places|patients|games|matches|people|of)\b"
    r"|\s+[^\s,.;:]+(?:\s+[^\s,.;:]+){0,2},"
)
# a year of its own right after: "from 211 in 1868", "by 40 in 1903"
_AT_A_YEAR = re.compile(r"\s+(?:in|by)\s+1\d{3}\b")
_RANGE_AFTER = re.compile(r"\s*(?:[-–]|to|until|till)\s*(?:[1-9]\d{2,3})(?![\d,.]\d|\s+[a-z]+s\b)")
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
_AND_YEAR = re.compile(r"\s+and\s+[1-9]\d{2,3}(?![\d,.]\d|\s+[a-z]+s\b)")
_OPENS = re.compile(
    r"(?i)\b(?:in|by|from|until|till|since|before|after|circa|c\.|between)"
    r"(?:\s+(?:about|around))?\s+$"
)
# a clause ends right after it: "became king in 768, sharing ...", "Rome fell in 476."
_CLAUSE_END_AFTER = re.compile(r"\s*[,.;:](?!\d)")
_TIME_IN = re.compile(r"(?i)\b(?:in|since|until|till|before|after)(?:\s+(?:about|around))?\s+$")
_SENTENCE_OPENS = re.compile(r"^\W*(?:In|By|From|After|Before|Until|Around)\s+$")

# a range's other end: "from 711 until 1147", "between 780 and 790"
_RANGE_END = re.compile(
    r"(?i)\b(?:from|between)\s+(?:[1-9]\d{2,3})\s*(?:[-–]|to|until|till|and)\s*$"
)
# "rose by 150", "cut by 300": a change, not a deadline
_CHANGE_BY = re.compile(
    r"(?i)\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|declined|dropped|reduced|"
    r"cut|shrank|shrunk|climbed|gained|lost|won|beaten|outnumbered|exceeded|raised|lowered|up|"
    r"down|expanded|extended|more|less|higher|lower|beat|led|trailed|missed)\s+by\s+$"
)


def _history(c: Ctx) -> bool:
    """Whether the text is told in a year long past: its last dated point is at least
    `HISTORY_YEARS` before the DCT, or under 1000 (a BC year's stand-in, `story_years`)."""
    if c.ref is None:
        return False
    year = c.ref[0].year
    return year < 1000 or (c.dct is not None and year <= c.dct.year - HISTORY_YEARS)


# only where the engine's trigger looks (`triggers.DIGIT_FOLLOWERS`): after an opening word
_AFTER_OPENER = "(?:" + "|".join(rf"(?<=\b(?i:{w}) )" for w in EARLY_YEAR_OPENERS) + ")"


@rule("early_year", rf"{_AFTER_OPENER}(?P<y>{EARLY}){_NOT_AMOUNT}", starts="#digit")
def _early_year(g: Groups, c: Ctx) -> Res | None:
    before = c.before()
    if happening_of(before):  # "the council of 451 condemned": a year only after a happening
        if _COUNT_AFTER.match(c.text, c.end, c.sent_end) or _counted(c):
            return None  # "the council of 318 bishops"
        return make((dt.date(int(g.req("y")), 1, 1), "year"), explicit_year=True)
    if _RANGE_END.search(before):
        pass  # the other end of a range of years
    elif not _OPENS.search(before) or _CHANGE_BY.search(before):
        return None
    after = c.text[c.end : c.sent_end]
    if _AT_A_YEAR.match(after):
        return None  # "rose from 211 in 1868 to 540": a figure of a year, not one
    opening = bool(_SENTENCE_OPENS.match(before))
    ranged = bool(_RANGE_END.search(before) or _RANGE_AFTER.match(after))
    ranged = ranged or bool(_BETWEEN.search(before) and _AND_YEAR.match(after))
    # "In 793 raiders from Norway came ashore": a noun after it, then a past verb
    loose = not _COUNT_AFTER.match(after) and (_YEAR_AFTER.match(after) or c.tense() == PAST)
    if not (opening and loose):
        ends = bool(_TIME_IN.search(before) and _CLAUSE_END_AFTER.match(after))
        told = opening or ranged or ends or _history(c)
        if not (_YEAR_AFTER.match(after) and told):
            return None
    return make((dt.date(int(g.req("y")), 1, 1), "year"), explicit_year=True)


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_COUNT_NOUNS = {"people", "men", "women", "children", "of", "more", "new", "per", "percent"}
_NOT_NOUNS = {"was", "has", "is", "as", "its", "this", "his", "us", "thus", "plus", "whereas"}


def _counted(c: Ctx) -> bool:
    """Whether a count's noun follows the match ("On 3 May 300 workers walked out")."""
    word = _WORD_AFTER.match(c.text, c.end, c.sent_end)
    if word is None:
        return False
    w = word.group(1)
    return w in _COUNT_NOUNS or (w.endswith("s") and w not in _NOT_NOUNS)


@rule(
    "early_day_month",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<d>{DAY})\s+(?:(?i:of)\s+)?(?P<mon>{MONTH}),?\s+"
    rf"|(?P<mon2>{MONTH})\s+(?P<d2>{DAY}),\s+)(?P<y>{EARLY}){_NOT_AMOUNT}",
    starts="#weekday #digit #month",
)
def _early_day_month(g: Groups, c: Ctx) -> Res | None:
    """ "1 November 866", "June 8, 793"."""
    if _counted(c):
        return None
    month = _month(g["mon"] or g.req("mon2"))
    d = _date(int(g.req("y")), month, _day(g["d"] or g.req("d2")))
    return make((d, "day"), explicit_year=True) if d else None


@rule(
    "early_month_year",
    rf"(?:(?P<mod>(?i:early|late|mid))(?:-|\s+))?(?P<mon>{MONTH})(?:,?\s+|\s+(?i:of)\s+)"
    rf"(?P<y>{EARLY}){_NOT_AMOUNT}",
    starts="#mod #month",
)
def _early_month_year(g: Groups, c: Ctx) -> Res | None:
    """ "January 878", "in May of 793"."""
    if _counted(c) or not g.req("mon")[0].isupper():
        return None
    return make((dt.date(int(g.req("y")), _month(g.req("mon")), 1), "month"), explicit_year=True)


@rule(
    "early_season",
    rf"(?:(?i:the)\s+)?(?P<s>(?i:spring|summer|autumn|fall|winter))\s+(?i:of)\s+"
    rf"(?P<y>{EARLY}){_NOT_AMOUNT}",
    starts="the spring summer autumn fall winter",
)
def _early_season(g: Groups, c: Ctx) -> Res | None:
    """ "the autumn of 865"."""
    if _counted(c):
        return None
    month = SEASON_FIRST_MONTH[SEASONS[g.lower("s")]]
    return make((dt.date(int(g.req("y")), month, 1), "season"), explicit_year=True)


@rule(
    "early_named_year",
    rf"(?i:the)\s+(?:(?P<year>(?i:year))\s+(?P<y>{EARLY})|(?P<dec>[1-9]\d0)s)(?![\w'’-])",
    starts="the",
)
def _early_named_year(g: Groups, c: Ctx) -> Res | None:
    """ "in the year 793", "the 790s" (a decade, TIMEX3 "079")."""
    if g["dec"]:
        return make((dt.date(int(g.req("dec")), 1, 1), "decade"))
    return make((dt.date(int(g.req("y")), 1, 1), "year"), explicit_year=True)
