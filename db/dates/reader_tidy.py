"""Events a reader would not draw, taken out of `dated_sentences` last (issue 13).

- A clock time stamped with its day ("Friday, 10 p.m. - Engineers reported ...", "on Tuesday at
  3 p.m.") is one moment: the clause gets the time's event, not a second one for the day.
- A source's own date ("..., according to a report published last month") dates the source's
  publication, not what it reports: the event is the attribution's, titled by it.
- A wire story's dateline ("PARIS, May 4 (Reuters) - ") is the day the story was filed: it
  dates the lede only where the lede has no date of its own, and no title starts with it.
- A sentence that defines a company's fiscal year ("Its fiscal year runs from July to June")
  tells how the books are kept, not anything that happened: its months date no event.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from db.text import shorten

from .datelines import DATELINE, TITLE_DATELINE
from .fiscal_years import defines_fiscal_year
from .model import TITLE_LIMIT, DatedSentence

# Between a day and the clock time that stamps it: ", ", " at ", ", at ", " - ".
_DAY_THEN_TIME = re.compile(r"(?i)\s*(?:,\s*)?(?:at\s+|around\s+|about\s+)?$")
# Between a clock time and the day after it that it falls on: " on ", " ", " this ".
_TIME_THEN_DAY = re.compile(r"(?i)\s*(?:on\s+)?$")


# An attribution to a published source, up to its date: ", according to a survey released",
# ", according to figures published" (a bare plural needs no determiner); a short phrase may
# stand between ", according to a note published with the accounts last March".
_SOURCE_BEFORE = re.compile(
    r"(?i),\s+according\s+to\s+((?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:published|released|issued|presented|made\s+public)\s+"
    r"(?:(?:with|alongside|by|in|on)\s+(?:the\s+|its\s+|their\s+|a\s+)?[\w'’-]+\s+)?"
    r"(?:on\s+|in\s+|late\s+|at\s+)?)$"
)


def tidy(text: str, items: list[DatedSentence]) -> list[DatedSentence]:
    """`items` without the day event of a day-and-time stamp and without a fiscal year's
    definition, a cited source's date moved onto the source; the others unchanged, in order."""
    if not items:
        return items
    drop: set[int] = set()
    times = sorted((t.timex.begin, k) for k, t in enumerate(items) if t.timex.type == "TIME")
    starts = [b for b, _ in times]
    for k, d in enumerate(items):
        if d.around or d.comparison:
            continue
        if d.precision == "day" and times and _stamped_time(text, items, times, starts, d):
            drop.add(k)
        elif defines_fiscal_year(text, d.begin, d.timex.begin):
            drop.add(k)
    lines = (
        [m.span() for m in DATELINE.finditer(text)]
        if " -" in text or "–" in text or "—" in text
        else []
    )
    if lines:
        for k, d in enumerate(items):
            line = next((e for b, e in lines if b <= d.timex.begin < e), None)
            if line is not None and _dated_otherwise(items, d, line):
                drop.add(k)  # the lede has a day of its own: the dateline's is no event
        items = [_without_dateline(text, d, lines) for d in items]
    items = [_source_date(text, d) for d in items]
    return [d for k, d in enumerate(items) if k not in drop] if drop else items


def _dated_otherwise(items: list[DatedSentence], d: DatedSentence, lede: int) -> bool:
    """Whether another event of `d`'s sentence, a day that happened dated by words of its own,
    covers the lede's first word (at `lede`, just after the dateline)."""
    return any(
        o is not d
        and not o.around
        and not o.comparison
        and o.begin == d.begin
        and o.precision == "day"
        and o.status == "happened"
        and o.clause[0] <= lede < o.clause[1]
        for o in items
    )


def _without_dateline(text: str, d: DatedSentence, lines: list[tuple[int, int]]) -> DatedSentence:
    """`d` with the dateline cut from the head of its title, where its clause opens with one."""
    head = d.clause[0]
    if not any(b <= head < e for b, e in lines) or not d.title:
        return d
    cut = TITLE_DATELINE.sub("", d.title, count=1)
    if cut == d.title or not cut:
        return d
    return replace(d, title=cut[:1].upper() + cut[1:])


def _source_date(text: str, d: DatedSentence) -> DatedSentence:
    """`d` moved onto its attribution when its date is the publication of the source cited."""
    tb = d.timex.begin
    if d.around or d.comparison or "according" not in text[max(d.begin, tb - 90) : tb]:
        return d
    m = _SOURCE_BEFORE.search(text, max(d.begin, tb - 90), tb)
    if m is None:
        return d
    end = d.end
    while end > tb and text[end - 1] in ".;!? \n":
        end -= 1
    source = text[m.start(1) : end]
    title = shorten(source[:1].upper() + source[1:], TITLE_LIMIT)
    return replace(d, title=title, title_span=(m.start(1), end))


def _stamped_time(
    text: str,
    items: list[DatedSentence],
    times: list[tuple[int, int]],
    starts: list[int],
    day: DatedSentence,
) -> bool:
    """Whether a clock time of the same day and clause follows `day`'s expression at once
    (`times`: the clock times' (begin, index) in `items`, sorted; `starts` their begins)."""
    if _time_then_day(text, items, times, starts, day):
        return True  # "at 11pm on Thursday"
    end = day.timex.end
    for k in range(bisect_left(starts, end), bisect_right(starts, end + 12)):
        t, tb = items[times[k][1]], times[k][0]
        if (
            t.clause == day.clause
            and t.start[:10] == day.start[:10]
            and _DAY_THEN_TIME.match(text[day.timex.end : tb]) is not None
        ):
            return True
    return False


def _time_then_day(
    text: str,
    items: list[DatedSentence],
    times: list[tuple[int, int]],
    starts: list[int],
    day: DatedSentence,
) -> bool:
    """Whether a clock time of the same day and clause comes right before `day`'s expression
    ("until 11pm on Thursday", "at 7pm Monday"): the day stamps the time, one moment."""
    begin = day.timex.begin
    for k in range(bisect_left(starts, begin - 24), bisect_left(starts, begin)):
        t = items[times[k][1]]
        if (
            t.clause == day.clause
            and t.start[:10] == day.start[:10]
            and t.timex.end <= begin
            and _TIME_THEN_DAY.match(text[t.timex.end : begin]) is not None
        ):
            return True
    return False
