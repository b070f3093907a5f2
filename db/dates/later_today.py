"""A timetable for later on the publication day is still to come: "Round two starts at 14:00
today", "the awards follow this evening", "the new revue opens tonight" (a timetable's present
verb, or "will"), where the date alone, the publication day itself, says nothing of the
status. "This morning" is left alone: news of the day most often tells a morning gone by."""

from __future__ import annotations

import re

from .clause_verb_words import IRREGULAR_PAST
from .clause_words import first_verb_in_text
from .tense import FUTURE, PAST, SCHEDULE_WORDS

_LATER_TODAY = re.compile(
    r"(?i)^(?:tonight|this\s+(?:afternoon|evening)|later\s+today|"
    r".*\d.*\btoday|today\b.*\d.*)$"
)
# present verbs of a programme that the tense tagger leaves untagged
_TIMETABLE_WORDS = re.compile(
    r"(?i)\b(?:goes|go|follows|follow|finishes|finish|continues|continue|takes\s+place|"
    r"kicks\s+off|gets\s+under\s+way|tees\s+off)\b"
)


def later_today(said: str, start: str, dct: str | None, tense: str | None, before: str) -> bool:
    """Whether the date `said` (resolved to `start`) is later on the publication day `dct` and
    its clause (`tense`, its words `before` the date) tells it in the present or future."""
    if dct is None or not start.startswith(dct):
        return False  # cheap exact guard first: only the publication day
    if _LATER_TODAY.match(said) is None and not _afternoon_clock(said, start):
        return False
    # the clause's own verb, not an infinitive's: "He's expected to meet the envoy tonight"
    # tells the expecting, now
    if tense == FUTURE and any(w in SCHEDULE_WORDS or w in _WILL for w in _words(before)):
        return True
    return tense is None and _TIMETABLE_WORDS.search(before) is not None


# a clock time alone that the publication day took ("The fair opens at 3pm" in the morning's
# paper): an afternoon or evening hour is later that day, a morning one may be gone by
_CLOCK_ALONE = re.compile(r"(?i)\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?")
_NOON = 12


def _afternoon_clock(said: str, start: str) -> bool:
    return (
        len(start) >= 13
        and start[11:13].isdigit()
        and int(start[11:13]) >= _NOON
        and _CLOCK_ALONE.fullmatch(said) is not None
    )


_WILL = frozenset({"will", "shall", "won't"})
_WORD = re.compile(r"[a-z']+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


# "Tomorrow we move the camp", "tonight we give our second performance": the evening or the
# next day of the told now, fronted, with its verb in the present (the timetable's present,
# which the tense tagger leaves untagged) or the future: still to come at the told now,
# whether that now is the publication day or a diarist's day. Not a state ("Tonight there are
# lamps in every window"), a past ("Tonight we sang carols") or a date that only ends a past
# clause ("Moved up to the trenches tonight").
_AHEAD = re.compile(
    r"(?i)(?P<w>tomorrow|tonight|this\s+evening)(?:\s+(?:morning|afternoon|evening|night))?"
)
_SEGMENT_HEAD = re.compile(r"""(?i)(?:^|[,;:"“‘(]|\b(?:and|but|so))\s*$""")
_SEGMENT_END = re.compile(r"""[,;:.!?"”)]""")
# simple pasts the tense tagger leaves alone that are no present as well ("Tonight we lit the
# lamps"); "let", "put", "set", "cut" are both ("Tomorrow they let me go")
_ONLY_PAST = IRREGULAR_PAST - {
    "let", "put", "set", "cut", "hit", "hurt", "shut", "spread", "cost", "quit", "split",
    "burst", "bid", "beat", "shed", "lay", "bound", "ground", "wound", "tread",
}  # fmt: skip


def ahead_of_the_day(said: str, before: str, after: str) -> bool:
    """Whether `said` ("Tomorrow", "tonight") opens its clause (`before`: the clause's words
    before it) and the words `after` it, to the clause's next break, tell it in the present or
    future: a plan of the told now."""
    m = _AHEAD.fullmatch(said)
    if m is None or _SEGMENT_HEAD.search(before) is None:
        return False
    segment = _SEGMENT_END.split(after, maxsplit=1)[0]
    if not segment.strip():
        return False  # "Tomorrow, ...": nothing of its own to tell
    if any(w in _ONLY_PAST for w in _words(segment)):
        return False
    tense = first_verb_in_text(said + segment)[0]
    if m["w"].lower() == "tomorrow":
        return tense != PAST  # "Tomorrow is the feast": to come all the same
    return tense is None or tense == FUTURE  # "Tonight the town is quiet": a state of now
