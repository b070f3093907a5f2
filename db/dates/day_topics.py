"""A week told by its days, as a columnist's diary does: "Then there was Thursday. The mayor
announced that she would stand down." or "Tuesday brought the one piece of good news. The bridge
reopened to walkers." A short sentence that does no more than name a past weekday sets the day
of the paragraph it opens: each clause the publication-day pass left on the publication day,
told in the past, goes to that day, reports and reactions included (`day_runs` keeps those on
the publication day, but here the day is the paragraph's topic, not one happening's date), until
the paragraph ends or another past day is named.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .clause_events import moved_to_day
from .day_runs import PLUPERFECT
from .lexicon import WEEKDAY
from .model import (
    HAPPENED,
    DatedSentence,
)
from .month_runs import placed_on_publication_day
from .sentences import BLANK_LINE
from .vague_amounts import told_in_past

# "Then there was Thursday.", "And then came Friday.", "Tuesday brought good news.", "Monday was
# the day the money ran out."
_TOPIC = re.compile(
    rf"\s*(?:(?:And\s+)?[Tt]hen\s+(?:there\s+was|came)\s+(?P<a>{WEEKDAY})\s*[.!]"
    rf"|(?P<b>{WEEKDAY})\s+(?:brought|was|saw)\b[^.!?]{{0,80}}[.!])"
)
_REPORT_THAT = re.compile(r"(?i)\bthat\b")
_ASIDE = re.compile(r",[^,]*,")
_DAY_PRECISIONS = frozenset({"day", "hour", "minute", "second"})


def carry_day_topics(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` (the dated events in reading order) with each publication-day clause of a paragraph
    opened by a weekday's topic sentence moved to that day (module docstring)."""
    paras = [0] + [m.end() for m in BLANK_LINE.finditer(text)]
    topic: DatedSentence | None = None
    topic_para = -1
    moved: list[DatedSentence] = []
    for d in out:
        para = bisect_right(paras, d.begin) - 1
        if topic is not None and para != topic_para:
            topic = None
        t = d.timex
        if t.text and not d.around:
            if _is_topic(text, d, dct):
                topic, topic_para = d, para
            elif topic is not None and d.precision in _DAY_PRECISIONS and d.status == HAPPENED:
                topic = None  # another day told: the paragraph moves on
            moved.append(d)
            continue
        if topic is not None and placed_on_publication_day(d, dct) and _told_in_past(text, d):
            moved.append(_on_topic_day(d, topic))
        else:
            moved.append(d)
    return moved


def _is_topic(text: str, d: DatedSentence, dct: str) -> bool:
    t = d.timex
    if t.rule != "weekday" or d.precision != "day" or d.start[:10] >= dct:
        return False
    m = _TOPIC.match(text, d.begin, d.end + 1)
    return m is not None and (m.start("a") if m["a"] else m.start("b")) == t.begin


def _told_in_past(text: str, d: DatedSentence) -> bool:
    """The clause's own verb in the past; a report's content ("announced that she will not
    stand") may be in any time; not a look back ("had decided")."""
    b, e = d.clause
    that = _REPORT_THAT.search(text, b, e)
    stop = that.start() if that else e
    # "had made up her mind": a look back from the day, not the day's news
    own = _ASIDE.sub(" ", text[b:stop])  # ", who had promised to stay,": not its verb
    return told_in_past(text, b, stop) and PLUPERFECT.search(own) is None


def _on_topic_day(d: DatedSentence, topic: DatedSentence) -> DatedSentence:
    return moved_to_day(d, topic, topic.start[:10], status=d.status)
