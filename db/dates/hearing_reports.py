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
Where the hearing sat for several days, the report and the hearing's own acts ("The court
suspended his certificate") are in the sitting's month instead (`hearing_sittings`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .clause_events import moved_to_day
from .clause_negation import NEGATION
from .hearing_sittings import HEARING_ACT, sitting_time
from .model import HAPPENED, NEGATED, PUBLICATION_DAY, DatedSentence, Timex
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
    # "The inquiry that opened at Carrow on 12 January", "a court martial, which met on ..."
    r"|\b(?:inquest|inquiry|hearing|trial|tribunal|court\s+martial)\b(?:,?\s+(?:that|which))?"
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:opened|met|began|resumed)\b"
)
# a subject of a few words (an apposition between commas too), then a reporting verb in the past
_REPORT_OPENING = re.compile(
    r"\s*(?:\d{1,2}\.\s+)?(?P<who>(?:[A-Z][\w.'’-]*|the|his|her|their|a|an)(?:\s+[\w.'’-]+){0,4}?)"
    # an apposition or a relative clause between commas ("Mr Grice, who farmed there,")
    r"(?P<aside>,\s+(?:[A-Z][^,;:]{1,40}|(?:the|a|an|who|whose)\s[^,;:]{1,60}),)?\s+"
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
    lo, hi = min(d.begin, d.clause[0]), d.clause[1]
    span = text[lo:hi]
    if span.isascii() and not any(map(span.lower().__contains__, _NAMED)):
        return False  # every match names a hearing or a court (no case folds into ASCII here)
    for m in _HEARING.finditer(text, lo, hi):
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
    dropped: set[int] = set()  # ids of events carried from the story's day to a sitting's acts
    for sb, se in sentences:
        k = bisect_right(starts, sb) - 1
        if k < 0:
            continue
        hearing = hearings[k][1]
        gap = bisect_right(paras, sb) - bisect_right(paras, hearing.timex.begin)
        day, precision = sitting_time(text, hearing)
        # "The court ..." names the hearing told last, however far back
        act = HEARING_ACT.match(text, sb, se) if precision == "month" else None
        if gap > _REACH and (act is None or act.group("act")[:4] != "The "):
            continue
        m = _REPORT_OPENING.match(text, sb, se)
        if m is None or m.start("verb") > sb + 80:
            own = [
                d for d in out if d.begin == sb and act and d.clause[0] <= act.end() < d.clause[1]
            ]
            if act is not None and not any(d.timex.text for d in own):
                # "The court suspended his certificate": the sitting's, not the story's day
                dropped.update(id(d) for d in own)
                added.append(_act(text, (act.start("act"), se), day, hearing))
            continue
        verb = m.start("verb")
        covering = [
            d for d in out if d.begin == sb and not d.around and d.clause[0] <= verb < d.clause[1]
        ]
        if any(d.timex.text and d.timex.begin < verb for d in covering):
            continue  # the report is dated by its own words
        if any(not d.timex.text for d in covering):
            if precision != "month":
                continue  # the report is part of an event already (not one only around the DCT)
            dropped.update(id(d) for d in covering)  # carried from the story's day
        if any(d.start == day for d in covering):
            continue  # the content's own date (not its story's day) is the hearing's
        s = hearing.timex
        anchor = s.anchoring()
        timex = Timex(sb, sb, "", "DATE", day, anchor, PUBLICATION_DAY)
        aside = m.group("aside") or ""
        said = m.start("who"), m.end("verb")
        if aside[2:3].islower():  # "Mr Grice, who farmed there, told": the aside is his own
            said = m.start("who"), m.end("who")
        words = text[said[0] : said[1]] + (
            "" if said[1] == m.end("verb") else " " + m.group("verb")
        )
        title = " ".join(words.split())
        title = title[:1].upper() + title[1:]
        added.append(
            DatedSentence(
                sb,
                se,
                day,
                None,
                precision,
                timex,
                title=title,
                title_span=(m.start("who"), m.end("verb")),
                status=HAPPENED,
            )
        )
    out = [d for d in out if id(d) not in dropped]
    moved = [_adjourned(text, d, hearings, starts) for d in out]
    if not added and not dropped and moved == out:
        return out
    return sorted([*moved, *added], key=lambda d: (d.begin, d.clause[0]))


def _act(text: str, span: tuple[int, int], month: str, hearing: DatedSentence) -> DatedSentence:
    """An event in the sitting's month for a sentence of the hearing's acts ("His evidence was
    not disputed.") that no event covers."""
    b, e = span
    words = text[b:e].rstrip(" .;:!?\n")
    timex = Timex(b, b, "", "DATE", month, hearing.timex.anchoring(), PUBLICATION_DAY)
    return DatedSentence(
        b,
        e,
        month,
        None,
        "month",
        timex,
        title=" ".join(words.split()),
        title_span=(b, b + len(words)),
        status=NEGATED if NEGATION.search(words) else HAPPENED,
    )


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
    hearing = hearings[k][1]
    return moved_to_day(d, hearing, hearing.start[:10], status=d.status)
