"""Dates that leave a news story's time where it was, and the happening a comparison's date
still dates. Used by db.dates.extract: the reference time ("the previous day", "at 11:40 p.m.",
"through the evening" count from it) moves on with what happened, not with what is planned, what
a report's own date says, or a date that only names a thing."""

from __future__ import annotations

import re
from dataclasses import replace

from db.text import shorten

from .clause_negation import NEGATION
from .clause_verb_words import DATED_REPORTS
from .cue_guard import guard
from .foreshadowing import looks_ahead, looks_back_within
from .model import HAPPENED, NEGATED, PLANNED, TITLE_LIMIT, DatedSentence
from .participle_months import participle_month
from .periods import Point
from .pluperfect_asides import pluperfect_look_back, pluperfect_month
from .quoted_asides import colon_record_end, in_quoted_aside, in_short_quote
from .rules.anchoring import GRAN_RANK
from .run_ends import run_end
from .status_patterns import NOT_DONE
from .story_years import passing_year
from .when_clauses import at_range_end, told_in_title

# A trailing report's date: "..., police said on Tuesday", "officials told reporters Monday".
_REPORT_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(DATED_REPORTS)}|told\s+(?:reporters|journalists|the\s+\w+))"
    r"\s+(?:on\s+|late\s+|early\s+)?$"
)


def report_date(text: str, begin: int) -> bool:
    """Whether the date at `begin` is a report's ("..., police said on Tuesday")."""
    return _REPORT_BEFORE.search(text, max(0, begin - 30), begin) is not None


# A warning's date: "The Met Office issued a red warning on Monday night". A warning tells of
# what is to come: the story goes on at its own time ("... was recorded at 6:19 PM" is the
# storm's day the story told, not the night of the warning).
_WARNING_BEFORE = guard(
    r"(?i)\b(?:issued|declared|raised|put\s+out|sounded|upgraded|extended)\s+(?:a|an|its|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:warnings?|alerts?|watch|advisory|advisories)\s+"
    r"(?:(?:for|across|over)\s+(?:[\w-]+\s+){1,4})?(?:on\s+|late\s+|early\s+)?$"
)


def leaves_story_time(text: str, begin: int, dated_before: bool) -> bool:
    """Whether the date at `begin` leaves the story's time where it was for the past sentence
    after it: a report's own date after the date of what it reports (`dated_before`, "raided
    on Saturday night, police said on Tuesday"), or a warning's date."""
    if dated_before and report_date(text, begin):
        return True
    return _WARNING_BEFORE.search(text, max(0, begin - 90), begin) is not None


def possessive_date(text: str, end: int) -> bool:
    """Whether the date ending at `end` owns a thing ("Last year's fires burned 11,000 hectares",
    "after Ortiz won Tuesday's election"): it names the thing, not the story's time."""
    return text.startswith(("'s ", "’s ", "' ", "’ "), end)


def in_passing(text: str, sent_begin: int, begin: int, end: int) -> bool:
    """Whether a date counted from the DCT names a thing ("Last year's fires") or sits in an
    aside ("Amadi, who joined from Lisbon last summer, scored both goals"), or names the day of
    a happening in apposition to the sentence's date (`counted_aside`): the text's year stays
    where it was, and the clause around the aside is still news."""
    return (
        possessive_date(text, end)
        or counted_aside(text, begin, end)
        or passing_year(text, sent_begin, begin)
    )


# A day's date and a comma just before: "landed on 4 May 1921, two days after the storm"
_DAY_AND_COMMA = re.compile(
    r"(?i)(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\byesterday|\btoday|\d"
    r"|['’]s\s+day|\b(?:christ|michael|lam|candle|martin)mas"  # a feast day
    # a day and its month without the year: "on Friday 14 May, eight days after the run began"
    r"|\d\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december))\s*,\s*$"
)


def counted_aside(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] counts an amount to a happening in apposition to the day just
    named ("arrived on 4 May 1921, two days after the storm"): the day of the storm, an aside;
    the story stays on 4 May, so "The next day" is the 5th."""
    return text[begin:end].lower().endswith(("after", "before")) and bool(
        _DAY_AND_COMMA.search(text, max(0, begin - 16), begin)
    )


_LOOK_BACK = re.compile(r"(?i)the\s+(?:week|month|year)\s+before\b")


def year_in_passing(
    text: str, sent_begin: int, begin: int, point: Point, explicit_year: bool, ref: Point | None
) -> bool:
    """Whether a bare year in passing ("talks suspended since clashes in 2023 killed 14
    soldiers", "..., who was elected in 2018, ...") comes after a day or month of the story:
    that point, not the year, is what "the previous day" counts from. So is a look back by a
    coarser unit from a day in focus ("completed on 5 May 1902, after a failed attempt the year
    before"): background, and "three days later" still counts from the day; so are "a year
    earlier" inside the sentence and a look ahead in "would ... until 1701" (`foreshadowing`),
    and a thing named by its year ("the land law of 1862") told from a day or month; so is an
    earlier day quoted in passing (`quoted_asides`; a record quoted after a colon:
    `record_look_back`) and a pluperfect look back from a year of
    the story (`pluperfect_asides`)."""
    if ref is not None and point[0] < ref[0] and in_quoted_aside(text, sent_begin, begin):
        return True  # "tried on the 12th for a theft 'on the night of the 3rd of May last'"
    if ref is not None and point[0] > ref[0] and in_short_quote(text, sent_begin, begin):
        return True  # "'We march at four in the morning,' he writes. He was killed the next day"
    if ref is not None and GRAN_RANK[ref[1]] >= GRAN_RANK["year"] and point[0] < ref[0]:
        if pluperfect_look_back(text, sent_begin, begin):
            return True  # "Throughout 1871 the mill ran where it had stopped the previous winter"
    on_a_day = ref is not None and GRAN_RANK[ref[1]] <= GRAN_RANK["day"] < GRAN_RANK[point[1]]
    if on_a_day and (_LOOK_BACK.match(text, begin) or looks_back_within(text, sent_begin, begin)):
        return True
    if on_a_day and point[1] in ("month", "season") and pluperfect_month(text, sent_begin, begin):
        return True  # "He returned on the 29th. He had arrived only that March"
    if (
        on_a_day
        and ref is not None
        and point[1] == "month"
        and point[0] < ref[0]
        and participle_month(text, sent_begin, begin)
    ):
        return True  # "hear a second confession taken by the gaoler in February"
    if run_end(text, sent_begin, begin, point, ref):
        return True  # "opened on Monday 9 May ..., closing on 3 June": the story's on the 9th
    if ref is None or GRAN_RANK[ref[1]] > GRAN_RANK["month"] or not explicit_year:
        return False
    if point[1] != "year":
        return False
    # "the land law of 1862" told from a day or month of the story: a thing's year, not its time
    story = (ref[0].year,)
    return passing_year(text, sent_begin, begin, story) or looks_ahead(text, sent_begin, begin)


def record_look_back(text: str, begin: int, point: Point, ref: Point | None) -> int | None:
    """Where a record quoted after a colon closes when the date at `begin` is its look back,
    within a year before the story's day ("The Gazette of Friday 5 October reported: 'The Albion
    met the Vale on Saturday last. Play began at three'"): the record's own clauses are on its
    Saturday, and the story resumes on its day after the record closes (not another record's
    day long before the story's)."""
    back = ref is not None and ref[1] == "day" and 0 < (ref[0] - point[0]).days <= 366
    return colon_record_end(text, begin) if back else None


# "the strongest since 1971, when a quake killed 300": the clause after the reference point
_WHEN_AFTER = re.compile(r"\s*,\s*when\s+((?:[^.;:!?–—]|\.(?=\d))+)")


def when_of_comparison(
    text: str, item: DatedSentence, after: int | None = None
) -> DatedSentence | None:
    """A comparison's reference point is no event ("the strongest since 1971"), but the clause
    that tells what happened then is one of that time ("..., when a quake killed 300 people").
    So is a past date's own "when" clause ("The two sides last met on April 28, when talks broke
    down after nine hours"), up to its comma, where the date's title does not tell it; after a
    range (`after`: where its end ends) the clause is the end's ("held it from 1916 until 1918,
    when the last troops left": `when_clauses.at_range_end`)."""
    m = _WHEN_AFTER.match(text, item.timex.end if after is None else after, item.end)
    if m is None:
        return None
    clause = m.group(1).rstrip(" ,")
    last_then = False
    if not item.comparison:
        clause = clause.split(",", 1)[0].rstrip()
        cb, ce = item.clause
        # "had not been seen since 1962, when it was lent": what was last done then happened
        last_then = item.status == NEGATED and text.endswith("since ", 0, item.timex.begin)
        if item.around or (
            item.status != "happened" and not _planned_then(text, item, clause) and not last_then
        ):
            return None
        # (a range's or "since 2011, when ...": as before, the range's clause covers it)
        since = item.end_date is not None or text[: item.timex.begin].endswith("since ")
        covered = (after is None and since and not last_then) or told_in_title(clause, item.title)
        if cb <= m.start(1) < ce and covered:
            return None
    begin, end = m.start(1), m.start(1) + len(clause)
    title = shorten(clause[:1].upper() + clause[1:], TITLE_LIMIT)
    status = NEGATED if _not_done(clause) else (HAPPENED if last_then else item.status)
    then = replace(item, comparison=False, title=title, title_span=(begin, end), status=status)
    return then if after is None else at_range_end(then)


_MAYBE = re.compile(r"(?i)\b(?:may|might|could|would|perhaps|possibly)\b")


def _planned_then(text: str, item: DatedSentence, clause: str) -> bool:
    """Whether a plan's "when" clause is planned for its day ("It returns on Whit Monday, when
    the village will walk to the abbey"): not after a range's end ("will run until 2040, when
    ..."), nor a possibility ("when the council may sell the site")."""
    if item.status != PLANNED or item.end_date is not None:
        return False
    return not text[: item.timex.begin].endswith(("until ", "till ")) and not _MAYBE.search(clause)


_NOT_CUES = ("not", "n't", "never", "fail", "no", "nor", "neither")


def _not_done(clause: str) -> bool:
    """Whether a "when" clause tells what did not come about ("..., when the pair failed to
    return", "when nobody answered"): negated, whatever its date's clause says."""
    low = clause.lower()
    if not any(map(low.__contains__, _NOT_CUES)):
        return False
    return bool(NOT_DONE.search(clause) or NEGATION.search(clause))
