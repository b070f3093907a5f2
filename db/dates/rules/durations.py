"""Durations: counted spans of time ("three years", "the past six months", "a 10-day
visit"), with the checks that keep ages, rates and ordinals ("52 years old", "$1.76 a year",
"a second group") out, and the future "in three days" read as a date.
"""

from __future__ import annotations

import re

from ..lexicon import NUM, UNIT, UNITS, VAGUE_COUNT, number_of, unit_of
from ..periods import dating, shift, span_dating
from ..tense import FUTURE, PAST
from .absolute import ABSOLUTE_RULES
from .anchoring import GRAN_RANK
from .common import _AND_A_HALF, _HALF_NUM, _period, _title_case
from .elided_ordinals import elided_ordinal
from .fractions import fraction_of
from .hours_in_story import closing_minutes, story_day_dating
from .quarter_nouns import names_no_quarter
from .table import Ctx, Groups, Res, make, rule
from .triggers import _AMOUNT

_IN_BEFORE = re.compile(r"(?i)\bin\s+$")
# "for the first time in nine years", "their highest score in ten years": the gap a first or a
# record is measured over, back from now, not a date that many years on
_RECORD_IN = re.compile(
    r"(?i)\b(?:first|only|highest|lowest|biggest|largest|worst|best|longest|strongest|"
    r"weakest|fastest|slowest)\b(?:\s+[\w'’-]+){0,4}\s+in\s+$"
)
# "..., its second warning in three months", "..., the third such attack in a year": a count set
# after a comma as a summary of the clause before it, over the span back from now
_COUNT_IN = re.compile(
    r"(?i),\s+(?:its|their|his|her|the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|latest|\d+(?:st|nd|rd|th))\b(?:\s+[\w'’-]+){0,3}\s+in\s+$"
)
_AGE_AFTER = re.compile(r"(?i)\s*(?:-\s*)?old\b")
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|might|may|shall|should|must|can)\s+$")
# a clock time and a comma before "an hour": "from 6am to 10am, an hour longer than usual" is an
# amount, not a rate
_CLOCK_COMMA = re.compile(r"(?i)(?:\d\s*[ap]\.?m\.?|\d[:.]\d\d),\s+$")
_RATE_BEFORE = re.compile(
    r"(?i)(?:[\d%]|\b(?:hundred|thousand|million|billion|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|"
    r"twice|once|times))\S*(?:\s+(?!(?:for|in|within|over|after|before|about|"
    r"than|during|of|by|to|from|nearly|almost|only|just|least|per)\b)[a-z]\w*){0,2}\s+$"
)
# A noun after "a second" makes it the ordinal ("a second group", "a second French army"); a
# duration is followed by these, or by nothing.
_ORDINAL_NOUN_AFTER = re.compile(
    r"\s+(?!(?:or|and|of|later|ago|earlier|after|before|to|in|for|at|on|longer|more|less|too|"
    r"or\s+two|late|early|apart|each|every|per|the|a|an)\b)[a-zA-Z]"
)
_OWNER = re.compile(r"(?i)\b(?:the|his|her|its|their|our|my|your)\s+$")
_FOR_BEFORE = re.compile(r"(?i)\b(?:for|over|during|in)\s+$")
# A penalty's term runs on from the decision, not back from now: "has been banned from driving
# for 18 months", "has been suspended for six weeks" (no span up to the DCT).
_PENALTY_FOR = re.compile(
    r"(?i)\b(?:banned|barred|disqualified|jailed|imprisoned|sentenced|suspended|excluded)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+for\s+$"
)
_UNIT_HYPHEN = r"(?i:second|minute|hour|day|week|month|year|decade|century)"


# "half an hour", "half a century": half of one unit, in the next smaller one where ISO 8601
# has no fractions in common use.
_HALF_OF = {
    "century": "P50Y",
    "decade": "P5Y",
    "year": "P6M",
    "month": "P15D",
    "week": "P3.5D",
    "day": "PT12H",
    "hour": "PT30M",
    "minute": "PT30S",
}


@rule(
    "half_unit",
    r"(?i:half)\s+(?i:an?)\s+(?P<unit>(?i:century|decade|year|month|week|day|hour|minute))(?![\w-])",
    starts="half",
)
def _half_unit(g: Groups, c: Ctx) -> Res | None:
    """ "within half an hour", "more than half a century": a duration of half that unit."""
    return Res("DURATION", _HALF_OF[g.lower("unit")])


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
        if unit == "second" and _ORDINAL_NOUN_AFTER.match(c.after()) and _OWNER.search(c.before()):
            return None  # "the twenty-second year", "her forty-second birthday": ordinals
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
    if (
        g.lower("num") in ("a", "an")
        and not rel
        and _RATE_BEFORE.search(c.before())
        and not _CLOCK_COMMA.search(c.before()[-12:])
    ):
        return None  # "four flights a week", "$1.76 a year": a rate, not a span of time
    if g.lower("num") == "one" and unit == "day" and _MODAL_BEFORE.search(c.before()[-12:]):
        return Res("DATE", "FUTURE_REF")  # "would one day be rich": some day to come (TimeML)
    if g.lower("num") == "a" and unit == "second" and _ORDINAL_NOUN_AFTER.match(c.after()):
        return None  # "a second group", "for a second time": the ordinal, not one second
    if g.lower("num") == "a" and unit == "second" and elided_ordinal(c.before(), c.after()):
        return None  # "one visit in May 2025, and a second in February": a second visit
    if unit == "quarter" and names_no_quarter(c.after()):
        return None  # "a quarter peal", "the quarter sessions"
    if unit == "quarter" and not g["the"] and fraction_of(c.after()):
        return None  # "three quarters of the residents": a share, not nine months
    value = _period(n, unit, half=bool(g["half"] or g["half2"]))
    if (
        n is not None
        and not rel
        and not g["the"]
        and c.dct is not None
        and _IN_BEFORE.search(c.before())
        and c.tense() == FUTURE
        and not _RECORD_IN.search(c.before()[-60:])
        and not ("," in c.before()[-60:] and _COUNT_IN.search(c.before()[-60:]))
    ):
        # "will vote in three days": the date three days on, not a span
        gran = UNITS[unit][0]
        return make((shift(c.dct, n, unit), gran), relative=True)
    span = None
    if c.dct is not None:
        count = VAGUE_COUNT if n is None else n
        if (
            rel in ("next", "following")
            and c.ref is not None
            and c.ref[0].year < c.dct.year  # a story of a past year's, not news time
            and (c.anchor_year is not None or c.text_year is not None)
        ):
            if c.tense() in (PAST, None):
                # "spent the next four years in lectures" after "In 1832": from the story's time
                c.basis = "ref"
                if GRAN_RANK[c.ref[1]] > GRAN_RANK[UNITS[unit][0]]:
                    span = dating(c.ref)  # weeks after a year: that year, not its first weeks
                else:
                    span = span_dating(c.ref[0], count, unit, True, n is None)
        if span is None:
            span = closing_minutes(c, rel, unit)  # "conceded in the last ten minutes"
        if span is None and rel in ("past", "last", "next", "coming"):
            span = span_dating(c.dct, count, unit, rel in ("next", "coming"), n is None)
        elif (
            not rel
            and n is not None
            and _FOR_BEFORE.search(c.before())
            and c.has_perfect()
            and not (c.sent_rules & ABSOLUTE_RULES)
            and _PENALTY_FOR.search(c.before()[-80:]) is None
        ):
            # "has been trying ... for nine months": a span up to the DCT, unless the sentence
            # names an absolute date the span would rather hang from.
            span = span_dating(c.dct, count, unit, False, False)
    if span is None and n is not None:
        span = story_day_dating(c, unit)  # "within two hours" in a story's day: that day
    return Res("DURATION", value, dating=span)
