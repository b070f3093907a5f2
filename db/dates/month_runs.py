"""A past month's story told on without dates: "In late January the two leaders met in Geneva.
Neither man declared the meeting a success." A reader puts the verdict on the meeting in late
January, not on the publication day; the story names no day, so the clause takes the month (or
season) at its precision.

Narrower than `day_runs`, since a month is a wide net: an event the publication-day pass placed
on the publication day (a dateless clause) goes to the month of the date before it only when
- that date is a month or season wholly before the publication date's month, is no range, and
  dates a happening of its own sentence (not a plan, a report's own date, an aside, a look back,
  "had begun in March", or a report, "published its figures in March");
- the clause is in the same paragraph, in the date's sentence or the ones right after it, each
  of which the run carried (a clause it does not carry ends the run);
- the clause is told in the past and tells a happening (`day_runs.told_as_happening`: not a
  report, reaction, quotation, state, look back or time told from now), and says nothing of
  time moving on ("Weeks later ...", "eventually", "since"): the month is not its time then.
Any other date ends the run.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attributed_negation import ATTRIBUTION, attributed_status
from .clause_verb_words import ATTRIBUTION_VERBS
from .cue_guard import guard
from .day_runs import PLUPERFECT, in_aside, reported_on, told_as_happening
from .model import (
    HAPPENED,
    NEGATED,
    PLANNED,
    PUBLICATION,
    PUBLICATION_DAY,
    DatedSentence,
    Timex,
)
from .sentences import BLANK_LINE
from .vague_amounts import told_in_past

# the last month of a season of year Y, as (years on, month): a winter runs into the next year
_SEASON_ENDS = {"SP": (0, 5), "SU": (0, 8), "FA": (0, 11), "AU": (0, 11), "WI": (1, 2)}
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)$")
# time moved on from the month: "Weeks later the roof fell in", "The firm eventually paid"
# ("later that evening", "later in the day" stay on the day the month's happening was on)
_MOVED_ON = re.compile(
    r"(?i)\b(?:later(?!\s+(?:(?:that|the\s+same)\s+(?:same\s+)?|in\s+the\s+)"
    r"(?:day|morning|afternoon|evening|night)\b)|afterwards?|subsequently|eventually|since|"
    r"by\s+then)\b"
)
# a report's month: what follows is its content, news of the report ("published ... in March")
_REPORT = guard(rf"(?i)\b(?:{'|'.join(sorted(ATTRIBUTION_VERBS))}|published|issued)\b")


def carry_story_months(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` (the dated events in reading order) with each publication-day clause that goes on
    a past month's story moved to that month (module docstring); the others unchanged."""
    if not any(placed_on_publication_day(d, dct) for d in out):
        return out
    story: DatedSentence | None = None  # the month's event while its run lasts
    run_end = 0  # where the last sentence the run reached ends
    moved: dict[int, DatedSentence] = {}
    for k in sorted(range(len(out)), key=lambda i: _position(out[i])):
        d = out[k]
        if placed_on_publication_day(d, dct):
            if story is None:
                continue
            there = _moved(text, d, story) if _next_to(text, run_end, d) else None
            if there is None:
                story = None  # "The talks have resumed": the run is over
                continue
            moved[k] = there
            run_end = max(run_end, d.end)
        elif d.timex.text and not d.around and not d.comparison:
            if d.status == PLANNED or reported_on(text, d, dct) or in_aside(text, d):
                continue  # a plan, the report's own day, an aside: the run goes on
            story = d if _starts_run(text, d, dct) else None
            run_end = d.end
    return [moved.get(k, d) for k, d in enumerate(out)]


def _position(d: DatedSentence) -> tuple[int, int]:
    """Where an event stands in reading order: its date, else its clause."""
    return (d.timex.begin if d.timex.text else d.clause[0], d.clause[0])


def placed_on_publication_day(d: DatedSentence, dct: str) -> bool:
    """A dateless clause the publication-day pass put on the publication day."""
    t = d.timex
    return (
        d.around
        and d.start[:10] == dct
        and d.status in (HAPPENED, NEGATED)
        and t.rule == PUBLICATION_DAY
        and t.anchor is not None
        and t.anchor.kind == PUBLICATION
    )


def _past_month(d: DatedSentence, dct: str) -> bool:
    """Whether `d` is a month (no range "from March to May") or a season (drawn as its months)
    that ended before the publication date's month."""
    value = d.timex.value
    if value.startswith("BC"):  # "that September" of 490 BC: long past
        return d.precision == "season" or (d.precision == "month" and d.end_date is None)
    if d.precision == "month" and d.end_date is None and _MONTH.match(value):
        return value < dct[:7]
    if d.precision == "season" and (m := _SEASON.match(value)):
        years, month = _SEASON_ENDS[m.group(2)]
        return f"{int(m.group(1)) + years:04d}-{month:02d}" < dct[:7]
    return False


def _starts_run(text: str, d: DatedSentence, dct: str) -> bool:
    """Whether a date starts a run of clauses: a past month's, dating a happening that is no
    look back ("had begun in March") and no report ("said in March", "published ... in May")."""
    if d.status != HAPPENED or not _past_month(d, dct):
        return False
    b, e = d.clause
    if PLUPERFECT.search(text, d.begin, d.timex.begin):
        return False
    return not _REPORT.search(ATTRIBUTION.sub("", text[b:e]))


def _next_to(text: str, run_end: int, d: DatedSentence) -> bool:
    """Whether `d`'s sentence is the run's last one or the one right after it (only space
    between), in the same paragraph."""
    if d.begin < run_end:
        return True
    gap = text[run_end : d.begin]
    return not gap.strip() and not BLANK_LINE.search(gap)


def _moved(text: str, d: DatedSentence, story: DatedSentence) -> DatedSentence | None:
    """`d` in `story`'s month, if its clause is told in the past and tells a happening."""
    b, e = d.clause
    if _MOVED_ON.search(text, b, e) or not told_as_happening(text, b, e):
        return None
    if not told_in_past(text, b, e):
        return None
    s = story.timex
    anchor = s.anchoring()
    timex = Timex(d.timex.begin, d.timex.end, "", "DATE", s.value, anchor, PUBLICATION_DAY)
    status = attributed_status(text, b, e, d.status)  # "..., was not damaged, X said"
    return replace(
        d,
        start=story.start,
        end_date=story.end_date,  # a season's last month
        precision=story.precision,
        timex=timex,
        around=False,
        status=status,
    )
