"""Holidays and weekends: fixed-date, n-th-weekday and Easter-based holidays ("Christmas",
"Thanksgiving", "Good Friday", "last Easter") and "the weekend".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..lexicon import PART_OF_DAY, POD_CODE, YEAR, trie, year_of
from ..periods import shift
from ..tense import FUTURE
from .anchoring import GRAN_RANK, pick_year_anchored
from .calendar_facts import begins_the_year
from .common import _weekday_from, _ws
from .feast_appositions import year_beside
from .feast_demonstratives import conjunction_that
from .happening_years import feast_year
from .law_terms import term_year
from .new_year_days import new_year_day
from .story_anaphora import story_ref
from .table import Ctx, Groups, Res, make, rule
from .weekend_deadlines import weekend_ahead
from .writing_days import writing_day


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` of a month; n = -1: the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = shift(dt.date(year, month, 1), 1, "month") - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


# Before 1583 the church reckoned Easter on the Julian calendar, as the dates of its time are
# written ("Easter 1316" is 11 April, not the Gregorian 19 April dateutil's default gives)
_GREGORIAN_EASTER_FROM = 1583


def _easter(year: int) -> dt.date:
    from dateutil.easter import EASTER_JULIAN, EASTER_WESTERN, easter

    # before the Gregorian reform (1583) a chronicle's Easter is the Julian reckoning's
    return easter(year, EASTER_JULIAN if year < _GREGORIAN_EASTER_FROM else EASTER_WESTERN)


# Holiday -> its date in a given year. Fixed-date, n-th weekday (US federal) and Easter-based
# holidays; lunar ones (Ramadan, Eid, Passover) are left out: their dates need a calendar table.
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    # "New Year" alone only as `_holiday` allows: "New Year week", "Christmas and New Year"
    "new year": lambda y: dt.date(y, 1, 1),
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "independence day": lambda y: dt.date(y, 7, 4),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "armistice day": lambda y: dt.date(y, 11, 11),
    # the British and Commonwealth Sunday of the war memorials: the second Sunday of November
    "remembrance sunday": lambda y: _nth_weekday(y, 11, 6, 2),
    "remembrance day": lambda y: dt.date(y, 11, 11),
    "bastille day": lambda y: dt.date(y, 7, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    # the shopping days after US Thanksgiving
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    "easter": _easter,
    "easter sunday": _easter,
    "easter day": _easter,  # the Prayer Book's name, as British church histories write it
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    # Holy Week's other days, as travel and church news name them
    "maundy thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "holy thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "holy saturday": lambda y: _easter(y) - dt.timedelta(days=1),
    "easter saturday": lambda y: _easter(y) - dt.timedelta(days=1),
    "whit monday": lambda y: _easter(y) + dt.timedelta(days=50),
    # the Whitsun holiday's second day, a fair's or a club walk's day in British histories
    "whit tuesday": lambda y: _easter(y) + dt.timedelta(days=51),
    # the church year that dates older histories ("crowned at Westminster on Christmas Day",
    # "the rent due at Michaelmas")
    "all saints' day": lambda y: dt.date(y, 11, 1),
    "all saints day": lambda y: dt.date(y, 11, 1),
    "all souls' day": lambda y: dt.date(y, 11, 2),
    "all souls day": lambda y: dt.date(y, 11, 2),
    "epiphany": lambda y: dt.date(y, 1, 6),
    "twelfth night": lambda y: dt.date(y, 1, 5),
    "candlemas": lambda y: dt.date(y, 2, 2),
    "lady day": lambda y: dt.date(y, 3, 25),
    "midsummer day": lambda y: dt.date(y, 6, 24),
    "midsummer's day": lambda y: dt.date(y, 6, 24),
    "midsummer eve": lambda y: dt.date(y, 6, 23),
    "midsummer's eve": lambda y: dt.date(y, 6, 23),
    "michaelmas": lambda y: dt.date(y, 9, 29),
    "martinmas": lambda y: dt.date(y, 11, 11),
    # the quarter days and feasts with "Day" after them, as accounts and histories write them
    "michaelmas day": lambda y: dt.date(y, 9, 29),
    "martinmas day": lambda y: dt.date(y, 11, 11),
    "candlemas day": lambda y: dt.date(y, 2, 2),
    "may day": lambda y: dt.date(y, 5, 1),
    # Britain's night of bonfires and fireworks, and the spring day of pranks: columns and
    # diaries date things by them as by a feast ("the tups went in on Bonfire Night")
    "bonfire night": lambda y: dt.date(y, 11, 5),
    "guy fawkes night": lambda y: dt.date(y, 11, 5),
    "guy fawkes day": lambda y: dt.date(y, 11, 5),
    "april fools' day": lambda y: dt.date(y, 4, 1),
    "april fool's day": lambda y: dt.date(y, 4, 1),
    "april fools day": lambda y: dt.date(y, 4, 1),
    "all fools' day": lambda y: dt.date(y, 4, 1),
    "all fools day": lambda y: dt.date(y, 4, 1),
    "shrove tuesday": lambda y: _easter(y) - dt.timedelta(days=47),
    "ash wednesday": lambda y: _easter(y) - dt.timedelta(days=46),
    "palm sunday": lambda y: _easter(y) - dt.timedelta(days=7),
    # the Sunday after Easter, as parish and church histories name it
    "low sunday": lambda y: _easter(y) + dt.timedelta(days=7),
    # the British Mothering Sunday, Lent's fourth Sunday (not the American Mother's Day in May)
    "mothering sunday": lambda y: _easter(y) - dt.timedelta(days=21),
    "ascension day": lambda y: _easter(y) + dt.timedelta(days=39),
    "whit sunday": lambda y: _easter(y) + dt.timedelta(days=49),
    "whitsunday": lambda y: _easter(y) + dt.timedelta(days=49),
    "whitsun": lambda y: _easter(y) + dt.timedelta(days=49),  # the British name of Whit Sunday
    "pentecost": lambda y: _easter(y) + dt.timedelta(days=49),
}
_HOLIDAY_RE = trie(_HOLIDAYS, {" ": r"\s+", "'": "['’]?"})  # a prefix never shadows a longer one


# "before Christmas next", "due at Lady Day last": a clerk's and a lease's postposed word, as
# "Tuesday next" is (not "Easter next year", "Christmas last to first")
_POSTPOSED = (
    r"|\s+(?P<rel2>next|last)(?![\w'’-]|\s+(?i:year|week|month|term|season|time|day|to|one)\b)"
)


@rule(
    "holiday",
    # "that Easter": the story's feast, its determiner part of the expression as "that year"'s
    r"(?:(?P<rel>(?i:last|next|this|that))\s+)?"
    rf"(?P<h>(?i:{_HOLIDAY_RE}))(?:(?P<week>\s+(?i:week))|\s+(?P<pod>{PART_OF_DAY}){_POSTPOSED})?"
    rf"(?:,?\s+(?P<y>{YEAR})|\s+(?P<ry>(?i:last|this|next))\s+(?i:year)(?![\w'’-]))?",
    starts=(
        "last next this new christmas boxing valentine valentine's halloween independence the "
        "veterans armistice remembrance bastille thanksgiving labor memorial martin presidents "
        "mother's mother father's father election easter good black cyber all epiphany twelfth "
        "candlemas lady midsummer midsummer's michaelmas martinmas shrove ash palm ascension "
        "whit whitsunday whitsun pentecost may maundy holy bonfire guy april mothering that low"
    ),
)
def _holiday(g: Groups, c: Ctx) -> Res | None:
    name = re.sub(r"['’]", "'", _ws(g.req("h")))
    name = name if name in _HOLIDAYS else name.replace("s day", "'s day")
    when = _HOLIDAYS.get(name)
    if when is None or not g.req("h")[0].isupper():
        return None  # "labor day" in lower case is not the holiday
    if name == "may day" and not g.req("h").endswith("Day"):
        return None  # "a May day" is a day in May
    if name == "new year" and not new_year_day(g["week"], c.before(), c.after()):
        return None  # "in the New Year", "the New Year Honours": a year or a name
    if _PLACE_AFTER.match(c.after()):
        return None  # "Easter Island", "Christmas Island": a place named for the feast
    if name in _SEASONS and not g["week"] and not g["y"] and _OCCASION_AFTER.match(c.after()):
        return None  # "the Christmas market opens on the 12th": the market's day, not the feast
    if g["rel"] == "that" and conjunction_that(c.before(), c.after()):
        return None  # "she said that Christmas was cancelled": the feast alone, matched next
    gran = "week" if g["week"] else "day"
    if g["y"]:
        res = make((when(year_of(g["y"])), gran), explicit_year=True)
    elif g["ry"] and c.dct is not None:  # "after Easter last year": that year's feast
        year_named = c.dct.year + {"last": -1, "this": 0, "next": 1}[g.lower("ry")]
        res = make((when(year_named), gran), relative=True)
    elif (year := feast_year(c.after())) is not None:  # "the Easter service of 564"
        res = make((when(year), gran), explicit_year=True)
    elif c.dct is None or begins_the_year(c.before()):  # "the year began on Lady Day"
        d = when(2000)
        return Res("DATE", f"XXXX-{d.month:02d}-{d.day:02d}" if gran == "day" else "XXXX-WXX")
    else:
        now = writing_day(c) if g["rel2"] else c.dct  # "Lady Day last" in a letter reported
        res = _yearless(g.lower("rel") or g.lower("rel2"), c, now or c.dct, when, gran)
    if name == "christmas" and gran == "day" and _christmas_season(c):
        # the weeks of December around it on the timeline; the value stays the day, as TimeBank
        # marks "Christmas" and leaves "before" to a signal
        named = _SEASON_YEAR.match(c.after())
        if named and not g["y"]:  # "the Christmas holidays in 2023"
            res = make((when(int(named["y"])), gran), explicit_year=True)
        res.dating = (f"{res.value[:4]}-12", None, "month")
    elif g["pod"] and gran == "day":  # "Good Friday morning", "Christmas Eve night": a time
        res.type, res.value = "TIME", f"{res.value}T{POD_CODE[g.lower('pod')]}"
    return res


# A place or an event named for a feast: no date ("sailed to Easter Island", "the Easter Rising").
_PLACE_AFTER = re.compile(
    r"\s+(?:Islands?|Rising|Uprising|Offensive|Road|Street|Avenue|Square|Hall|Bowl|Bay|Creek)\b"
    # a thing named for it: "grew Christmas trees", "sold Easter eggs"
    r"|(?i:\s+(?:trees?|cards?|cakes?|puddings?|crackers?|decorations|presents|gifts|carols|"
    r"jumpers?|eggs?|bonnets?|lil(?:y|ies))\b)"
)
# An occasion of the season a feast opens, held on a day of its own: "the Christmas market opens
# on the 12th", "our Christmas special walk", "the Easter fair" (not "the Christmas Day lunch",
# "Thanksgiving dinner": those are on the day)
_SEASONS = frozenset({"christmas", "easter"})
_OCCASION_AFTER = re.compile(
    r"(?i:\s+(?:markets?|fairs?|fayres?|lights|concerts?|specials?|part(?:y|ies)|dinners?|"
    r"lunch(?:es)?|shows?|pantomimes?|grottos?|menus?)\b)"
)


# "over the Christmas holidays", "before Christmas": the weeks of December around it, not the
# day itself.
_SEASON_AFTER = re.compile(r"(?i)\s+(?:holidays?|period|season|break|rush|shopping|trading)\b")
_SEASON_YEAR = re.compile(
    r"(?i)\s+(?:holidays?|period|season|break)\s+(?:of|in)\s+(?P<y>1\d{3}|20\d{2})\b"
)
_SEASON_BEFORE = re.compile(r"(?i)\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to)\s+$")


def _christmas_season(c: Ctx) -> bool:
    return bool(_SEASON_AFTER.match(c.after()) or _SEASON_BEFORE.search(c.before()))


_YEAR_RANK = GRAN_RANK["year"]


def _yearless(rel: str, c: Ctx, dct: dt.date, when: Callable[[int], dt.date], gran: str) -> Res:
    """A holiday without its year: the one `rel` says, else the one the tense and story pick."""
    years = (dct.year - 1, dct.year, dct.year + 1)
    if rel == "last":
        d = max(when(y) for y in years if when(y) < dct)
    elif rel == "next":
        d = min(when(y) for y in years if when(y) > dct)
    elif rel == "this":
        d = when(dct.year)
    elif rel == "that" and (ref := story_ref(c)) is not None and GRAN_RANK[ref[1]] <= _YEAR_RANK:
        return make((when(ref[0].year), gran), from_ref=True)  # "that Easter": the story's
    elif (beside := year_beside(c.after(), when)) is not None:
        return make((when(beside), gran), explicit_year=True)  # "Easter Day, 11 April 695"
    elif (term := term_year(c.after())) is not None:
        return make((when(term), gran), explicit_year=True)  # "the Easter sessions of 1841"
    else:
        this_year = when(dct.year)
        picked, anchored = pick_year_anchored(c, this_year.month, this_year.day)
        d = when(picked or dct.year)
        return make((d, gran), yearless=True, relative=not anchored)
    return make((d, gran), relative=True)


@rule(
    "weekend",
    r"(?P<the>(?i:the))\s+(?i:weekend)(?![\w-]|['’]s?\s)",
    starts="the",
)
def _the_weekend(g: Groups, c: Ctx) -> Res | None:
    """ "over the weekend": the last one in news, the next one with a future verb."""
    if c.dct is None:
        return Res("DATE", "XXXX-WXX-WE")
    sat = 5
    if c.tense() == FUTURE or weekend_ahead(c):  # "hope to reopen it by the weekend"
        d = _weekday_from(c.dct, sat, forward=True, inclusive=True)
    else:
        d = _weekday_from(c.dct - dt.timedelta(days=1), sat, forward=False, inclusive=True)
    return make((d, "weekend"), relative=True)
