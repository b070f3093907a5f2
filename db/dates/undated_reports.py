"""A report whose occasion the text never dates: in "At a meeting held the 21st of August 1794.
The Engineer reported that the tunnel was holed through on the 9th inst." the 9th dates the
holing through, and the reporting is an event of its own on the story's current day, the
meeting's. Only a sentence that opens with its reporter and a verb of reporting followed by
"that" ("The Engineer reported that", "Mr Hale stated that"), in a story told in its own past,
where the sentence's own dates are all in what is reported and a day was named in the one or two
sentences before it; no event of the sentence covers the reporting yet (issue 13)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .model import REFERENCE, Anchor, DatedSentence, Timex
from .periods import ymd
from .year_events import StoryContext

_REPORT = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w.]*\s+){1,3}?(?P<verb>reported|stated|informed\s+\w+|announced|"
    r"told\s+\w+|declared|laid\s+before\s+\w+(?:\s+\w+)?)\s+that\s"
)
_REPORT_WORDS = ("reported", "stated", "informed", "announced", "told", "declared", "laid")
_BACK = 2  # sentences back the story's day may be named
RULE = "undated-report"  # the rule name stored with the events it dates


def undated_reports(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event on the story's current day for each report no date dates."""
    text, sentences, mentions = story.text, story.sentences, story.mentions
    if not any(w in text for w in _REPORT_WORDS):
        return out  # the cheap test first
    extra: list[DatedSentence] = []
    last_day: tuple[int, dt.date] | None = None  # (sentence, day) of the last day named
    by_sent: dict[int, list[Any]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for si, (sb, se) in enumerate(sentences):
        own = by_sent.get(si, [])
        report = _REPORT.match(text, sb) if own else None
        if report is not None and last_day is not None and si - last_day[0] <= _BACK:
            verb_end = report.end("verb")
            if (
                all(m.begin >= verb_end for m in own)
                and story.in_story(si)
                and not any(d.begin == sb and d.clause[0] <= sb < d.clause[1] for d in out)
            ):
                start = ymd(last_day[1])
                words = text[sb:verb_end]
                timex = Timex(sb, verb_end, words, "DATE", start, Anchor(REFERENCE, start), RULE)
                extra.append(
                    DatedSentence(
                        sb,
                        se,
                        start,
                        None,
                        "day",
                        timex,
                        title=" ".join(words.split()),
                        title_span=(sb, verb_end),
                    )  # fmt: skip
                )
        for m in own:
            point = m.res.point
            if point is not None and point[1] == "day" and not m.comparison:
                last_day = (si, point[0])
    if not extra:
        return out
    return sorted([*out, *extra], key=lambda d: (d.begin, d.clause[0]))
