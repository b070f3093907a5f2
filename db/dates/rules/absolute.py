"""Absolute dates: ISO and slash dates, month-day and day-month dates (with runs of days,
"October 3-5"), "the week of March 6", month-year, months alone, years, year ranges ("1998-99"),
era years ("44 BC"), decades and centuries; and `RANGE_START`, the cue that opens a range.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..fiscal_years import fiscal_months
from ..lexicon import (
    DAY,
    MONTH,
    MONTH_FULL,
    MONTHS,
    ORDINAL,
    ORDINALS,
    SEASON_FIRST_MONTH,
    SEASONS,
    WEEKDAY,
    YEAR,
    YEAR_DIGITS,
    year_of,
)
from ..month_nouns import month_of_noun
from ..month_pairs import paired_month
from ..periods import Point, ymd
from ..story_years import bc_stand_in
from .anchoring import pick_year_anchored
from .bc_periods import bc_century
from .clipped_weekdays import CLIPPED_STARTS, WEEKDAY_CLIPPED, weekday_number
from .common import _date, _day, _month, _rel
from .copula_months import month_waited_for
from .figure_dates import day_month
from .line_ranges import entry_year_after, marks_two_years, tail_year
from .named_again import year_named_before
from .old_style_years import modern_year
from .paired_day_years import year_after_pair
from .plural_seasons import partner_season
from .regnal_days import regnal_year_after
from .table import Ctx, Groups, Res, make, rule
from .yearly_days import every_year

# Families whose value does not depend on any reference time.
ABSOLUTE_RULES = {"iso_date", "month_day", "day_month", "month_year", "year", "slash_date"}


@rule(
    "iso_date",
    r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d)?)?",
    starts="#digit",
)
def _iso(g: Groups, c: Ctx) -> Res | None:
    d = _date(int(g.req("y")), int(g.req("m")), int(g.req("d")))
    if d is None:
        return None
    if g["H"]:
        value = f"{ymd(d)}T{g['H']}:{g['M']}"
        return Res("TIME", value, (d, "day"), (value, None, "minute"), explicit_year=True)
    return make((d, "day"), explicit_year=True)


@rule("slash_date", r"(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4})", starts="#digit")
def _slash(g: Groups, c: Ctx) -> Res | None:
    """ "10/24/2019", "24/10/2019". Locale rule: month/day (US order, as English-language news
    agencies write it) unless the first number cannot be a month (> 12), then day/month. So
    "3/4/2019" is March 4 and "24/10/2019" is October 24; "13/13/2019" is not a date. A text
    whose other slash dates can only be read day first ("bapt. 20/11/1845") writes them all so
    (`figure_dates.day_month`): its "3/4/1848" is 3 April."""
    m, d = day_month(c, int(g.req("a")), int(g.req("b")))
    day = _date(int(g.req("y")), m, d)
    return make((day, "day"), explicit_year=True) if day else None


# a weekday in capitals heads a diary's day ("MONDAY, MARCH 8")
# and as forums, calendars and timetables clip it ("Sun 22 Nov 2026", "Thurs. 3 June"), not a
# paper's name ("the Sun 22 May")
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY.upper()}|(?<!\b[Tt]he\s){WEEKDAY_CLIPPED}\.?),?\s+)?"
# "October 3-5", "3–5 October": a run of days in one month (value: the first day)
# (not across a line: "MARCH 8\n- 09:00" is a heading and its entry's clock time)
_DAY_TO = rf"(?:[^\S\n]*[-–][^\S\n]*(?P<d2>{DAY})(?![\d:]))?"


# "from Nov. 3 to 7": the same month's day after a word, not an amount ("to 7 percent").
_DAY_TO_WORD = (
    rf"(?:\s+(?P<conn>(?i:to|through|thru|until))\s+(?P<d3>{DAY})(?!\d)"
    r"(?!\s*(?:%|(?i:percent|per\b|p\.?m\b|a\.?m\b|o['’]clock|times|points?|million|billion))"
    r"|[:.,]\d))?"
)
# "from X to Y", "between X and Y": the word that opens a range (the engine joins ranges too).
RANGE_START = re.compile(r"(?i)\b(?:from|between)\s+$")


@rule(
    "month_day",
    rf"{_WD_PREFIX}(?P<mon>{MONTH})\s+(?P<d>{DAY}){_DAY_TO}{_DAY_TO_WORD}"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    starts=f"#weekday #month {CLIPPED_STARTS}",
)
def _month_day(g: Groups, c: Ctx) -> Res | None:
    if g.lower("conn") == "to" and not RANGE_START.search(c.before()):
        # "rose Nov. 3 to 7": only "from Nov. 3 to 7" (or "through 7") is a run of days
        res = _day_date(g, c, last=None)
        if res is not None:
            res.end = g.end("d")
        return res
    return _day_date(g, c, last=_day(g["d3"]) if g["d3"] else None)


# "the 3d of December", "the 22d of May": the older ordinal, only before "of" (a lone "6d" is
# sixpence); "the 4th day of October": the clerk's and the lawyer's form
_OLD_ORDINAL = r"(?<=[Tt]he\s)(?:2|3|22|23)d(?=\s+(?i:day\s+)?(?i:of)\s)"
_DAY_OF = r"(?:\s+(?i:day\s+)?(?i:of))?"


@rule(
    "day_month",
    rf"{_WD_PREFIX}(?:(?i:the)\s+)?(?P<d>{DAY}|{_OLD_ORDINAL}){_DAY_TO}{_DAY_OF}\s+(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    starts=f"#weekday the #digit {CLIPPED_STARTS}",
)
def _day_month(g: Groups, c: Ctx) -> Res | None:
    return _day_date(g, c)


def _day_date(g: Groups, c: Ctx, last: int | None = None) -> Res | None:
    month, day = _month(g.req("mon")), _day(g.req("d"))
    wd = weekday_number(g.lower("wd")) if g["wd"] else None
    if g["d2"]:
        last = _day(g["d2"])
    if last is not None and last <= day:
        return None  # "May 5-3" is no run of days
    split = g["y"] is not None and entry_year_after(c.text, c.begin, c.end, len(g["y"]))
    if g["y"] and not split:  # "the 4th day of March 1665", the old-style year: 1666 by ours
        d = _date(modern_year(c, year_of(g["y"]), month, day), month, day)
        return _run(make((d, "day"), explicit_year=True), last) if d else None
    if _date(2000, month, day) is None:  # 2000 is a leap year: only truly impossible days fail
        return None
    if wd is None and every_year(c):  # "each year on 2 February" (a weekday fixes one year)
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    year, anchored = pick_year_anchored(c, month, day, wd)
    # "on 1 January 2027 ... 1 January" (not an anniversary whose weekday misses that year)
    if (again := year_named_before(c, month, day, wd)) is not None:
        year, anchored = again, True
    if (paired := year_after_pair(c, month, day)) is not None:  # "4 May and 9 June 2023"
        year, anchored = paired, True
    if (
        regnal := regnal_year_after(c, month, day)
    ) is not None:  # "3 May in the fifth year of the reign"
        year, anchored = regnal, True
    d = _date(year, month, day) if year is not None else None
    res = (
        Res("DATE", f"XXXX-{month:02d}-{day:02d}")
        if d is None
        else _run(make((d, "day"), yearless=True, relative=not anchored), last)
    )
    if split and res is not None:
        # "1874 Launched at Garrow, 12 March\n1881 Dorr's log": the next entry's year is its own
        res.end = c.text.rfind("\n", c.begin, c.end)
        res.end = len(c.text[: res.end].rstrip()) if res.end > 0 else res.end
    return res


def _run(res: Res, last: int | None) -> Res | None:
    """A run of days ("October 3-5"): dated from the first to the last."""
    if last is None or res.point is None:
        return res
    end = _date(res.point[0].year, res.point[0].month, last)
    if end is None:
        return None
    res.dating = (ymd(res.point[0]), ymd(end), "day")
    return res


@rule(
    "week_of",
    # Britain's timetables name a week by its first day: "the week beginning 7 December", "w/c"
    rf"(?i:the)\s+(?i:week)\s+(?i:of|beginning|commencing|starting)\s+(?:(?i:on)\s+)?"
    rf"(?:{WEEKDAY},?\s+)?(?:(?P<mon>{MONTH})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?:(?i:of)\s+)?"
    rf"(?P<mon2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?",
    starts="the",
)
def _week_of(g: Groups, c: Ctx) -> Res | None:
    """ "the week of March 6", "the week beginning 7 December": the (ISO) week holding that
    day."""
    month, day = _month(g["mon"] or g.req("mon2")), _day(g["d"] or g.req("d2"))
    return week_holding(g, c, month, day)


def week_holding(g: Groups, c: Ctx, month: int, day: int) -> Res | None:
    """The (ISO) week holding `month` `day` of the year group `y`, else of the year the context
    anchors it in."""
    if g["y"]:
        d = _date(year_of(g["y"]), month, day)
        return make((d, "week"), explicit_year=True) if d else None
    year, anchored = pick_year_anchored(c, month, day)
    d = _date(year, month, day) if year is not None else None
    if d is None:
        return None
    return make((d, "week"), yearless=True, relative=not anchored)


@rule(
    "month_year",
    rf"(?:(?P<mod>(?i:early|late|mid|earlier|later))(?:-|\s+))?"
    rf"(?P<mon>{MONTH})(?:,?\s+|\s+(?i:of)\s+)(?P<y>{YEAR})",
    starts="#mod #month",
)
def _month_year(g: Groups, c: Ctx) -> Res | None:
    if entry_year_after(c.text, c.begin, c.end, len(g.req("y"))):
        return None  # "1916 – fire; walk rebuilt by April\n1934 – ...": the next entry's year
    return make(
        (dt.date(year_of(g.req("y")), _month(g.req("mon")), 1), "month"), explicit_year=True
    )


_AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}
_MONTH_CUE = re.compile(
    r"(?i)(?:\b(?:in|since|from|until|till|to|by|of|through|throughout|during|between|and|or|"
    r"early|late|before|after|last|next|this|each|every|on|for|end|beginning|start)\s+|\bmid-)$"
)


@rule(
    "month",
    rf"(?:(?P<rel>(?i:last|next|this\s+past|this|early|late|mid|earlier|later))(?:-|\s+))?"
    rf"(?P<mon>{MONTH_FULL})"
    r"(?:\s+(?P<ry>(?i:last|next|this))\s+(?i:year)(?!['’]))?",
    starts="#mod last next this #month",
)
def _month_alone(g: Groups, c: Ctx) -> Res | None:
    month = _month(g.req("mon"))
    rel = _rel(g)
    year: int | None
    if g["ry"]:  # "June last year", "in February this year"
        if c.dct is None:
            return Res("DATE", f"XXXX-{month:02d}")
        year = c.dct.year + {"this": 0, "last": -1, "next": 1}[g.lower("ry")]
        return make((dt.date(year, month, 1), "month"), relative=True)
    if not rel and (waited := month_waited_for(c, month)) is not None:
        return waited  # "it would be March before the roof was on"
    if (
        not rel
        and g.lower("mon") in _AMBIGUOUS_MONTHS
        and not _MONTH_CUE.search(c.before())
        and not paired_month(c.after())  # "May and June were costly": the months
        and not month_of_noun(c.before(), c.after())  # "the March meeting": the month
    ):
        return None  # "May" the modal, "March" the verb, "June" the name
    if rel in ("last", "next", "this") and c.dct is not None:
        dct = c.dct
        if rel == "this":
            year = dct.year
        elif rel == "last":
            # The latest one over, except just gone: in April, "last February" is the one a year
            # before (this year's would be "in February", "last month", "two months ago").
            year = dct.year if month < dct.month - 2 else dct.year - 1
        else:
            year = dct.year if month > dct.month else dct.year + 1
        return make((dt.date(year, month, 1), "month"), relative=True)
    year, anchored = (None, False)
    if rel not in ("last", "next", "this"):
        year, anchored = pick_year_anchored(c, month)
    if year is None:
        return Res("DATE", f"XXXX-{month:02d}")
    return make((dt.date(year, month, 1), "month"), yearless=True, relative=not anchored)


_YEAR_CUE = re.compile(
    r"(?i)(?:\b(?:in|since|by|from|until|till|to|through|of|during|before|after|between|and|or|"
    r"circa|c\.|years?|fiscal|early|late|mid|spring|summer|autumn|fall|winter|the|"
    r"date|dated)\s+|"  # "the wall carries the date 1766", "a beam dated 1712"
    r"\b(?:early|late|recently|far\s+back)\s+as\s+|"  # "as early as 1649": a bound's year
    r"\bmid-|[-–—]|\(\s*|\bc\.|\b\d{3,4}\s+[-–—]\s+|"  # "(c.1815", "(1501 – 1562)": a life's dates
    # a family history's shorthand: "b. 1766", "bur. 1802", "m. (2) 1791" (a second marriage)
    r"\b(?:b|bapt|bp|bur|chr|d|m|fl)\.\s+(?:\([1-9]\)\s+)?)$"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:some|about|nearly|over|than|almost|least|approximately|roughly|only|just|"
    r"additional|another|no\.|number|nos?\.)\s*|[$€£¥#№]\s*)$"
)
_NOUN_AFTER = re.compile(r"\s+([a-z]+s)\b")
# a bound's year after a word of time: "worked from at least 1290" (a count if a noun follows:
# "in at least 1500 homes")
_AT_LEAST = re.compile(r"(?i)\b(?:from|since|by|until|before)\s+at\s+least\s+$")
# A unit of measure right after it makes a number an amount even after a word that opens a time
# ("won the 1500 metres", "a ship of 1500 tons"): lower case only ("In 1999 M. Dupont ...").
_UNIT_AFTER = re.compile(
    r"\s*(?:m|km|mm|cm|ft|kg|lbs?|mph|hp|kw|mw|cc|"
    r"(?:kilo)?met(?:re|er)s|miles|feet|yards|tons|tonnes|(?:kilo)?grams|kilos|pounds|"
    r"lit(?:re|er)s|gallons|acres|hectares|square|cubic|horsepower|calories|(?:kilo|mega)?watts)"
    r"(?![\w&.])"
)
_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC)\b")
_SINGULAR_S = ("us", "ss", "is")
_NOT_NOUNS = {"was", "has", "is", "as", "its", "this", "his", "us", "thus", "plus", "whereas"}


@rule(
    "year",
    rf"(?:(?P<mod>(?i:early|late|mid|earlier|later|fiscal|the\s+year))(?:-|\s+))?"
    rf"(?<!\d[.,])(?<!/)(?P<y>{YEAR_DIGITS})"
    r"(?![.,]\d|/\d|-\d\d?-\d|\s*%|\s*(?i:percent|per\s+cent))",
    starts="#mod fiscal the #digit",
)
def _year(g: Groups, c: Ctx) -> Res | None:
    year = int(g.req("y"))
    before = c.before()
    if not g["mod"] and (_UNIT_AFTER.match(c.after()) or _ZONE_AFTER.match(c.after())):
        return None  # "1200 mph"; "1600 GMT" is a clock
    if not g["mod"] and not _YEAR_CUE.search(before):
        # A bare four-digit number: a year only if nothing says it is a count.
        if (year < 1800 or _NOT_YEAR_BEFORE.search(before)) and not _AT_LEAST.search(before):
            return None
        noun = _NOUN_AFTER.match(c.after())
        # "2000 troops"; a singular in -us, -ss, -is is no count ("1851 census", "1929 crisis")
        if noun and noun.group(1) not in _NOT_NOUNS and not noun.group(1).endswith(_SINGULAR_S):
            return None
    if g.lower("mod") == "fiscal" or _FISCAL_YEAR_BEFORE.search(before):
        return _fiscal_year(c, year) or make((dt.date(year, 1, 1), "year"), explicit_year=True)
    if not g["mod"] and (season := partner_season(before, year)) is not None:
        return season  # "the winters of 1852 and 1894"
    return make((dt.date(year, 1, 1), "year"), explicit_year=True)


_FISCAL_YEAR_BEFORE = re.compile(r"(?i)\b(?:fiscal|financial)\s+year\s+$")


def _fiscal_year(c: Ctx, year: int) -> Res | None:
    """ "fiscal 2026" where the text says its fiscal year runs from July: July 2025 to June
    2026 on the timeline (the value stays the year, as TimeBank writes it). A company's
    reporting year is news time: it does not become the story's year."""
    months = fiscal_months(c.text, year)
    if months is None:
        return None
    # relative and yearless: neither the narrative year nor the text's year (`extract`)
    res = make((dt.date(year, 1, 1), "year"), relative=True, yearless=True)
    res.dating = (months[0], months[1], "month")
    return res


@rule(
    "year_range",
    # a comma after it ends a list's item ("in 1949-50, 1951-52 and ..."), not "1998-99,000"
    rf"(?P<y>{YEAR_DIGITS})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\d%/-]|[.:,]\d|\s*(?i:percent))",
    starts="#digit",
)
def _year_range(g: Groups, c: Ctx) -> Res | None:
    """ "the 1998-99 season", "from 2001-2005": the first year, dated over the whole run."""
    first, tail = int(g.req("y")), g.req("y2")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last <= first + 30:
        return None  # "1990-10" is not a run of years; nor are scores or codes
    if last == first + 1 and (season := partner_season(c.before(), first)) is not None:
        return season  # "the winters of 1946–47 and 1962–63"
    if marks_two_years(c, tail):
        # a timeline entry's or a heading's run: its first year here, the second a year of its own
        end = c.begin + len(g.req("y"))
        return make((dt.date(first, 1, 1), "year"), explicit_year=True, end=end)
    res = make((dt.date(first, 1, 1), "year"), explicit_year=True)
    res.dating = (f"{first:04d}", f"{last:04d}", "year")
    return res


@rule("year_tail", r"(?<=\d{4}[-–])(?P<yy>\d{2})(?![\d%/-]|[.:,]\d)", starts="#digit")
def _year_tail(g: Groups, c: Ctx) -> Res | None:
    """ "94" of "(1893–94, revised 1902)": the second year of a run that marks its two years
    (`line_ranges.marks_two_years`), a year of its own in the first one's century."""
    year = tail_year(c)
    return None if year is None else make((dt.date(year, 1, 1), "year"), explicit_year=True)


@rule(
    "era",
    r"(?P<y>\d{1,4})\s*(?P<era>BCE|BC|B\.C\.(?:E\.)?|CE|AD|A\.D\.)(?![\w])"
    r"|(?P<pre>AD|A\.D\.)\s*(?P<y2>\d{1,4})(?!\d)",
    starts="#digit ad a.d.",
)
def _era(g: Groups, c: Ctx) -> Res | None:
    """ "44 BC", "AD 79": BC years as TIMEX3 writes them ("BC0044"); they date nothing (the
    calendar here starts at year 1)."""
    year = int(g["y"] or g.req("y2"))
    if year == 0:
        return None
    if (g["era"] or "").upper().startswith("B"):
        return _bc(f"BC{year:04d}", bc_stand_in(year))
    return make((dt.date(year, 1, 1), "year"), explicit_year=True)


def _bc(value: str, stand_in: Point | None) -> Res:
    """A BC date: its TIMEX3 value, on no calendar, with a stand-in point for the story's
    reference time (`story_years.bc_stand_in`) where there is one."""
    if stand_in is None:
        return Res("DATE", value)
    return Res("DATE", value, stand_in, None, explicit_year=True)


def _bc_era(group: str) -> str:
    """A BC era marker ("BC", "BCE", "B.C.") in the named group `group`."""
    return rf"(?P<{group}>BCE|BC|B\.C\.(?:E\.)?)(?![\w])"


@rule(
    "era_date",
    rf"(?:(?P<d>{DAY})\s+)?(?P<m>{MONTH_FULL})\s+(?P<y>\d{{1,4}})\s*{_bc_era('era')}"
    r"|(?:(?P<the>(?i:the))\s+)?(?P<s>(?i:spring|summer|autumn|fall|winter))\s+(?i:of)\s+"
    rf"(?P<sy>\d{{1,4}})\s*{_bc_era('sera')}",
    starts="#digit #month the spring summer autumn fall winter",
)
def _era_date(g: Groups, c: Ctx) -> Res | None:
    """ "1 January 45 BC", "January 49 BC", "the summer of 48 BC": a day, month or season of a
    BC year, as TIMEX3 writes them ("BC0045-01-01", "BC0048-SU"); like the years, they date
    nothing (the calendar here starts at year 1)."""
    if g["s"]:
        code = SEASONS[g.lower("s")]
        year = int(g.req("sy"))
        stand_in = bc_stand_in(year, SEASON_FIRST_MONTH[code], 1, "season")
        return _bc(f"BC{year:04d}-{code}", stand_in)
    year, month = int(g.req("y")), MONTHS[g.lower("m")[:3]]
    if year == 0:
        return None
    value = f"BC{year:04d}-{month:02d}"
    if not g["d"]:
        return _bc(value, bc_stand_in(year, month, 1, "month"))
    day = int(re.sub(r"\D", "", g.req("d")))
    if day > calendar.monthrange(2000, month)[1]:  # a leap year: 29 February is a date
        return None
    return _bc(f"{value}-{day:02d}", bc_stand_in(year, month, day, "day"))


_DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties".split()


@rule(
    "decade",
    r"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>(?i:early|late|mid))(?:-|\s+))?"
    r"(?:(?P<dec>(?:1\d|20)\d0)['’]?s|['’](?P<d2>\d0)s"
    rf"|(?P<dw>(?i:{'|'.join(_DECADE_WORDS)})))",
    starts="the early late mid #digit #apos",
)
def _decade(g: Groups, c: Ctx) -> Res | None:
    if g["dw"]:
        if not g["the"]:
            return None  # "in her forties": an age
        year = 1900 + 10 * (_DECADE_WORDS.index(g.lower("dw")) + 2)
    elif g["dec"]:
        year = int(g["dec"])
        if year % 100 == 0 and year < 1900 and g["the"] and not g["mod"]:
            # "the 1500s": a century as readers use it (TIMEX3 "15"); "the 1900s" and "the
            # 2000s" are often the decades, and "the early 1800s" too close to call
            return make((dt.date(year, 1, 1), "century"))
    else:
        yy = int(g.req("d2"))
        now = (c.dct or dt.date.today()).year
        year = 2000 + yy if 2000 + yy <= now else 1900 + yy
    return make((dt.date(year, 1, 1), "decade"))


_PAIR_BEFORE = re.compile(rf"(?i)\b{ORDINAL}\s+(?:and|or|to)\s+$")


@rule(
    "century",
    r"(?:(?i:the)\s+)?(?:(?i:early|late|mid)(?:-|\s+))?"  # TimeML's span: "the late 18th century"
    rf"(?P<ord>{ORDINAL})(?:(?:-|\s+)(?i:century)|(?P<pl>(?:-|\s+)(?i:centuries))"
    rf"|(?=\s+(?i:and|or|to)\s+{ORDINAL}(?:-|\s+)(?i:centuries)))"
    r"(?:\s+(?P<era>BCE|BC|B\.C\.(?:E\.)?|CE|AD|A\.D\.)(?!\w))?",
    starts=(
        "the early late mid #digit first second third fourth fifth sixth seventh eighth ninth "
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth twentieth twenty"
    ),
)
def _century(g: Groups, c: Ctx) -> Res | None:
    """ "the 12th century", "the third century BC"; of a pair ("the 15th and 16th centuries")
    each ordinal is its own century."""
    if g["pl"] and not _PAIR_BEFORE.search(c.before()):
        return None  # "several centuries", "the early centuries": no one century
    o = g.lower("ord")
    if o == "last":
        return None
    n = int(o[:-2]) if o[0].isdigit() else ORDINALS[o]
    if not 1 <= n <= 22:
        return None
    if (g["era"] or "").upper().startswith("B"):
        # "the 3rd century BC" (300-201 BC), TIMEX3's "BC02"; before year 1: no point
        return bc_century(n)
    return make((dt.date(max(1, (n - 1) * 100), 1, 1), "century"))
