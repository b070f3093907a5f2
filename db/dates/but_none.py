"""What did not come of a dated happening, told after "but": "A film was discussed last year, but
no deal was signed", "Talks were held on Monday but no agreement was reached". The "but no ..."
clause has no date of its own and leans on the dated one (`happenings`), so its span shared the
happened event; a reader also puts the deal that was not signed on the timeline, at the same
date, negated. Only a "no"/"nobody"/"nothing" subject with a passive or past verb counts (the
`status_patterns.NOT_DONE` reading), only after a happened event that spans it, and only where
no date of the tail's own begins in it (issue 13, news reader styles)."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import HAPPENED, NEGATED, PUBLICATION_DAY, DatedSentence

# ", but no deal was signed", " but nobody was hurt": the tail's subject and verb
_BUT_NONE = re.compile(
    r"\bbut\s+(?P<tail>(?:no\s+(?:[a-z-]+\s+){1,2}|nobody\s+|no\s+one\s+|nothing\s+)"
    r"(?:was|were|has\s+been|had\s+been)\s+[a-z]+(?:ed|en|wn|ht|t)\b[^.;:!?\n]*)"
)


def but_none(text: str, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with a negated event for each "but no ... was V-ed" tail of a happened event."""
    if "but no" not in text:
        return out  # the cheap exact test first
    starts = sorted(d.timex.begin for d in out)
    extra: list[DatedSentence] = []
    for d in out:
        if d.status != HAPPENED or d.timex.rule == PUBLICATION_DAY or d.comparison:
            continue
        b, e = d.clause
        if "but no" not in text[b:e]:
            continue
        m = _BUT_NONE.search(text, b, e)
        if m is None or m.start() < d.timex.end:
            continue  # the tail comes after the date it leans on
        tb, te = m.start("tail"), m.end("tail")
        if any(tb <= s < te for s in starts):
            continue  # a date of its own dates it
        tail = text[tb:te].rstrip(" ,")
        title = tail[:1].upper() + tail[1:]
        extra.append(replace(d, title=title, title_span=(tb, tb + len(tail)), status=NEGATED))
    if not extra:
        return out
    return sorted([*out, *extra], key=lambda d: (d.begin, d.clause[0]))
