"""A timetable for later on the publication day is still to come: "Round two starts at 14:00
today", "the awards follow this evening", "the new revue opens tonight" (a timetable's present
verb, or "will"), where the date alone, the publication day itself, says nothing of the
status. "This morning" is left alone: news of the day most often tells a morning gone by."""

from __future__ import annotations

import re

from .tense import FUTURE, SCHEDULE_WORDS

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
