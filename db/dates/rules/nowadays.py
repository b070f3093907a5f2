""" "Today" meaning nowadays: in a history ("The ruins of the priory still stand today", "Today
the bridge is a footpath") it is the present as against the past just told (TimeML
PRESENT_REF), not the publication day. It is that only where all three hold: the text has just
been told in a year long past (its last dated point at least `HISTORY_YEARS` before the
publication date), its clause is in the present and its verb is one of a state ("is",
"has", "remains", "stands", "still ...", "is named"): "The museum opens today", "Today the city
marks the anniversary" and a sentence with something in progress ("..., where the park
service is holding a ceremony") stay the publication day. Loaded before `relative`, whose "today" it
leaves to it otherwise.
"""

from __future__ import annotations

import re

from .anchoring import HISTORY_YEARS
from .table import Ctx, Groups, Res, rule

# A state in the present: "still", or a verb of being, having, lasting, standing or naming.
_STATE = re.compile(
    r"(?i)\b(?:still|is|are|has|have|remains?|stands?|survives?|lies|lie|sits?|lives?|"
    r"contains?|belongs?|holds?|carries|houses?|serves?|forms?|"
    r"(?:is|are)\s+(?:named|called|known|kept|shown|displayed|buried|preserved|held|used|"
    r"remembered|seen))\b"
)
# Words of an event of the day, not a state: "is closed today", "is expected today".
_EVENT_OF_THE_DAY = re.compile(
    r"(?i)\b(?:will|expected|due|scheduled|set\s+to|opens?|closes?|closed|marks?|announced?|"
    r"begins?|starts?|ends?|meets?|votes?|said|says|announces?|celebrates?|commemorates?)\b"
)
# Something going on as the text is published, anywhere in the sentence ("Today a monument
# stands on the site, where the park service is holding a ceremony"): the day itself.
_IN_PROGRESS = re.compile(
    r"(?i)\b(?:is|are|am)\s+(?:now\s+)?"
    r"(?!(?:standing|living|lying|remaining|missing|surviving)\b)[a-z]+ing\b"
)
# A habit of the present ("it stages forty plays each year", "walkers climb it every summer") or
# a count of people now ("Today about 9,000 people claim descent"): the present's, as a state is.
_HABIT = re.compile(
    r"(?i)\b(?:(?:each|every|a|per)\s+(?:year|summer|winter|spring|autumn|season|week|month)"
    r"(?!\s+(?:later|earlier|ago|after|before|on))|annually|yearly)\b"
)
_COUNT = re.compile(
    r"(?i)^\s*(?:about|some|around|nearly|almost|over|roughly|more\s+than)\s+[\d,]+\s+"
    r"(?:people|visitors|walkers|pupils|members|residents|inhabitants|families)\b"
)
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|used\s+to)\b")
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()–—]")  # not a figure's "9,000"
_RANGE_BEFORE = re.compile(r"(?i)\b(?:until|till|to|from|since|of|as\s+of|through)\s+$")


@rule("today_nowadays", r"(?P<w>(?i:today))(?![\w'’-])", starts="today")
def _today_nowadays(g: Groups, c: Ctx) -> Res | None:
    if c.dct is None or c.ref is None or c.ref[0].year > c.dct.year - HISTORY_YEARS:
        return None
    before, after = c.before(), c.after()
    if _RANGE_BEFORE.search(before):
        return None
    # its clause: from the last break before it to the next after it
    head, tail = _CLAUSE_BREAK.split(before)[-1], _CLAUSE_BREAK.split(after)
    if not head.strip() and not tail[0].strip() and len(tail) > 1:
        tail = tail[1:]  # "Today, the nave is a barn": the clause it opens
    clause = head + " today " + tail[0]
    state = _STATE.search(clause) or _HABIT.search(clause) or _COUNT.match(tail[0])
    if not state or _PAST.search(clause) or _EVENT_OF_THE_DAY.search(clause):
        return None
    if _IN_PROGRESS.search(c.text, c.sent_begin, c.sent_end):
        return None
    return Res("DATE", "PRESENT_REF")


_UP_TO = re.compile(r"(?i)\b(?:to|until|till|unto)\s+$")


@rule("to_this_day", r"(?i:this\s+(?:very\s+)?day)(?![\w'’-])", starts="this")
def _to_this_day(g: Groups, c: Ctx) -> Res | None:
    """ "The firm keeps a branch there to this day": up to the present, in a history or in news
    (PRESENT_REF); "wages due this day" in an account book is its entry's day, not this rule's."""
    if not _UP_TO.search(c.before()[-8:]):
        return None
    return Res("DATE", "PRESENT_REF")
