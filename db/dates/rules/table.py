"""The rule table's machinery: `Res` (a normaliser's answer), `Ctx` (what a normaliser may
know of where its match sits), `Groups`, `Rule`, the `RULES` table, the `@rule` decorator that
fills it, and `make`. A rule's pattern may use named groups freely (the engine prefixes them to
keep the combined pattern valid). A normaliser gets the rule's groups and a `Ctx` (DCT, sentence,
tense, reference times) and returns a `Res`, or None to reject the match (the engine then tries
the other rules at that position). To add a rule, write a pattern and a normaliser in its family's
module and decorate it with `@rule`; the order of the table (see `rules/__init__.py`) only breaks
ties between matches of equal length. Then `python -m db.dates.rule_walk` stores which rules each
trigger's next characters let match (`rule_buckets`; a test fails until it is run).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..lexicon import COUNT_WORDS, MONTHS, WEEKDAYS
from ..periods import Dating, Point, dating, fmt
from ..record_dates import record_date
from ..scheduling import scheduled
from ..tense import FUTURE, PAST, SentenceTense


@dataclass(slots=True)
class Res:
    """A normaliser's answer for one match."""

    type: str
    value: str
    point: Point | None = None  # where later "a day after", "two days later" anchor
    dating: Dating | None = None  # what the timeline draws; None: not datable on its own
    yearless: bool = False  # year guessed (tense, DCT, narrative): a range partner may fix it
    explicit_year: bool = False  # carries its own year: becomes the narrative year
    relative: bool = False  # resolved against the DCT: the text is back in news time
    end: int | None = None  # a span shorter than the match (absolute offset)
    offset: tuple[int, str] | None = None  # counted back n units ("a year ago"): (-n, unit)
    # How TimeML marks the match when that differs from the dated reading: (type, value, end).
    # "three days after the vote" is the date for the timeline, but TIMEX3 marks "three days"
    # as a DURATION and leaves "after" to a SIGNAL.
    timeml: tuple[str, str, int] | None = None
    from_ref: bool = False  # counted from the text's reference time ("two years later")
    # Filled in by the engine, for provenance (never read by the rules): what the value was
    # resolved against (see `Ctx.basis`), the expression that was (an engine mention, for the
    # reference times) and the name of the rule that matched.
    basis: str | None = None
    source: object | None = None  # (`object = None` fails at import when compiled by mypyc)
    rule: str = ""


CONTEXT = 400  # characters of a sentence a rule sees on either side of its match


class Ctx:
    """What a normaliser may know about where its match sits. Filled in by the engine."""

    __slots__ = (
        "dct",
        "writer",
        "pub",
        "text",
        "begin",
        "end",
        "sent_begin",
        "sent_end",
        "ref",
        "sent_ref",
        "anchor_year",
        "focus",
        "ref_offset",
        "text_year",
        "story",
        "year_told_before",
        "sent_rules",
        "ref_values",
        "told",
        "basis",
        "_tense",
        "_peek",
    )

    def __init__(self) -> None:
        self.dct: dt.date | None = None
        # `dct` is the writer's now of a letter or an entry quoted from its day after words
        # that name it (`quoted_letters.quotation_now`), not the publication date
        self.writer = False
        # the publication date: `dct` is the writer's day in a quoted letter's or record's words
        self.pub: dt.date | None = None
        self.text = ""
        self.begin = self.end = self.sent_begin = self.sent_end = 0
        self.ref: Point | None = None  # last dated point before, anywhere (narrative reference)
        self.sent_ref: Point | None = None  # last dated point before, in this sentence
        self.anchor_year: int | None = None  # last explicit year, until news time resumes
        self.focus: Point | None = None  # the quarter a report is about (last one named nearby)
        self.ref_offset: tuple[int, str] | None = None  # `Res.offset` of the expression at `ref`
        self.text_year: int | None = None  # the last explicit year, a sentence or two back
        # `text_year` is the year of a story told in days and months ("left on 16 July 1969 ...
        # Three days later ... On 20 July"): it holds longer, and even for dates near the DCT
        self.story = False
        # `text_year` was told in an earlier sentence, not in this one
        self.year_told_before = False
        self.sent_rules: frozenset[str] = frozenset()  # rules matched in this sentence
        # the TIMEX value behind `ref` and `sent_ref` ("2019-12-23TNI") and the words just
        # before it ("overnight on "): a night a time of day runs on into (`clock.py`)
        self.ref_values: dict[str, tuple[str | None, str]] = {}
        # the mentions resolved before this one, in text order (engine `_Mention`s: `begin`,
        # `end`, `res`), for a rule that looks further back than `ref` (`told_hours.py`)
        self.told: Sequence[Any] = ()
        # Which reference a normaliser resolved its answer against, where its flags do not say
        # (provenance only, never changes a value): "dct", "ref", "sent_ref", "narrative" (the
        # narrative year), "text_year", "focus" (the quarter a report is about), "next" (the
        # expression that follows, `peek_next`). None: read from `Res` (explicit_year,
        # from_ref, relative).
        self.basis: str | None = None
        self._tense: Callable[[], SentenceTense] | None = None  # built on first use
        self._peek: Callable[[int], Point | None] = lambda _words: None

    def before(self) -> str:
        """The sentence before the match, its last CONTEXT characters at most: the rules look
        at the words next to a match, and a 250 kB "sentence" without full stops would make
        every look quadratic."""
        return self.text[max(self.sent_begin, self.begin - CONTEXT) : self.begin]

    def after(self) -> str:
        return self.text[self.end : min(self.sent_end, self.end + CONTEXT)]

    def tense(self) -> str | None:
        if self._tense is None:
            return None
        if scheduled(self.before()):  # "set sentencing for February 12": to come
            return FUTURE
        if record_date(self.before()):  # "The war diary for 20 August reads": its writing's
            return PAST
        return self._tense().at(self.begin, self.end)

    def has_perfect(self) -> bool:
        return bool(self._tense and self._tense().has_perfect(self.begin))

    def peek_next(self, words: int = 2) -> Point | None:
        """The point of the next expression in the sentence if at most `words` words away."""
        return self._peek(words)


class Groups:
    """A rule's named groups, without the engine's prefixes."""

    __slots__ = ("_m", "_prefix")

    def __init__(self, match: re.Match[str], prefix: str) -> None:
        self._m = match
        self._prefix = prefix

    def __getitem__(self, name: str) -> str | None:
        return self._m.group(self._prefix + name)

    def req(self, name: str) -> str:
        """A group the pattern always fills where the normaliser reads it (outside any optional
        part, or in the alternative that matched): typed as a string."""
        text = self._m.group(self._prefix + name)
        assert text is not None, f"group {name!r} took no part in the match"
        return text

    def lower(self, name: str) -> str:
        return (self._m.group(self._prefix + name) or "").lower()

    def end(self, name: str) -> int:
        return self._m.end(self._prefix + name)


Normaliser = Callable[[Groups, Ctx], "Res | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    normalise: Normaliser
    starts: frozenset[str]  # lower-case words a match can begin with; DIGIT, APOSTROPHE


RULES: list[Rule] = []

# Markers in `starts` for matches beginning with a digit or with "'" / "’" ("'90s").
DIGIT, APOSTROPHE = "#digit", "#apos"
_MACROS = {
    "#month": " ".join(MONTHS),
    "#weekday": " ".join(WEEKDAYS),
    "#number": " ".join({w.split()[0].split("-")[0] for w in COUNT_WORDS}),
    "#mod": "early earlier late later mid",
}


def rule(name: str, pattern: str, starts: str) -> Callable[[Normaliser], Normaliser]:
    """Register a rule. `starts` lists the words its matches can begin with (the engine only
    tries a rule where one of them occurs): words, #digit, #apos, #month, #weekday, #number."""
    words = frozenset(" ".join(_MACROS.get(w, w) for w in starts.split()).split())

    def register(fn: Normaliser) -> Normaliser:
        RULES.append(Rule(name, pattern, fn, words))
        return fn

    return register


def make(point: Point, type_: str = "DATE", value: str | None = None, **flags) -> Res:
    """A dated answer: the value and the timeline range follow from the point."""
    return Res(type_, value or fmt(*point), point, dating(point), **flags)
