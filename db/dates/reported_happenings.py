"""A report whose content is a happening of the story's day: "On Thursday the pilot fell ill
on the flight to Oslo. Colleagues alleged he drank coffee laced with a sedative." The alleging
is no news of its own; what a reader puts on the timeline is its content, the drinking, and that
belongs to the day the story is told on. So `day_runs`, which leaves a report and a reaction on
the publication day ("The owners called it regrettable"), takes one whose reporting verb opens
its clause after a short subject ("Colleagues alleged", "Investigators concluded", "The driver
told police") and whose content, right after it, is itself a happening told in the simple past.
Not "said": a plain saying is news of the day as often as not ("The owners said the loss was a
blow"), and the content it tells is as often a later one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .clause_events import clause_on
from .model import HAPPENED, DatedSentence

_REPORT = re.compile(
    r"\s*(?:(?!(?:has|have|had|was|were|is|are|will|would|not)\b)[\w.'’-]+\s+){1,6}?"
    r"(?:alleged|claimed|concluded|admitted|"
    r"told\s+(?:police|investigators|officers|detectives|the\s+court|the\s+jury))\s+"
    r"(?:that\s+)?(?=(?:he|she|they|it|the|a|an|his|her|their|its|[A-Z][a-z]+)\s)"
)
_WORDS = ("alleged", "claimed", "concluded", "admitted", "told")


def reported_happening(
    text: str, b: int, e: int, told_past: Callable[[str, int, int, bool], bool]
) -> bool:
    """Whether the clause text[b:e] opens with a report whose content (to its end) is a
    happening told in the past (`told_past`, `day_runs`' own test)."""
    return _content_start(text, b, e, told_past) is not None


def _content_start(
    text: str, b: int, e: int, told_past: Callable[[str, int, int, bool], bool]
) -> int | None:
    head = text[b : min(e, b + 90)]
    if not any(w in head for w in _WORDS):
        return None  # the cheap guard: no reporting verb near the clause's start
    m = _REPORT.match(text, b, e)
    return m.end() if m is not None and told_past(text, m.end(), e, False) else None


def split_dated_report(
    text: str,
    d: DatedSentence,
    story: DatedSentence,
    told_past: Callable[[str, int, int, bool], bool],
) -> tuple[DatedSentence, DatedSentence] | None:
    """ "A fire broke out on Thursday. The baker yesterday told police he left an oven on.": a
    report of a later day whose date sits before its verb, and whose content is a happening told
    in the past: the report on its own day, titled by its own words, and the content an event of
    the story's day (`day_runs` tells the story's day and that the report is a later one)."""
    b, e = d.clause
    if not b <= d.timex.begin < d.timex.end <= b + 90:
        return None  # the date in the report's own words, before its content
    cs = _content_start(text, b, e, told_past)
    if cs is None or cs < d.timex.end:
        return None
    said = " ".join((text[b : d.timex.begin] + text[d.timex.end : cs]).split())
    content = text[cs:e].strip().rstrip(".")
    if not said or not content:
        return None
    report = replace(d, title=said[:1].upper() + said[1:], title_span=(b, cs))
    title = content[:1].upper() + content[1:]
    day = (story.start[:10], "day")
    return report, clause_on(d, title, (cs, e), status=HAPPENED, on=story, period=day)
