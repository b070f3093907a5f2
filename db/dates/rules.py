"""The rule table: one regex per family of expressions, each with a normaliser.

A rule's pattern may use named groups freely (the engine prefixes them to keep the combined pattern
valid). A normaliser gets the rule's groups and a `Ctx` (DCT, sentence, tense, reference times) and
returns a `Res`, or None to reject the match (the engine then tries the other rules at that
position). To add a family, write a pattern and a normaliser and decorate it with `@rule`; the
order of the table only breaks ties between matches of equal length.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import (
    COUNT_WORDS,
    DAY,
    MONTH,
    MONTH_FULL,
    MONTHS,
    NUM,
    NUMBER_WORDS,
    ORDINAL,
    ORDINALS,
    PART_OF_DAY,
    POD_CODE,
    SEASON_FIRST_MONTH,
    SEASONS,
    UNIT,
    UNITS,
    VAGUE_COUNT,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    YEAR_DIGITS,
    YEAR_WORDS,
    number_of,
    unit_of,
    year_of,
)
from .periods import PLACEHOLDER, Dating, Point, dating, fmt, shift, span_dating, ymd
from .tense import FUTURE, PAST, PRESENT, SentenceTense, past_verb_before

GRAN_RANK = {
    "second": 0,
    "minute": 0,
    "hour": 0,
    "day": 0,
    "week": 1,
    "weekend": 1,
    "month": 2,
    "quarter": 3,
    "season": 3,
    "half": 3,
    "year": 4,
    "decade": 5,
    "century": 6,
}


@dataclass(slots=True)
class Res:
    """A normaliser's answer for one match."""

    type: str
    value: str
    point: Point | None = None  # where later "a day after", "two days later" anchor
    dating: Dating | None = None  # what the timeline draws; None: not datable on its own
    yearless: bool = False  # year guessed (tense, DCT, narrative): a range partner may fix it
    explicit_year: bool = False  # carries its own year: becomes the narrative year
    relative: bool = False  # resolved against the DCT: the text is back in news time
    end: int | None = None  # a span shorter than the match (absolute offset)
    offset: tuple[int, str] | None = None  # counted back n units ("a year ago"): (-n, unit)
    # How TimeML marks the match when that differs from the dated reading: (type, value, end).
    # "three days after the vote" is the date for the timeline, but TIMEX3 marks "three days"
    # as a DURATION and leaves "after" to a SIGNAL.
    timeml: tuple[str, str, int] | None = None


CONTEXT = 400  # characters of a sentence a rule sees on either side of its match


class Ctx:
    """What a normaliser may know about where its match sits. Filled in by the engine."""

    __slots__ = (
        "dct",
        "text",
        "begin",
        "end",
        "sent_begin",
        "sent_end",
        "ref",
        "sent_ref",
        "anchor_year",
        "focus",
        "ref_offset",
        "sent_rules",
        "_tense",
        "_peek",
    )

    def __init__(self) -> None:
        self.dct: dt.date | None = None
        self.text = ""
        self.begin = self.end = self.sent_begin = self.sent_end = 0
        self.ref: Point | None = None  # last dated point before, anywhere (narrative reference)
        self.sent_ref: Point | None = None  # last dated point before, in this sentence
        self.anchor_year: int | None = None  # last explicit year, until news time resumes
        self.focus: Point | None = None  # the quarter a report is about (last one named nearby)
        self.ref_offset: tuple[int, str] | None = None  # `Res.offset` of the expression at `ref`
        self.sent_rules: frozenset[str] = frozenset()  # rules matched in this sentence
        self._tense: Callable[[], SentenceTense] | None = None  # built on first use
        self._peek: Callable[[int], Point | None] = lambda _words: None

    def before(self) -> str:
        """The sentence before the match, its last CONTEXT characters at most: the rules look
        at the words next to a match, and a 250 kB "sentence" without full stops would make
        every look quadratic."""
        return self.text[max(self.sent_begin, self.begin - CONTEXT) : self.begin]

    def after(self) -> str:
        return self.text[self.end : min(self.sent_end, self.end + CONTEXT)]

    def tense(self) -> str | None:
        return self._tense().at(self.begin, self.end) if self._tense else None

    def has_perfect(self) -> bool:
        return bool(self._tense and self._tense().has_perfect(self.begin))

    def peek_next(self, words: int = 2) -> Point | None:
        """The point of the next expression in the sentence if at most `words` words away."""
        return self._peek(words)


class Groups:
    """A rule's named groups, without the engine's prefixes."""

    __slots__ = ("_m", "_prefix")

    def __init__(self, match: re.Match[str], prefix: str) -> None:
        self._m = match
        self._prefix = prefix

    def __getitem__(self, name: str) -> str | None:
        return self._m.group(self._prefix + name)

    def req(self, name: str) -> str:
        """A group the pattern always fills where the normaliser reads it (outside any optional
        part, or in the alternative that matched): typed as a string."""
        text = self._m.group(self._prefix + name)
        assert text is not None, f"group {name!r} took no part in the match"
        return text

    def lower(self, name: str) -> str:
        return (self._m.group(self._prefix + name) or "").lower()

    def end(self, name: str) -> int:
        return self._m.end(self._prefix + name)


Normaliser = Callable[[Groups, Ctx], "Res | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    normalise: Normaliser
    starts: frozenset[str]  # lower-case words a match can begin with; DIGIT, APOSTROPHE


RULES: list[Rule] = []

# Markers in `starts` for matches beginning with a digit or with "'" / "’" ("'90s").
DIGIT, APOSTROPHE = "#digit", "#apos"
_MACROS = {
    "#month": " ".join(MONTHS),
    "#weekday": " ".join(WEEKDAYS),
    "#number": " ".join({w.split()[0].split("-")[0] for w in COUNT_WORDS}),
    "#mod": "early earlier late later mid",
}


# The words that can follow "the" in a match of some rule: the engine only tries the rules
# starting with "the" (a sixth of all words in news) where one of these, or a digit, follows.
THE_FOLLOWERS = (
    "past last next this coming previous following current same prior first second third "
    "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty twenty-first final "
    "latest latter fiscal year-earlier year-ago prior-year year-before comparable corresponding "
    "full quarter period year week weekend end beginning start middle present future near other "
    "new "
    "morning afternoon evening "
    "day days weeks months years early late mid spring summer autumn fall winter twenties "
    "thirties forties fifties sixties seventies eighties nineties "
    + " ".join(sorted({w.split()[0] for w in NUMBER_WORDS if w[0] != "a"}))
    + " few several couple many"
).split()


# What can follow the first digit of a match (the engine tries the rules starting with a digit
# only there; most numbers in news are amounts): a four-digit year, a clock or slash date, an
# ordinal, or a number followed by a unit, a month, a clock suffix, an era or "times".
_NEXT_WORD = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?"
    r"|years?|decades?|century|centuries|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|a\.?m\b|p\.?m\b|b\.?c|a\.?d\b|c\.?e\b|times|and\s+a\s+half|of\s"
    r"|(?:more|additional|extra|further|full|straight|consecutive|trading|business|working)\s)"
)
DIGIT_FOLLOWERS = (
    r"\d{3}(?!\d)"  # 1998, 1990s, 1998-99, 2019-10-24
    r"|\d{0,1}[:./]\d"  # 10:30, 10.30 p.m., 10/24/2019
    r"|\d{0,1}(?:st|nd|rd|th)\b"  # 24th, 3rd quarter
    rf"|\d{{0,2}}(?:,\d{{3}})*(?:\.\d+)?(?:\s*[-–]\s*|\s+(?:1/2\s+)?|½\s*)?{_NEXT_WORD}"
    rf"|\d{{0,1}}\s*[-–]\s*\d{{1,2}}\s+{_NEXT_WORD}"  # 3-5 October
)


_UNIT_WORD = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries)(?!\w)"
)
# "two more weeks", "an additional year", "eight trading days": still that many units.
_AMOUNT_WORD = (
    r"(?:more|additional|extra|further|full|straight|consecutive|trading|business|working)"
)
_AMOUNT = rf"(?:\s+(?i:{_AMOUNT_WORD}))?"
# Common words that start some rule's matches only when followed as here (after whitespace):
# the engine tries those rules at such a word only then.
FOLLOWERS = {
    "the": rf"['’]?\d|(?:{'|'.join(sorted(THE_FOLLOWERS, key=len, reverse=True))})(?!\w)",
    "a": rf"(?:(?:single|hundred|few|couple(?:\s+of)?)\s+)?(?:{_AMOUNT_WORD}\s+)?{_UNIT_WORD}"
    r"|(?:later|future)\s+date\b",
    "an": rf"(?:{_AMOUNT_WORD}\s+)?{_UNIT_WORD}",
    "that": r"(?:day|week|month|quarter|year)(?!\w)",
}


def rule(name: str, pattern: str, starts: str) -> Callable[[Normaliser], Normaliser]:
    """Register a rule. `starts` lists the words its matches can begin with (the engine only
    tries a rule where one of them occurs): words, #digit, #apos, #month, #weekday, #number."""
    words = frozenset(" ".join(_MACROS.get(w, w) for w in starts.split()).split())

    def register(fn: Normaliser) -> Normaliser:
        RULES.append(Rule(name, pattern, fn, words))
        return fn

    return register


# Families whose value does not depend on any reference time.
ABSOLUTE_RULES = {"iso_date", "month_day", "day_month", "month_year", "year", "slash_date"}


def make(point: Point, type_: str = "DATE", value: str | None = None, **flags) -> Res:
    """A dated answer: the value and the timeline range follow from the point."""
    return Res(type_, value or fmt(*point), point, dating(point), **flags)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower()[:3]]  # "Sept.", "SEPTEMBER", "Sep" -> "sep"


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _rel(g: Groups) -> str:
    """The relative word of a match, "this past" read as "last" ("this past spring")."""
    rel = _ws(g.lower("rel"))
    return "last" if rel == "this past" else rel


def _ws(text: str) -> str:
    return " ".join(text.lower().split())


def pick_year(c: Ctx, month: int, day: int | None = None, weekday: int | None = None) -> int | None:
    """The year of a year-less date. A history text sets its own year ("In 1941 ... On 22
    June"); news falls back on the DCT and the tense ("said on October 24" is the last one)."""
    year, _ = pick_year_anchored(c, month, day, weekday)
    return year


# A year-less date this close to the DCT is news time even inside a narrative ("the Aug. 2
# invasion" in an article of Aug. 15 that recalled 1988 a sentence earlier).
_NEAR_DCT_DAYS = 31
# Past tense still takes a date shortly after the DCT when the one a year back is far
# ("directors authorized a split, payable Dec. 7", written in October): news drops the year only
# for dates near the DCT. Likewise a future verb keeps a date that just went by.
_AHEAD_OK_DAYS = 62
_FAR_BACK_DAYS = 240
_JUST_PAST_DAYS = 31


# Putting something off points ahead whatever the tense: "has been postponed until March",
# "the vote was delayed to spring" (written in December: next year's).
_PUT_OFF_BEFORE = re.compile(
    r"(?i)\b(?:postponed|postpone|postpones|delayed|delay|delays|deferred|defer|adjourned|"
    r"put\s+off|pushed\s+back|moved\s+back|rescheduled|extended)\b[^.;:]{0,40}?"
    r"\b(?:until|till|to|for)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$"
)


# "since" looks back whatever the main verb: "her first trip since taking office in September".
_SINCE_BEFORE = re.compile(r"(?i)\bsince\b[^.;:,]{0,30}$")


def _tense_for_year(c: Ctx) -> str | None:
    return FUTURE if _PUT_OFF_BEFORE.search(c.before()) else c.tense()


def pick_year_anchored(
    c: Ctx, month: int, day: int | None = None, weekday: int | None = None
) -> tuple[int | None, bool]:
    """`pick_year` and whether the narrative year (not the DCT) decided it."""
    dct = c.dct
    cands = []
    if dct is not None:
        for y in (dct.year - 1, dct.year, dct.year + 1):
            d = _date(y, month, day or 1)
            if d and (weekday is None or d.weekday() == weekday):
                cands.append(d)
    ref = None if dct is None else (dct if day else dct.replace(day=1))
    if c.anchor_year is not None and (dct is None or c.anchor_year != dct.year):
        near = day is not None and weekday is None
        if not (
            near and ref is not None and any(abs((d - ref).days) <= _NEAR_DCT_DAYS for d in cands)
        ):
            return c.anchor_year, True
    if not cands or ref is None:
        return None, False
    past = [d for d in cands if d <= ref]
    future = [d for d in cands if d >= ref]
    p = past[-1] if past else None
    f = future[0] if future else None
    if p is not None and _SINCE_BEFORE.search(c.before()):
        return p.year, False  # "since", whatever the main verb, counts from a date gone by
    tense = _tense_for_year(c)
    if tense == PAST and p is not None:
        if (
            f is not None
            and (f - ref).days <= _AHEAD_OK_DAYS
            and (ref - p).days >= _FAR_BACK_DAYS
            and not past_verb_before(c.before())  # "first reported in early January"
        ):
            return f.year, False
        return p.year, False
    if tense == FUTURE and f is not None:
        if p is not None and (ref - p).days <= _JUST_PAST_DAYS and (f - ref).days > 300:
            return p.year, False
        return f.year, False
    if tense == PRESENT and f is not None and p is None:
        return f.year, False
    return min(cands, key=lambda d: abs((d - ref).days)).year, False


# ---- absolute dates ------------------------------------------------------------------------


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
    "3/4/2019" is March 4 and "24/10/2019" is October 24; "13/13/2019" is not a date."""
    a, b = int(g.req("a")), int(g.req("b"))
    m, d = (b, a) if a > 12 else (a, b)
    day = _date(int(g.req("y")), m, d)
    return make((day, "day"), explicit_year=True) if day else None


_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
# "October 3-5", "3–5 October": a run of days in one month (value: the first day)
_DAY_TO = rf"(?:\s*[-–]\s*(?P<d2>{DAY})(?!\d))?"


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
    starts="#weekday #month",
)
def _month_day(g: Groups, c: Ctx) -> Res | None:
    if g.lower("conn") == "to" and not RANGE_START.search(c.before()):
        # "rose Nov. 3 to 7": only "from Nov. 3 to 7" (or "through 7") is a run of days
        res = _day_date(g, c, last=None)
        if res is not None:
            res.end = g.end("d")
        return res
    return _day_date(g, c, last=_day(g["d3"]) if g["d3"] else None)


@rule(
    "day_month",
    rf"{_WD_PREFIX}(?:(?i:the)\s+)?(?P<d>{DAY}){_DAY_TO}(?:\s+(?i:of))?\s+(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    starts="#weekday the #digit",
)
def _day_month(g: Groups, c: Ctx) -> Res | None:
    return _day_date(g, c)


def _day_date(g: Groups, c: Ctx, last: int | None = None) -> Res | None:
    month, day = _month(g.req("mon")), _day(g.req("d"))
    wd = WEEKDAYS[g.lower("wd")] if g["wd"] else None
    if g["d2"]:
        last = _day(g["d2"])
    if last is not None and last <= day:
        return None  # "May 5-3" is no run of days
    if g["y"]:
        d = _date(year_of(g["y"]), month, day)
        return _run(make((d, "day"), explicit_year=True), last) if d else None
    if _date(2000, month, day) is None:  # 2000 is a leap year: only truly impossible days fail
        return None
    year, anchored = pick_year_anchored(c, month, day, wd)
    d = _date(year, month, day) if year is not None else None
    if d is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    return _run(make((d, "day"), yearless=True, relative=not anchored), last)


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
    rf"(?i:the)\s+(?i:week)\s+(?i:of)\s+(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
    starts="the",
)
def _week_of(g: Groups, c: Ctx) -> Res | None:
    """ "the week of March 6": the (ISO) week holding that day."""
    month, day = _month(g.req("mon")), _day(g.req("d"))
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
    if not rel and g.lower("mon") in _AMBIGUOUS_MONTHS and not _MONTH_CUE.search(c.before()):
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
    r"circa|c\.|year|fiscal|early|late|mid|spring|summer|autumn|fall|winter|the)\s+|"
    r"\bmid-|[-–—]|\(\s*)$"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:some|about|nearly|over|than|almost|least|approximately|roughly|only|just|"
    r"additional|another|no\.|number|nos?\.)\s*|[$€£¥#№]\s*)$"
)
_NOUN_AFTER = re.compile(r"\s+([a-z]+s)\b")
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
    if not g["mod"] and not _YEAR_CUE.search(before):
        # A bare four-digit number: a year only if nothing says it is a count.
        if year < 1800 or _NOT_YEAR_BEFORE.search(before):
            return None
        noun = _NOUN_AFTER.match(c.after())
        if noun and noun.group(1) not in _NOT_NOUNS:
            return None  # "2000 troops"
    return make((dt.date(year, 1, 1), "year"), explicit_year=True)


@rule(
    "year_range",
    rf"(?P<y>{YEAR_DIGITS})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\d,%/-]|[.:]\d|\s*(?i:percent))",
    starts="#digit",
)
def _year_range(g: Groups, c: Ctx) -> Res | None:
    """ "the 1998-99 season", "from 2001-2005": the first year, dated over the whole run."""
    first, tail = int(g.req("y")), g.req("y2")
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if not first < last <= first + 30:
        return None  # "1990-10" is not a run of years; nor are scores or codes
    res = make((dt.date(first, 1, 1), "year"), explicit_year=True)
    res.dating = (f"{first:04d}", f"{last:04d}", "year")
    return res


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
        return Res("DATE", f"BC{year:04d}")
    return make((dt.date(year, 1, 1), "year"), explicit_year=True)


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
    else:
        yy = int(g.req("d2"))
        now = (c.dct or dt.date.today()).year
        year = 2000 + yy if 2000 + yy <= now else 1900 + yy
    return make((dt.date(year, 1, 1), "decade"))


@rule(
    "century",
    rf"(?:(?i:the)\s+)?(?P<ord>{ORDINAL})(?:-|\s+)(?i:century)"
    r"(?:\s+(?P<era>BCE|BC|B\.C\.(?:E\.)?|CE|AD|A\.D\.)(?!\w))?",
    starts=(
        "the #digit first second third fourth fifth sixth seventh eighth ninth tenth "
        "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth twentieth twenty"
    ),
)
def _century(g: Groups, c: Ctx) -> Res | None:
    o = g.lower("ord")
    if o == "last":
        return None
    n = int(o[:-2]) if o[0].isdigit() else ORDINALS[o]
    if not 1 <= n <= 22:
        return None
    if (g["era"] or "").upper().startswith("B"):
        # "the 3rd century BC" (300-201 BC), TIMEX3's "BC02"; before year 1: no point
        return Res("DATE", f"BC{n - 1:02d}")
    return make((dt.date(max(1, (n - 1) * 100), 1, 1), "century"))


# ---- expressions relative to the DCT --------------------------------------------------------


_REL_DAYS = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


# A capitalised word just before: "Today" after it is part of a name ("USA Today").
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w.&'’-]*\s$")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _title_case(c: Ctx, word: str) -> bool:
    """Whether `word`, capitalised mid-sentence in a sentence that is not itself a title-case
    headline, marks a name: ABC's "This Week", "Next Year in Jerusalem"."""
    lo, hi = max(c.sent_begin, c.begin - CONTEXT), min(c.sent_end, c.end + CONTEXT)
    return word[:1].isupper() and bool(_LOWER_WORD.search(c.text, lo, hi))


@rule(
    "relative_day",
    r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
    rf"tonight|tomorrow))(?:\s+(?P<pod>{PART_OF_DAY}))?",
    starts="the yesterday today tonight tomorrow",
)
def _relative_day(g: Groups, c: Ctx) -> Res | None:
    if g.req("w")[:2] == "To" and _NAME_BEFORE.search(c.before()) and _title_case(c, g.req("w")):
        return None  # "USA Today", "VOA Today": a title, not the day
    word = _ws(g.req("w"))
    pod = g.lower("pod") or ("night" if word == "tonight" else "")
    suffix = f"T{POD_CODE[pod]}" if pod else ""
    if c.dct is None:
        return Res("DATE", "XXXX-XX-XX" + suffix)
    d = c.dct + dt.timedelta(days=_REL_DAYS[word])
    return make((d, "day"), "TIME" if pod else "DATE", ymd(d) + suffix, relative=True)


@rule("pod_relative", rf"(?P<rel>(?i:this|last))\s+(?P<pod>{PART_OF_DAY})", starts="this last")
def _pod_relative(g: Groups, c: Ctx) -> Res | None:
    pod = g.lower("pod")
    if c.dct is None:
        return Res("TIME", f"XXXX-XX-XXT{POD_CODE[pod]}")
    # "last night" is the evening before the DCT; "last morning" is not English.
    if g.lower("rel") == "last" and pod != "night":
        return None
    d = c.dct - dt.timedelta(days=1 if g.lower("rel") == "last" else 0)
    return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[pod]}", relative=True)


_POD_CUE = re.compile(r"(?i)\b(?:in|during|by|at|until|through)\s+$")


@rule(
    "pod_alone",
    r"(?P<mod>(?i:early|late|mid))[-\s]?(?P<pod>(?i:morning|afternoon|evening))"
    r"|(?P<the>(?i:the))\s+(?P<tpod>(?i:morning|afternoon|evening))",
    starts="early late mid mid-morning mid-afternoon mid-evening midafternoon midmorning the",
)
def _pod_alone(g: Groups, c: Ctx) -> Res | None:
    """ "by mid-afternoon", "in the morning": that part of the day the sentence is on (the
    DCT's unless a day came before in it; a day right after joins it: "mid-afternoon
    yesterday")."""
    if g["the"] and (not _POD_CUE.search(c.before()) or re.match(r"\s+(?i:of)\b", c.after())):
        return None  # "the morning of Oct. 5" is the date rules'; "the evening news"
    if not g["the"] and not _POD_CUE.search(c.before()):
        return None
    pod = g.lower("pod") or g.lower("tpod")
    ref = c.sent_ref if c.sent_ref is not None and c.sent_ref[1] == "day" else None
    if ref is None and (c.dct is None or c.sent_ref is not None or c.anchor_year is not None):
        # no day to hang it on: "In 1941, the army attacked in the morning" is no morning of
        # the DCT's
        return Res("TIME", f"XXXX-XX-XXT{POD_CODE[pod]}")
    d = ref[0] if ref is not None else c.dct
    assert d is not None  # a day in the sentence or the DCT: the branch above returned otherwise
    return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[pod]}", relative=ref is None)


_POSSESSIVE = re.compile(r"['’]s?\b")
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(?:until|till|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|deadline\s+of)"
    r"(?:\s+[\d:.apmEDSTU]+)*\s+$"
)


_A_BEFORE = re.compile(r"(?i)\b(?:a|any|every|each)\s+$")
# (forward, inclusive) of the weekday a relative word names; "this Monday" follows the tense.
_REL_WEEKDAY = {
    "last": (False, False),
    "past": (False, False),
    "next": (True, False),
    "coming": (True, True),
}
_SHARED_REL = re.compile(
    rf"(?i)\b(last|next|this|coming|past)\s+({WEEKDAY})\s+(?:and|or|to|through)\s+$"
)


def _weekday_from(base: dt.date, wd: int, forward: bool, inclusive: bool) -> dt.date:
    if forward:
        delta = (wd - base.weekday()) % 7
        return base + dt.timedelta(days=delta or (0 if inclusive else 7))
    delta = (base.weekday() - wd) % 7
    return base - dt.timedelta(days=delta or (0 if inclusive else 7))


@rule(
    "weekday",
    rf"(?:(?P<rel>(?i:last|next|this\s+past|this|coming|past)|(?i:the)\s+(?P<nrel>(?i:previous|following|"
    rf"next)))\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{PART_OF_DAY}))?",
    starts="last next this coming past the #weekday",
)
def _weekday(g: Groups, c: Ctx) -> Res | None:
    wd = WEEKDAYS[g.lower("wd")]
    pod = g.lower("pod")
    suffix = f"T{POD_CODE[pod]}" if pod else ""
    if c.dct is None or (
        not g["rel"]
        and not g["nrel"]
        and _A_BEFORE.search(c.before())
        and not _NOUN_NEXT.match(c.after())  # "during a Tuesday traffic stop": that one
    ):
        # "the final is on a Sunday": some Sunday, no date
        return Res("DATE", f"XXXX-WXX-{wd + 1}{suffix}")
    rel = _rel(g)
    if g["nrel"]:
        # "the previous Friday", "the following Monday": counted from the day the story is on
        base = c.ref[0] if c.ref is not None and c.ref[1] == "day" else c.dct
        forward = g.lower("nrel") != "previous"
        d = _weekday_from(base, wd, forward=forward, inclusive=False)
    elif rel in _REL_WEEKDAY:
        d = _weekday_from(c.dct, wd, *_REL_WEEKDAY[rel])
    elif (shared := _SHARED_REL.search(c.before())) is not None:
        # "next Tuesday and Wednesday": the second day takes the first one's "next" ("this
        # Tuesday and Wednesday": the coming ones)
        first = WEEKDAYS[shared.group(2).lower()]
        forward, inclusive = _REL_WEEKDAY.get(shared.group(1).lower(), (True, True))
        d = _weekday_from(c.dct, first, forward, inclusive)
        d = d + dt.timedelta(days=(wd - first) % 7)
    else:
        # News reports the past: without a future verb nearby, look back; a present one ("meet
        # Monday", "follows Tuesday's declaration") takes the nearer of the two.
        tense = c.tense()
        if tense == PRESENT and _POSSESSIVE.match(c.text, c.end):
            tense = None  # "over Thursday's closing price": what has a result has happened
        elif tense != PAST and _DEADLINE_BEFORE.search(c.before()):
            tense = FUTURE  # "until 9 a.m. Tuesday", "as soon as Tuesday"
        back = _weekday_from(c.dct, wd, forward=False, inclusive=True)
        d = back
        if tense in (FUTURE, PRESENT):
            ahead = _weekday_from(c.dct, wd, forward=True, inclusive=True)
            if tense == FUTURE or (ahead - c.dct) < (c.dct - back):
                d = ahead
    return make((d, "day"), "TIME" if pod else "DATE", ymd(d) + suffix, relative=True)


_SINGULAR_UNIT = r"(?i:day|week|weekend|month|quarter|year|decade|century)"


@rule(
    "relative_unit",
    r"(?:(?P<mod>(?i:early|earlier|late|later|mid))(?:-|\s+))?(?:(?P<the>(?i:the))\s+)?"
    r"(?P<rel>(?i:last|next|this\s+past|this|past|coming|previous|following|current|same|"
    r"prior))\s+"
    rf"(?P<unit>{_SINGULAR_UNIT})",
    starts=("#mod the last next this past coming previous following current same prior"),
)
def _relative_unit(g: Groups, c: Ctx) -> Res | None:
    if _title_case(c, g.req("unit")):
        return None  # "This Week With David Brinkley": a programme's name
    rel, unit, the = _rel(g), g.lower("unit"), bool(g["the"])
    gran = UNITS[unit][0]
    if rel in ("previous", "following", "same", "prior") or (unit == "day" and rel == "next"):
        step = {"previous": -1, "prior": -1, "same": 0}.get(rel, 1)
        return _anchored(c, step, unit)
    if unit == "day" and not (the and rel in ("past", "last")):
        return None  # "this day", "last day": not dates
    if (the and rel in ("past", "last", "next", "coming")) or rel == "past":
        forward = rel in ("next", "coming")
        span = span_dating(c.dct, 1, unit, forward, False) if c.dct else None
        res = Res("DURATION", _period(1, unit), dating=span)
        if unit == "year" and the and rel in ("past", "last") and c.dct is not None:
            # "over the past year": the twelve months before the DCT on the timeline; TimeBank
            # marks it as the year before the DCT's (a DATE), as it does "last year".
            res.timeml = ("DATE", str(c.dct.year - 1), c.end)
        return res
    if c.dct is None:
        return Res("DATE", PLACEHOLDER[gran])
    step = {"last": -1, "next": 1, "coming": 1}.get(rel, 0)
    return make((shift(c.dct, step, unit), gran), relative=True)


def _anchored(c: Ctx, step: int, unit: str) -> Res:
    """A date counted from the narrative reference time ("the next day", "two weeks later")."""
    gran = UNITS[unit][0]
    ref = c.ref
    if ref is None or GRAN_RANK[ref[1]] > GRAN_RANK[gran]:
        return Res("DATE", PLACEHOLDER[gran])
    if step < 0 and c.ref_offset == (step, unit) and c.sent_ref is None:
        # "from $99 million a year ago ... from $8.18 billion a year earlier": a second
        # comparison with the same period, not a year before the first one.
        return make(ref, offset=(step, unit))
    d = shift(ref[0], step, unit)
    out_gran = ref[1] if gran in ("week", "weekend") and ref[1] == "day" else gran
    return make((d, out_gran), offset=(step, unit) if step < 0 else None)


# A sentence about a report's longer period ("For the nine months, net rose ... from $5 million
# a year earlier") compares with last year's such period, not with the quarter in focus.
_LONGER_PERIOD = re.compile(
    r"(?i)\b(?:nine|six|twelve|12|9|6)[\s-]+months?\b|\b(?:first|second)\s+half\b"
    r"|\b(?:full|fiscal)\s+year\b"
)
# "2 1/2 years", "two and a half years", "a minute and a half"
_HALF_NUM = r"(?P<half>\s+1/2|\s*½|\s+(?i:and\s+a\s+half))?"
_AND_A_HALF = r"(?P<half2>\s+(?i:and\s+a\s+half))?"
_DIRECTIONS = {"ago": -1, "earlier": -1, "before": -1, "later": 1, "after": 1, "from now": 1}


# A day-level date just before, then a comma: what follows is in apposition to it.
_DATE_APPOSITION = re.compile(
    r"(?i)(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\byesterday|\btoday|\d)\s*,\s*$"
)


@rule(
    "offset",
    rf"(?P<num>{NUM}){_HALF_NUM}{_AMOUNT}\s+(?P<unit>{UNIT}){_AND_A_HALF}\s+"
    r"(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence))",
    starts="#digit #number",
)
def _offset(g: Groups, c: Ctx) -> Res | None:
    unit = unit_of(g.req("unit"))
    gran = UNITS[unit][0]
    n = number_of(g.req("num"))
    direction = _ws(g.req("dir"))
    sign = _DIRECTIONS.get(direction, 1)
    if (
        unit == "year"
        and n is not None
        and direction in ("ago", "earlier")
        and c.focus is not None
        and (c.sent_ref is None or c.sent_ref[1] == "quarter")
        and not _LONGER_PERIOD.search(c.before())
    ):
        # "net rose in the third quarter from $5 million a year ago": the same quarter back then
        return make((shift(c.focus[0], -n, "year"), "quarter"), offset=(-n, unit))
    if (
        unit == "year"
        and n is not None
        and direction == "earlier"
        and c.ref is not None
        and c.ref[1] == "quarter"
        and _LONGER_PERIOD.search(c.before())
    ):
        # "For the nine months, net was $5 million, against $4 million a year earlier": that
        # year's nine months, a year back at year precision rather than the quarter's.
        if c.focus is not None:
            year = c.focus[0].year - n
        elif c.ref_offset == (-n, unit):
            year = c.ref[0].year  # the last date named is already the one a year back
        else:
            year = c.ref[0].year - n
        return make((dt.date(year, 1, 1), "year"), offset=(-n, unit))
    if direction in ("ago", "from now", "hence"):
        if c.dct is None:
            return Res("DATE", PLACEHOLDER[gran])
        if n is None:  # "a few days ago": a vague period just before the DCT
            span = span_dating(
                shift(c.dct, sign * VAGUE_COUNT, unit), VAGUE_COUNT, unit, sign < 0, True
            )
            return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", dating=span)
        return make((shift(c.dct, sign * n, unit), gran), relative=True, offset=(sign * n, unit))
    half = bool(g["half"] or g["half2"])
    amount_end = g.end("half2") if half else g.end("unit")
    duration = Res("DURATION", _period(n, unit, half), end=amount_end)
    res = None
    if n is not None and direction in ("earlier", "later"):
        res = _anchored(c, sign * n, unit)
        if direction == "earlier":
            return res  # "a year earlier": the period compared with (WSJ), a DATE in TimeML
    elif n is not None:
        # "a day after the March 3 vote": counted from the date that follows. "arrived on Monday,
        # a day after Erdogan said": the clause's event is n units before the sentence's date.
        following = c.peek_next(2)
        if following is not None and GRAN_RANK[following[1]] <= GRAN_RANK[gran]:
            res = make((shift(following[0], sign * n, unit), gran))
        elif c.sent_ref is not None and GRAN_RANK[c.sent_ref[1]] <= GRAN_RANK[gran]:
            res = make((shift(c.sent_ref[0], -sign * n, unit), gran))
            if _DATE_APPOSITION.search(c.before()):
                # "arrived on Monday, a day after Erdogan said": in apposition to that date, the
                # phrase names a day itself (the one Erdogan spoke on), so it stays a DATE.
                return res
    if res is None or res.point is None:
        return duration
    # "three days later", "a day after the vote": dated for the timeline, but TimeML marks the
    # amount of time as a DURATION and "later"/"after"/"before" as a signal.
    res.timeml = ("DURATION", duration.value, amount_end)
    return res


# ---- durations ------------------------------------------------------------------------------


_IN_BEFORE = re.compile(r"(?i)\bin\s+$")
_AGE_AFTER = re.compile(r"(?i)\s*(?:-\s*)?old\b")
_RATE_BEFORE = re.compile(
    r"(?i)(?:[\d%]|\b(?:hundred|thousand|million|billion|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twice|once|times))\S*(?:\s+(?!(?:for|in|within|over|after|before|about|"
    r"than|during|of|by|to|from|nearly|almost|only|just|least|per)\b)[a-z]\w*){0,2}\s+$"
)
# A noun after "a second" makes it the ordinal; a duration is followed by these, or by nothing.
_ORDINAL_NOUN_AFTER = re.compile(
    r"\s+(?!(?:or|and|of|later|ago|earlier|after|before|to|in|for|at|on|longer|more|less|too|"
    r"or\s+two|late|early|apart|each|every|per|the|a|an)\b)[a-z]"
)
_FOR_BEFORE = re.compile(r"(?i)\b(?:for|over|during|in)\s+$")
_UNIT_HYPHEN = r"(?i:second|minute|hour|day|week|month|year|decade|century)"


@rule(
    "duration",
    r"(?:(?P<the>(?i:the))\s+"
    r"(?:(?P<rel>(?i:past|last|next|coming|first|previous|following|latest|final))\s+)?)?"
    rf"(?P<num>{NUM}){_HALF_NUM}{_AMOUNT}\s+(?P<unit>{UNIT}){_AND_A_HALF}"
    rf"|(?P<hnum>\d{{1,3}}|(?i:[a-z]+(?:-[a-z]+)?))-(?P<hunit>{_UNIT_HYPHEN})"
    r"(?:-(?P<old>(?i:old|long)))?",
    starts="the #digit #number",
)
def _duration(g: Groups, c: Ctx) -> Res | None:
    if g["hunit"]:
        n = number_of(g.req("hnum"))
        if n is None or g.lower("hnum") in ("a", "an") or g.lower("old") == "old":
            return None  # ages ("6-year-old") are not temporal expressions in TimeML
        unit = g.lower("hunit")
        return Res("DURATION", _period(n, unit))
    unit = unit_of(g.req("unit"))
    n = number_of(g.req("num"))
    rel = g.lower("rel")
    if c.begin > c.sent_begin and _title_case(c, g.req("unit")):
        return None  # CBS's "60 Minutes", "48 Hours": a programme's name
    if _AGE_AFTER.match(c.text, c.end):
        return None  # "52 years old": an age, not a time (TimeML leaves ages out)
    if g.lower("num") in ("a", "an") and re.match(r"-[a-z]", c.text[c.end : c.end + 2]):
        return None  # "a year-earlier loss": the compound is the expression (year_back's)
    if g.lower("num") in ("a", "an") and not rel and _RATE_BEFORE.search(c.before()):
        return None  # "four flights a week", "$1.76 a year": a rate, not a span of time
    if g.lower("num") == "a" and unit == "second" and _ORDINAL_NOUN_AFTER.match(c.after()):
        return None  # "a second group", "for a second time": the ordinal, not one second
    value = _period(n, unit, half=bool(g["half"] or g["half2"]))
    if (
        n is not None
        and not rel
        and not g["the"]
        and c.dct is not None
        and _IN_BEFORE.search(c.before())
        and c.tense() == FUTURE
    ):
        # "will vote in three days": the date three days on, not a span
        gran = UNITS[unit][0]
        return make((shift(c.dct, n, unit), gran), relative=True)
    span = None
    if c.dct is not None:
        count = VAGUE_COUNT if n is None else n
        if rel in ("past", "last", "next", "coming"):
            span = span_dating(c.dct, count, unit, rel in ("next", "coming"), n is None)
        elif (
            not rel
            and n is not None
            and _FOR_BEFORE.search(c.before())
            and c.has_perfect()
            and not (c.sent_rules & ABSOLUTE_RULES)
        ):
            # "has been trying ... for nine months": a span up to the DCT, unless the sentence
            # names an absolute date the span would rather hang from.
            span = span_dating(c.dct, count, unit, False, False)
    return Res("DURATION", value, dating=span)


# "and a half" in the next smaller unit: "2 1/2 years" -> "P2Y6M", "5 1/2 hours" -> "PT5H30M".
_HALF = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}


def _period(n: int | None, unit: str, half: bool = False) -> str:
    """The TIMEX3 duration of n units; decades and centuries in years as ISO 8601 has them
    ("P20Y", not "P2DE"); `half`: and a half more."""
    if unit in ("decade", "century"):
        years = {"decade": 10, "century": 100}[unit]
        return "PXY" if n is None else f"P{n * years + (years // 2 if half else 0)}Y"
    if unit == "fortnight":  # two weeks; "a fortnight and a half" is three
        return "PXW" if n is None else f"P{2 * n + (1 if half else 0)}W"
    letter = UNITS[unit][1]
    t = "T" if UNITS[unit][2] else ""
    if n is None:
        return f"P{t}X{letter}"
    if half:
        extra = _HALF.get(unit)
        return f"P{t}{n}{letter}{extra}" if extra else f"P{t}{n}.5{letter}"
    return f"P{t}{n}{letter}"


# ---- vague references -----------------------------------------------------------------------

_VAGUE = {
    "PRESENT_REF": "now|currently|nowadays|presently|at present|at the moment|these days|"
    "the present|right now",
    # Not "soon", "shortly", "previously", "formerly": TimeML corpora leave these adverbs
    # unmarked far more often than not, and they date nothing.
    "PAST_REF": "recently|lately|the past|the other day",
    "FUTURE_REF": "the future|the near future|a later date|a future date",
}
_VAGUE_VALUE = {w: v for v, words in _VAGUE.items() for w in words.split("|")}


@rule(
    "vague",
    r"(?P<w>(?i:"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in _VAGUE_VALUE), key=len, reverse=True))
    + "))",
    starts=("now currently nowadays presently at these the right recently lately a"),
)
def _vague(g: Groups, c: Ctx) -> Res | None:
    return Res("DATE", _VAGUE_VALUE[_ws(g.req("w"))])


# What "current" is before when it is not "of this time": the noun (electricity, a stream).
_CURRENT_NOT_BEFORE = re.compile(
    r"\s+(?:account|accounts|affairs|and|or|of|in|is|was|flows?|flowed|through|from|to|which|"
    r"that|carries|carried)\b",
    re.IGNORECASE,
)


@rule("current", r"(?P<then>(?i:then)[\s-]+)?(?i:current)", starts="current then")
def _current(g: Groups, c: Ctx) -> Res | None:
    """ "its current share", "current market conditions": the present (TimeML PRESENT_REF;
    "the current quarter/year" are the reporting rules'). "the then current price" is a past
    present. Not the noun ("an electric current", "the current was strong") nor "current
    account", a balance-of-payments term."""
    if not _NOUN_NEXT.match(c.after()) or _CURRENT_NOT_BEFORE.match(c.after()):
        return None
    return Res("DATE", "PAST_REF" if g["then"] else "PRESENT_REF")


_SOON_NOT_AFTER = re.compile(r"\s+(?:as|after|afterwards?|thereafter|before|enough\b|to\s+be)")


@rule(
    "soon",
    r"(?i:as\s+soon\s+as\s+possible)|(?P<soon>(?i:soon))",
    starts="as soon",
)
def _soon(g: Groups, c: Ctx) -> Res | None:
    """ "will soon begin", "may soon seek", "as soon as possible": a coming time (TimeML
    FUTURE_REF). Only where the clause looks ahead: "was soon released" and "soon became a
    flood" tell a past, "as soon as he arrives" and "soon after" lean on another event."""
    if not g["soon"]:
        return Res("DATE", "FUTURE_REF")
    if _SOON_NOT_AFTER.match(c.after()) or re.search(r"(?i)\bas\s+$", c.before()):
        return None
    looks_ahead = (
        c.tense() == FUTURE
        or re.match(r"(?i)\s+(?:will|would|to)\b", c.after())  # "it soon will begin"
        or re.search(r"(?i)\bto\s+$", c.before())  # "expects sales to soon grow"
    )
    return Res("DATE", "FUTURE_REF") if looks_ahead else None


@rule(
    "vague_period",
    r"(?P<recent>(?i:recent|past))\s+(?P<unit>(?i:days|weeks|months|quarters|years))"
    r"|(?:(?i:the)\s+)?(?i:coming|future)\s+(?P<cunit>(?i:days|weeks|months|quarters|years))"
    r"|(?P<tunit>(?i:days|weeks|months|years))\s+(?i:to\s+come)"
    r"|(?i:the)\s+(?P<aunit>(?i:days|weeks|months|years))\s+(?i:ahead)",
    starts="recent past the coming future days weeks months years",
)
def _vague_period(g: Groups, c: Ctx) -> Res | None:
    if g.lower("recent") == "past" and re.search(r"(?i)\bthe\s+$", c.before()):
        return None  # "the past years" is a duration (the duration rule's)
    past = bool(g["recent"])
    if g["aunit"]:  # "in the weeks ahead": a span from now, as TimeML marks it
        return Res("DURATION", _period(None, unit_of(g["aunit"])))
    unit = unit_of(g["unit"] or g["cunit"] or g.req("tunit"))
    span = span_dating(c.dct, VAGUE_COUNT, unit, not past, True) if c.dct else None
    return Res("DATE", "PAST_REF" if past else "FUTURE_REF", dating=span)


_SPAN_BEFORE = re.compile(r"(?i)\b(?:for|within|in)\s+$")


@rule(
    "bare_units",
    r"(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|centuries))"
    r"(?:\s+(?i:or)\s+(?i:minutes|hours|days|weeks|months|years|decades|centuries))?",
    starts="minutes hours days weeks months years decades centuries",
)
def _bare_units(g: Groups, c: Ctx) -> Res | None:
    """ "for years", "within weeks or months", "the first time in decades": an unstated number
    of units, a DURATION as TimeML marks it ("PXY"). Only after "for", "within", "in": the bare
    plural elsewhere is mostly not a time span ("hundreds of years", "years of war")."""
    if not _SPAN_BEFORE.search(c.before()):
        return None
    return Res("DURATION", _period(None, unit_of(g.req("unit"))))


# ---- seasons and quarters -------------------------------------------------------------------


_SEASON_CUE = re.compile(r"(?i)\b(?:in|during|the|since|until|by|over|through|this|that)\s+$")


@rule(
    "season",
    r"(?:(?P<the>(?i:the))\s+)?"
    r"(?:(?P<rel>(?i:last|next|this\s+past|this|early|late|mid))(?:-|\s+))?"
    rf"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}))?",
    starts="the last next this early late mid spring summer autumn fall winter",
)
def _season(g: Groups, c: Ctx) -> Res | None:
    code = SEASONS[g.lower("s")]
    rel = _rel(g)
    cue = g["the"] or _SEASON_CUE.search(c.before())
    if not (rel or g["y"]) and (g.lower("s") == "fall" or not cue):
        return None
    if g["the"] and rel in ("last", "next", "this"):
        return None  # "the last summer": the other rules' business
    month = SEASON_FIRST_MONTH[code]
    if g["y"]:
        return make((dt.date(year_of(g["y"]), month, 1), "season"), explicit_year=True)
    if c.dct is None:
        return Res("DATE", f"XXXX-{code}")
    if rel == "last":  # the latest one already over
        year = max(
            y
            for y in range(c.dct.year - 2, c.dct.year + 1)
            if shift(dt.date(y, month, 1), 1, "season") <= c.dct
        )
    elif rel == "next" or (rel != "this" and _PUT_OFF_BEFORE.search(c.before())):
        # the first one not yet begun; "postponed until spring" too
        year = min(y for y in (c.dct.year, c.dct.year + 1) if dt.date(y, month, 1) > c.dct)
    elif rel == "this":
        year = c.dct.year
    else:
        year = pick_year(c, month) or c.dct.year
    return make((dt.date(year, month, 1), "season"), relative=True)


_REPORTING_LAG_DAYS = 60


def _reporting_year(c: Ctx, first_month: int, months: int) -> int | None:
    """The year of a year-less quarter or half: the narrative year if any, else the latest one
    begun by the DCT, or with a future verb the first one not yet over ("the third quarter"
    written in October is this year's, "will ... in the first quarter" next year's)."""
    if c.anchor_year is not None and (c.dct is None or c.anchor_year != c.dct.year):
        return c.anchor_year
    if c.dct is None:
        return None
    dct = c.dct
    starts = [dt.date(y, first_month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    latest = max(d for d in starts if d <= dct)
    # Results come out for weeks after a quarter ends: "expects third-quarter profit to fall",
    # written in October, is about the quarter just over.
    if c.tense() == FUTURE and (dct - shift(latest, months, "month")).days > _REPORTING_LAG_DAYS:
        return next(d.year for d in starts if shift(d, months, "month") > dct)
    return latest.year


@rule(
    "quarter",
    rf"(?:(?i:the)\s+)?(?:(?P<py>{YEAR_DIGITS})\s+|(?P<rel>(?i:this|next|last))\s+(?i:year)['’]s\s+"
    r"|(?P<ago>(?i:year-earlier|year-ago|prior-year|comparable\s+year-ago))\s+)?"
    r"(?P<fiscal>(?i:fiscal)[\s-]+)?"
    r"(?P<ord>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))(?:-|\s+)"
    rf"(?i:quarter)(?!-)(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<y>{YEAR}))?",
    starts=(
        "the this next last year-earlier year-ago prior-year comparable fiscal first second "
        "third fourth final #digit"
    ),
)
def _quarter(g: Groups, c: Ctx) -> Res | None:
    o = g.lower("ord")
    q = int(o[0]) if o[0].isdigit() else ORDINALS.get(o, 4)
    y = g["y"] or g["py"]
    year: int | None
    if y:
        return make((dt.date(year_of(y), q * 3 - 2, 1), "quarter"), explicit_year=True)
    if g["rel"]:
        if c.dct is None:
            return Res("DATE", f"XXXX-Q{q}")
        year = c.dct.year + {"this": 0, "next": 1, "last": -1}[g.lower("rel")]
        return make((dt.date(year, q * 3 - 2, 1), "quarter"), relative=True)
    year = _reporting_year(c, q * 3 - 2, 3)
    if year is None:
        return Res("DATE", f"XXXX-Q{q}")
    if g["ago"]:
        return make((dt.date(year - 1, q * 3 - 2, 1), "quarter"), offset=(-1, "year"))
    return make((dt.date(year, q * 3 - 2, 1), "quarter"), yearless=True, relative=True)


@rule(
    "half",
    r"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|last|latter))(?:-|\s+)(?i:half)\s+(?i:of)\s+"
    rf"(?:(?P<y>{YEAR})|(?P<rel>(?i:this|next|last))\s+(?i:year)|(?P<the>(?i:the\s+year)))",
    starts="the first second last latter",
)
def _half(g: Groups, c: Ctx) -> Res | None:
    h = 1 if g.lower("ord") == "first" else 2
    if g["y"]:
        return make((dt.date(year_of(g["y"]), h * 6 - 5, 1), "half"), explicit_year=True)
    if c.dct is None:
        return Res("DATE", f"XXXX-H{h}")
    year = c.dct.year + {"this": 0, "next": 1, "last": -1}.get(g.lower("rel"), 0)
    if g["the"] and c.anchor_year is not None:
        year = c.anchor_year
    return make((dt.date(year, h * 6 - 5, 1), "half"), relative=True)


def _latest_quarter(c: Ctx, current: bool = False) -> Point | None:
    """The quarter a report is about: the last one named nearby, else the last one over by the
    DCT (reports come after the quarter); `current`: the DCT's own quarter."""
    if c.focus is not None and not current:
        return c.focus
    if c.dct is None:
        return None
    d = c.dct if current else shift(c.dct, -1, "quarter")
    return (dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1), "quarter")


_YEAR_BACK = r"(?:year-earlier|year-ago|prior-year|year-before)"
_YEAR_AGO_AFTER = re.compile(r"(?i)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)")
_RELATIVE_AFTER = re.compile(r"(?i)\s+(?:before|after|earlier|later|prior)\b")
_ENDED = re.compile(r"(?i)\s+(?:ended|ending|that\s+ended|which\s+ended|through)\b")


@rule(
    "reporting_period",
    r"(?:(?P<det>(?i:the))\s+(?:(?P<y>1\d{3}|20\d{2})\s+)?"
    r"|(?P<rel>(?i:this|last|next))\s+(?i:year)['’]s\s+)"
    rf"(?P<mods>(?:(?i:latest|current|comparable|corresponding|same|full|fiscal|{_YEAR_BACK})"
    r"(?:\s+|-))*)"
    r"(?P<unit>(?i:quarter|period|year))(?![\w-]|['’]s?\s+(?i:end))",
    starts="the this last next",
)
def _reporting_period(g: Groups, c: Ctx) -> Res | None:
    """WSJ-style references to the period a report is about: "the quarter", "the latest
    period", "the year-ago quarter", "the fiscal year", "the full year"."""
    joined = _ws(g.req("mods"))
    mods = set(re.split(r"[\s-]+", joined)) - {""}
    back = bool(re.search(_YEAR_BACK, joined, re.I))
    unit = g.lower("unit")
    after = c.after()
    if g["y"] or g["rel"]:  # "the 1988 quarter", "last year's quarter": the one in focus, then
        if unit == "year":
            return None
        if g["y"]:
            year = int(g["y"])
        elif c.dct is not None:
            year = c.dct.year + {"this": 0, "last": -1, "next": 1}[g.lower("rel")]
        else:
            return None
        quarter = _latest_quarter(c)
        if quarter is None:
            return make((dt.date(year, 1, 1), "year"), explicit_year=bool(g["y"]))
        # The focus quarter's counterpart in another year: not a new focus.
        shifted = dt.date(year, quarter[0].month, 1)
        return make((shifted, "quarter"), offset=(year - quarter[0].year, "year"))
    extra = _YEAR_AGO_AFTER.match(after)
    end = None
    if extra and not back:
        back, end = True, c.end + extra.end()
    if unit == "year":
        if back or mods & {"comparable", "corresponding", "same"} or _RELATIVE_AFTER.match(after):
            return None  # "the year before": counted from another date, not the DCT's year
        if _ENDED.match(after):  # "the year ended Sept. 30": a fiscal year, counted as a span
            return Res("DURATION", "P1Y")
        if c.dct is None:
            return Res("DATE", "XXXX")
        year = c.dct.year - (1 if "latest" in mods else 0)
        if c.anchor_year is not None and not mods & {"latest", "current"}:
            year = c.anchor_year
        return make((dt.date(year, 1, 1), "year"), relative=c.anchor_year is None)
    if unit == "period" and not (mods & {"latest", "comparable", "corresponding", "same"} or back):
        return None  # "the period" alone is anything
    if mods & {"same"} and not back:
        return None  # "the same period" needs "last year" or "a year ago" to say which
    point = _latest_quarter(c, current="current" in mods)
    if point is None:
        return Res("DATE", "XXXX-QX")
    if _ENDED.match(after) and c.focus is None:
        # "the quarter ended Sept. 30": the quarter holding that date
        nxt = c.peek_next(3)
        if nxt is not None:
            point = (dt.date(nxt[0].year, (nxt[0].month - 1) // 3 * 3 + 1, 1), "quarter")
    if back:
        return make((shift(point[0], -1, "year"), "quarter"), end=end, offset=(-1, "year"))
    return make(point, end=end)


@rule(
    "year_back",
    rf"(?P<w>(?i:{_YEAR_BACK}))(?=\s+[a-z])",
    starts="year-earlier year-ago prior-year year-before",
)
def _year_back(g: Groups, c: Ctx) -> Res | None:
    """ "the year-earlier results": the reported period a year back."""
    if c.focus is not None and not _LONGER_PERIOD.search(c.before()):
        return make((shift(c.focus[0], -1, "year"), "quarter"), offset=(-1, "year"))
    if c.dct is None:
        return Res("DATE", "XXXX")
    return make((dt.date(c.dct.year - 1, 1, 1), "year"), relative=True, offset=(-1, "year"))


@rule(
    "period_end",
    r"(?P<w>(?i:year[-\s]end|year['’]s\s+end))"
    r"|(?i:the\s+(?:end|beginning|start|middle)\s+of\s+the)\s+"
    r"(?P<unit>(?i:year|month|week|quarter|decade|century))"
    r"(?![\w-])",
    starts="year-end year the",
)
def _period_end(g: Groups, c: Ctx) -> Res | None:
    """ "by year-end", "the end of the month": that part of the DCT's (or narrative) period."""
    unit = g.lower("unit") or "year"
    gran = UNITS[unit][0]
    if c.anchor_year is not None and unit == "year":
        return make((dt.date(c.anchor_year, 1, 1), "year"))
    if c.dct is None:
        return Res("DATE", PLACEHOLDER[gran])
    if unit == "quarter" and c.tense() == PAST:
        # "profit fell at the end of the quarter": the one reported on, over by now
        point = _latest_quarter(c)
        if point is not None:
            return make(point)
    return make((c.dct, gran), relative=True)


@rule("new_year", r"(?i:the)\s+new\s+year(?![\w'’-])", starts="the")
def _new_year(g: Groups, c: Ctx) -> Res | None:
    """ "in the new year": said in the autumn, the coming year; early in a year, that year."""
    if c.dct is None:
        return Res("DATE", "XXXX")
    year = c.dct.year + (1 if c.dct.month >= 9 else 0)
    return make((dt.date(year, 1, 1), "year"), relative=True)


@rule(
    "that_unit",
    r"(?P<w>(?i:that))\s+(?P<unit>(?i:day|week|month|quarter|year))(?![\w-])",
    starts="that",
)
def _that_unit(g: Groups, c: Ctx) -> Res | None:
    """ "later that year", "that same day": the period of the last date named."""
    return _anchored(c, 0, g.lower("unit"))


@rule(
    "year_words",
    rf"(?:(?P<the>(?i:the\s+year))\s+)?(?P<y>{YEAR_WORDS})",
    starts=(
        "the eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty two"
    ),
)
def _year_words(g: Groups, c: Ctx) -> Res | None:
    """ "nineteen ninety-six", "the year two thousand": years as transcripts spell them."""
    text = g.lower("y")
    if not g["the"]:
        # "two thousand people", "twenty twenty-five": counts unless a date word says year.
        if text.startswith(("two thousand", "twenty")) and not _YEAR_CUE.search(c.before()):
            return None
        noun = _NOUN_AFTER.match(c.after())
        if noun and noun.group(1) not in _NOT_NOUNS and not _YEAR_CUE.search(c.before()):
            return None
    return make((dt.date(year_of(g.req("y")), 1, 1), "year"), explicit_year=True)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` of a month; n = -1: the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = shift(dt.date(year, month, 1), 1, "month") - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    from dateutil.easter import easter

    return easter(year)


# Holiday -> its date in a given year. Fixed-date, n-th weekday (US federal) and Easter-based
# holidays; lunar ones (Ramadan, Eid, Passover) are left out: their dates need a calendar table.
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
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
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
}
_HOLIDAY_RE = "|".join(
    sorted(
        (re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]?") for h in _HOLIDAYS),
        key=len,
        reverse=True,
    )
)


@rule(
    "holiday",
    r"(?:(?P<rel>(?i:last|next|this))\s+)?"
    rf"(?P<h>(?i:{_HOLIDAY_RE}))(?P<week>\s+(?i:week))?(?:,?\s+(?P<y>{YEAR}))?",
    starts=(
        "last next this new christmas boxing valentine valentine's halloween independence the "
        "veterans armistice bastille thanksgiving labor memorial martin presidents mother's "
        "mother father's father election easter good black cyber"
    ),
)
def _holiday(g: Groups, c: Ctx) -> Res | None:
    name = re.sub(r"['’]", "'", _ws(g.req("h")))
    name = name if name in _HOLIDAYS else name.replace("s day", "'s day")
    when = _HOLIDAYS.get(name)
    if when is None or not g.req("h")[0].isupper():
        return None  # "labor day" in lower case is not the holiday
    gran = "week" if g["week"] else "day"
    if g["y"]:
        return make((when(year_of(g["y"])), gran), explicit_year=True)
    if c.dct is None:
        d = when(2000)
        return Res("DATE", f"XXXX-{d.month:02d}-{d.day:02d}" if gran == "day" else "XXXX-WXX")
    rel = g.lower("rel")
    years = (c.dct.year - 1, c.dct.year, c.dct.year + 1)
    if rel == "last":
        d = max(when(y) for y in years if when(y) < c.dct)
    elif rel == "next":
        d = min(when(y) for y in years if when(y) > c.dct)
    elif rel == "this":
        d = when(c.dct.year)
    else:
        this_year = when(c.dct.year)
        year = pick_year(c, this_year.month, this_year.day) or c.dct.year
        d = when(year)
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
    if c.tense() == FUTURE:
        d = _weekday_from(c.dct, sat, forward=True, inclusive=True)
    else:
        d = _weekday_from(c.dct - dt.timedelta(days=1), sat, forward=False, inclusive=True)
    return make((d, "weekend"), relative=True)


# ---- times of day ---------------------------------------------------------------------------

_TZ = r"(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|(?i:local\s+time))"
_TIME_CUE = re.compile(r"(?i)\b(?:at|by|from|until|till|to|around|about|before|after|since)\s+$")


@rule(
    "time",
    r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|am|pm|a\.m|p\.m))"
    rf"(?:\s+(?P<tz>{_TZ}))?"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s*(?P<tz24>{_TZ}))?"
    r"|(?P<word>(?i:noon|midday|midnight))",
    starts="#digit noon midday midnight",
)
def _time(g: Groups, c: Ctx) -> Res | None:
    if g["word"]:
        if re.search(r"(?i)\bhigh\s+$", c.before()) or (
            _NAME_BEFORE.search(c.before()) and _title_case(c, g["word"])
        ):
            return None  # "High Noon", "high noon comes today": a title, a figure of speech
        hour, minute = (0, 0) if g.lower("word") == "midnight" else (12, 0)
    elif g["h24"]:
        if not (g["tz24"] or _TIME_CUE.search(c.before())):
            return None  # "3:1" scores, verse numbers
        hour, minute = int(g.req("h24")), int(g.req("m24"))
    else:
        hour, minute = int(g.req("h")) % 12, int(g["m"] or 0)
        if g.lower("ap").startswith("p"):
            hour += 12
    clock = f"T{hour:02d}:{minute:02d}"
    day = None
    if c.sent_ref is not None and c.sent_ref[1] == "day":
        day = c.sent_ref[0]
    else:
        following = c.peek_next(2)
        if following is not None and following[1] == "day":
            day = following[0]
        elif c.ref is not None and c.ref[1] == "day":
            day = c.ref[0]  # "was shot on Oct. 23 ... at 10 p.m.": the day the story is on
        elif c.dct is not None:
            day = c.dct
    if day is None:
        return Res("TIME", "XXXX-XX-XX" + clock)
    value = ymd(day) + clock
    return Res("TIME", value, (day, "day"), (value, None, "minute"))


# ---- sets -----------------------------------------------------------------------------------

_ADVERB_SETS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
}


_RECURRING_ADJ = {"hourly", "daily", "nightly", "weekly"}
_KIND_BEFORE = re.compile(r"(?i)\b(?:its|their|his|her|the|a|an|first|initial|average)\s+$")
_NOUN_NEXT = re.compile(r"\s+[a-z]")


@rule(
    "set",
    rf"(?i:every|each)\s+(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})"
    rf"|(?i:every|each)\s+(?P<wd>{WEEKDAY})"
    r"|(?P<adv>(?i:hourly|daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually))"
    rf"|(?P<freq>(?i:once|twice|three\s+times|\d+\s+times))\s+(?i:a|per|each|every)\s+"
    rf"(?P<funit>{UNIT})"
    r"|(?P<wds>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)",
    starts=(
        "every each hourly daily nightly weekly biweekly monthly quarterly yearly "
        "annually once twice three #digit mondays tuesdays wednesdays thursdays fridays "
        "saturdays sundays"
    ),
)
def _set(g: Groups, c: Ctx) -> Res | None:
    if g["adv"] and _KIND_BEFORE.search(c.before()) and _NOUN_NEXT.match(c.after()):
        # "its quarterly dividend", "average daily volume": a kind of thing, not a recurrence;
        # but "his weekly radio address", "a daily rally", "their daily life" recur.
        if g.lower("adv") not in _RECURRING_ADJ or c.before().lower().rstrip().endswith("average"):
            return None
    if g["adv"]:
        return Res("SET", _ADVERB_SETS[g.lower("adv")])
    if g["wd"] or g["wds"]:
        wd = WEEKDAYS[(g.lower("wd") or g.lower("wds")[:-1])]
        return Res("SET", f"XXXX-WXX-{wd + 1}")
    unit = unit_of(g["unit"] or g.req("funit"))
    n = number_of(g["num"]) if g["num"] else 1
    return Res("SET", _period(n or 1, unit))
