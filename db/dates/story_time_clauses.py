"""A dateless clause before ", and shortly after 1 a.m. ..." keeps the time the story was at.

"On the night of May 19 the rain came. The river rose quickly, and shortly after 1 a.m. water
poured into the streets.": the date opens the second clause and moves the story on (to the
small hours of the next day); what the first clause tells came before it, at the time the story
was at (the night of May 19), not at the later clause's date. Used by db.dates.extract on the
dated events: such an event is split in two, the first clause dated by the happening told last
before its sentence in the same paragraph, when that is no later than the date that follows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from db.text import shorten

from .model import HAPPENED, PUBLICATION_DAY, TITLE_LIMIT, DatedSentence, Timex
from .sentences import BLANK_LINE

# A conjunction, an adverb of sequence and a preposition that open a clause with its date:
# ", and shortly after", ", and by", ", but then on", ", and at".
_OPENS_WITH_DATE = re.compile(
    r"(?i),\s+(?:and|but)\s+(?:(?:then|later|soon|shortly|just|sometime)\s+)?"
    r"(?:(?:after|before|at|by|on|in|around|about|during|until|toward|towards)\s+)?$"
)
# "Months later the crew sighted land, and that winter ...": the story moved on, by how much
# the text does not say, so the first clause is not at the story's time
_JUMP = re.compile(
    r"(?i)\s*(?:(?:many|some|several|a\s+few)\s+)?(?:weeks|months|years|decades|centuries)\s+"
    r"(?:later|afterwards?)\b"
)
_STEP = dt.timedelta(days=366)  # a later date further on than this is a new part of the story
_FIRST_WORDS = 3  # a first clause shorter than this many words is no happening of its own


def keep_story_time(text: str, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` (the dated events in reading order) with each event whose clause is "<dateless
    clause>, and <date> ..." split in two (module docstring); the others unchanged."""
    result: list[DatedSentence] = []
    for k, d in enumerate(out):
        split = _split(text, out, k)
        result.extend(split if split is not None else (d,))
    return result


def _split(text: str, out: list[DatedSentence], k: int) -> list[DatedSentence] | None:
    d = out[k]
    cb, ce = d.clause
    tb = d.timex.begin
    if d.comparison or d.around or d.status != HAPPENED or not d.timex.text:
        return None
    lo = max(d.begin, tb - 40)
    if "," not in text[lo:tb]:
        return None  # most dates: no comma before them, no regex tried
    m = _OPENS_WITH_DATE.search(text, lo, tb)
    if m is None or m.end() != tb:
        return None
    # the first clause: inside the event's clause (it leaned on the date after it), or before
    # it in the sentence, taken by no other event ("The harbour filled within minutes, ...")
    leaned = cb < m.start()
    fb = cb if leaned else d.begin
    if len(text[fb : m.start()].split()) < _FIRST_WORDS:
        return None
    if any(fb <= o.timex.begin < m.start() for o in out if o.timex.text) or (
        not leaned and any(o.clause[0] < m.start() and fb < o.clause[1] for o in out if o is not d)
    ):
        return None  # the first clause has a date of its own
    if _JUMP.match(text, fb, m.start()):
        return None  # "Months later the crew sighted land, and that winter": not the story's day
    prev = _story_time(text, out, k)
    if prev is None or not _shortly_before(prev.start, d.start):
        return None
    first = " ".join(text[fb : m.start()].split())
    t = prev.timex
    timex = Timex(
        fb, fb, "", "DATE", t.value, t.anchoring(),
        PUBLICATION_DAY,
    )  # fmt: skip
    story = DatedSentence(
        d.begin,
        d.end,
        prev.start,
        prev.end_date,
        prev.precision,
        timex,
        title=shorten(first[:1].upper() + first[1:], TITLE_LIMIT),
        title_span=(fb, m.start()),
        status=HAPPENED,
    )
    rest = m.start() + 1 + len(text[m.start() + 1 : tb]) - len(text[m.start() + 1 : tb].lstrip())
    return [story, replace(d, title_span=(rest, ce)) if leaned else d]  # from "and"


def _story_time(text: str, out: list[DatedSentence], k: int) -> DatedSentence | None:
    """The happening told last before event `k`'s sentence with a date of its own, in the same
    paragraph; None if there is none."""
    begin = out[k].begin
    for j in range(k - 1, -1, -1):
        o = out[j]
        if o.timex.begin >= begin or not o.timex.text:
            continue
        if BLANK_LINE.search(text, o.timex.end, begin):
            return None
        if not (o.comparison or o.around) and o.status == HAPPENED:
            return o
    return None


def _shortly_before(story: str, then: str) -> bool:
    """Whether the story's time `story` is no later than `then` and at most a year before it
    ("the night of May 19" before "shortly after 1 a.m."; not 1937 before "on 19 July 1970")."""
    try:
        a, b = _first_day(story), _first_day(then)
    except ValueError:
        return False  # a year before AD 1, a vague period: not compared
    return story[:10] <= then[:10] and b - a <= _STEP


def _first_day(start: str) -> dt.date:
    """The first day of a partial ISO date: "1976" -> 1976-01-01, "1976-05" -> 1976-05-01."""
    day = start[:10]
    return dt.date.fromisoformat(day + "-01-01"[len(day) - 4 :])
