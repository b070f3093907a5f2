"""Expressions relative to the DCT or to the last date named: "yesterday", "tonight", "last
night", "in the morning", weekdays ("on Monday", "the following Friday"), "last week", "this
year", "the next day", and offsets ("two days ago", "a year earlier", "three days after the
vote").
"""

from __future__ import annotations

import datetime as dt
import re

from ..accused_acts import accused_act
from ..annals import entry_year
from ..copula_days import set_for_day
from ..cue_guard import guard
from ..lexicon import (
    NUM,
    PART_OF_DAY,
    POD_CODE,
    UNIT,
    UNITS,
    VAGUE_COUNT,
    WEEKDAY,
    WEEKDAYS,
    number_of,
    unit_of,
)
from ..periods import PLACEHOLDER, shift, span_dating, ymd
from ..tense import FUTURE, PAST, PRESENT
from ..timetable_present import to_come
from .anchoring import _LONGER_PERIOD, GRAN_RANK, HISTORY_YEARS, _anchored, shift_within_day
from .apposed_weekdays import apposed_day
from .called_off_days import called_off_ahead
from .clock import after_a_night, day_before_named, small_hours
from .common import (
    _AND_A_HALF,
    _HALF_NUM,
    _NAME_BEFORE,
    _NOUN_NEXT,
    _period,
    _rel,
    _title_case,
    _weekday_from,
    _ws,
)
from .expected_days import expected_ahead
from .listed_weekdays import listed_day
from .log_days import told_back_in_entry
from .month_part_offsets import month_part_shift
from .noun_day_offsets import from_dated_noun
from .past_plan_days import past_plan_day
from .range_ends import after_sentence_day, after_story_day
from .record_openings import record_day
from .story_day_weekdays import story_weekday
from .story_offsets import (
    counts_from_pronoun,
    counts_from_sentence_date,
    from_story_point,
    opens_anecdote,
    opens_coordinate,
    story_year_kept,
)
from .table import Ctx, Groups, Res, make, rule
from .this_weekday import this_week_day
from .through_the_night import night_told
from .today_is import named_today
from .told_happenings import after_told_happening, from_told_noun
from .told_hours import last_night_told
from .triggers import _AMOUNT
from .weekday_feasts import feast_beside
from .years_ago_bc import bc_years_ago
from .years_on import years_on

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
    if g.req("w")[:2] == "To" and _NAME_BEFORE.search(c.before()) and _title_case(c, g.req("w")):
        return None  # "USA Today", "VOA Today": a title, not the day
    word = _ws(g.req("w"))
    pod = g.lower("pod") or ("night" if word == "tonight" else "")
    suffix = f"T{POD_CODE[pod]}" if pod else ""
    if c.dct is None:
        return Res("DATE", "XXXX-XX-XX" + suffix)
    if word.lower() == "today" and not pod and (named := named_today(c)) is not None:
        return make((named, "day"), "DATE", ymd(named))  # "Today is Friday 3rd July 1981"
    d = c.dct + dt.timedelta(days=_REL_DAYS[word])
    return make((d, "day"), "TIME" if pod else "DATE", ymd(d) + suffix, relative=True)


_THE_BEFORE = re.compile(r"(?i)\b(?:the|its|their|his|her|on\s+the)\s+$")


@rule(
    "pod_relative",
    # "broke down late last night" (not "was late last night": late for something)
    r"(?:(?<!was )(?<!were )(?<!is )(?<!are )(?<!be )(?<!been )(?<!ran )(?<!running )"
    r"(?i:late)\s+(?=(?i:last)\s+(?i:night)))?"
    rf"(?P<rel>(?i:this|last))\s+(?P<pod>{PART_OF_DAY})",
    starts="this last late",
)
def _pod_relative(g: Groups, c: Ctx) -> Res | None:
    pod = g.lower("pod")
    if c.dct is None:
        return Res("TIME", f"XXXX-XX-XXT{POD_CODE[pod]}")
    # "last night" is the evening before the DCT; "last morning" is not English.
    if g.lower("rel") == "last" and pod != "night":
        return None
    if g.lower("rel") == "last" and _THE_BEFORE.search(c.before()[-12:]):
        return None  # "closed the last night of the festival": its final night, not yesterday's
    d = c.dct - dt.timedelta(days=1 if g.lower("rel") == "last" else 0)
    return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[pod]}", relative=True)


# "in the morning", and the share of it: "pressed for most of the evening"
_POD_CUE = re.compile(
    r"(?i)\b(?:in|during|by|at|until|through|throughout|(?:most|much|all|part|rest)\s+of)\s+$"
)


@rule(
    "pod_alone",
    r"(?P<mod>(?i:early|late|mid))[-\s]?(?P<pod>(?i:morning|afternoon|evening))"
    r"|(?P<the>(?i:the))\s+(?P<tpod>(?i:morning|afternoon|evening|night))(?![\w-])",
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
    if g.lower("tpod") == "night" and not night_told(c.before(), c.after()):
        return None
    pod = g.lower("pod") or g.lower("tpod")
    ref = c.sent_ref if c.sent_ref is not None and c.sent_ref[1] == "day" else None
    story_day = c.ref if c.ref is not None and GRAN_RANK[c.ref[1]] == 0 else None
    if ref is None and story_day is not None and (c.story or c.tense() == PAST):
        # told in the past, the day the text is on: "On 20 July they descended. They landed in
        # the afternoon", "Shares fell Friday. Dealers sold in the morning"
        ref = (story_day[0], "day")
    if ref is None and (c.dct is None or c.sent_ref is not None or c.anchor_year is not None):
        # no day to hang it on: "In 1941, the army attacked in the morning" is no morning of
        # the DCT's
        return Res("TIME", f"XXXX-XX-XXT{POD_CODE[pod]}")
    d = ref[0] if ref is not None else c.dct
    c.basis = "dct" if ref is None else "sent_ref" if ref is c.sent_ref else "ref"
    assert d is not None  # a day in the sentence or the DCT: the branch above returned otherwise
    if pod == "night" and d == c.dct and c.tense() == PAST and day_before_named(c, d):
        # "a count that ran through the night" in a report dated the morning after "Tuesday's
        # vote": the night before the report's day, as an evening clock time (`clock.py`)
        d -= dt.timedelta(days=1)
    return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[pod]}", relative=ref is None)


_BY = re.compile(r"(?i)\bby\s+$")
_BY_POD = {"nightfall": "night", "dusk": "evening", "dawn": "morning", "daybreak": "morning"}
# after "by evening" a clause goes on ("By evening the rebels held it"), a noun would make it
# an attribute: "flanked by evening gowns", "replaced by morning shows"
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|on|in|at|and|as|when|it|its|they|their|he|she|we|there|this|that|"
    r"these|those|most|all|some|many|much|only|more|almost|nearly|about|around|"
    # a count opens the clause's subject: "By dawn three boats had sunk"
    r"two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|both|"
    r"every|each|no|"
    # a verb goes on with the clause's own subject: "a fire began and by morning had destroyed"
    r"had|has|have|was|were|is|are|would|could|lay|nothing|nobody|none)\b)[a-z]"
)


@rule(
    "pod_by",
    r"(?:(?P<mod>(?i:early|late|mid))[-\s]?)?"
    r"(?P<pod>(?i:morning|afternoon|evening|nightfall|dusk|dawn|daybreak))(?![\w-])",
    starts="early late mid mid-morning mid-afternoon mid-evening midafternoon midmorning "
    "morning afternoon evening nightfall dusk dawn daybreak",
)
def _pod_by(g: Groups, c: Ctx) -> Res | None:
    """ "by evening", "by nightfall", "by late afternoon", "by dawn": a part of the day the story
    is on (the day named last, else the publication day), like "that evening"; dawn after a
    night told is the next day's."""
    if not _BY.search(c.before()) or _NOUN_AFTER.match(c.after()):
        return None  # "evening classes", "replaced by morning shows"
    word = g.lower("pod")
    pod = _BY_POD.get(word, word)
    if c.ref is not None and GRAN_RANK[c.ref[1]] == 0:
        d, c.basis = c.ref[0], "ref"
    elif c.ref is None and c.dct is not None:
        d, c.basis = c.dct, "dct"
    else:
        return Res("TIME", f"XXXX-XX-XXT{POD_CODE[pod]}")  # a year or a month: no day to name
    if word in ("dawn", "daybreak", "morning") and c.basis == "ref" and after_a_night(c, d):
        d += dt.timedelta(days=1)  # "On Monday night ... by dawn", "by morning": Tuesday's
    return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[pod]}", relative=c.basis == "dct")


_BY_END = re.compile(r"(?i)\bby\s+$")


def _night_before(value: str | None, before: str) -> bool:
    """Whether "that night" told from the reference time `value` (with the text `before` it) is
    the night before its day: told from the small hours ("at 1 a.m.") or a morning reached
    through the night ("by dawn")."""
    return small_hours(value) or (
        value is not None and value.endswith("TMO") and _BY_END.search(before) is not None
    )


@rule(
    "pod_ref",
    r"(?:(?i:early|earlier|late|later)\s+)?"  # TimeML puts "later" inside: "later this afternoon"
    r"(?P<w>(?i:that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous))\s+"
    r"(?P<pod>(?i:morning|afternoon|"
    r"evening|night))(?![\w-])",
    starts="early earlier late later that the",
)
def _pod_ref(g: Groups, c: Ctx) -> Res | None:
    """ "That night", "the next morning", "the previous evening": that part of the day the story
    is on, or of the day after or before it."""
    pod = g.lower("pod")
    if c.ref is None or GRAN_RANK[c.ref[1]] > GRAN_RANK["day"]:
        night = pod in ("night", "evening") and g.lower("w").startswith("that")
        if night and (d := last_night_told(c)) is not None:  # "In 1884 the log for that night"
            return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[pod]}", from_ref=True)
        return Res("TIME", f"XXXX-XX-XXT{POD_CODE[pod]}")  # no day to hang it on
    step = {"following": 1, "next": 1, "previous": -1}.get(g.lower("w").split()[-1], 0)
    if pod == "night" and step == 0 and _night_before(*c.ref_values.get("ref", (None, ""))):
        step = -1  # "at 1 a.m. ... Two men drowned that night": the night that began the day before
    d = c.ref[0] + dt.timedelta(days=step)
    return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[pod]}", from_ref=True)


# "the night before." / "the morning after, and ...": no object of its own after it
_POD_OFFSET_END = re.compile(r"\s*(?:[,.;:!?)]|$|(?:and|but)\b)")


@rule(
    "pod_before_after",
    r"(?i:the)\s+(?P<pod>(?i:morning|afternoon|evening|night))\s+(?P<dir>(?i:before|after))"
    r"(?![\w-])",
    starts="the",
)
def _pod_before_after(g: Groups, c: Ctx) -> Res | None:
    """ "the vote is on Wednesday, and I will be at the meeting the night before", "they met
    again the morning after": that part of the day before or after the day the text is on (not
    "the night before the vote", which counts from the vote)."""
    if not _POD_OFFSET_END.match(c.after()):
        return None
    if c.ref is None or GRAN_RANK[c.ref[1]] > GRAN_RANK["day"]:
        return None
    d = c.ref[0] + dt.timedelta(days=1 if g.lower("dir") == "after" else -1)
    return make((d, "day"), "TIME", f"{ymd(d)}T{POD_CODE[g.lower('pod')]}", from_ref=True)


_POSSESSIVE = re.compile(r"['’]s?\b")
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(?:until|till|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|deadline\s+of)"
    r"(?:\s+(?:[\d:.apmEDSTU]+|noon|midday|midnight))*(?:\s+on)?\s+$"
)


_A_BEFORE = re.compile(r"(?i)\b(?:a|any|every|each)\s+$")
# (forward, inclusive) of the weekday a relative word names; "this Monday" follows the tense.
_REL_WEEKDAY = {
    "last": (False, False),
    "past": (False, False),
    "next": (True, False),
    "coming": (True, True),
}
_SHARED_REL = guard(
    rf"(?i)\b(last|next|this|coming|past)\s+({WEEKDAY})\s+(?:and|or|to|through)\s+$"
)


_DAY_TOLD_REACH = 600  # characters back to the day "the following Monday" counts from


def _last_day_told(c: Ctx) -> dt.date | None:
    """The day last told a paragraph or so back, where the story's time has since moved to a
    coarser one in passing (a year looked ahead to: "should reign until her birthday in 1925"):
    "the following Monday" counts from a day, not from the publication date."""
    for m in reversed(c.told):
        if m.begin >= c.begin:
            continue
        if c.begin - m.end > _DAY_TOLD_REACH:
            return None
        point = m.res.point
        if point is not None and point[1] == "day":
            return point[0]
    return None


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
    if not g["rel"] and not g["nrel"] and (same := apposed_day(c, wd)) is not None:
        return make((same, "day"), "TIME" if pod else "DATE", ymd(same) + suffix, from_ref=True)
    if not g["rel"] and not g["nrel"] and c.dct and (feast := feast_beside(c.after(), wd, c.dct)):
        return make((feast, "day"), "TIME" if pod else "DATE", ymd(feast) + suffix, relative=True)
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
        on_ref = c.ref is not None and c.ref[1] == "day"
        base = c.ref[0] if c.ref is not None and on_ref else c.dct
        if not on_ref and (told_day := _last_day_told(c)) is not None:
            on_ref, base = True, told_day  # "gave its ruling on Saturday 17 November ... until
            # her birthday in 1925. ... resigned the following Monday": from the ruling's day
        c.basis = "ref" if on_ref else "dct"
        forward = g.lower("nrel") != "previous"
        d = _weekday_from(base, wd, forward=forward, inclusive=False)
        if on_ref:
            # counted from the story's day, not from now: the story stays in its year
            return make((d, "day"), "TIME" if pod else "DATE", ymd(d) + suffix, from_ref=True)
    elif rel in _REL_WEEKDAY:
        d = _weekday_from(c.dct, wd, *_REL_WEEKDAY[rel])
    elif (shared := _SHARED_REL.search(c.before())) is not None:
        # "next Tuesday and Wednesday": the second day takes the first one's "next" ("this
        # Tuesday and Wednesday": the coming ones)
        first = WEEKDAYS[shared.group(2).lower()]
        forward, inclusive = _REL_WEEKDAY.get(shared.group(1).lower(), (True, True))
        d = _weekday_from(c.dct, first, forward, inclusive)
        d = d + dt.timedelta(days=(wd - first) % 7)
    elif (told := story_weekday(c, wd)) is not None:  # "on Thursday 3 March 1921 ... On Friday"
        return make((told, "day"), "TIME" if pod else "DATE", ymd(told) + suffix, from_ref=True)
    else:
        # News reports the past: without a future verb nearby, look back; a present one ("meet
        # Monday", "follows Tuesday's declaration") takes the nearer of the two.
        tense = c.tense()
        if rel == "this" and (this := this_week_day(c.dct, wd, tense)) is not None:
            return make((this, "day"), "TIME" if pod else "DATE", ymd(this) + suffix, relative=True)
        if called_off_ahead(c.before(), c.text[c.end : c.end + 80]):
            tense = (
                FUTURE  # "has cancelled its clinics on Friday", "Saturday's run has been put off"
            )
        elif tense == PRESENT and _POSSESSIVE.match(c.text, c.end):
            tense = None  # "over Thursday's closing price": what has a result has happened
        elif tense != PAST and _DEADLINE_BEFORE.search(c.before()):
            tense = FUTURE  # "until 9 a.m. Tuesday", "as soon as Tuesday"
        elif tense != FUTURE and to_come(c.before()):
            tense = FUTURE  # "the letters go on display on Friday": a timetable's present
        elif tense != PAST and accused_act(c.before()):
            tense = PAST  # "is charged with stealing a van on Saturday"
        elif tense != PAST and expected_ahead(c.before()):
            tense = FUTURE  # "Crews expect the wind to ease on Thursday"
        elif tense not in (PAST, FUTURE) and set_for_day(c.before(), c.after()):
            tense = FUTURE  # "The funeral is on Thursday", "My last shift's Friday"
        if tense == FUTURE and past_plan_day(c.before()):
            tense = PRESENT  # "was due to leave on Saturday": the nearer Saturday
        back = _weekday_from(c.dct, wd, forward=False, inclusive=True)
        d = back
        if tense in (FUTURE, PRESENT):
            ahead = _weekday_from(c.dct, wd, forward=True, inclusive=True)
            if tense == FUTURE or (ahead - c.dct) < (c.dct - back):
                d = after_story_day(c.before(), c.ref, c.dct, ahead, wd)  # "until ... Tuesday"
                # "opens on Friday 14 August and ends on Sunday": the Sunday after it
                d = after_sentence_day(c.before(), c.sent_ref, c.dct, d)
        elif (earlier := told_back_in_entry(c, d)) is not None:
            d = earlier  # a log entry's "had been damaged Sunday night": before its heading
        d = listed_day(c, wd, d)  # "Tuesday's on Wednesday 30 December": a moved timetable
    return make((d, "day"), "TIME" if pod else "DATE", ymd(d) + suffix, relative=True)


_SINGULAR_UNIT = r"(?i:day|week|weekend|fortnight|month|quarter|year|decade|century)"


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
        if unit == "weekend" and rel == "following" and _before_weekend(c):
            step = 0  # "lifted on Tuesday 1 December ... the following weekend": 5-6 December
        return _whole_week(_anchored(c, step, unit), unit)
    if the and rel == "next" and _told_from_ref(c, UNITS[unit][0]):
        return _whole_week(_anchored(c, 1, unit), unit)  # "The next year it was driven back"
    if unit == "day" and not (the and rel in ("past", "last")):
        return None  # "this day", "last day": not dates
    if unit == "fortnight" and not (the and rel in ("past", "last", "next", "coming")):
        return None  # only as a stretch: "over the past fortnight" (two weeks, P2W)
    if (the and rel in ("past", "last", "next", "coming")) or rel == "past":
        forward = rel in ("next", "coming")
        # the timeline has no two-week period: "the past fortnight" is marked, not drawn
        span = None
        if c.dct is not None and unit != "fortnight":
            span = span_dating(c.dct, 1, unit, forward, False)
        res = Res("DURATION", _period(1, unit), dating=span)
        if unit == "year" and the and rel in ("past", "last") and c.dct is not None:
            # "over the past year": the twelve months before the DCT on the timeline; TimeBank
            # marks it as the year before the DCT's (a DATE), as it does "last year".
            res.timeml = ("DATE", str(c.dct.year - 1), c.end)
        return res
    if c.dct is None:
        return Res("DATE", PLACEHOLDER[gran])
    step = {"last": -1, "next": 1, "coming": 1}.get(rel, 0)
    if rel == "this" and unit == "year" and (entry := entry_year(c.text, c.begin)) is not None:
        c.basis = "narrative"  # "1349. This year the pestilence came": the annal entry's year
        return make((dt.date(entry, 1, 1), gran), explicit_year=True)
    return make((shift(c.dct, step, unit), gran), relative=True)


def _before_weekend(c: Ctx) -> bool:
    """Whether the story is on a weekday, Monday to Friday: its following weekend is its own
    week's."""
    return c.ref is not None and c.ref[1] in ("day", "hour", "minute") and c.ref[0].weekday() < 5


def _whole_week(res: Res, unit: str) -> Res:
    """ "the following week", "the previous week" after a story's day: the whole week before
    or after that day's (ISO "1941-W26"), not the day seven days on that "a week later" is."""
    if unit not in ("week", "weekend") or res.point is None or res.point[1] != "day":
        return res
    week = make((res.point[0], unit), offset=res.offset, from_ref=res.from_ref)
    week.timeml = res.timeml
    return week


# Words before "the next year" that make it a stretch of time ahead ("over the next year",
# "spent the next year in Paris"), not the year after the text's time.
_STRETCH_BEFORE = re.compile(
    r"(?i)\b(?:over|for|during|within|in|throughout|spent|spend|spends|spending|into)\s+$"
)


_IN_BEFORE = re.compile(r"(?i)\b(?:in|during)\s+$")


def _told_from_ref(c: Ctx, gran: str) -> bool:
    """Whether "the next year" / "the next month" opens a step of a story told in the past:
    a reference time as fine as the unit, a past verb (for a century after a time a century
    gone, any but the future), no stretch word before it."""
    if c.ref is None or GRAN_RANK[c.ref[1]] > GRAN_RANK[gran]:
        return False
    tense = c.tense()
    if _STRETCH_BEFORE.search(c.before()):
        # told in the past, "in the next week" is the week after the story's ("the letter went
        # in the next week"); "over", "for", "within" it stays a stretch
        return tense == PAST and _IN_BEFORE.search(c.before()[-10:]) is not None
    if gran == "century" and tense != FUTURE and c.dct is not None:
        # "for most of the next century nothing is known of it" after 1794: a historian's
        # present, and the century after the story's (one after the DCT's is told ahead)
        return c.ref[0].year <= c.dct.year - 100
    return tense == PAST


# "two years after her marriage", "a year after his return": counted from a happening of the
# story's own, the one its last date dated ("She married in May 1934. Two years after ...").
_OWN_HAPPENING = re.compile(
    r"\s+(?:his|her|their)\s+[a-z]+(?:ion|ment|age|al|ure|ance|ence|ing|urn)\b"
)


def _after_own_past(c: Ctx, gran: str) -> bool:
    """Whether "N units after" opens a possessive happening told in the story's past, with a
    reference time as fine as the unit to count from."""
    return (
        c.ref is not None
        and GRAN_RANK[c.ref[1]] <= GRAN_RANK[gran]
        and _OWN_HAPPENING.match(c.after()) is not None
        and c.tense() == PAST
    )


def _counted(gran: str, base: str) -> str:
    """The precision of an amount counted from a date of precision `base`: weeks from a day
    are a day ("left on 7 July, a week before the army arrived": 14 July), not its week."""
    return "day" if gran == "week" and base == "day" else gran


def _long_past(c: Ctx) -> bool:
    """Whether the sentence's date is `HISTORY_YEARS` or more before the publication date."""
    ref = c.sent_ref
    return ref is not None and c.dct is not None and ref[0].year <= c.dct.year - HISTORY_YEARS


_DIRECTIONS = {"ago": -1, "earlier": -1, "before": -1, "later": 1, "after": 1, "from now": 1}
_DIRECTIONS["since"] = -1  # "built forty years since": the older "ago", ending its phrase


# "after the flight," "after her first marriage.": a happening named by a noun, no clause
_NOUN_PHRASE_AFTER = re.compile(
    r"\s+(?:the|her|his|their|its|our|my)\s+(?:(?![a-z]+ed\b)[\w'’-]+\s+){0,2}?"
    r"(?![a-z]+ed\b)[\w'’-]+\s*(?:[,.;]|$)"
)


# A day-level date just before, then a comma: what follows is in apposition to it.
_DATE_APPOSITION = re.compile(
    r"(?i)(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\byesterday|\btoday|\d)\s*,\s*$"
)


# "for" before the amount makes it how long something lasted, not a point in time.
_FOR_SPAN = re.compile(
    r"(?i)\bfor\s+(?:(?:almost|nearly|about|around|some|over|more\s+than|less\s+than|"
    r"at\s+least|just|only)\s+)?$"
)


@rule(
    "offset",
    rf"(?P<num>{NUM}){_HALF_NUM}{_AMOUNT}\s+(?P<unit>{UNIT}){_AND_A_HALF}\s+"
    r"(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence|on(?=\s*,)|"
    r"since(?=\s*[,;:.!?)”\"]|\s+(?:by|and|but|when|to)\b)))",
    starts="#digit #number",
)
def _offset(g: Groups, c: Ctx) -> Res | None:
    unit = unit_of(g.req("unit"))
    gran = UNITS[unit][0]
    n = number_of(g.req("num"))
    direction = _ws(g.req("dir"))
    if direction == "on":  # "Ten years on, the school had 400 pupils" (`years_on`)
        if not years_on(c):
            return Res("DURATION", _period(n, unit), end=g.end("unit"))
        direction = "later"
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
        c.basis = "focus"
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
        c.basis = "focus" if c.focus is not None else "ref"
        if c.focus is not None:
            year = c.focus[0].year - n
        elif c.ref_offset == (-n, unit):
            year = c.ref[0].year  # the last date named is already the one a year back
        else:
            year = c.ref[0].year - n
        return make((dt.date(year, 1, 1), "year"), offset=(-n, unit))
    if direction in ("ago", "from now", "hence", "since"):
        if sign < 0 and (then := record_day(c)) is not None:  # a quoted deed's "years since"
            c.dct, c.basis = then, "sent_ref"
        if c.dct is None:
            return Res("DATE", PLACEHOLDER[gran])
        if n is None:  # "a few days ago": a vague period just before the DCT
            span = span_dating(
                shift(c.dct, sign * VAGUE_COUNT, unit), VAGUE_COUNT, unit, sign < 0, True
            )
            return Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", dating=span)
        if unit == "year" and sign < 0 and (bc := bc_years_ago(n, c.dct)) is not None:
            return bc  # "about 9,500 years ago": 7475 BC
        return make((shift(c.dct, sign * n, unit), gran), relative=True, offset=(sign * n, unit))
    half = bool(g["half"] or g["half2"])
    amount_end = g.end("half2") if g["half2"] else g.end("unit")  # "2 1/2 hours": the unit
    duration = Res("DURATION", _period(n, unit, half), end=amount_end)
    res = None
    if n is not None and (direction in ("earlier", "later") or opens_anecdote(c)):
        # "A century before, the monks had drained the marsh": "before" ending its phrase
        # counts back from the story's time as "earlier" does
        res = story_year_kept(_anchored(c, sign * n, unit), c.ref, unit)
        if direction == "earlier" and unit == "year" and n == 1:
            return res  # "a year earlier": the period compared with (WSJ), a DATE in TimeML
        # "five months earlier", "a day earlier": an amount, as "three days later"; TimeBank
        # keeps "earlier" inside it ("A day earlier", DURATION P1D)
        if direction == "earlier":
            amount_end = g.end("dir")
    elif n is not None and _FOR_SPAN.search(c.before()):
        pass  # "lay there for almost a year before she was refloated": how long, not when
    elif n is not None:
        # "a day after the March 3 vote": counted from the date that follows. "arrived on Monday,
        # a day after Erdogan said": the clause's event is n units before the sentence's date.
        following = c.peek_next(2)
        if following is not None and GRAN_RANK[following[1]] <= GRAN_RANK[gran]:
            c.basis = "next"
            # weeks counted from a day land on a day ("a fortnight before Christmas")
            moved = shift_within_day(following[0], sign * n, unit)
            res = make((moved, _counted(gran, following[1])))
        elif (part := month_part_shift(c.before(), c.sent_ref, -sign * n, unit)) is not None:
            c.basis = "sent_ref"  # "in early December, a fortnight after ...": late November
            res = make(part)
        elif c.sent_ref is not None and GRAN_RANK[c.sent_ref[1]] <= GRAN_RANK[gran]:
            c.basis = "sent_ref"
            # "four days after that it voted"; "invaded in 1013, and three years after the
            # invasion Cnut was king": a clause of its own after "and" counts on from the date
            forward = counts_from_sentence_date(c.after()) or opens_coordinate(c.before())
            # "and he four days after her": a pronoun for what the sentence dated
            forward = forward or counts_from_pronoun(c.before(), c.after())
            back = (sign if forward else -sign) * n
            apposed = _DATE_APPOSITION.search(c.before())
            # in apposition, weeks from a day are a day only in a story long past: news gives
            # "warned on Feb. 2, a week after the first case" that case's week
            fine = _counted(gran, c.sent_ref[1]) if not apposed or _long_past(c) else gran
            res = make((shift_within_day(c.sent_ref[0], back, unit), fine))
            if (
                apposed
                and c.sent_ref[1] in ("year", "decade", "century")
                and _NOUN_PHRASE_AFTER.match(c.after())
            ):
                # "In 2000, forty years after the flight, ...": how long since the flight, in
                # apposition to a year; what happened is the sentence's, in that year
                return duration
            if apposed and gran not in ("hour", "minute", "second"):
                # "arrived on Monday, a day after Erdogan said": in apposition to that date, the
                # phrase names a day itself (the one Erdogan spoke on), so it stays a DATE;
                # "landed on May 21, 33 hours after leaving" is an amount of time all the same,
                # and so is "joined on 9 March, three weeks after my birthday" (no week is named:
                # the birthday, a day three weeks back, still dates its clause)
                if gran == "day":
                    return res
        elif direction == "after" and (told := after_told_happening(c, n, unit)) is not None:
            c.basis = "ref"
            res = make((told, gran))  # "Seventeen years after he came to the throne": from it
        elif (
            direction in ("after", "before")
            and (told := from_told_noun(c, sign * n, unit)) is not None
        ):
            c.basis = "ref"
            res = make((told, gran))  # "two years after her marriage": from the year told
        elif direction == "after" and _after_own_past(c, gran):
            res = _anchored(c, n, unit)  # "Two years after her marriage she left": from it
        elif (point := from_dated_noun(c, sign * n, unit)) is not None:
            res = make((point, gran))  # "five days after the attack at Arras on 9 April"
        elif (point := from_story_point(c, sign * n, unit)) is not None:
            res = make((point, gran))  # "Five days before that", "three days after the surrender"
    if res is None or res.point is None:
        return duration
    # "three days later", "a day after the vote": dated for the timeline, but TimeML marks the
    # amount of time as a DURATION and "later"/"after"/"before" as a signal.
    res.timeml = ("DURATION", duration.value, amount_end)
    return res
