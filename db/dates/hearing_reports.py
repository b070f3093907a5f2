"""What witnesses said at a hearing: "An inquest was opened on Wednesday last ... His widow stated
that he had complained on the 24th ult. ... The under-manager, Mr. Pratt, said the way had been
examined on the 11th." The stating and the saying are happenings of the hearing's day, whatever
earlier days their content looks back to; the content's own dates make events of their own, but
the report had none, so a reader of the timeline lost what the hearing heard.

So a sentence that opens with a report in the past ("His widow stated", "The under-manager, Mr.
Pratt, said", "Dr. Hale deposed", "The driver told the jury") whose reporting words no event
covers gets an event on the day of the last hearing the text dated before it: an event whose
clause names an inquest, inquiry, hearing, trial, assizes or tribunal being opened, held or
resumed on a specific day, in the same paragraph or the two before it. So does "The inquiry was
adjourned" told without a date (not news of the publication day: the sitting's end).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .model import HAPPENED, PUBLICATION_DAY, DatedSentence, Timex
from .sentences import BLANK_LINE

_REACH = 2  # paragraphs back a hearing's day reaches
_NEAR = 40  # characters between the hearing's words and its date
_HEARING_WORDS = ("inquest", "inquiry", "hearing", "trial", "assizes", "tribunal", "court")
_NAMED = (*_HEARING_WORDS, "jury")  # one of them is in every match of `_HEARING`
_HEARING = re.compile(
    r"(?i)\b(?:inquest|inquiry|hearing|trial|assizes|tribunal)\b[^.;:]{0,40}?\b"
    r"(?:was|were)\s+(?:opened|held|resumed|begun|heard)\b"
    r"|\b(?:opened|held|resumed)\s+(?:an?|the)\s+(?:inquest|inquiry|hearing|trial)\b"
    r"|\b(?:inquest|inquiry|hearing|trial|tribunal|court|jury)\s+(?:heard|was\s+told)\b"
)
# a subject of a few words (an apposition between commas too), then a reporting verb in the past
_REPORT_OPENING = re.compile(
    r"\s*(?P<who>(?:[A-Z][\w.'’-]*|the|his|her|their|a|an)(?:\s+[\w.'’-]+){0,4}?"
    r"(?:,\s+[A-Z][^,;:]{1,40},)?)\s+"
    r"(?P<verb>stated|said|deposed|testified|swore|declared|explained|admitted|"
    r"told\s+the\s+(?:court|jury|coroner|inquest|inquiry|tribunal))\b"
)
# the sitting's end told without a date: "The inquiry was adjourned at the request of ..."
_ADJOURNED = re.compile(
    r"\s*(?:The|This|That)\s+(?:inquest|inquiry|hearing|trial|tribunal)\s+was\s+"
    r"(?:adjourned|closed|concluded|suspended)\b"
)
_DAY_PRECISIONS = frozenset({"day", "hour", "minute", "second"})


def _names_hearing(text: str, d: DatedSentence) -> bool:
    """Whether `d`'s date is the day a hearing its clause names was opened or held on: the
    words of the hearing close before the date ("An inquest was opened on Wednesday last") or
    after it ("On Monday the inquest was resumed")."""
    at = d.timex.begin
    clause = text[d.clause[0] : d.clause[1]]
    if clause.isascii() and not any(map(clause.lower().__contains__, _NAMED)):
        return False  # every match names a hearing or a court (no case folds into ASCII here)
    for m in _HEARING.finditer(text, *d.clause):
        if 0 <= at - m.end() <= _NEAR or 0 <= m.start() - d.timex.end <= _NEAR:
            return True
    return False


def hearing_reports(
    text: str, sentences: list[tuple[int, int]], out: list[DatedSentence], dct: str
) -> list[DatedSentence]:
    """`out` with an event on the hearing's day for each uncovered report of a witness (module
    docstring)."""
    lowered = text.lower()
    if not any(w in lowered for w in _HEARING_WORDS):
        return out  # the cheap guard: no hearing named
    hearings = sorted(
        (d.timex.begin, d)
        for d in out
        if d.timex.text
        and d.precision in _DAY_PRECISIONS
        and d.start[:10] <= dct
        and _names_hearing(text, d)
    )
    if not hearings:
        return out
    paras = [0] + [m.end() for m in BLANK_LINE.finditer(text)]
    starts = [at for at, _ in hearings]
    added: list[DatedSentence] = []
    for sb, se in sentences:
        k = bisect_right(starts, sb) - 1
        if k < 0:
            continue
        m = _REPORT_OPENING.match(text, sb, se)
        if m is None or m.start("verb") > sb + 80:
            continue
        verb = m.start("verb")
        if any(d.clause[0] <= verb < d.clause[1] for d in out if d.begin == sb and not d.around):
            continue  # the report is part of an event already (not one only around the DCT)
        hearing = hearings[k][1]
        gap = bisect_right(paras, sb) - bisect_right(paras, hearing.timex.begin)
        if gap > _REACH:
            continue
        day = hearing.start[:10]
        s = hearing.timex
        anchor = s.anchoring()
        timex = Timex(sb, sb, "", "DATE", day, anchor, PUBLICATION_DAY)
        title = " ".join(text[m.start("who") : m.end("verb")].split())
        title = title[:1].upper() + title[1:]
        added.append(
            DatedSentence(
                sb,
                se,
                day,
                None,
                "day",
                timex,
                title=title,
                title_span=(m.start("who"), m.end("verb")),
                status=HAPPENED,
            )
        )
    moved = [_adjourned(text, d, hearings, starts) for d in out]
    if not added and moved == out:
        return out
    return sorted([*moved, *added], key=lambda d: (d.begin, d.clause[0]))


def _adjourned(
    text: str,
    d: DatedSentence,
    hearings: list[tuple[int, DatedSentence]],
    starts: list[int],
) -> DatedSentence:
    """ "The inquiry was adjourned" with no date, placed around the publication day: the end of
    the hearing's sitting, on its day."""
    if not d.around or not _ADJOURNED.match(text, d.clause[0], d.clause[1]):
        return d
    k = bisect_right(starts, d.begin) - 1
    if k < 0:
        return d
    day = hearings[k][1].start[:10]
    s = hearings[k][1].timex
    anchor = s.anchoring()
    timex = Timex(d.timex.begin, d.timex.end, "", "DATE", day, anchor, PUBLICATION_DAY)
    return replace(d, start=day, precision="day", timex=timex, around=False)
