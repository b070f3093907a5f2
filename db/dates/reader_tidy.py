"""Events a reader would not draw, taken out of `dated_sentences` last (issue 13).

- A clock time stamped with its day ("Friday, 10 p.m. - Engineers reported ...", "on Tuesday at
  3 p.m.") is one moment: the clause gets the time's event, not a second one for the day.
- A source's own date ("..., according to a report published last month") dates the source's
  publication, not what it reports: the event is the attribution's, titled by it.
- A sentence that defines a company's fiscal year ("Its fiscal year runs from July to June")
  tells how the books are kept, not anything that happened: its months date no event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from db.text import shorten

from .fiscal_years import defines_fiscal_year
from .model import TITLE_LIMIT, DatedSentence

# Between a day and the clock time that stamps it: ", ", " at ", ", at ", " - ".
_DAY_THEN_TIME = re.compile(r"(?i)\s*(?:,\s*)?(?:at\s+|around\s+|about\s+)?$")


# An attribution to a published source, up to its date: ", according to a survey released".
_SOURCE_BEFORE = re.compile(
    r"(?i),\s+according\s+to\s+((?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:published|released|issued|presented|made\s+public)\s+(?:on\s+|in\s+|late\s+)?)$"
)


def tidy(text: str, items: list[DatedSentence]) -> list[DatedSentence]:
    """`items` without the day event of a day-and-time stamp and without a fiscal year's
    definition; the others unchanged, in order."""
    if not items:
        return items
    drop: set[int] = set()
    for k, d in enumerate(items):
        if d.around or d.comparison:
            continue
        if d.precision == "day" and _stamped_time(text, items, d):
            drop.add(k)
        elif defines_fiscal_year(text, d.begin, d.timex.begin):
            drop.add(k)
    items = [_source_date(text, d) for d in items]
    return [d for k, d in enumerate(items) if k not in drop] if drop else items


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


def _stamped_time(text: str, items: list[DatedSentence], day: DatedSentence) -> bool:
    """Whether a clock time of the same day and clause follows `day`'s expression at once."""
    for t in items:
        tb = t.timex.begin
        if (
            t.timex.type == "TIME"
            and day.timex.end <= tb <= day.timex.end + 12
            and t.clause == day.clause
            and t.start[:10] == day.start[:10]
            and _DAY_THEN_TIME.match(text[day.timex.end : tb]) is not None
        ):
            return True
    return False
