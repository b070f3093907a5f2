"""An event of a clause no expression of its own dates, on the date of another event: "...; one
was discharged" on the year the clause before the semicolon is dated to, "and acquitted after a
trial of eleven days" on the autumn the trial began in. The event is `host`'s with the clause's
title and span, dated by an empty expression at the clause's start that takes its value from
the other event's (its anchor), found by the publication-day family like every dateless
clause's. What the rules that make them differ in is said by the parameters: the date's period
where it is not `host`'s own, the status, the sentence, and whether it stays around a day.
`moved_to_day` moves a dateless clause's own event onto another event's day the same way."""

from __future__ import annotations

from dataclasses import replace

from .model import PUBLICATION_DAY, DatedSentence, Timex


def clause_on(
    host: DatedSentence,
    title: str,
    span: tuple[int, int],
    *,
    status: str,
    on: DatedSentence | None = None,
    period: tuple[str, str] | None = None,
    sentence: tuple[int, int] | None = None,
    around: bool = False,
) -> DatedSentence:
    """The event of the clause at `span`, titled `title`, made from `host` (its comparison and
    approximation, and its sentence unless `sentence` is given): on `on`'s date (default:
    `host`'s) with its anchor, or in `period` (start, precision), counted or shared from it, as
    the expression's value, with no end; `status` and `around` its own."""
    source = (on or host).timex
    value = period[0] if period else source.value
    timex = Timex(span[0], span[0], "", "DATE", value, source.anchoring(), PUBLICATION_DAY)
    placed = replace(host, timex=timex, title=title, title_span=span, status=status, around=around)
    if period is not None:
        placed = replace(placed, start=period[0], end_date=None, precision=period[1])
    if sentence is not None:
        placed = replace(placed, begin=sentence[0], end=sentence[1])
    return placed


def moved_to_day(
    d: DatedSentence, source: DatedSentence, day: str, *, status: str
) -> DatedSentence:
    """`d` (a clause dated by no expression of its own, or placed around the publication day) on
    `source`'s day `day`: its expression emptied, anchored to `source`'s, no longer around."""
    t = d.timex
    timex = Timex(t.begin, t.end, "", "DATE", day, source.timex.anchoring(), PUBLICATION_DAY)
    return replace(d, start=day, precision="day", timex=timex, around=False, status=status)
