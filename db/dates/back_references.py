"""Dateless happenings of news that point back at a time the story already told.

- "Its director said at the time that the player was not for sale": said when the happening
  told just before took place ("followed on July 3"), not on the day the report came out.
- "Prosecutors said after the hearing that ...", "told reporters after the vote", "showed no
  emotion as the verdict was read", "Judge Amis, reading the judgment, said", "Passing sentence,
  the judge said", "told reporters outside court", "told analysts on
  a conference call": the hearing, vote, verdict or results a news story leads with, on the
  day its lead dated ("The court on Wednesday overturned ..."), when that day is within a week
  before the publication day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .datelines import DATELINE
from .day_runs import in_aside
from .happenings import Happening
from .model import HAPPENED, DatedSentence

# "at the time" as "then"; not "at the time of the crash" (a time named by its event).
_AT_THE_TIME = re.compile(r"(?i)\bat\s+the\s+time\b(?!\s+(?:of|when)\b)")
# The lead's own occasion, named by a definite noun after "after"/"following".
_AFTER_OCCASION = re.compile(
    r"(?i)\b(?:(?:after|following|as|when)\s+the\s+(?:vote|votes|hearing|ruling|verdict|"
    r"judge?ment|decision|meeting|ceremony|talks|announcement|session|debate|sentencing|match|"
    r"game|final)s?|reading\s+(?:out\s+)?the\s+(?:judge?ment|verdict|ruling|decision)s?"
    # the judge's words as the sentence is passed: "Passing sentence, Judge Reece said ..."
    r"|(?:passing|handing\s+down)\s+(?:the\s+)?sentences?|(?:sentencing|jailing)\s+(?:him|her|them)"
    # the call a company holds on the day it reports (its results are the story's lead)
    r"|(?:on|during)\s+(?:an?|the|its)\s+(?:conference|earnings|investor|analyst)\s+call"
    # words said to reporters at the court's door on the day of its ruling or verdict
    r"|outside\s+(?:the\s+)?(?:court|courthouse|courtroom|tribunal)s?)"
    r"\b(?!\s+(?:on|of|in|at|by|last|next|this)\b)"
)
# A word every alternative of _AFTER_OCCASION holds (lower case, as the nouns mostly are).
_OCCASION_WORDS = (
    "vote", "hearing", "ruling", "verdict", "judg", "decision", "meeting", "ceremony", "talks",
    "announcement", "session", "debate", "sentenc", "jailing", "match", "game", "final", "call",
    "court", "tribunal",
)  # fmt: skip
_LEAD_REACH = dt.timedelta(days=7)  # a lead older than a week is background, not the story


def _dated(out: Sequence[DatedSentence]) -> list[DatedSentence]:
    """The happenings a date of their own placed, in reading order."""
    return sorted(
        (d for d in out if not d.around and not d.comparison and d.status == HAPPENED),
        key=lambda d: d.timex.begin,
    )


def at_the_time(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> tuple[str, str] | None:
    """The start and precision of the happening told last before `span`, for a dateless
    clause timed "at the time", if no later than the DCT; else None."""
    clause = text[span[0] : span[1]]
    if "same" in clause and (same := _SAME_OCCASION.search(clause)) is not None:
        return _same_occasion(text, span[0], same.group(1).lower(), out, dct)
    if "the time" not in clause.lower() or _AT_THE_TIME.search(clause) is None:
        return None
    before = [d for d in _dated(out) if d.timex.begin < span[0] and d.end_date is None]
    if not before or before[-1].start[:10] > dct[:10]:
        return None
    return before[-1].start, before[-1].precision


# "at the same meeting", "during the same hearing": the occasion a sentence before dated
_SAME_OCCASION = re.compile(
    r"(?i)\b(?:at|during|in|after)\s+the\s+same\s+(meeting|hearing|session|sitting|rally|"
    r"ceremony|conference|briefing|debate|interview|event|concert|match|game|service)\b"
)


def _same_occasion(
    text: str, at: int, noun: str, out: Sequence[DatedSentence], dct: str
) -> tuple[str, str] | None:
    """The start and precision of the last happening before `at` dated to the day or finer
    whose sentence names the occasion `noun` ("apologised at a public meeting on Wednesday
    night. ... Traders asked at the same meeting"), if no later than the DCT."""
    for d in reversed(_dated(out)):
        if d.timex.begin >= at or d.end_date is not None or d.start[:10] > dct[:10]:
            continue
        if len(d.start) >= 10 and noun in text[d.begin : d.end].lower():
            return d.start, d.precision
    return None


def names_the_occasion(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] is timed by the occasion a news story leads with ("Passing
    sentence, the judge said ..."): news time even after a past the story told of its own."""
    seg = text[begin:end]
    return any(map(seg.__contains__, _OCCASION_WORDS)) and _AFTER_OCCASION.search(seg) is not None


def after_the_occasion(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> str | None:
    """The day of the story's lead (its first happening dated by a day of its own, within a
    week before the DCT) for a dateless clause timed "after the hearing", "as the verdict was
    read"; else None."""
    seg = text[span[0] : span[1]]
    named = any(map(seg.__contains__, _OCCASION_WORDS)) and bool(_AFTER_OCCASION.search(seg))
    if not named and not _court_act(seg):
        return None  # the word test first: the regex is tried at every position
    # a wire dateline's day ("LYONDALE, Nov 20 - ") is the report's, not the lead's
    lines = [m.span("date") for m in DATELINE.finditer(text)]
    lead = next(
        (
            d
            for d in _dated(out)
            if d.precision == "day" and not any(b <= d.timex.begin < e for b, e in lines)
        ),
        None,
    )
    if lead is None or lead.timex.begin > span[0] or lead.end_date is not None:
        return None
    if not named and in_aside(text, lead):
        return None  # a court's act: not after a day an aside told ("which began on Monday")
    day = lead.start[:10]
    try:
        ago = dt.date.fromisoformat(dct[:10]) - dt.date.fromisoformat(day)
    except ValueError:
        return None
    return day if dt.timedelta(0) <= ago <= _LEAD_REACH else None


# "The jury acquitted him of two counts", "The two dissenting judges argued", "Judge Ann Hale
# remanded him": the court's act in a simple past, opening its clause
_COURT_ACT = re.compile(
    r"(?:The|the)\s+(?:[a-z-]+\s+){0,2}(?:jury|jurors|judges?|court|magistrates|bench|panel)"
    r"\s+(?!had\b)(?:[a-z]{3,}ed|found|gave|held|heard|sent|threw|told|took|set|upheld|overturned)"
    r"\b|Judge(?:\s+[A-Z][a-z]+){1,2}\s+[a-z]{3,}ed\b"
)
_COURT_WORDS = ("jur", "judge", "court", "magistrates", "bench", "panel", "Judge")


def _court_act(seg: str) -> bool:
    """Whether a clause opens with a court's act in the simple past (`_COURT_ACT`)."""
    head = seg.lstrip(" ,;:\"'“”‘’")[:60]
    return any(map(head.__contains__, _COURT_WORDS)) and _COURT_ACT.match(head) is not None


def timed_then(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] says "at the time" (as "then"; `at_the_time`)."""
    if "the time" not in text[begin:end].lower():
        return False
    return _AT_THE_TIME.search(text, begin, end) is not None


def then_happenings(
    text: str, every: Sequence[Happening], found: Sequence[Happening]
) -> list[Happening]:
    """Of a sentence's dateless happenings (`every`, as news has them), those timed "at the time"
    that `found` (as a past the text tells has them: none) lacks: "In an interview at the time
    she said she would not sing again" after "Her last concert, in December 2023, ..." is
    December 2023's, though a dateless past of a story is no event of its own."""
    spans = {h.span for h in found}
    return [
        h for h in every if h.span not in spans and h.span is not None and timed_then(text, *h.span)
    ]
