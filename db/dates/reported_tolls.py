"""A later day's report whose content is a toll of the story's happening: "A ferry capsized
off Sumatra on Friday. Rescuers reported on Saturday 41 dead and 12 missing." The dead and the
missing are what the capsizing did, on Friday; only the reporting is Saturday's. The content is
a noun phrase, a count of people killed, hurt or lost, so `reported_happenings` (a clause in the
past) does not see it: `day_runs` cuts the report in two here, as it does a report of a clause."""

from __future__ import annotations

import re
from dataclasses import replace

from .clause_events import clause_on
from .model import HAPPENED, DatedSentence

_VERBS = ("reported", "confirmed", "counted", "recorded", "gave", "put")
# a reporting verb right before the report's date: "reported on Sunday", "confirmed late Monday"
_VERB_BEFORE = re.compile(
    r"(?i)\b(?:reported|confirmed|counted|recorded|gave|put)\s+(?:(?:on|late|early)\s+)*$"
)
# the toll right after the date: "41 dead and 12 missing", "at least 14 people injured"
_TOLL = re.compile(
    r"(?i)\s*(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?"
    r"\d[\d,]*\s+(?:people\s+|persons\s+)?(?:dead|killed|injured|wounded|hurt|missing)\b"
    r"(?:\s+and\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?"
    r"\d[\d,]*\s+(?:people\s+|persons\s+)?(?:dead|killed|injured|wounded|hurt|missing)\b)?"
)


def split_reported_toll(
    text: str, d: DatedSentence, story: DatedSentence
) -> tuple[DatedSentence, DatedSentence] | None:
    """The report on its own day, and the toll it tells an event of the story's day; None when
    `d` is not "VERB on DAY <count> dead/injured/missing" (`day_runs` tells the day is later)."""
    b, e = d.clause
    at = d.timex.begin
    if not any(v in text[max(b, at - 30) : at] for v in _VERBS):
        return None  # the cheap guard: no reporting verb right before the date
    if _VERB_BEFORE.search(text, max(b, at - 30), at) is None:
        return None
    m = _TOLL.match(text, d.timex.end, e)
    if m is None:
        return None
    cs = m.end() - len(m.group(0).lstrip())
    said = " ".join((text[b:at] + text[d.timex.end : cs]).split())
    if not said:
        return None
    toll = text[cs : m.end()]
    report = replace(d, title=said[:1].upper() + said[1:], title_span=(b, cs))
    title = toll[:1].upper() + toll[1:]
    day = (story.start[:10], "day")
    return report, clause_on(d, title, (cs, m.end()), status=HAPPENED, on=story, period=day)
