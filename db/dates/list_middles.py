"""A dateless predicate in a list between two dated ones of the same subject: "The bells came down
on 6 January 1975, were rehung in a new frame, and rang again on Palm Sunday that year", "The
ship left Hull on 2 March 1850, called at Leith, and reached Lerwick on 9 March." A reader puts
the rehanging and the call between the two days, so in the period that holds both: the month
where they share one, else the year; no closer, for nothing says which day. The first dated
predicate keeps its day and no longer covers the middle one; the last one starts at its "and".
Only where both dates are days of the text's past, the later after the earlier, and the middle
predicate is told in the simple past with no comma of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from .clause_events import clause_on
from .model import DatedSentence
from .tense import PAST, verb_tag
from .vague_amounts import told_in_past

# from the first date's end: ", were rehung in a new frame, and " before the last predicate
_MIDDLE = re.compile(r",\s+(?P<p>[a-z][^,;:()\"“”]{2,120}),\s+and ")
_WORD = re.compile(r"[a-z]+")  # lower-case words: a verb, not a name
_REACH = 200  # characters between the two dates at most


def list_middles(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` (in reading order) with an event for each dateless middle predicate of a list
    between two dated ones in one sentence (module doc)."""
    if ", and " not in text:
        return out  # the cheap test first
    changed: dict[int, DatedSentence] = {}
    extra: list[DatedSentence] = []
    for k in range(len(out) - 1):
        d1, d2 = out[k], out[k + 1]
        if d1.begin != d2.begin or not _dated_day(d1, dct) or not _dated_day(d2, dct):
            continue
        s1, a, b = d1.timex.begin, d1.timex.end, d2.timex.begin
        if not 0 < b - a <= _REACH or d2.start[:10] <= d1.start[:10]:
            continue
        m = _MIDDLE.match(text, a, b)
        if m is None or text.find(",", m.end(), b) >= 0:
            continue
        p = m.span("p")
        if not told_in_past(text, *p) or not d1.clause[0] <= a < d1.clause[1]:
            continue
        if not _opens_with_past(text, p[0]) or not _has_past(text, d1.clause[0], s1):
            continue  # "On Monday, engineers flooded ...": the date's own predicate follows it
        period = _common(d1.start, d2.start)
        if period is None:
            continue
        changed[k] = replace(d1, title_span=(d1.clause[0], m.start() + 1))
        if d2.clause[0] < m.end("p"):  # "and rang again ...": from its "and"
            changed[k + 1] = replace(d2, title_span=(m.end() - 4, d2.clause[1]))
        extra.append(_middle(d1, text, p, period))
    if not extra:
        return out
    kept = [changed.get(k, d) for k, d in enumerate(out)]
    return sorted([*kept, *extra], key=lambda d: (d.begin, d.clause[0]))


def _opens_with_past(text: str, at: int) -> bool:
    """Whether the words at `at` open with a past verb (a predicate without its subject)."""
    word = _WORD.match(text, at)
    return word is not None and verb_tag(word.group(), ",", False) == PAST


def _has_past(text: str, b: int, e: int) -> bool:
    """Whether text[b:e] (a clause up to its date) holds a past verb: the date closes it."""
    prev = ""
    for word in _WORD.finditer(text, b, e):
        if verb_tag(word.group(), prev, False) == PAST:
            return True
        prev = word.group()
    return False


def _dated_day(d: DatedSentence, dct: str) -> bool:
    """Whether `d` is dated by an expression of its own to a day of the text's past."""
    return (
        bool(d.timex.text)
        and not d.comparison
        and d.precision == "day"
        and d.end_date is None
        and d.start[:10] < dct[:10]
    )


def _common(first: str, last: str) -> tuple[str, str] | None:
    """The month or year both days fall in."""
    if first[:7] == last[:7]:
        return first[:7], "month"
    if first[:4] == last[:4]:
        return first[:4], "year"
    return None


def _middle(
    d1: DatedSentence, text: str, span: tuple[int, int], period: tuple[str, str]
) -> DatedSentence:
    """An event of the middle predicate at `span` in the period both dates share."""
    title = " ".join(text[span[0] : span[1]].split())
    return clause_on(d1, title, span, status=d1.status, period=period)
