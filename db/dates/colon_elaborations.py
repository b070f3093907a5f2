"""A clause that a colon elaborates with a finer date: in "His greatest discovery came ten years
later: on 29 August 1831 he induced a current ..." the discovery is the inducing, on 29 August
1831, not only in 1831 as "ten years later" counts. Only where the clause's own date is a year,
a season or a month, the colon follows it at once and the date after the colon opens what it
introduces, falls inside that period and is finer (issue 13)."""

from __future__ import annotations

from .model import REFERENCE, Anchor, DatedSentence, Timex
from .rules.anchoring import GRAN_RANK
from .year_events import StoryContext, clause_event, happenings_of, with_events

_GAP = 6  # characters between the colon and the finer date ("on ", "in ")


def colon_elaborations(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event at the finer date for each clause a colon elaborates."""
    text, sentences, mentions = story.text, story.sentences, story.mentions
    if ":" not in text:
        return out  # the cheap test first
    extra: list[DatedSentence] = []
    for first, finer in zip(mentions, mentions[1:], strict=False):
        if not text.startswith(":", first.end) or finer.begin - first.end > _GAP:
            continue
        a, b = first.res.point, finer.res.point
        if a is None or b is None or first.res.dating is None or finer.res.dating is None:
            continue
        if GRAN_RANK[b[1]] >= GRAN_RANK[a[1]] or GRAN_RANK[a[1]] > GRAN_RANK["year"]:
            continue
        if not str(finer.res.dating[0]).startswith(str(first.res.dating[0])):
            continue  # not inside the period the clause names
        si = first.sent
        if si < 0 or not story.in_story(si):
            continue
        start = str(finer.res.dating[0])
        got = happenings_of(story, si).of(first.begin, first.end, start)
        if got.empty or got.span is None:
            continue
        words = text[finer.begin : finer.end]
        timex = Timex(finer.begin, finer.end, words, "DATE", start, Anchor(REFERENCE, start),
                      "colon-elaboration")  # fmt: skip
        sb, se = sentences[si]
        precision = str(finer.res.dating[2])
        extra.append(clause_event((sb, se), start, precision, timex, got))
    return with_events(out, extra)
