"""Times of day: clock times ("10:30 p.m.", "15:00 GMT") and "noon", "midnight", placed on
the day the sentence is about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ..periods import ymd
from ..tense import FUTURE, PAST
from .common import _NAME_BEFORE, _title_case
from .log_days import log_heading_day
from .morning_after import next_morning
from .night_crossing import from_values, night_step
from .plan_clock_days import plan_day
from .schedule_clocks import no_day
from .story_clock_day import story_day
from .table import Ctx, Groups, Res, rule
from .timetable_clocks import timetable_hour_today
from .told_hours import hours_day
from .update_stamps import update_stamp

# North American zones as written out: "8pm Eastern Time", "5 p.m. Pacific"; a bare zone word
# only where no capitalised word follows ("9am Central Europe" is a place)
_ZONE_WORD = r"(?:Eastern|Pacific|Central|Mountain)"
_TZ = (
    r"(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|ET|PT|(?i:local\s+time)"
    rf"|{_ZONE_WORD}(?:\s+(?:Standard|Daylight))?\s+Time\b|{_ZONE_WORD}\b(?![ \t]+[A-Z]))"
)
_TIME_CUE = re.compile(r"(?i)\b(?:at|by|from|until|till|to|around|about|before|after|since)\s+$")
# a diary's or timetable's entry line opening with its time: "- 09:00 Statistics office ..."
_LINE_OPEN = re.compile(r"[^\S\n]*(?:[-–•*][^\S\n]*)?")
_STAMP_AFTER = re.compile(r"[^\S\n]+[A-Z]")


def _line_stamp(c: Ctx) -> bool:
    """Whether a two-digit 24-hour time ("09:00") opens its line, after a bullet at most, with
    a capitalised entry after it."""
    if c.end - c.begin != 5 or not c.text[c.begin].isdigit():
        return False
    line = c.text.rfind("\n", 0, c.begin) + 1
    return bool(_LINE_OPEN.fullmatch(c.text, line, c.begin)) and bool(
        _STAMP_AFTER.match(c.text, c.end)
    )


@rule(
    "time",
    r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|am|pm|a\.m|p\.m))"
    rf"(?:\s+(?P<tz>{_TZ}))?"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s*(?P<tz24>{_TZ}))?"
    # wire copy's four-digit clock before GMT or UTC: "at 1130 GMT", "(0300 GMT Tuesday)"
    r"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s+(?:GMT|UTC)\b"
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
        if hour == 0 and _BEFORE_MIDNIGHT.search(c.before()):
            return _before_midnight(c)
    elif g["h24"]:
        if not (g["tz24"] or _TIME_CUE.search(c.before()) or _line_stamp(c)):
            return None  # "3:1" scores, verse numbers
        hour, minute = int(g.req("h24")), int(g.req("m24"))
    elif g["h4"]:
        if _RESTATED.search(c.before()):
            return None  # "at 10:35 a.m. (0735 GMT)": the same moment again, as TimeBank
        hour, minute = int(g.req("h4")), int(g.req("m4"))
    else:
        hour, minute = int(g.req("h")) % 12, int(g["m"] or 0)
        if g.lower("ap").startswith("p"):
            hour += 12
    if _EVERY_DAY_AFTER.match(c.after()) or no_day(c):
        # "open from 8am to 10pm daily", "nightly at 7.30pm except Sundays": the hour of
        # every day, on no day of its own
        return Res("TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}")
    return _on_day(c, f"T{hour:02d}:{minute:02d}")


# a clock time (or the first of a span of two) that a recurrence follows: "8am to 10pm daily",
# "at 6pm every day", "9am-5pm, seven days a week"
_EVERY_DAY_AFTER = re.compile(
    r"(?i)(?:\s*(?:-|–|to|until|till)\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midday|"
    r"midnight))?,?\s+(?:daily|nightly|every\s+(?:day|night)|each\s+day|seven\s+days\s+a\s+week)"
    r"(?![\w-])"
)


# a clock time (and its zone) right before a bracket: what the bracket holds restates it
_RESTATED = re.compile(rf"(?i)(?:[ap]\.?m\.?|\d:\d\d)(?:\s+{_TZ})?\s*\(\s*$")
_BEFORE_MIDNIGHT = re.compile(
    r"(?i)(?:\b(?:just|shortly|soon|minutes|hours|an\s+hour)?\s*before|\b(?:by|until|till))\s+$"
)


def _before_midnight(c: Ctx) -> Res:
    """ "claimed victory shortly before midnight", "By midnight the fire had grown": the end of
    the day the sentence is about (its own day, the story's, else the DCT); where that is the
    DCT, what is told as done was the night before the report (a report dated a day does not
    tell of that day's last minutes as past)."""
    res = _on_day(c, "T23:59")
    if c.dct is None or res.point is None or res.point[0] != c.dct or c.tense() == FUTURE:
        return res
    day = c.dct - dt.timedelta(days=1)
    value = ymd(day) + "T23:59"
    return Res("TIME", value, (day, "day"), (value, None, "minute"))


# a reference of a day or a moment in it: "90 seconds later, just after 6 p.m." is that day's
_WITHIN_DAY = frozenset({"day", "hour", "minute", "second"})


def _on_day(c: Ctx, clock: str) -> Res:
    """A clock time on the day the sentence is about: its own day, the one just after it, the
    story's, else the DCT."""
    day, fallback, stamp = None, False, False
    following = c.peek_next(2)
    if following is None and _ON_PART_OF.match(c.after()):
        following = c.peek_next(5)  # "at ten to six on the evening of 4 May": that day's
    if (heading := log_heading_day(c)) is not None:
        day, c.basis = heading, "dct"  # a log's entry "2:15 p.m. - ..." under "Monday, May 3"
    elif c.dct is not None and update_stamp(c):
        day, c.basis, stamp = c.dct, "dct", True  # "Updated 11 a.m.: ...": the publication day's
    elif following is not None and following[1] == "day" and _ON_DAY_AFTER.match(c.after()):
        # "results published at 9.15am on Wednesday" after "Tuesday's vote": its own day
        day, c.basis = following[0], "next"
    elif c.sent_ref is not None and c.sent_ref[1] in _WITHIN_DAY:
        day, c.basis = c.sent_ref[0], "sent_ref"
    else:
        if following is not None and following[1] == "day" and not _RESTATING.match(c.after()):
            day, c.basis = following[0], "next"
        elif c.ref is not None and c.ref[1] in _WITHIN_DAY and timetable_hour_today(c, c.ref[0]):
            day, c.basis = c.dct, "dct"  # "... on Thursday. The fair opens at 3pm": today's
        elif c.ref is not None and c.ref[1] in _WITHIN_DAY:
            # "was shot on Oct. 23 ... at 10 p.m.": the day the story is on
            day, c.basis = c.ref[0], "ref"
            if c.tense() == FUTURE and (ahead := plan_day(c, day)) is not None:
                day = ahead  # "will run from 6am": a day to come named before, not one gone by
        elif c.dct is not None:
            day, c.basis, fallback = c.dct, "dct", True
    if heading is None and (hours := hours_day(c)) is not None:
        day = hours  # "On the evening of 9 March 1850 ... (the inquest of 1851) ... at ten"
    elif fallback and (story := story_day(c)) is not None:
        day, c.basis = story, "story_day"  # background years since the story's day
    if day is None:
        return Res("TIME", "XXXX-XX-XX" + clock)
    hour = int(clock[1:3])
    day += dt.timedelta(days=night_step(c, day, hour, _after_a_night(c, day, hour)))
    if (
        c.basis in ("ref", "dct")
        and not stamp  # a stamp is the page's own time, not a night the report tells of
        and day == c.dct
        and hour >= _EVENING
        and c.tense() == PAST
        and day_before_named(c, day)
    ):
        # "Polls closed at 8pm" in a report dated the next morning: a report dated a day does
        # not tell of that day's evening as done, so the evening is the one before it
        day -= dt.timedelta(days=1)
    value = ymd(day) + clock
    # a history's day told by the hour brings its year back as the text's (`told_hours`)
    told = c.basis == "hours"
    return Res("TIME", value, (day, "day"), (value, None, "minute"), explicit_year=told)


def day_before_named(c: Ctx, day: dt.date) -> bool:
    """The story named the day before the report's by its weekday ("Tuesday's election") or as
    "last night" or "yesterday": the evening it tells is that one."""
    name = (day - dt.timedelta(days=1)).strftime("%A")
    return re.search(rf"\b(?:{name}|[Ll]ast night|[Yy]esterday)\b", c.text[: c.begin]) is not None


# "8pm Eastern Time (01:00 GMT)": the bracket restates the moment in another zone, where the
# day may already be the next one
# (unless a day follows the bracket: "16:05 local time (15:05 UTC) on December 14")
_RESTATING = re.compile(r"\s*\(\s*\d[^()]*\)(?![ \t]+(?:on[ \t]+)?[A-Z0-9])")
# the day named right after the clock time: "at 9.15am on Wednesday", "at noon Friday"
_ON_DAY_AFTER = re.compile(r"[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?[A-Z0-9]")
# a clock time before the part of a named day: "at ten to six on the evening of 4 May 1910"
_ON_PART_OF = re.compile(
    r"\s+on\s+the\s+(?P<pod>(?i:morning|afternoon|evening|night))\s+of\s+[A-Z0-9]"
)


def part_of_day_after(after: str) -> str | None:
    """ "morning" in "at twenty to eleven on the morning of 4 May": the part of the day named."""
    m = _ON_PART_OF.match(after)
    return m.group("pod").lower() if m else None


_EVENING = 18
_SMALL_HOURS = 5  # "at 2 a.m." after "on Monday night" is Tuesday's; "at 6 a.m." is a new day
_OVERNIGHT = re.compile(r"(?i)\bovernight\s+(?:on\s+|of\s+)?(?:the\s+)?$")
# "on the night of May 19, 1976 ... shortly after 1 a.m.": the small hours after that day
_NIGHT_OF = re.compile(r"(?i)\bnight\s+of\s+$")


def ref_values(sources: Mapping[str, Any], text: str) -> dict[str, tuple[str | None, str]]:
    """`Ctx.ref_values` from the mentions behind the reference times (`_Document._src`)."""
    out = {
        k: (m.res.value, text[max(0, m.begin - 20) : m.begin])
        for k in ("ref", "sent_ref")
        if (m := sources.get(k)) is not None
    } | from_values(sources, text)
    if (m := sources.get("ref")) is not None:  # its own words: "Thursday 6 May" names a weekday
        out["ref_words"] = (None, text[m.begin : m.end])
    return out


def _after_a_night(c: Ctx, day: dt.date, hour: int) -> bool:
    """ "On Monday night ... at 1:30 a.m.", "overnight on Monday ... at 2 a.m.", "on the night of
    May 19 ... at 1 a.m.": a small-hours
    time told from an evening or a night is in the night after that day, on the next calendar
    day (never past the publication day: "tonight ... at 2 a.m." is still to come)."""
    value, before = c.ref_values.get(c.basis or "", (None, ""))
    if hour >= _SMALL_HOURS or value is None or not value.startswith(ymd(day)):
        return False
    if c.dct is not None and day >= c.dct:
        return False
    if value.endswith(("TNI", "TEV")) or _late_clock(value):
        return True
    return len(value) == 10 and bool(_OVERNIGHT.search(before) or _NIGHT_OF.search(before))


def after_a_night(c: Ctx, day: dt.date) -> bool:
    """Whether the small hours told from `day`, the reference time `c.basis` names, fall on the
    next calendar day (`_after_a_night`): "On Monday night ... by dawn"."""
    return _after_a_night(c, day, 0)


_EVENING_HOUR = 18


def small_hours(value: str | None) -> bool:
    """Whether `value` is a clock time after midnight and before dawn ("1976-05-20T01:00")."""
    return (
        value is not None
        and len(value) >= 16
        and value[10] == "T"
        and value[11:13].isdigit()
        and int(value[11:13]) < _SMALL_HOURS
    )


def _late_clock(value: str) -> bool:
    """Whether `value` is an evening clock time ("2026-03-20T23:30"): a timeline told hour by
    hour, "11:30 p.m. - ... 1:15 a.m. - ...", has passed midnight."""
    return (
        len(value) >= 16
        and value[10] == "T"
        and value[11:13].isdigit()
        and (int(value[11:13]) >= _EVENING_HOUR)
    )


_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()


@rule(
    "clock_words",
    rf"(?P<h>(?i:{'|'.join(_HOUR_WORDS)}))(?:\s+o['’]clock)?\s+"
    r"(?:in\s+the\s+(?P<pod>(?i:morning|afternoon|evening))|(?P<night>at\s+night))(?![\w-])",
    starts=" ".join(_HOUR_WORDS),
)
def _clock_words(g: Groups, c: Ctx) -> Res | None:
    """ "at three in the afternoon", "by ten o'clock at night": an hour told in words, after a
    word that says a time follows (not "three in the morning shift")."""
    if not _TIME_CUE.search(c.before()):
        return None
    hour = _HOUR_WORDS.index(g.lower("h")) + 1
    pod = g.lower("pod")
    if pod == "morning":
        hour %= 12  # "twelve in the morning" is midnight
    elif pod in ("afternoon", "evening") or hour >= 6:
        hour = hour % 12 + 12  # "ten at night"; "two at night" is the small hours
    res = _on_day(c, f"T{hour:02d}:00")
    if pod == "morning" and res.point is not None and next_morning(c):
        day = res.point[0] + dt.timedelta(days=1)  # "'We march at four in the morning'"
        value = ymd(day) + f"T{hour:02d}:00"
        return Res("TIME", value, (day, "day"), (value, None, "minute"))
    return res
