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
    VAGUE_NUMBERS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    number_of,
    unit_of,
)
from .periods import PLACEHOLDER, Dating, Point, dating, fmt, shift, span_dating, ymd
from .tense import FUTURE, PAST, PRESENT

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
        self.sent_rules: frozenset[str] = frozenset()  # rules matched in this sentence
        self._tense = None
        self._peek: Callable[[int], Point | None] = lambda _words: None

    def before(self) -> str:
        return self.text[self.sent_begin : self.begin]

    def after(self) -> str:
        return self.text[self.end : self.sent_end]

    def tense(self) -> str | None:
        return self._tense.at(self.begin, self.end) if self._tense else None

    def has_perfect(self) -> bool:
        return bool(self._tense and self._tense.has_perfect(self.begin))

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
    "#number": " ".join({w.split()[0].split("-")[0] for w in (*NUMBER_WORDS, *VAGUE_NUMBERS)}),
    "#mod": "early earlier late later mid",
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


def make(point: Point, type_: str = "DATE", value: str | None = None, **flags: bool) -> Res:
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


def _ws(text: str) -> str:
    return " ".join(text.lower().split())


def pick_year(c: Ctx, month: int, day: int | None = None, weekday: int | None = None) -> int | None:
    """The year of a year-less date. A history text sets its own year ("In 1941 ... On 22
    June"); news falls back on the DCT and the tense ("said on October 24" is the last one)."""
    if c.anchor_year is not None and (c.dct is None or c.anchor_year != c.dct.year):
        return c.anchor_year
    if c.dct is None:
        return None
    dct = c.dct
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = _date(y, month, day or 1)
        if d and (weekday is None or d.weekday() == weekday):
            cands.append(d)
    if not cands:
        return None
    ref = dct if day else dct.replace(day=1)
    tense = c.tense()
    if tense == PAST:
        past = [d for d in cands if d <= ref]
        if past:
            return past[-1].year
    elif tense in (FUTURE, PRESENT):
        future = [d for d in cands if d >= ref]
        if future:
            return future[0].year
    return min(cands, key=lambda d: abs((d - ref).days)).year


# ---- absolute dates ------------------------------------------------------------------------


@rule(
    "iso_date",
    r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d)?)?",
    starts="#digit",
)
def _iso(g: Groups, c: Ctx) -> Res | None:
    d = _date(int(g["y"]), int(g["m"]), int(g["d"]))
    if d is None:
        return None
    if g["H"]:
        value = f"{ymd(d)}T{g['H']}:{g['M']}"
        return Res("TIME", value, (d, "day"), (value, None, "minute"), explicit_year=True)
    return make((d, "day"), explicit_year=True)


@rule("slash_date", r"(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4})", starts="#digit")
def _slash(g: Groups, c: Ctx) -> Res | None:
    a, b = int(g["a"]), int(g["b"])
    # US order unless the first number cannot be a month.
    m, d = (b, a) if a > 12 else (a, b)
    day = _date(int(g["y"]), m, d)
    return make((day, "day"), explicit_year=True) if day else None


_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"


@rule(
    "month_day",
    rf"{_WD_PREFIX}(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
    starts="#weekday #month",
)
def _month_day(g: Groups, c: Ctx) -> Res | None:
    return _day_date(g, c)


@rule(
    "day_month",
    rf"{_WD_PREFIX}(?:(?i:the)\s+)?(?P<d>{DAY})(?:\s+(?i:of))?\s+(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    starts="#weekday the #digit",
)
def _day_month(g: Groups, c: Ctx) -> Res | None:
    return _day_date(g, c)


def _day_date(g: Groups, c: Ctx) -> Res | None:
    month, day = _month(g["mon"]), _day(g["d"])
    wd = WEEKDAYS[g.lower("wd")] if g["wd"] else None
    if g["y"]:
        d = _date(int(g["y"]), month, day)
        return make((d, "day"), explicit_year=True) if d else None
    if _date(2000, month, day) is None:  # 2000 is a leap year: only truly impossible days fail
        return None
    year = pick_year(c, month, day, wd)
    d = _date(year, month, day) if year is not None else None
    if d is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    return make((d, "day"), yearless=True, relative=c.anchor_year is None)


@rule(
    "month_year",
    rf"(?:(?P<mod>(?i:early|late|mid|earlier|later))(?:-|\s+))?"
    rf"(?P<mon>{MONTH})(?:,?\s+|\s+(?i:of)\s+)(?P<y>{YEAR})",
    starts="#mod #month",
)
def _month_year(g: Groups, c: Ctx) -> Res | None:
    return make((dt.date(int(g["y"]), _month(g["mon"]), 1), "month"), explicit_year=True)


_AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}
_MONTH_CUE = re.compile(
    r"(?i)(?:\b(?:in|since|from|until|till|to|by|of|through|throughout|during|between|and|or|"
    r"early|late|before|after|last|next|this|each|every|on|for|end|beginning|start)\s+|\bmid-)$"
)


@rule(
    "month",
    rf"(?:(?P<rel>(?i:last|next|this|early|late|mid|earlier|later))(?:-|\s+))?(?P<mon>{MONTH_FULL})",
    starts="#mod last next this #month",
)
def _month_alone(g: Groups, c: Ctx) -> Res | None:
    month = _month(g["mon"])
    rel = g.lower("rel")
    if not rel and g.lower("mon") in _AMBIGUOUS_MONTHS and not _MONTH_CUE.search(c.before()):
        return None  # "May" the modal, "March" the verb, "June" the name
    if rel in ("last", "next", "this") and c.dct is not None:
        dct = c.dct
        if rel == "this":
            year = dct.year
        elif rel == "last":
            year = dct.year if month < dct.month else dct.year - 1
        else:
            year = dct.year if month > dct.month else dct.year + 1
        return make((dt.date(year, month, 1), "month"), relative=True)
    year = pick_year(c, month) if rel not in ("last", "next", "this") else None
    if year is None:
        return Res("DATE", f"XXXX-{month:02d}")
    return make((dt.date(year, month, 1), "month"), yearless=True, relative=c.anchor_year is None)


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
    rf"(?:(?P<mod>(?i:early|late|mid|earlier|later))(?:-|\s+))?(?<!\d[.,])(?<!/)(?P<y>{YEAR})"
    r"(?![.,]\d|/\d|-\d\d?-\d|\s*%|\s*(?i:percent|per\s+cent))",
    starts="#mod #digit",
)
def _year(g: Groups, c: Ctx) -> Res | None:
    year = int(g["y"])
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
    "decade",
    r"(?:(?P<mod>(?i:early|late|mid))(?:-|\s+))?"
    r"(?:(?P<dec>(?:1\d|20)\d0)['’]?s|['’](?P<d2>\d0)s)",
    starts="early late mid #digit #apos",
)
def _decade(g: Groups, c: Ctx) -> Res | None:
    if g["dec"]:
        year = int(g["dec"])
    else:
        yy = int(g["d2"])
        now = (c.dct or dt.date.today()).year
        year = 2000 + yy if 2000 + yy <= now else 1900 + yy
    return make((dt.date(year, 1, 1), "decade"))


@rule(
    "century",
    rf"(?:(?i:the)\s+)?(?P<ord>{ORDINAL})(?:-|\s+)(?i:century)",
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


@rule(
    "relative_day",
    r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
    rf"tonight|tomorrow))(?:\s+(?P<pod>{PART_OF_DAY}))?",
    starts="the yesterday today tonight tomorrow",
)
def _relative_day(g: Groups, c: Ctx) -> Res | None:
    word = _ws(g["w"])
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


def _weekday_from(base: dt.date, wd: int, forward: bool, inclusive: bool) -> dt.date:
    if forward:
        delta = (wd - base.weekday()) % 7
        return base + dt.timedelta(days=delta or (0 if inclusive else 7))
    delta = (base.weekday() - wd) % 7
    return base - dt.timedelta(days=delta or (0 if inclusive else 7))


@rule(
    "weekday",
    rf"(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?(?P<wd>{WEEKDAY})"
    rf"(?:\s+(?P<pod>{PART_OF_DAY}))?",
    starts="last next this coming past #weekday",
)
def _weekday(g: Groups, c: Ctx) -> Res | None:
    wd = WEEKDAYS[g.lower("wd")]
    pod = g.lower("pod")
    suffix = f"T{POD_CODE[pod]}" if pod else ""
    if c.dct is None:
        return Res("DATE", f"XXXX-WXX-{wd + 1}{suffix}")
    rel = g.lower("rel")
    if rel in ("last", "past"):
        d = _weekday_from(c.dct, wd, forward=False, inclusive=False)
    elif rel == "next":
        d = _weekday_from(c.dct, wd, forward=True, inclusive=False)
    elif rel == "coming":
        d = _weekday_from(c.dct, wd, forward=True, inclusive=True)
    else:
        # News reports the past: without a future or present verb nearby, look back.
        forward = c.tense() in (FUTURE, PRESENT)
        d = _weekday_from(c.dct, wd, forward=forward, inclusive=True)
    return make((d, "day"), "TIME" if pod else "DATE", ymd(d) + suffix, relative=True)


_SINGULAR_UNIT = r"(?i:day|week|weekend|month|quarter|year|decade|century)"


@rule(
    "relative_unit",
    r"(?:(?P<mod>(?i:early|earlier|late|later|mid))(?:-|\s+))?(?:(?P<the>(?i:the))\s+)?"
    r"(?P<rel>(?i:last|next|this|past|coming|previous|following|current|same|prior))\s+"
    rf"(?P<unit>{_SINGULAR_UNIT})",
    starts=("#mod the last next this past coming previous following current same prior"),
)
def _relative_unit(g: Groups, c: Ctx) -> Res | None:
    rel, unit, the = g.lower("rel"), g.lower("unit"), bool(g["the"])
    gran = UNITS[unit][0]
    if rel in ("previous", "following", "same", "prior") or (unit == "day" and rel == "next"):
        step = {"previous": -1, "prior": -1, "same": 0}.get(rel, 1)
        return _anchored(c, step, unit)
    if unit == "day" and not (the and rel in ("past", "last")):
        return None  # "this day", "last day": not dates
    if (the and rel in ("past", "last", "next", "coming")) or rel == "past":
        forward = rel in ("next", "coming")
        span = span_dating(c.dct, 1, unit, forward, False) if c.dct else None
        return Res("DURATION", f"P1{UNITS[unit][1]}", dating=span)
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
    d = shift(ref[0], step, unit)
    out_gran = ref[1] if gran in ("week", "weekend") and ref[1] == "day" else gran
    return make((d, out_gran))


_DIRECTIONS = {"ago": -1, "earlier": -1, "before": -1, "later": 1, "after": 1, "from now": 1}


@rule(
    "offset",
    rf"(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+"
    r"(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence))",
    starts="#digit #number",
)
def _offset(g: Groups, c: Ctx) -> Res | None:
    unit = unit_of(g["unit"])
    gran = UNITS[unit][0]
    n = number_of(g["num"])
    direction = _ws(g["dir"])
    sign = _DIRECTIONS.get(direction, 1)
    if direction in ("ago", "from now", "hence"):
        if c.dct is None:
            return Res("DATE", PLACEHOLDER[gran])
        if n is None:  # "a few days ago": a vague period just before the DCT
            span = span_dating(
                shift(c.dct, sign * VAGUE_COUNT, unit), VAGUE_COUNT, unit, sign < 0, True
            )
            return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", dating=span)
        return make((shift(c.dct, sign * n, unit), gran), relative=True)
    if n is not None and direction in ("earlier", "later"):
        return _anchored(c, sign * n, unit)
    if n is not None:
        # "a day after the March 3 vote": counted from the date that follows. "arrived on Monday,
        # a day after Erdogan said": the clause's event is n units before the sentence's date.
        following = c.peek_next(2)
        if following is not None and GRAN_RANK[following[1]] <= GRAN_RANK[gran]:
            return make((shift(following[0], sign * n, unit), gran))
        if c.sent_ref is not None and GRAN_RANK[c.sent_ref[1]] <= GRAN_RANK[gran]:
            return make((shift(c.sent_ref[0], -sign * n, unit), gran))
    value = f"P{'T' if UNITS[unit][2] else ''}{'X' if n is None else n}{UNITS[unit][1]}"
    return Res("DURATION", value, end=g.end("unit"))


# ---- durations ------------------------------------------------------------------------------


_FOR_BEFORE = re.compile(r"(?i)\b(?:for|over|during|in)\s+$")
_UNIT_HYPHEN = r"(?i:second|minute|hour|day|week|month|year|decade|century)"


@rule(
    "duration",
    r"(?:(?P<the>(?i:the))\s+(?P<rel>(?i:past|last|next|coming|first|previous|following))\s+)?"
    rf"(?P<num>{NUM})\s+(?P<unit>{UNIT})"
    rf"|(?P<hnum>\d{{1,3}}|(?i:[a-z]+(?:-[a-z]+)?))-(?P<hunit>{_UNIT_HYPHEN})"
    r"(?:-(?P<old>(?i:old|long)))?",
    starts="the #digit #number",
)
def _duration(g: Groups, c: Ctx) -> Res | None:
    if g["hunit"]:
        n = number_of(g["hnum"])
        if n is None or g.lower("hnum") in ("a", "an") or g.lower("old") == "old":
            return None  # ages ("6-year-old") are not temporal expressions in TimeML
        unit = g.lower("hunit")
        return Res("DURATION", _period(n, unit))
    unit = unit_of(g["unit"])
    n = number_of(g["num"])
    rel = g.lower("rel")
    value = _period(n, unit)
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


def _period(n: int | None, unit: str) -> str:
    letter = UNITS[unit][1]
    return f"P{'T' if UNITS[unit][2] else ''}{'X' if n is None else n}{letter}"


# ---- vague references -----------------------------------------------------------------------

_VAGUE = {
    "PRESENT_REF": "now|currently|nowadays|presently|at present|at the moment|these days|"
    "the present|right now",
    "PAST_REF": "recently|lately|previously|formerly|the past|the other day",
    "FUTURE_REF": "soon|shortly|the future|the near future|someday",
}
_VAGUE_VALUE = {w: v for v, words in _VAGUE.items() for w in words.split("|")}


@rule(
    "vague",
    r"(?P<w>(?i:"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in _VAGUE_VALUE), key=len, reverse=True))
    + "))",
    starts=(
        "now currently nowadays presently at these the right recently lately previously "
        "formerly soon shortly someday"
    ),
)
def _vague(g: Groups, c: Ctx) -> Res | None:
    return Res("DATE", _VAGUE_VALUE[_ws(g["w"])])


@rule(
    "vague_period",
    r"(?P<recent>(?i:recent))\s+(?P<unit>(?i:days|weeks|months|years))"
    r"|(?i:the\s+coming)\s+(?P<cunit>(?i:days|weeks|months|years))"
    r"|(?P<tunit>(?i:days|weeks|months|years))\s+(?i:to\s+come)",
    starts="recent the days weeks months years",
)
def _vague_period(g: Groups, c: Ctx) -> Res | None:
    past = bool(g["recent"])
    unit = unit_of(g["unit"] or g["cunit"] or g["tunit"])
    span = span_dating(c.dct, VAGUE_COUNT, unit, not past, True) if c.dct else None
    return Res("DATE", "PAST_REF" if past else "FUTURE_REF", dating=span)


# ---- seasons and quarters -------------------------------------------------------------------


_SEASON_CUE = re.compile(r"(?i)\b(?:in|during|the|since|until|by|over|through|this|that)\s+$")


@rule(
    "season",
    r"(?:(?P<rel>(?i:last|next|this|early|late|mid))(?:-|\s+))?"
    rf"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}))?",
    starts="last next this early late mid spring summer autumn fall winter",
)
def _season(g: Groups, c: Ctx) -> Res | None:
    code = SEASONS[g.lower("s")]
    rel = g.lower("rel")
    if not (rel or g["y"]) and (g.lower("s") == "fall" or not _SEASON_CUE.search(c.before())):
        return None
    month = SEASON_FIRST_MONTH[code]
    if g["y"]:
        return make((dt.date(int(g["y"]), month, 1), "season"), explicit_year=True)
    if c.dct is None:
        return Res("DATE", f"XXXX-{code}")
    if rel == "last":  # the latest one already over
        year = max(
            y
            for y in range(c.dct.year - 2, c.dct.year + 1)
            if shift(dt.date(y, month, 1), 1, "season") <= c.dct
        )
    elif rel == "next":  # the first one not yet begun
        year = min(y for y in (c.dct.year, c.dct.year + 1) if dt.date(y, month, 1) > c.dct)
    elif rel == "this":
        year = c.dct.year
    else:
        year = pick_year(c, month) or c.dct.year
    return make((dt.date(year, month, 1), "season"), relative=True)


@rule(
    "quarter",
    r"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))(?:-|\s+)"
    rf"(?i:quarter)(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<y>{YEAR}))?",
    starts="the first second third fourth last #digit",
)
def _quarter(g: Groups, c: Ctx) -> Res | None:
    o = g.lower("ord")
    q = int(o[0]) if o[0].isdigit() else ORDINALS[o]
    if g["y"]:
        return make((dt.date(int(g["y"]), q * 3 - 2, 1), "quarter"), explicit_year=True)
    year = pick_year(c, q * 3 - 2)
    if year is None:
        return Res("DATE", f"XXXX-Q{q}")
    return make((dt.date(year, q * 3 - 2, 1), "quarter"), yearless=True, relative=True)


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
        hour, minute = (0, 0) if g.lower("word") == "midnight" else (12, 0)
    elif g["h24"]:
        if not (g["tz24"] or _TIME_CUE.search(c.before())):
            return None  # "3:1" scores, verse numbers
        hour, minute = int(g["h24"]), int(g["m24"])
    else:
        hour, minute = int(g["h"]) % 12, int(g["m"] or 0)
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
    if g["adv"]:
        return Res("SET", _ADVERB_SETS[g.lower("adv")])
    if g["wd"] or g["wds"]:
        wd = WEEKDAYS[(g.lower("wd") or g.lower("wds")[:-1])]
        return Res("SET", f"XXXX-WXX-{wd + 1}")
    unit = unit_of(g["unit"] or g["funit"])
    n = number_of(g["num"]) if g["num"] else 1
    return Res("SET", _period(n or 1, unit))
