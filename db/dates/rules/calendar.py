"""Calendar and reporting periods: seasons, quarters and halves, the period a report is
about ("the quarter", "the year-ago period", "the fiscal year"), "year-earlier", the end or start
of a period ("by year-end"), "the new year", "that year", and years spelt out in words
("nineteen ninety-six").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..lexicon import (
    MONTH_FULL,
    MONTHS,
    ORDINALS,
    SEASON_FIRST_MONTH,
    SEASONS,
    UNITS,
    YEAR,
    YEAR_DIGITS,
    YEAR_WORDS,
    year_of,
)
from ..periods import PLACEHOLDER, Point, shift, start_of
from ..tense import FUTURE, PAST, verb_tag
from .absolute import _NOT_NOUNS, _NOUN_AFTER, _YEAR_CUE
from .adverb_units import adverb_before_clause
from .anchoring import (
    _LONGER_PERIOD,
    _PUT_OFF_BEFORE,
    GRAN_RANK,
    HISTORY_YEARS,
    STEP_BACK,
    _anchored,
    pick_year_anchored,
)
from .calendar_facts import year_begins
from .common import _rel, _ws
from .day_lists import after_listed_day, in_day_list
from .letter_months import letter_month
from .part_of_named_day import day_after_part_of_day
from .pluperfect_back import pluperfect_before
from .quarter_nouns import names_no_quarter
from .quoted_month_seasons import month_quote_season
from .relative import _whole_week
from .reported_ahead import reported_ahead
from .reported_back import reported_before
from .season_when import when_past_after
from .southern_seasons import told_south
from .story_anaphora import last_story_day, story_ref
from .table import Ctx, Groups, Res, make, rule
from .topic_months import news_day_of_month, topic_month

_THAT_BEFORE = re.compile(r"(?i)\bthat\s+$")
# Where "that spring" / "that fall" can be a time: opening the sentence or after a preposition.
_SEASON_VERB_CUE = re.compile(r"(?i)(?:^|\b(?:in|during|by|until|through|of|and|but))\s*$")
# After "that spring" the clause ends: a time ("camps were set up in the parks that spring,"),
# not a verb, which would go on ("parks that spring up"); a bracket opens an aside or a
# citation ("printed that September (Hale 1902)").
# So does a pronoun opening the clause it dates: "In a letter that March he wrote".
# So does an adjunct after it ("were fitted that June at a cost of forty pounds", "bought the
# rights that spring for five pounds": a determiner, a possessive or an amount after it).
_CLAUSE_END_AFTER = re.compile(
    r"\s*(?:[,.;:!?()]|$|(?:and|but|he|she|they|we|I)\b|(?:at|for|with)\s+(?:(?:a|an|the|its|"
    r"their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\s|[£$]?\d))"
)
# a verb's particle closes its verb: a "that" after it is no conjunction ("broke up that March";
# not "out": "pointed out that March was the wettest")
_PARTICLE_BEFORE = re.compile(r"(?i)\b(?:up|down|off|away|home|back|abroad|ashore|aboard)\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _past_verb_next(after: str) -> bool:
    """Whether a past verb follows: the clause's own verb, so the season word was no verb."""
    m = _NEXT_WORD.match(after)
    return m is not None and verb_tag(m.group(1), "", False) == PAST


_TWO_YEAR_WINTER = re.compile(r"(?i)\bwinter\s+of\s+\d{4}\s*[-–/]\s*\d{2,4}\b")
# "that May" ends its clause: the month ("he was sentenced that May."), not a name before its
# verb ("said that May would resign")
_MAY_ENDS = re.compile(r"\s*(?:[.;!?)]|$|,\s+(?:and|but|when|after|before)\b|(?:he|she|they|we)\b)")
_TIDE_AFTER = re.compile(r"(?i)[^\S\n]+tides?\b")
_SEASON_CUE = re.compile(
    r"(?i)\b(?:in|during|the|since|until|by|over|through|this|that)\s+$"
    r"|\b(?:spring|summer|autumn|fall|winter)\s+(?:and|or|to)\s+$"  # "that summer and autumn"
)


@rule(
    "season",
    r"(?:(?P<the>(?i:the))\s+)?"
    r"(?:(?P<rel>(?i:last|next|this\s+past|this|early|late|mid))(?:-|\s+))?"
    rf"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR})"
    r"(?P<y2>[-–/](?:\d{4}|\d\d?)(?!\d))?)?",
    starts="the last next this early late mid spring summer autumn fall winter",
)
def _season(g: Groups, c: Ctx) -> Res | None:
    code = SEASONS[g.lower("s")]
    rel = _rel(g)
    cue = g["the"] or _SEASON_CUE.search(c.before())
    if not (rel or g["y"]) and (not cue or (g.lower("s") == "fall" and not _fall_season(g, c))):
        return None
    if not (rel or g["y"] or g["the"]) and g.lower("s") == "spring":
        that = _THAT_BEFORE.search(c.before())
        if that and not _SEASON_VERB_CUE.search(c.before()[: that.start()]):
            return None  # "problems that spring from poverty": the verb
    if g["the"] and rel in ("last", "next", "this"):
        return None  # "the last summer": the other rules' business
    if not g["y"] and g.lower("s") == "spring" and _TIDE_AFTER.match(c.after()):
        return None  # "the spring tides", "a spring tide": the tide of a new or full moon
    if not (rel or g["y"]) and g.req("s")[:1].isupper() and c.after()[:2].strip()[:1].isupper():
        return None  # "The Winter Journey", "the Summer Palace": a name, capitalised
    month = SEASON_FIRST_MONTH[code]
    if g["y"]:
        year = year_of(g["y"])
        res = make((dt.date(year, month, 1), "season"), explicit_year=True)
        if g["y2"] and int(g["y2"][1:]) != (year + 1) % 10 ** len(g["y2"][1:]):
            # "the winter of 1914-15", "of 1846-7", "of 1899-1900" span both years; "1914-17" no
            res.end = g.end("y")
        return res
    if c.dct is None:  # a quotation written in a month long past: its "until the spring"
        return (not rel and month_quote_season(c, code, month)) or Res("DATE", f"XXXX-{code}")
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
        # "through the winter" in a history takes the text's year and keeps it going
        picked, anchored = pick_year_anchored(c, month)
        if not anchored and reported_ahead(c):  # "said a cut in the summer was possible"
            picked = min(y for y in (c.dct.year, c.dct.year + 1) if dt.date(y, month, 1) > c.dct)
        year = picked or c.dct.year
        return make((dt.date(year, month, 1), "season"), yearless=True, relative=not anchored)
    return make((dt.date(year, month, 1), "season"), relative=True)


@rule(
    "season_ref",
    r"(?P<w>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))"
    r"\s+(?P<s>(?i:spring|summer|autumn|fall|winter))(?![\w-])",
    starts="that the",
)
def _season_ref(g: Groups, c: Ctx) -> Res | None:
    """ "That winter it camped near the river", "the following spring": the season of the
    text's reference time, or the first one after it. Without one, the plain season rule
    decides."""
    if c.ref is None or GRAN_RANK[c.ref[1]] > GRAN_RANK["year"]:
        return None
    if (
        g.lower("w") == "that"
        and g.lower("s") in ("spring", "fall")
        and not _SEASON_VERB_CUE.search(c.before())
        and not _CLAUSE_END_AFTER.match(c.after())
        and not _past_verb_next(c.after())  # "an appeal that spring brought 400 calls"
        and not when_past_after(c.after())  # "halted that spring when the lead broke a leg"
    ):
        return None  # "problems that spring from poverty", "shares that fall": verbs
    if g.lower("w") == "that" and (south := told_south(g.lower("s"), c)) is not None:
        return south  # "where he spent the southern winter. That winter ..."
    code = SEASONS[g.lower("s")]
    month = SEASON_FIRST_MONTH[code]
    ref, gran = (story_ref(c) if g.lower("w") == "that" else None) or c.ref
    year = ref.year
    if g.lower("w").split()[-1] in ("following", "next"):
        last_day = shift(start_of(ref, gran), 1, gran) - dt.timedelta(days=1)
        if code == "WI" and gran == "year":
            # "took a lease in 1998 and replanted the following winter": the winter the year
            # runs into (1998-99), not the one a year on
            last_day = dt.date(year, month, 1) - dt.timedelta(days=1)
        while dt.date(year, month, 1) <= last_day:
            year += 1
    elif g.lower("w").split()[-1] in ("previous", "preceding"):
        # the last one over before the text's time; a look back, which leaves the story there
        first = start_of(ref, gran)
        while shift(dt.date(year, month, 1), 1, "season") > first:
            year -= 1
        return make((dt.date(year, month, 1), "season"))
    elif code == "WI" and ref.month <= 2 and gran != "year":
        year -= 1  # "that winter" said of a January: the winter that began in December
    return make((dt.date(year, month, 1), "season"), from_ref=True)


_REPORTING_LAG_DAYS = 60


def _reporting_year(c: Ctx, first_month: int, months: int) -> int | None:
    """The year of a year-less quarter or half: the narrative year if any, else the latest one
    begun by the DCT, or with a future verb the first one not yet over ("the third quarter"
    written in October is this year's, "will ... in the first quarter" next year's)."""
    if c.anchor_year is not None and (c.dct is None or c.anchor_year != c.dct.year):
        c.basis = "narrative"
        return c.anchor_year
    if c.dct is None:
        return None
    dct = c.dct
    c.basis = "dct"
    starts = [dt.date(y, first_month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    latest = max(d for d in starts if d <= dct)
    # Results come out for weeks after a quarter ends: "expects third-quarter profit to fall",
    # written in October, is about the quarter just over.
    if c.tense() == FUTURE and (dct - shift(latest, months, "month")).days > _REPORTING_LAG_DAYS:
        return next(d.year for d in starts if shift(d, months, "month") > dct)
    return latest.year


# the months a quarter is said to be, right after it: "the second quarter, from July to
# September", "our third quarter (October to December)"
_QUARTER_MONTHS = re.compile(
    rf"\s*(?:,|\(|–|—|-{{1,2}})\s*(?:(?i:from)\s+)?(?P<a>{MONTH_FULL})\s+"
    rf"(?:(?i:to|through|until)\s+|[-–]\s*)(?P<b>{MONTH_FULL})(?![\w-])"
)


def _months_given(c: Ctx) -> int | None:
    """The calendar quarter a quarter is when the text names its three months just after it
    ("Sales fell in the second quarter, from July to September": a company whose year starts
    in April calls July to September its second quarter); else None."""
    after = c.after()
    if not after or after[0] not in " ,(–—-":
        return None  # the cheap test first
    m = _QUARTER_MONTHS.match(after)
    if m is None:
        return None
    a, b = MONTHS[m.group("a").lower()[:3]], MONTHS[m.group("b").lower()[:3]]
    if a % 3 != 1 or b != a + 2:
        return None  # not three months of one calendar quarter ("from May to July")
    return (a - 1) // 3 + 1


@rule(
    "quarter",
    rf"(?:(?i:the)\s+)?(?:(?P<py>{YEAR_DIGITS})\s+|(?P<rel>(?i:this|next|last))\s+(?i:year)['’]s\s+"
    r"|(?P<ago>(?i:year-earlier|year-ago|prior-year|comparable\s+year-ago))\s+)?"
    r"(?P<fiscal>(?i:fiscal)[\s-]+)?"
    r"(?P<ord>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))(?:-|\s+)"
    rf"(?i:quarter)(?!-)(?:\s+(?i:of)\s+(?:(?:(?i:fiscal)\s+)?(?P<y>{YEAR})"
    r"|(?P<rel2>(?i:this|next|last))\s+(?i:year)(?![\w'’])))?",
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
    if (named := _months_given(c)) is not None:
        q = named  # "the second quarter, from July to September": a company's own year
    rel = g["rel"] or g["rel2"]  # "next year's first quarter", "the first quarter of next year"
    if rel:
        if c.dct is None:
            return Res("DATE", f"XXXX-Q{q}")
        year = c.dct.year + {"this": 0, "next": 1, "last": -1}[rel.lower()]
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
        c.basis = "narrative"
    return make((dt.date(year, h * 6 - 5, 1), "half"), relative=True)


def _latest_quarter(c: Ctx, current: bool = False) -> Point | None:
    """The quarter a report is about: the last one named nearby, else the last one over by the
    DCT (reports come after the quarter); `current`: the DCT's own quarter."""
    if c.focus is not None and not current:
        c.basis = "focus"
        return c.focus
    if c.dct is None:
        return None
    c.basis = "dct"
    d = c.dct if current else shift(c.dct, -1, "quarter")
    return (dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1), "quarter")


_YEAR_BACK = r"(?:year-earlier|year-ago|prior-year|year-before)"
_YEAR_AGO_AFTER = re.compile(r"(?i)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)")
_RELATIVE_AFTER = re.compile(r"(?i)\s+(?:before|after|earlier|later|prior)\b")
_ENDED = re.compile(r"(?i)\s+(?:ended|ending|that\s+ended|which\s+ended|through)\b")


_NUMBER_AFTER = re.compile(r"\s+\d")


def story_year_told(c: Ctx) -> bool:
    """Whether a past sentence is told in a year long past that a sentence just before named
    (`Ctx.text_year`): "the year" there is that year, not the writer's."""
    return (
        c.text_year is not None
        and c.dct is not None
        and c.text_year <= c.dct.year - HISTORY_YEARS
        and c.tense() == PAST
    )


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
    if unit == "quarter" and names_no_quarter(after):
        return None  # "the quarter sessions", "the quarter day"
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
        if _NUMBER_AFTER.match(after) or year_begins(after):
            # "the year 46 BC", "the year 1066": the year that follows says which; "the year
            # began on Lady Day": a fact of the calendar (`calendar_facts`)
            return None
        if back or mods & {"comparable", "corresponding", "same"} or _RELATIVE_AFTER.match(after):
            return None  # "the year before": counted from another date, not the DCT's year
        if _ENDED.match(after):  # "the year ended Sept. 30": a fiscal year, counted as a span
            return Res("DURATION", "P1Y")
        renamed = _COMMA_BEFORE.search(c.before()) and _CLAUSE_AFTER.match(after)
        if c.sent_ref is not None and renamed:
            # "in March 1895, the year the river froze": the date just named, renamed by what
            # happened in it, not a time of its own
            return None
        if c.dct is None:
            return Res("DATE", "XXXX")
        year = c.dct.year - (1 if "latest" in mods else 0)
        if c.anchor_year is not None and not mods & {"latest", "current"}:
            year = c.anchor_year
            c.basis = "narrative"
        elif not mods and story_year_told(c):
            # "He died in 1894. His widow sold it within the year": the year the story is in
            c.basis = "text_year"
            return make((dt.date(c.text_year or year, 1, 1), "year"))
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
            c.basis = "next"
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
        c.basis = "focus"
        return make((shift(c.focus[0], -1, "year"), "quarter"), offset=(-1, "year"))
    if c.dct is None:
        return Res("DATE", "XXXX")
    return make((dt.date(c.dct.year - 1, 1, 1), "year"), relative=True, offset=(-1, "year"))


_COMMA_BEFORE = re.compile(r",\s*$")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:that|when|in\s+which|the|a|an|my|his|her|its|our|their|your|we|he|she|they|I|it)\s"
)
_DAY_END_CUE = re.compile(r"(?i)\b(?:by|until|till|before|towards?)\s+$")


@rule(
    "period_end",
    r"(?P<w>(?i:year[-\s]end|year['’]s\s+end))"
    r"|(?i:the\s+(?:end|beginning|start|middle)\s+of\s+)(?P<the>(?i:the|that))\s+"
    r"(?P<unit>(?i:year|month|week|quarter|decade|century|day))"
    r"(?![\w-])",
    starts="year-end year the",
)
def _period_end(g: Groups, c: Ctx) -> Res | None:
    """ "by year-end", "the end of the month": that part of the DCT's (or narrative) period."""
    unit = g.lower("unit") or "year"
    gran = UNITS[unit][0]
    if g.lower("the") == "that" and c.ref is not None and GRAN_RANK[c.ref[1]] <= GRAN_RANK[gran]:
        # "By the end of that decade": the period of the last date named ("in the 1850s")
        c.basis = "ref"
        return make((c.ref[0], gran), from_ref=True)
    if unit == "day":
        # "By the end of the day some 156,000 soldiers were ashore": the day the text is on;
        # "at the end of the day" is mostly the idiom
        if not _DAY_END_CUE.search(c.before()):
            return None
        ref = c.sent_ref or c.ref
        if ref is not None and GRAN_RANK[ref[1]] == GRAN_RANK["day"]:
            c.basis = "sent_ref" if ref is c.sent_ref else "ref"
            return make((ref[0], "day"), from_ref=True)
        if c.dct is None:
            return Res("DATE", "XXXX-XX-XX")
        return make((c.dct, "day"), relative=True)
    if (
        c.story
        and unit in ("week", "month", "year")
        and c.ref is not None
        and GRAN_RANK[c.ref[1]] <= GRAN_RANK[gran]
    ):
        # in a story told day by day, the week, month or year it is on: "On 19 October they
        # began the retreat ... by the end of the month"
        c.basis = "ref"
        return make((c.ref[0], gran), from_ref=True)
    if unit == "month" and c.sent_ref is not None and GRAN_RANK[c.sent_ref[1]] <= GRAN_RANK[gran]:
        # "begins on 2 March and should be finished by the end of the month": its sentence's
        c.basis = "sent_ref"
        return make((c.sent_ref[0], gran), from_ref=True)
    if unit == "month" and c.tense() == PAST and (topic := topic_month(c.text, c.dct)):
        # a monthly round-up's "the worst came in the middle of the month": the month it is about
        c.basis = "ref"
        return make((topic, gran), from_ref=True)
    if (
        unit == "month"
        and c.anchor_year is not None
        and c.ref is not None
        and c.ref[0].year == c.anchor_year
        and GRAN_RANK[c.ref[1]] <= GRAN_RANK[gran]
        and c.tense() == PAST
    ):
        # a history's month is the one its story is on, from its first day told ("In 1943 ...
        # on 2 January. By the middle of the month she was back"), not the DCT's
        c.basis = "ref"
        return make((c.ref[0], gran), from_ref=True)
    if c.anchor_year is not None and unit == "year":
        c.basis = "narrative"
        return make((dt.date(c.anchor_year, 1, 1), "year"))
    if c.text_year is not None and unit == "year" and c.tense() == PAST:
        # "crossed the border on 22 June 1941. By the end of the year it had lost half its men"
        c.basis = "text_year"
        return make((dt.date(c.text_year, 1, 1), "year"))
    told = _told_decade(c, gran) if unit in ("decade", "century") else None
    if told is not None:
        return make((dt.date(told, 1, 1), gran))
    if c.dct is None:
        return Res("DATE", PLACEHOLDER[gran])
    if unit == "quarter" and c.tense() == PAST:
        # "profit fell at the end of the quarter": the one reported on, over by now
        point = _latest_quarter(c)
        if point is not None:
            return make(point)
    return make((c.dct, gran), relative=True)


_FALL_CUE = re.compile(r"(?i)\b(?:by|until|till|in)\s+$")


def _fall_season(g: Groups, c: Ctx) -> bool:
    """ "will be held in the fall", "by the fall": the season; not "injured in the fall", "the
    fall of the city" (a fall), which a plan's tense or a limit's "by" tells apart."""
    if not g["the"] or c.after().lstrip()[:3].lower() == "of ":
        return False
    cue = _FALL_CUE.search(c.before())
    return cue is not None and (not cue.group(0).lower().startswith("in") or c.tense() == FUTURE)


def _told_decade(c: Ctx, gran: str) -> int | None:
    """A year in the decade or century a past sentence is told in ("In the 1830s she wrote six
    novels. By the end of the decade she was famous."): the text's year, else its last point
    if that is no coarser; None in news time."""
    if c.tense() != PAST:
        return None
    if c.ref is not None and c.ref[1] == gran:
        # "In the 1670s trade recovered, and by the end of the decade ...": the decade just
        # named, not the year the story was on before it
        c.basis = "ref"
        return c.ref[0].year
    if c.text_year is not None:
        c.basis = "text_year"
        return c.text_year
    if c.ref is not None and GRAN_RANK[c.ref[1]] <= GRAN_RANK[gran]:
        c.basis = "ref"
        return c.ref[0].year
    return None


# "the year before" ends its clause; "the year before the war" is counted from the war, and
# "down from $450 million the year before" is a comparison's reference point, no time told.
_UNIT_BEFORE_END = re.compile(r"\s*(?:[,.;:!?)]|$|(?:and|but)\b)")
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:from|than|compared|versus|vs)\b")


@rule(
    "unit_before_after",
    r"(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<dir>(?i:before|after))(?![\w-])",
    starts="the",
)
def _unit_before_after(g: Groups, c: Ctx) -> Res | None:
    """ "which Lenard had published the year before", "the day after, the army withdrew": the
    unit before or after the text's reference time."""
    ends = _UNIT_BEFORE_END.match(c.after()) or adverb_before_clause(c.before(), c.after())
    if not ends or _COMPARED_BEFORE.search(c.before()[-60:]):
        return None
    if c.ref is None:
        return None
    # "the week before" a day is the whole week before that day's, as "the previous week" is
    unit = g.lower("unit")
    if g.lower("dir") == "after":
        return _whole_week(_anchored(c, 1, unit), unit)
    # looking back is background ("had published the year before"): the story stays put
    res = _whole_week(_anchored(c, -1, unit), unit)
    res.from_ref = False
    return res


@rule("new_year", r"(?i:the)\s+new\s+year(?![\w'’-])", starts="the")
def _new_year(g: Groups, c: Ctx) -> Res | None:
    """ "in the new year": said in the autumn, the coming year; early in a year, that year."""
    ref = c.ref
    if ref is not None and GRAN_RANK[ref[1]] < GRAN_RANK["year"] and c.tense() == PAST:
        # a story told in the past: the new year after its own time ("On 26 December the tanks
        # broke through. In the new year the Allies counter-attacked")
        c.basis = "ref"
        year = ref[0].year + (1 if ref[0].month >= 9 else 0)
        return make((dt.date(year, 1, 1), "year"), from_ref=True)
    if c.dct is None:
        return Res("DATE", "XXXX")
    # what will happen "in the new year" is next year's from midsummer on ("An inquiry will
    # report in the new year", written in August)
    ahead = c.dct.month >= (6 if c.tense() == FUTURE else 9)
    year = c.dct.year + (1 if ahead else 0)
    return make((dt.date(year, 1, 1), "year"), relative=True)


@rule(
    "that_unit",
    r"(?:(?i:early|earlier|late|later)\s+)?"
    r"(?P<w>(?i:that))\s+(?P<unit>(?i:day|week|month|quarter|year|decade))(?![\w-])",
    starts="early earlier late later that",
)
def _that_unit(g: Groups, c: Ctx) -> Res | None:
    """ "later that year", "that same day": the period of the last date named (TimeML puts
    "later" inside: "Earlier that day"); past the news present to the story's (`story_ref`),
    and "that day" after a month to the story's last day (`last_story_day`)."""
    res = _anchored(c, 0, g.lower("unit"), story=True)
    if res.point is None and g.lower("unit") == "day" and (day := last_story_day(c)):
        return make(day, from_ref=True)
    return res


@rule(
    "month_ref",
    rf"(?P<w>(?i:the\s+following|the\s+next|the\s+previous|the\s+preceding|that))\s+"
    rf"(?P<m>{MONTH_FULL})(?![\w-])",
    starts="the that",
)
def _month_ref(g: Groups, c: Ctx) -> Res | None:
    """ "the following June", "that April": the month of that name after the text's reference
    time (the first one after its end: "The war ended in 1918 ... the following June" is 1919's),
    or in the same year for "that"; "the previous September" the last one before its start.
    Without a reference time, the month rule decides."""
    if c.ref is None or GRAN_RANK[c.ref[1]] > GRAN_RANK["year"]:
        return None
    if (
        g.lower("w") == "that"
        and (
            (g.lower("m") == "may" and not _MAY_ENDS.match(c.after()))
            or not (
                _SEASON_VERB_CUE.search(c.before())
                or _CLAUSE_END_AFTER.match(c.after())
                or when_past_after(c.after())  # "closed that April when the roof fell in"
                or _PARTICLE_BEFORE.search(c.before()[-10:])
            )
        )
    ):
        # "said that May would resign", "that January was the coldest"; a clause that ends
        # after it is dated by it ("took up the post that June.", "was sentenced that May."),
        # and so does a verb's particle before it ("the snow melted away that April")
        return None
    month = MONTHS[g.lower("m")[:3]]
    ref, gran = (story_ref(c) if g.lower("w") == "that" else None) or c.ref
    if g.lower("w") == "that" and (later := _year_just_named(c, ref)) is not None:
        ref, gran = later
    year = ref.year
    if g.lower("w").split()[-1] in ("previous", "preceding"):
        # a look back, which leaves the story where it was
        while dt.date(year, month, 1) >= start_of(ref, gran):
            year -= 1
        return make((dt.date(year, month, 1), "month"))
    if g.lower("w") == "that" and gran == "season" and ref.month == 12 and month <= 4:
        # "the winter of 1946-47 ... the thaw that March": the second year's ("In the winter of
        # 1658 ... that February" is 1658's: a winter named by one year may be its January)
        year += 1 if _TWO_YEAR_WINTER.search(c.text, max(0, c.begin - 300), c.begin) else 0
    if g.lower("w") != "that":
        last_day = shift(start_of(ref, gran), 1, gran) - dt.timedelta(days=1)
        while dt.date(year, month, 1) <= last_day:
            year += 1
    return make((dt.date(year, month, 1), "month"), from_ref=True)


def _year_just_named(c: Ctx, ref: dt.date) -> Point | None:
    """The date with its own year named last before "that <month>" in its sentence, where the
    reference time stayed earlier ("wrote it in 1985 for the players, who staged it in March
    1986; it toured that August": 1986's, the year just named, though a relative clause moved
    no reference): "that" points to the last year a reader was given. Not a comparison's."""
    if not c.told:
        return None
    m = c.told[-1]
    res = m.res
    point = res.point
    if (
        m.begin < c.sent_begin
        or point is None
        or not res.explicit_year
        or res.type != "DATE"
        or getattr(m, "comparison", False)
        or point[0].year <= ref.year
    ):
        return None
    return point


@rule(
    "part_of_year_ref",
    r"(?:(?i:the)\s+)?(?:(?i:early|late|mid)(?:-|\s+))?"
    rf"(?:(?P<m>{MONTH_FULL})|(?P<s>(?i:spring|summer|autumn|fall|winter)))\s+(?:(?i:of)\s+)?"
    r"(?P<w>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))"
    r"\s+(?i:year)"
    r"(?![\w'’-])",
    starts="the early late mid #month spring summer autumn fall winter",
)
def _part_of_year_ref(g: Groups, c: Ctx) -> Res | None:
    """ "in November of that year", "the spring of the following year", "in December that
    year": a month or season of the year of the text's reference time (or the one after or
    before it)."""
    steps = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
    step = steps.get(g.lower("w").split()[-1], 0)
    year_res = _anchored(c, step, "year", story=g.lower("w") == "that")
    if year_res.point is None:
        return None
    year = year_res.point[0].year
    if g["m"]:
        return make((dt.date(year, MONTHS[g.lower("m")[:3]], 1), "month"), from_ref=True)
    month = SEASON_FIRST_MONTH[SEASONS[g.lower("s")]]
    return make((dt.date(year, month, 1), "season"), from_ref=True)


_DAY_CUE_BEFORE = re.compile(r"(?i)\b(?:on|by|until|till|from|to|since|of|before|after|dated)\s+$")
# After "on the 20th" a clause goes on, ends or breaks off for an aside between dashes; "the 20th
# century", "the 3rd Division" go on with their noun.
_DAY_CLAUSE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)–—]|-\s|$|(?:and|or|but|to|until|till|when|that|the|a|an|he|she|it|they|we|"
    r"his|her|its|their|our|at|in|on|for|with|I|you|my|your|there|this|"
    r"of\s+(?:the|that)\s+month)\b)"
)


def told_back(before: str) -> bool:
    """A day told back from the story's point: past perfect, or what a dated report tells."""
    return pluperfect_before(before) or reported_before(before)


@rule(
    "day_of_month_ref",
    r"(?:(?P<the>(?i:the))\s+)?(?P<d>[12]\d|3[01]|[1-9])(?i:st|nd|rd|th)(?![\w-])",
    starts="the #digit",
)
def _day_of_month_ref(g: Groups, c: Ctx) -> Res | None:
    """ "The siege began on 12 November 1812. On the 20th the garrison made a sortie": a day
    of the month the story is in (of the next month if that day is already behind it); a
    later day of a list may drop "the" ("on the 4th, 11th and 18th": `day_lists`)."""
    ref = c.sent_ref if c.sent_ref is not None else c.ref
    if not g["the"] and not after_listed_day(c.before()):
        return None
    if not (_DAY_CUE_BEFORE.search(c.before()) and _DAY_CLAUSE_AFTER.match(c.after())):
        if not day_after_part_of_day(c.before(), c.after()) and not in_day_list(
            c.text, c.begin, c.end, c.sent_end, _DAY_CLAUSE_AFTER
        ):
            return None
    if c.sent_ref is None and (topic := topic_month(c.text, c.dct)) is not None:
        ref = (topic, "month")  # a monthly round-up's "on the 22nd": the month it is about
    if ref is None:
        return news_day_of_month(int(g.req("d")), c)
    if GRAN_RANK[ref[1]] > GRAN_RANK["month"] or ref[1] == "week":
        return None
    day, first = int(g.req("d")), ref[0]
    month = dt.date(first.year, first.month, 1)
    if (letter := letter_month(c, day)) is not None:
        month = letter  # "complained on the 24th ult. ... examined on the 11th": this month
    elif (
        ref[1] == "day"
        and day < first.day - STEP_BACK  # "On the 14th" after the 16th looked ahead to: back
        and not told_back(c.before())
    ):
        month = shift(month, 1, "month")  # not "had been formed on the 24th": before the 26th
    if day > calendar.monthrange(month.year, month.month)[1]:
        return None
    c.basis = "sent_ref" if ref is c.sent_ref else "ref"
    return make((month.replace(day=day), "day"), from_ref=True)


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
        # "a hall of two thousand people": a plural after a count is counted, whatever the cue
        # ("of", "and"), unless the cue is one that only a time takes ("in", "since")
        if _PLURAL_AFTER.match(c.after()) and not _TIME_CUE.search(c.before()):
            return None
    return make((dt.date(year_of(g.req("y")), 1, 1), "year"), explicit_year=True)


_PLURAL_AFTER = re.compile(r"\s+(?:people|men|women|children|[a-z]{2,}[^s\W]s)\b")
_TIME_CUE = re.compile(r"(?i)\b(?:in|since|until|till|during|years?)\s+$")
