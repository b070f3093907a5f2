"""Reference times: how a year-less date gets its year (`pick_year`, from the narrative year,
the DCT and the tense), how a date counted from the last one named resolves (`_anchored`: "the
next day", "two weeks later"), the granularity ranks that decide whether a reference is fine
enough, and the cue for a report's longer period that keeps comparisons off the focus quarter.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from ..accused_acts import accused_act
from ..cue_guard import guard
from ..dated_infinitives import plan_before
from ..dated_noun_asides import aside_year
from ..lexicon import UNITS, year_of
from ..news_day_after import news_day_after
from ..participle_months import participle_month
from ..periods import PLACEHOLDER, shift, start_of
from ..present_plans import present_plan
from ..record_lines import heading_ends
from ..record_years import record_year
from ..story_heads import year_of_title
from ..tense import FUTURE, PAST, PRESENT, past_verb_before, past_verb_in_clause
from ..timetable_present import faces_ahead, to_come, told_by_account
from ..writer_present import writer_present
from .common import _date
from .conjunct_months import news_conjunct_month
from .counted_ahead import counted_year_before
from .date_clause import clause_around, unquoted
from .day_part_lead import without_day_part
from .editor_brackets import bracket_year
from .extract_months import extract_year
from .news_after_story import news_after_story
from .news_paragraphs import news_paragraph
from .now_periods import back_to_now
from .perfect_until import perfect_until
from .plan_year_days import soon_before_plan_year
from .pluperfect_back import pluperfect_before
from .pluperfect_months import month_told_back
from .present_main import present_main
from .quoted_heading_years import heading_year
from .range_months import year_after_start
from .reader_requests import asks_reader
from .since_now import since_now
from .speaker_now import speaker_now
from .split_years import split_year
from .story_anaphora import story_ref
from .story_before_that import story_year_before_that
from .table import Ctx, Res, make
from .weekday_news import told_ahead, weekday_news
from .weekday_years import weekday_fits, weekday_year
from .winter_runs import year_around_story
from .writers_plans import writers_plan

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
_PUT_OFF_BEFORE = guard(
    r"(?i)\b(?:postponed|postpone|postpones|delayed|delay|delays|deferred|defer|adjourned|"
    r"put\s+off|pushed\s+back|moved\s+back|rescheduled|extended)\b[^.;:]{0,40}?"
    r"\b(?:until|till|to|for)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$"
)


# "since" looks back whatever the main verb: "her first trip since taking office in September".
_SINCE_BEFORE = re.compile(r"(?i)\bsince\b[^.;:,]{0,30}$")
_SINCE_JUST_BEFORE = re.compile(
    r"(?i)\bsince\s+(?:(?:just|shortly|well|long|soon)\s+)?(?:(?:before|after)\s+)?(?:the\s+)?$"
)


# A deadline set by a promise or a plan points ahead whatever the tense: "promised a new bridge
# by March", "vowed to clear the camps by spring", "aimed to finish by the end of June".
_PROMISE_BY = re.compile(
    r"(?i)\b(?:promised|promises|pledged|pledges|vowed|vows|aims?|aimed|hopes?|hoped|"
    r"intends?|intended|targets?|targeted|committed|undertook)\b[^.;:]{0,60}?"
    r"\bby\s+(?:the\s+)?(?:(?:early|late|mid-?|end\s+of|middle\s+of)\s*)?$"
)


# A plan as it stood ("was due to open in March", "was first planned for Christmas"): news of
# a date near the publication date, gone by or still to come, whatever year the text was on.
_PAST_PLAN = re.compile(
    r"(?i)\b(?:was|were)\s+(?:(?:first|originally|initially)\s+)?"
    r"(?:(?:due|scheduled|expected|set|supposed|slated)\s+to\s+[^.;:,]{0,60}"
    r"|(?:planned|scheduled|meant|earmarked|pencilled\s+in)\s+for\s+(?:the\s+)?)$"
)


def _past_plan(c: Ctx) -> bool:
    """Whether the expression dates a plan told in the past ("was due to ... in March", "agreed
    to review the rules in June": `dated_infinitives`)."""
    before = c.before()
    if ("was" in before or "were" in before) and _PAST_PLAN.search(before[-90:]) is not None:
        return True
    return plan_before(before) and not present_plan(before)  # "which plans to ... in May": ahead


# What a meeting resolves or orders to be done is to come from its day: "Resolved, that the new
# span be opened on Whit Monday", "Ordered that the overseers do pay it at Lady Day".
_MANDATE_BEFORE = re.compile(
    r"(?i)\b(?:resolved|ordered|agreed|decided|directed|recommended)\s*,?\s+that\b[^.;:]{0,160}?"
    r"\b(?:be|do|shall)\s+[a-z]+\b[^.;:]*$"
)


def _tense_for_year(c: Ctx) -> str | None:
    before = c.before()
    # cheap check first: a promise's deadline ends in "by", its verb at most 90 characters back
    by = "by" in before[-30:].lower()
    if _PUT_OFF_BEFORE.search(before) or (by and _PROMISE_BY.search(before[-100:])):
        return FUTURE
    if " that " in before and _MANDATE_BEFORE.search(before[-220:]):
        return FUTURE
    tense = c.tense()
    if tense != PAST and accused_act(before):
        return PAST  # "who denies assaulting a doorman on New Year's Eve": an act gone by
    if tense in (PRESENT, None) and _UNTIL_BEFORE.search(before[-12:]):
        return FUTURE  # "gives the city until December 31", "runs until March 3": ahead
    if tense != FUTURE and perfect_until(before):
        return FUTURE  # "has called a ban until Christmas": it ends ahead
    if "until" in before[-12:] and _LASTS_UNTIL.search(before[-40:]):
        return FUTURE  # "was opened on Friday and runs until 28 February": the verb it ends
    if tense != FUTURE and "face" in before[-60:] and faces_ahead(before):
        return FUTURE  # "who faces re-election in May": the next May
    if tense != PAST and told_by_account(before):
        return PAST  # "The notebook ends on New Year's Eve": a summary of the past it covers
    if tense != PAST and _chronology_line(c):
        return PAST  # "- 4 October: the king dies" in a history's list: its present is the past
    if tense != FUTURE and "to " in before[-80:] and _wanted_line(c):
        return FUTURE  # "2. students to sit on Senate from October;": a demand, ahead
    return tense


# A list's line that asks for something to be done, its subject and an infinitive ("2. elected
# students to sit on Senate from October;", "- the hall to be returned by Easter"): what the
# demands, terms or minutes want is ahead of their day, whatever verb introduced the list.
_WANTED_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?:[\w'’-]+[ \t]+){0,5}?to[ \t]+[a-z]+\b[^\n;:.!?]*"
)


def _wanted_line(c: Ctx) -> bool:
    """Whether the date is in a list's line that asks for something to be done (`_WANTED_LINE`)."""
    line = c.text.rfind("\n", 0, c.begin) + 1
    return c.begin - line <= 120 and _WANTED_LINE.fullmatch(c.text, line, c.begin) is not None


# A line of a chronology opens on its date, after a bullet at most, and a colon or a dash ends
# the date: "- 4 October: the regent resigns", "• 12 May – the fleet sails".
_LINE_HEAD = re.compile(r"[ \t]*(?:[-*•–—][ \t]+)?")
_HEAD_END = re.compile(r"\s*(?::|[–—]\s|-\s)")


def _chronology_line(c: Ctx) -> bool:
    """Whether the date heads a line of a chronology told in a history's present: the line opens
    on it, a colon or dash follows, and the text's year, told before, is long past (a news list
    of dates to come keeps its present: "- 14 December: the vote on the budget")."""
    if c.text_year is None or c.dct is None or c.text_year > c.dct.year - HISTORY_YEARS:
        return False
    line = c.text.rfind("\n", 0, c.begin) + 1
    if c.begin - line > 4 or _LINE_HEAD.fullmatch(c.text, line, c.begin) is None:
        return False
    return _HEAD_END.match(c.text, c.end) is not None


_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till)\s+$")
# a present verb of lasting right before "until", whatever tense the sentence opened in
_LASTS_UNTIL = re.compile(
    r"(?i)\b(?:runs|lasts|continues|remains|stays|"
    r"(?:is|are)\s+(?:open|on(?:\s+(?:view|display|show))?))\s+until\s+$"
)


# Narrative time moves forward: a year-less date before the text's last point in the same year
# is in the next year ("In November fighting resumed ..., and by March the front had barely
# moved"), unless the past perfect marks a look back ("In March the army had already ...").
_PAST_PERFECT = re.compile(r"(?i)\bhad\b")
# "... last summer and again in January": a repeat comes after, never a step back
_AGAIN_BEFORE = re.compile(r"(?i)\band\s+(?:then\s+)?again\s+in\s+(?:(?:early|late|mid-?)\s*)?$")
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?$")
# what came after the story's last point goes on from it: "by September the single was in the
# charts. A tour followed in the spring" is the next spring, not a step back
_FOLLOWED_BEFORE = re.compile(
    r"(?i)\b(?:followed|ensued)\s+(?:(?:soon|shortly|only)\s+)?in\s+(?:(?:early|late|mid-?)\s*)?$"
)


_ASKED_BY = re.compile(
    r"(?i)\b(?:ask(?:ed|ing|s)?|expect(?:ed|ing|s)?|want(?:ed|ing|s)?|demand(?:ed|ing|s)?|"
    r"press(?:ed|ing)|promis(?:ed|ing|es)|pledg(?:ed|ing|es)|urg(?:ed|ing|es))\b[^.;:]{0,60}?"
    r"\bby\s+(?:the\s+)?(?:(?:early|late|mid-?|end\s+of|middle\s+of)\s*)?$"
)


def _onward(c: Ctx, year: int, month: int, day: int | None) -> int:
    """`year`, or the next one where the date would fall before the text's last point."""
    if (around := year_around_story(c, year, month, day)) != year:
        return around  # "from 28 December to 3 February" told on 12 January: the December before
    ref = c.ref
    # a season counts from its first month: "spent the winter of 1452 ... in the spring" is 1453
    fine = GRAN_RANK[ref[1]] <= GRAN_RANK["month"] or ref[1] == "season" if ref else False
    if ref is None or ref[0].year != year or not fine:
        return year
    first = start_of(*ref)  # "six weeks ago" is the whole week, not the day counted to
    behind = (month, day) < (first.month, first.day) if day else month < first.month
    # ... to the nearer of the two: December, then March is the March after; December, then
    # November is more likely a step back than eleven months on
    # "and again in March" goes on; so does "until" ("came at Midsummer and lasted until
    # Candlemas" is the next one: what lasts until a day ends after it began)
    again = _AGAIN_BEFORE.search(c.before()) is not None
    if not again and "ollowed" in c.before()[-30:]:  # the cheap test first
        again = _FOLLOWED_BEFORE.search(c.before()) is not None
    until = again or _UNTIL_BEFORE.search(c.before()[-8:]) is not None
    # a deadline asked for looks ahead: "in November the publishers were asking for another
    # book by Michaelmas" is the next Michaelmas
    until = until or ("by" in c.before()[-30:] and _ASKED_BY.search(c.before()[-110:]) is not None)
    # half a year either way: news of the year after, with the DCT in it, is the nearer
    # ("suspended on 2 July [last year]. At a hearing in January", written in March)
    tie = first.month - month == 6 and c.dct is not None and c.dct.year == year + 1
    # a season's three months count ahead from its last: "that autumn ... in March" is nearer
    # the March after (four months on) than the one before (six back)
    reach = 5 if ref[1] == "season" else 6
    if not behind or (first.month - month <= reach and not until and not tie):
        return year
    # the look back must be the date's own clause's ("The winter had gone badly: ... the
    # fortress surrendered on 22 March" is the March after)
    clause = unquoted(clause_around(c.text, c.sent_begin, c.sent_end, c.begin, c.end))
    if _PAST_PERFECT.search(clause) and not _BY_BEFORE.search(c.before()) and not again:
        return year
    if participle_month(c.text, c.sent_begin, c.begin):
        return year  # "read the plan submitted by Mr Dyer in March" at October's meeting
    return year + 1


# A date naming a document or an event ("the armistice of 11 November", "the decree of 3 March")
# points back to what the story already had; not a part of a period ("the night of", "the end
# of", "the week of"), which is the date told.
_NAMED_BY_DATE = re.compile(
    r"(?i)\b(?:the|its|their|his|her)\s+(?!(?:night|morning|afternoon|evening|day|days|week|"
    r"weekend|month|end|beginning|start|middle|spring|summer|autumn|fall|winter|first|last|"
    r"second|rest|course|half|eve|dawn|dusk|hours?|events?|date|time|period|turn|close)\s)"
    r"[a-z-]{3,}\s+of\s+$"
)


def _named_back(c: Ctx, year: int, month: int, day: int | None) -> int:
    """The year of a year-less date naming a thing ("beyond the armistice of 11 November",
    told in a story on 7 May 1919): the one before the text's last point where that is nearer
    than the one after it ("the decree of 20 November" told in October is still ahead)."""
    ref = c.ref
    if day is None or ref is None or GRAN_RANK[ref[1]] > GRAN_RANK["season"]:
        return year
    back = pluperfect_before(c.before())  # "had fallen ill on 28 August": before the point
    # "since" looks back: "left standing since before Christmas", told on 11 January
    back = back or bool(_SINCE_JUST_BEFORE.search(c.before()[-40:]))
    if not back and not _NAMED_BY_DATE.search(c.before()[-40:]):
        return year
    last = shift(start_of(*ref), 1, ref[1]) - dt.timedelta(days=1)  # the last day of the point
    told, before = _date(last.year, month, day), _date(last.year - 1, month, day)
    if told is None or before is None or told <= last:
        return year
    if back:
        return last.year - 1
    return last.year - 1 if (last - before) < (told - last) else year


def _nearer_the_text(c: Ctx, year: int, cands: list[dt.date], dct: dt.date) -> bool:
    """Whether a year-less day is at least as near the text's last point in `year` as the DCT
    ("set for June 5, 1944 ... On the evening of June 5", written on 6 June 2024)."""
    point = c.ref
    if point is None or point[0].year != year or GRAN_RANK[point[1]] > GRAN_RANK["month"]:
        return False
    first = start_of(*point)
    mine = [d.replace(year=year) for d in cands if _date(year, d.month, d.day)]
    if not mine:
        return False
    return abs((mine[0] - first).days) <= min(abs((d - dct).days) for d in cands)


def _history_point(c: Ctx, year: int) -> bool:
    """Whether the text's last point is a season, month or day of a year long past, told in the
    past tense: a story's, whose year-less dates near the DCT's are its own ("spent the autumn of
    1903 at Kitty Hawk. A first attempt on December 14 ended in a stall", written in December
    2025). A bare year ("In 1988, the armies signed a truce") is background to news."""
    point = c.ref
    return (
        point is not None
        and c.dct is not None
        and point[0].year == year <= c.dct.year - HISTORY_YEARS
        and GRAN_RANK[point[1]] < GRAN_RANK["year"]
        and _tense_for_year(c) == PAST
    )


_HISTORY_REF_REACH = 600  # characters back to the story's day: the same or the next paragraph


def _history_ref(c: Ctx, month: int, day: int | None, weekday: int | None) -> bool:
    """Whether the text is on a day or month of a history long past (`_history_point`), named
    just before, and the year-less date is in its year (its weekday fits): "the riot of Friday
    3 June 1870 ... The magistrates sat on 6 June" is 1870's, whatever the DCT (the caller
    leaves a date within a month of the DCT to news time: "frozen since April 2017. The budget
    on 26 November confirmed it", written in December)."""
    ref = c.ref
    if ref is None or GRAN_RANK[ref[1]] > GRAN_RANK["month"] or c.dct is None:
        return False
    year = ref[0].year
    if not _history_point(c, year) or not weekday_fits(year, month, day, weekday):
        return False
    return any(
        m.res.point == ref
        and c.begin - m.end <= _HISTORY_REF_REACH
        # a date naming a thing is no time of the text: "charged in the Dec. 21, 1988,
        # bombing. ... agreed in April to hand them over" is news time
        and not (
            c.text[m.begin : m.begin + 1].isupper()
            and _THE_BEFORE.search(c.text, max(0, m.begin - 5), m.begin)
        )
        for m in islice(reversed(c.told), 3)
        if m.begin < c.begin
    )


_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)


def _text_year(c: Ctx, cands: list[dt.date], ref: dt.date, near: bool) -> int | None:
    """The year of the text a sentence or two back ("The regiment was raised in 1862 in Ohio.
    It fought at Shiloh in April"), where the tense agrees with its side of the DCT: a past
    verb for an earlier year, a future one for a later year; None where news time is likelier
    (present tense, no verb, a day close to the DCT, a year that is the DCT's)."""
    year = c.text_year
    heading = _heading_alone(c)
    if year is None and heading and c.dct is not None:  # "WINTER 1947 ... Jan 24."
        year = record_year(c.text, c.begin, c.dct.year - HISTORY_YEARS)
    if year is None or c.dct is None or year == c.dct.year:
        return None
    if year <= c.dct.year - HISTORY_YEARS and heading:
        return year  # "... left Quetta on 28 May 1921. 3 June. We reached ...": a diary's entry
    if (
        near
        and not c.story
        and any(abs((d - ref).days) <= _NEAR_DCT_DAYS for d in cands)
        and not _nearer_the_text(c, year, cands, ref)
        and not _history_point(c, year)
        and not told_by_account(c.before())  # "The third volume ends on New Year's Eve"
        and not _year_in_sentence(c, year)
    ):
        return None
    # A verb is needed: a caption ("Tanks in the city on June 24.") is told in news time; in a
    # story told day by day, only a present or future verb brings news time back.
    if year < c.dct.year - 1 and back_to_now(c.text, c.begin, year):
        return None  # "... in 1991. ... over the past two years. ... in March": this March
    tense = _tense_for_year(c)
    if tense == FUTURE and year <= c.dct.year - HISTORY_YEARS and _future_in_past(c):
        tense = PAST  # "replied that the Senate would next meet in June": ahead of the story's day
    if c.story and tense is None:
        return year
    if c.story and tense == PAST and news_after_story(c, year, cands, ref, HISTORY_YEARS):
        return None  # "... a year later. The boats first sailed together in January": this one
    if tense == PAST and _recent_background(c, year, cands):
        return None
    if tense == FUTURE and _soon_after_later_year(c, year, cands, ref):
        return None  # "... a review in June 2027. Ministers will meet on November 16": the next
    return year if tense == (PAST if year < c.dct.year else FUTURE) else None


# The future seen from the past ("said that the board would meet in June", "was to sail in
# May"): its clause's modal, with no present future ("will", "is to") after it.
_WOULD_BEFORE = re.compile(
    r"(?i)\b(?:would|was\s+(?:going\s+)?to|were\s+(?:going\s+)?to)\s+"
    r"(?:(?!will\b|shall\b|is\b|are\b)[\w'’-]+\s+){1,6}(?:[\w'’-]+\s+)?$"
)


def _future_in_past(c: Ctx) -> bool:
    """Whether the date's clause looks ahead from a past day ("would", "was to", a demand in a
    list), told in a history: the story's future, not the reader's."""
    before = c.before()[-70:]
    if not ("ould" in before or " to " in before):
        return False
    if _WOULD_BEFORE.search(before) is None and not _wanted_line(c):
        return False  # "would meet in June", a list's "wages to rise from January"
    # a paragraph that told news time before ("An article of 11 January said the repairs would
    # be finished by Easter") speaks of the reader's time, whatever year its background named
    para = c.text.rfind("\n\n", 0, c.begin)
    return not any(para < m.begin < c.begin and m.res.relative for m in c.told)


def _year_in_sentence(c: Ctx, year: int) -> bool:
    """Whether the sentence itself put the story in that year, a history's ("In the following
    season they dug the summit, and the archive was found on 22 November"), far enough back
    that news time is unlikely."""
    return (
        c.sent_ref is not None
        and c.sent_ref[0].year == year
        and c.dct is not None
        and year <= c.dct.year - HISTORY_YEARS
    )


def _recent_background(c: Ctx, year: int, cands: list[dt.date]) -> bool:
    """Whether the text's year is a recent past year told in an earlier sentence, not a story's:
    news names the year of a month or day gone by unless it is the last one, so "Talks broke
    down in 2024. They resumed in September" is the last September, not 2024's. A story begun
    with a month or day of that year ("got in on 3 March 2024. ... on 9 March") goes on in it,
    and a look back in the past perfect ("A scan in February had shown ...") stays in it."""
    assert c.dct is not None
    if not (c.dct.year - HISTORY_YEARS < year < c.dct.year and not c.story):
        return False
    point = c.ref
    # a month counted back ("last June") is told as a written year is, where the date would
    # step back before it ("Early last year ... in March" goes on in last year)
    counted = not c.year_told_before and counted_year_before(c, year)
    if counted and not (point is not None and point[0].year == year and point[1] in _STORY_UNITS):
        return False
    if not (c.year_told_before or counted):
        return False
    if cands and point is not None and point[0].year == year and point[1] in _STORY_UNITS:
        first = start_of(*point)
        if (cands[0].month, cands[0].day) >= (first.month, first.day):
            return False
    clause = clause_around(c.text, c.sent_begin, c.sent_end, c.begin, c.end)
    return not _PAST_PERFECT.search(clause)


def _soon_after_later_year(c: Ctx, year: int, cands: list[dt.date], ref: dt.date) -> bool:
    """Whether a date to come, after a later year told in an earlier sentence, is close ahead
    of the DCT: news names the year of a later one, so "... a first review in May 2028. Ministers
    will vote on November 20", written in October, is this November 20; further ahead the later
    year holds ("is due to be finished in 2022. It will open in March", written in December)."""
    assert c.dct is not None
    return (
        year > c.dct.year
        # a year counted ahead ("hoped to start next spring") is a later year told, too
        and (c.year_told_before or counted_year_before(c, year))
        and not c.story
        and any(0 <= (d - ref).days <= _AHEAD_OK_DAYS for d in cands)
    )


_STORY_UNITS = frozenset({"month", "week", "day", "hour", "minute", "second"})


_HEADING_REST = re.compile(r"[\s.,;:!?—–-]*")


def _heading_alone(c: Ctx) -> bool:
    """Whether the date is the whole of its sentence (a diary entry's heading), not a caption."""
    return bool(
        _HEADING_REST.fullmatch(c.text, c.sent_begin, c.begin)
        and heading_ends(c.text, c.end, c.sent_end)  # "May 29th, the King's birthday."
    )


# A narrative year this far before the DCT is history, not recent background: a day near the
# DCT's calendar day told in the past is the anniversary of one in that year ("In the summer of
# 1962 ... On 14 October a spy plane photographed", written on 16 October); two years back, it is
# more likely news ("In 1988, the armies signed a truce. Iraq invaded Kuwait on Aug. 2", 1990).
HISTORY_YEARS = 5
# A day of the month written alone ("On the 14th") at most this many days before the story's day
# is a step back within its month (the story's day was one looked ahead to: "sentenced on the
# 9th to hang on the Saturday following. On the 14th ..."), not a month on that no month name
# says; further back it is the next month's ("reached the river on 28 March. On the 2nd ...").
STEP_BACK = 6


def _to_come_soon(c: Ctx, cands: list[dt.date], ref: dt.date | None) -> bool:
    """Whether the date is set by a timetable or plain future close ahead of the DCT ("now a
    museum, opens for the summer on 1 May"): the reader's, even inside a story."""
    return (
        ref is not None
        # a month ahead at most: further on, "The assault begins on 14 July" is more likely a
        # story told in the historical present
        and any(0 <= (d - ref).days <= _NEAR_DCT_DAYS for d in cands)
        and to_come(c.before())
    )


def _far_past_story(c: Ctx) -> bool:
    """Whether the narrative year is history and the date is told in the past tense."""
    return (
        c.anchor_year is not None
        and c.dct is not None
        and c.anchor_year <= c.dct.year - HISTORY_YEARS
        and _tense_for_year(c) == PAST
    )


def own_year(c: Ctx, month: int, day: int | None, weekday: int | None) -> int | None:
    """The year a sentence named just before a day of it, long past, over a story's year from
    sentences before ("In the 1841 census ... Sarah b. 1819, bapt. 6 June"): the day is that
    year's (if its weekday fits)."""
    ref = c.sent_ref
    if day is None or ref is None or ref[1] != "year" or c.anchor_year in (None, ref[0].year):
        return None
    year = ref[0].year
    d = _date(year, month, day)
    if not _year_in_sentence(c, year) or d is None or weekday not in (None, d.weekday()):
        return None
    c.basis = "sent_ref"
    return year


def _aside_year(c: Ctx, month: int, day: int, weekday: int | None) -> int | None:
    """The year of a noun a comma-set aside dates (`dated_noun_asides`), if its weekday fits."""
    year = aside_year(c.text[c.sent_begin : c.begin])
    d = None if year is None else _date(year, month, day)
    if d is None or weekday not in (None, d.weekday()):
        return None
    c.basis = "sent_ref"
    return year


def _inside_sentence_month(
    c: Ctx, month: int, day: int | None, weekday: int | None = None
) -> int | None:
    """The year of the month just named in this sentence when the day is in it ("had begun
    the month before: by the night of 19 December both beaches were empty")."""
    ref = c.sent_ref
    if day is not None and ref is not None and ref[1] == "day" and ref[0].month == month:
        # "that Palm Sunday, 3 April": the same day named twice (a weekday with it its own)
        if ref[0].day == day and weekday in (None, ref[0].weekday()):
            c.basis = "sent_ref"
            return ref[0].year
    if day is None or ref is None or ref[1] != "month" or ref[0].month != month:
        return None
    if c.dct is not None and ref[0] < c.dct and _tense_for_year(c) == FUTURE:
        return None  # "formed in March, it hopes to finish by Lady Day": the next one
    c.basis = "sent_ref"
    return ref[0].year


# A date counted from the publication date in the same predicate: "pleaded guilty in February
# and testified last week" is told in news time, whatever past year the story was at.
_NEWS_TIME = guard(
    r"(?i)\band\s+(?:[a-z]+\s+){1,4}(?:last|this)\s+week\b|\b(?:last|this)\s+week\s+and\b"
)


def _news_time_beside(c: Ctx) -> bool:
    """Whether the sentence joins the date to a predicate of the publication week."""
    if _NEWS_TIME.search(c.text, c.sent_begin, c.sent_end) is not None:
        return True
    return news_day_after(c.text, c.end, c.sent_end)  # "...; more were ordered on Wednesday"


def named_or_picked_year(c: Ctx, named: str | None, month: int) -> tuple[int | None, bool]:
    """The year a month's phrase names ("the last week of March 1917"), else the one
    `pick_year_anchored` picks for the month, with whether it is anchored."""
    if named:
        return year_of(named), True
    return pick_year_anchored(c, month)


def pick_year_anchored(
    c: Ctx, month: int, day: int | None = None, weekday: int | None = None
) -> tuple[int | None, bool]:
    """`pick_year` and whether the narrative year (not the DCT) decided it; a range's end after
    its start ("from 4 January until the end of March": `range_months`)."""
    year, anchored = _pick_year_anchored(c, month, day, weekday)
    if year is not None and weekday is None and c.sent_ref is not None and c.told:
        told = c.told[-1]  # the start's own words: only a start whose year is fixed counts
        words = c.text[told.begin : told.end] if told.begin < c.begin else ""
        year = year_after_start(c.before(), c.sent_ref, words, year, month, day)
    return year, anchored


def _pick_year_anchored(
    c: Ctx, month: int, day: int | None = None, weekday: int | None = None
) -> tuple[int | None, bool]:
    inside = _inside_sentence_month(c, month, day, weekday)
    if inside is None:
        inside = own_year(c, month, day, weekday)  # "b. 1819, bapt. 6 June"
    if inside is None and day is not None:
        inside = _aside_year(c, month, day, weekday)  # "The 1953 surge, on 31 January, drowned"
    if inside is None:
        inside = year_of_title(c.text, c.begin)  # "Nine days in May: the fall of ..., 1869"
    if inside is None and c.dct is not None and day is not None:
        inside = heading_year(c, c.dct.year - HISTORY_YEARS)  # '"Apr. 3. Rain." is from 1927'
    if inside is None and c.dct is not None and day is not None:  # "March 1870\nTues. 1st March."
        inside = extract_year(c, month, day, weekday, c.dct.year - HISTORY_YEARS)
    if inside is None:
        inside = story_year_before_that(c)  # "placed in March, and ... that summer": the story's
    if inside is None:
        inside = bracket_year(c)  # "... on Easter Day. [In 720 Easter fell on 31 March.]"
    if inside is not None:
        return inside, True
    dct = c.dct
    if weekday is not None and day is not None and dct is not None:
        ahead = told_ahead(c, month, day, weekday, _tense_for_year(c))  # "will ... on Sat 9 Jan"
        fixed = None if ahead else weekday_year(c, month, day, weekday, dct.year - HISTORY_YEARS)
        if fixed is not None:  # "Thursday 6 May" in a history of 1869
            c.basis = "ref"
            return fixed, True
    cands = []
    if dct is not None:
        for y in (dct.year - 1, dct.year, dct.year + 1):
            d = _date(y, month, day or 1)
            if d and (weekday is None or d.weekday() == weekday):
                cands.append(d)
    ref = None if dct is None else (dct if day else dct.replace(day=1))
    soon = _to_come_soon(c, cands, ref) or _news_time_beside(c)
    soon = soon or news_paragraph(c, c.anchor_year or c.text_year)  # news after a history
    soon = soon or since_now(c)  # "have since retired, and one died in February"
    soon = soon or present_main(c)  # "who retired in May, is", "has ... since May"
    soon = soon or asks_reader(c)  # "nominations by 31 January, please"
    soon = soon or writers_plan(c, c.anchor_year or c.text_year)  # "members will read on 13 June"
    soon = soon or speaker_now(c, c.anchor_year or c.text_year)  # 'head since April, said:'
    soon = soon or news_conjunct_month(c, month, _tense_for_year(c))  # "last year and ... in May"
    if not soon and day is not None:  # "... on Wednesday 20 January": a Wednesday next year
        soon = weekday_news(c, c.anchor_year or c.text_year, _tense_for_year(c))
    if not soon and (c.anchor_year is not None or c.text_year is not None):
        # "... published in 1988. I finished the last draft in May": the writer's May
        story = c.anchor_year if c.anchor_year is not None else c.text_year
        span = (c.sent_begin, c.sent_end, c.begin, c.end)
        soon = writer_present(c.text, span, c.told, story)
    if not soon and day is not None:  # "... in the spring of 2028. From 13 December ... will"
        story = c.anchor_year if c.anchor_year is not None else c.text_year
        soon = soon_before_plan_year(c, story, cands, ref, _tense_for_year(c), _AHEAD_OK_DAYS)
    if c.anchor_year is not None and (dct is None or c.anchor_year != dct.year) and not soon:
        near = day is not None and weekday is None
        if (
            c.story
            or _far_past_story(c)
            or not (
                near
                and ref is not None
                and any(abs((d - ref).days) <= _NEAR_DCT_DAYS for d in cands)
            )
        ):
            year = split_year(c, c.anchor_year, month)
            year = month_told_back(c, _onward(c, year, month, day), month, day)  # "had ... in"
            year = _named_back(c, year, month, day)
            # "next year it falls on Sunday 14 March": a weekday the story's year misses, told
            # as not past, is a day near the DCT
            if weekday_fits(year, month, day, weekday) or _tense_for_year(c) == PAST:
                c.basis = "narrative"
                return year, True
    if ref is None:
        return None, False
    text_year = None if soon else _text_year(c, cands, ref, day is not None and weekday is None)
    past_plan = _past_plan(c)
    if past_plan and text_year is not None and text_year > ref.year:
        text_year = None  # "... next year. It was due to open in March": this March
    if not cands and weekday is not None and c.text_year is not None:
        text_year = c.text_year  # a weekday that fits no year near the DCT: a verbless entry
    if text_year is not None and cands and not weekday_fits(text_year, month, day, weekday):
        text_year = None  # "Thursday 18 February" a Thursday next year, not in the text's 1966
    if text_year is not None and not cands:
        # "Sunday, 18 June" in no year near the DCT: the text's year if the weekday fits it
        d = _date(text_year, month, day or 1)
        text_year = text_year if d is not None and d.weekday() == weekday else None
    if (
        text_year is None
        and not soon
        and not past_plan
        and not any(abs((d - ref).days) <= _NEAR_DCT_DAYS for d in cands)
        and _history_ref(c, month, day, weekday)
    ):
        assert c.ref is not None
        c.basis = "ref"  # "on Saturday 2 July 1870 ... at six. The scorer wrote '2nd July'"
        return c.ref[0].year, True
    if text_year is not None:
        c.basis = "text_year"
        text_year = split_year(c, text_year, month)
        text_year = month_told_back(c, _onward(c, text_year, month, day), month, day)
        return _named_back(c, text_year, month, day), True
    if not cands:
        return None, False
    c.basis = "dct"
    past = [d for d in cands if d <= ref]
    future = [d for d in cands if d >= ref]
    p = past[-1] if past else None
    f = future[0] if future else None
    if p is not None and _SINCE_BEFORE.search(c.before()):
        return p.year, False  # "since", whatever the main verb, counts from a date gone by
    if past_plan:
        return min(cands, key=lambda d: abs((d - ref).days)).year, False
    tense = _tense_for_year(c)
    if tense != PAST and f is not None and _NAME_BRACKET.search(c.before()[-40:]):
        return f.year, False  # "Tickets for the Folk Festival (July 16-18) go on sale": the next
    if tense == PAST and p is not None:
        if (
            f is not None
            and (f - ref).days <= _AHEAD_OK_DAYS
            and (ref - p).days >= _FAR_BACK_DAYS
            and not past_verb_before(lead := without_day_part(c.before()))  # "reported in"
            and not past_verb_in_clause(lead)  # "changed the roster in June"
            and not accused_act(lead)  # "denies assaulting him on New Year's Eve"
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


# a name's dates in brackets right after it: "the Hallam Folk Festival (July 16-18)"
_NAME_BRACKET = re.compile(r"[A-Z][\w'’-]+\s+\(\s*$")


_HOURS_PER = {"hour": 1, "minute": 60, "second": 3600}
_DAYS_ON = 2  # "the next day", "two days later" after a month: most likely still that month
_SAME_DAY_HOURS = 12


def shift_within_day(day: dt.date, step: int, unit: str) -> dt.date:
    """`day` moved `step` units; hours, minutes or seconds under half a day leave it where it is
    ("came into force six hours later", "an hour before the fire" on the night of 14 June):
    without the clock, most likely the same day."""
    if unit in _HOURS_PER and abs(step) / _HOURS_PER[unit] < _SAME_DAY_HOURS:
        return day
    return shift(day, step, unit)


def _anchored(c: Ctx, step: int, unit: str, story: bool = False) -> Res:
    """A date counted from the narrative reference time ("the next day", "two weeks later");
    `story`: a demonstrative's ("that year"), past the news present (`story_ref`)."""
    gran = UNITS[unit][0]
    ref = story_ref(c) if story else c.ref
    if ref is not None and gran == "day" and ref[1] in ("month", "year") and 0 < step <= _DAYS_ON:
        # "in March 1990 ... the next day": a day of that month for the timeline, as a reader
        # dates it ("escaped in 2018 and was caught two days later": that year); TimeML still
        # leaves the day unknown
        res = make(ref, from_ref=True)
        res.timeml = ("DATE", PLACEHOLDER[gran], c.end)
        return res
    if ref is None or GRAN_RANK[ref[1]] > GRAN_RANK[gran]:
        return Res("DATE", PLACEHOLDER[gran])
    if step < 0 and c.ref_offset == (step, unit) and c.sent_ref is None:
        # "from $99 million a year ago ... from $8.18 billion a year earlier": a second
        # comparison with the same period, not a year before the first one.
        return make(ref, offset=(step, unit), from_ref=True)
    d = shift_within_day(ref[0], step, unit)
    out_gran = ref[1] if gran in ("week", "weekend") and ref[1] == "day" else gran
    if step == 0 and gran in ("week", "weekend"):
        out_gran = gran  # "that week": the week of the day the text is on
    return make((d, out_gran), offset=(step, unit) if step < 0 else None, from_ref=True)


# A sentence about a report's longer period ("For the nine months, net rose ... from $5 million
# a year earlier") compares with last year's such period, not with the quarter in focus.
_LONGER_PERIOD = re.compile(
    r"(?i)\b(?:nine|six|twelve|12|9|6)[\s-]+months?\b|\b(?:first|second)\s+half\b"
    r"|\b(?:full|fiscal)\s+year\b"
)
