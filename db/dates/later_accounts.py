"""An account given later of what the story has just dated: "On the night of 27 October a flood
carried away the arch. The surveyor reported in January 1810: 'The water rose four feet in two
hours ...'", "... took command on New Year's Day 1959. 'They gave me the oldest boat,' she told
this paper in 2011". The report is on its own date, but the quotation retells the story's last
day: its dateless past clauses go there, not to the telling's later date that the quotation's
clauses were carried to (or merged with, where the attribution sits inside the quotation).

Only where the telling's date is a later month than the last dated event before its sentence,
the quotation opens in the past ("The water rose", "They gave me"), and its clause has no date
of its own; a quote told on the story's own day ("told it that evening: 'We signed ...'")
keeps that day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clause_verb_words import REPORTING
from .model import HAPPENED, PUBLICATION_DAY, DatedSentence, Timex

_QUOTE = re.compile(r'"([^"\n]{3,600})"|“([^”\n]{3,600})”')
# the telling after a first part of the quotation: ', she told this paper in 2011, "'
_ATTRIBUTION = re.compile(r'["”]\s*,?\s+(?:[\w’\'-]+\s+){1,3}?(?P<verb>[a-z]+)\b[^"“\n]{0,50}')
_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|had|gave|came|rose|went|took|sent|saw|got|made|fell|threw|"
    r"ran|broke|left|kept|told|said|brought|found|lost|stood|sat)\b"
)
_NOT_PAST = re.compile(r"(?i)\b(?:is|are|am|will|shall|has|have|can|must)\b|['’](?:s|re|m|ll|ve)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_TRAILING_PREPOSITION = re.compile(r"\s+(?:in|on|at|during)$")
_REPORTS = REPORTING | {"recorded", "remembered", "reported", "wrote"}


def _past_opening(words: str) -> bool:
    """Whether a quotation opens with a past predicate, before any present or future one."""
    m = _PAST.search(words, 0, 80)
    return m is not None and _NOT_PAST.search(words, 0, m.start()) is None


def later_accounts(text: str, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with the past clauses of a later account quoted after a story's day moved to that
    day (module docstring)."""
    if '"' not in text and "“" not in text:
        return out  # the cheap exact test first
    dated = [d for d in out if d.timex.text and d.timex.rule != PUBLICATION_DAY]
    moved: dict[int, DatedSentence] = {}
    extra: list[DatedSentence] = []
    for q in _QUOTE.finditer(text):
        q0, q1 = q.start() + 1, q.end() - 1
        report = _telling(text, dated, q0, q1)
        if report is None:
            continue
        before = [d for d in dated if d.timex.end <= report.begin and d.status == HAPPENED]
        if not before:
            continue
        story = max(before, key=lambda d: d.timex.begin)
        if story.start[:7] >= report.start[:7] or story.start[:4] < "0001":
            continue  # told on the story's own day or month
        for sb, se in _sentences(text, q0, q1):
            if any(sb <= d.timex.begin < se for d in dated) or not _past_opening(text[sb:se]):
                continue  # dated by its own words ("We'd had nothing since June"), or not past
            for d in out:
                if sb - 1 <= d.clause[0] < se and not d.timex.text and d.start == report.start:
                    moved[id(d)] = _on(d, story, d.clause[0])
            if any(d.clause[0] <= sb < d.clause[1] and d is not report for d in out):
                continue
            if sb == q0 and report.clause[0] < q0 < report.timex.begin:
                moved[id(report)] = _attribution(text, report, q1)  # it took the quote's words
            words = text[sb:se].rstrip(" ,.")
            head = DatedSentence(sb, se, story.start, None, story.precision, story.timex)
            head = replace(head, title=words, title_span=(sb, sb + len(words)), status=HAPPENED)
            extra.append(_on(head, story, sb))
    if not moved and not extra:
        return out
    got = [moved.get(id(d), d) for d in out]
    return sorted([*got, *extra], key=lambda d: (d.begin, d.clause[0]))


def _sentences(text: str, q0: int, q1: int) -> list[tuple[int, int]]:
    """The sentences of the quotation at [q0, q1)."""
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, q0, q1)]
    return list(zip([q0, *cuts], [*cuts, q1], strict=True))


def _telling(text: str, dated: list[DatedSentence], q0: int, q1: int) -> DatedSentence | None:
    """The dated report that gives the quotation at [q0, q1): its clause ends just before the
    quotation ("reported in January 1810: '...'") or its attribution is inside it (", she told
    this paper in 2011, ")."""
    for d in dated:
        at = d.timex.begin
        if d.timex.end <= q0 and q0 - d.timex.end <= 6 and d.clause[0] < at:
            words = text[d.clause[0] : at].lower().split()
            if any(w in _REPORTS for w in words):
                return d
        if q1 < at < q1 + 60:
            m = _ATTRIBUTION.match(text, q1)
            if m is not None and m.start() < at < m.end() and m.group("verb") in _REPORTS:
                return d
    return None


def _attribution(text: str, report: DatedSentence, q1: int) -> DatedSentence:
    """The telling alone ("He told this paper"), its span after the quotation's first part."""
    b = q1 + 1
    while b < report.timex.begin and not text[b].isalpha():
        b += 1
    words = _TRAILING_PREPOSITION.sub("", text[b : report.timex.begin].rstrip(" ,"))
    if not words:
        return report
    e = report.timex.end
    return replace(report, title=words[:1].upper() + words[1:], title_span=(b, e))


def _on(d: DatedSentence, story: DatedSentence, at: int) -> DatedSentence:
    """`d` on the story's day."""
    timex = Timex(at, at, "", "DATE", story.start, story.timex.anchoring(), PUBLICATION_DAY)
    return replace(
        d, start=story.start, end_date=None, precision=story.precision, timex=timex, around=False
    )
