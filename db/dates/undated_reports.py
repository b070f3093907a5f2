"""A report whose occasion the text never dates: in "At a meeting held the 21st of August 1794.
The Engineer reported that the tunnel was holed through on the 9th inst." the 9th dates the
holing through, and the reporting is an event of its own on the story's current day, the
meeting's; so is a court's ruling after its case's dated aside ("In Plessy v. Ferguson,
decided on 18 May 1896, the Supreme Court held that ...": that day). Only a sentence that opens
with its reporter and a verb of reporting followed by
"that" ("The Engineer reported that", "Mr Hale stated that"), in a story told in its own past,
where the sentence's own dates are all in what is reported and a day was named in the one or two
sentences before it; no event of the sentence covers the reporting yet (issue 13)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .model import REFERENCE, Anchor, DatedSentence, Timex
from .periods import ymd
from .year_events import StoryContext, with_events

_REPORT = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w.]*\s+){1,3}?(?P<verb>reported|stated|informed\s+\w+|announced|"
    r"told\s+\w+|declared|laid\s+before\s+\w+(?:\s+\w+)?)\s+that\s"
)
_REPORT_WORDS = ("reported", "stated", "informed", "announced", "told", "declared", "laid", "held")
# a court's ruling after its case's dated aside: "In Plessy v. Ferguson, decided on 18 May 1896,
# the Supreme Court held that ...": the holding is the deciding, on that day
_RULING = re.compile(
    r"In\s+[^,]{3,60},\s+(?:decided|argued|handed\s+down|delivered)\s+(?P<d>[^,]{4,30}),\s+"
    r"(?:the\s+)?(?:[A-Z][\w.]*\s+(?:(?:of|for|and)\s+)?){1,3}?(?P<verb>held|ruled|found|decided)"
    r"\s+that\s"
)
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
        ruling = _RULING.match(text, sb) if own and "held" in text[sb:se] else None
        if ruling is not None and story.in_story(si):
            extra += _ruling_event(text, (sb, se), ruling, own)
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
    return with_events(out, extra)


def _ruling_event(
    text: str, sentence: tuple[int, int], ruling: re.Match[str], own: list[Any]
) -> list[DatedSentence]:
    """The ruling's event on the day its case's aside names, if that is a day."""
    day = next((m for m in own if ruling.start("d") <= m.begin < ruling.end("d")), None)
    if day is None or day.res.point is None or day.res.point[1] != "day":
        return []
    start = ymd(day.res.point[0])
    b, e = ruling.end("d") + 1, ruling.end("verb")
    words = " ".join(text[b:e].split())
    timex = Timex(day.begin, day.end, text[day.begin : day.end], "DATE", start,
                  Anchor(REFERENCE, start), RULE)  # fmt: skip
    title = words[:1].upper() + words[1:]
    return [DatedSentence(*sentence, start, None, "day", timex, title=title, title_span=(b, e))]
