"""Vague references: "now", "recently", "the future" and their kin, "current" before a noun,
"soon" where the clause looks ahead, "recent weeks", "the coming months", and bare plural units
after "for", "within", "in" ("for years"), "the following weeks" and "after some years".
"""

from __future__ import annotations

import re

from ..lexicon import VAGUE_COUNT, unit_of
from ..periods import span_dating
from ..tense import FUTURE, PAST
from .anchoring import HISTORY_YEARS
from .common import _NOUN_NEXT, _period, _ws
from .current_noun import current_is_noun
from .recently_bounds import bounds_a_date
from .table import Ctx, Groups, Res, rule

_VAGUE = {
    "PRESENT_REF": "now|currently|nowadays|presently|at present|at the moment|these days|"
    "the present|right now",
    # Not "soon", "shortly", "previously", "formerly": TimeML corpora leave these adverbs
    # unmarked far more often than not, and they date nothing.
    "PAST_REF": "recently|lately|the past|the other day",
    "FUTURE_REF": "the future|the near future|a later date|a future date",
}
_VAGUE_VALUE = {w: v for v, words in _VAGUE.items() for w in words.split("|")}


@rule(
    "vague",
    r"(?P<w>(?i:"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in _VAGUE_VALUE), key=len, reverse=True))
    + "))",
    starts=("now currently nowadays presently at these the right recently lately a"),
)
def _vague(g: Groups, c: Ctx) -> Res | None:
    word = _ws(g.req("w"))
    if word.lower() == "the present" and _ADJECTIVE_PRESENT.match(c.after()):
        return None  # "the present nave", "the present Duke": the one there now, no time
    if g.lower("w") == "now" and _PRESENT_NAME.search(c.before()) and _NAME_AFTER.match(c.after()):
        return None  # "at a harbour on the island, now Port Ellis": a place's present name
    if g.lower("w") == "now" and (_story_now(c) or _by_now_in_story(c)):
        return None  # "they measured the posts, now buried under snow": the story's then
    if word.lower() == "recently" and bounds_a_date(c.before(), c.after()):
        return None  # "as recently as June 2025", "most recently on 9 October": the date's
    return Res("DATE", _VAGUE_VALUE[word])


# ", now buried under snow,", "(now lost)": a participle after "now" with no verb of its own
_NOW_ASIDE = re.compile(
    r"\s+(?!(?:destroyed|demolished|vanished|ruined|forgotten)\b)"  # "his tomb, now lost,":
    r"(?:[a-z]+(?:ed|en|wn)|buried|hidden|held|kept|left|sunk|built|shut|split)"  # the present
    r"(?=[\s,;.)])"
)
# a verb in the present anywhere in the sentence: "Its stones, now scattered, are a reminder"
_PRESENT_VERB = re.compile(r"(?i)\b(?:is|are|has|have|remains?|stands?|lies|survives?)\b")


def _story_now(c: Ctx) -> bool:
    """Whether "now" in a comma-set aside of a past sentence, in a text told in a year long
    past, is the story's then ("In 1873 they measured the posts, now buried under snow"), not
    the present: a participle follows it and no verb of its own."""
    if c.dct is None or c.ref is None or c.ref[0].year > c.dct.year - HISTORY_YEARS:
        return False
    return (
        _PRESENT_NAME.search(c.before()) is not None
        and _NOW_ASIDE.match(c.after()) is not None
        and c.tense() == PAST
        and _PRESENT_VERB.search(c.text, c.sent_begin, c.sent_end) is None
    )


_BY_BEFORE = re.compile(r"(?i)\bby\s+$")
_FINE_UNITS = frozenset({"day", "week", "month", "season"})


def _by_now_in_story(c: Ctx) -> bool:
    """Whether "by now" is the story's then: told just after a day, month or season of a year
    long past ("Revolution reaches the city on 13 March 1848. Brandl, by now the father of
    five, keeps out of the streets"), in the historical present as in the past."""
    return (
        c.dct is not None
        and c.ref is not None
        and c.ref[1] in _FINE_UNITS
        and c.ref[0].year <= c.dct.year - HISTORY_YEARS
        and _BY_BEFORE.search(c.before()) is not None
    )


# After "the present" a word that is not "day", "time" or a verb or conjunction makes it an
# adjective before its noun.
_ADJECTIVE_PRESENT = re.compile(
    r"\s+(?!(?:day|time|and|or|but|is|was|are|were|has|have|had|will|would|can|could|may|"
    r"might|the|a|an|his|her|its|their|it|he|she|they|we|I)\b)[A-Za-z]"
)


# "..., now Port Ellis", "(now Broad Street)", ", now renamed Oslo": "now" giving a thing's
# present name
_PRESENT_NAME = re.compile(r"(?:,|\()\s*$")
_NAME_AFTER = re.compile(r"\s+(?:(?:renamed|called|named|known\s+as)\s+)?[A-Z][a-z]+\b(?!['’])")


# What "current" is before when it is not "of this time": the noun (electricity, a stream).
_CURRENT_NOT_BEFORE = re.compile(
    r"\s+(?:account|accounts|affairs|and|or|of|in|is|was|flows?|flowed|through|from|to|which|"
    r"that|carries|carried)\b",
    re.IGNORECASE,
)


@rule("current", r"(?P<then>(?i:then)[\s-]+)?(?i:current)", starts="current then")
def _current(g: Groups, c: Ctx) -> Res | None:
    """ "its current share", "current market conditions": the present (TimeML PRESENT_REF;
    "the current quarter/year" are the reporting rules'). "the then current price" is a past
    present. Not the noun ("an electric current", "the current was strong") nor "current
    account", a balance-of-payments term."""
    after = c.after()
    if not _NOUN_NEXT.match(after) or _CURRENT_NOT_BEFORE.match(after) or current_is_noun(after):
        return None
    return Res("DATE", "PAST_REF" if g["then"] else "PRESENT_REF")


_SOON_NOT_AFTER = re.compile(r"\s+(?:as|after|afterwards?|thereafter|before|enough\b|to\s+be)")


@rule(
    "soon",
    r"(?i:as\s+soon\s+as\s+possible)|(?P<soon>(?i:soon))",
    starts="as soon",
)
def _soon(g: Groups, c: Ctx) -> Res | None:
    """ "will soon begin", "may soon seek", "as soon as possible": a coming time (TimeML
    FUTURE_REF). Only where the clause looks ahead: "was soon released" and "soon became a
    flood" tell a past, "as soon as he arrives" and "soon after" lean on another event."""
    if not g["soon"]:
        return Res("DATE", "FUTURE_REF")
    if _SOON_NOT_AFTER.match(c.after()) or re.search(r"(?i)\bas\s+$", c.before()):
        return None
    looks_ahead = (
        c.tense() == FUTURE
        or re.match(r"(?i)\s+(?:will|would|to)\b", c.after())  # "it soon will begin"
        or re.search(r"(?i)\bto\s+$", c.before())  # "expects sales to soon grow"
    )
    return Res("DATE", "FUTURE_REF") if looks_ahead else None


@rule(
    "vague_period",
    r"(?P<recent>(?i:recent|past))\s+(?P<unit>(?i:days|weeks|months|quarters|years))"
    r"|(?:(?i:the)\s+)?(?i:coming|future)\s+(?P<cunit>(?i:days|weeks|months|quarters|years))"
    r"|(?P<tunit>(?i:days|weeks|months|years))\s+(?i:to\s+come)"
    r"|(?i:the)\s+(?P<aunit>(?i:days|weeks|months|years))\s+(?i:ahead)",
    starts="recent past the coming future days weeks months years",
)
def _vague_period(g: Groups, c: Ctx) -> Res | None:
    if g.lower("recent") == "past" and re.search(r"(?i)\bthe\s+$", c.before()):
        return None  # "the past years" is a duration (the duration rule's)
    past = bool(g["recent"])
    if g["aunit"]:  # "in the weeks ahead": a span from now, as TimeML marks it
        return Res("DURATION", _period(None, unit_of(g["aunit"])))
    unit = unit_of(g["unit"] or g["cunit"] or g.req("tunit"))
    span = span_dating(c.dct, VAGUE_COUNT, unit, not past, True) if c.dct else None
    return Res("DATE", "PAST_REF" if past else "FUTURE_REF", dating=span)


_SPAN_BEFORE = re.compile(r"(?i)\b(?:for|within|in)\s+$")


@rule(
    "bare_units",
    r"(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|centuries))"
    r"(?:\s+(?i:or)\s+(?i:minutes|hours|days|weeks|months|years|decades|centuries))?",
    starts="minutes hours days weeks months years decades centuries",
)
def _bare_units(g: Groups, c: Ctx) -> Res | None:
    """ "for years", "within weeks or months", "the first time in decades": an unstated number
    of units, a DURATION as TimeML marks it ("PXY"). Only after "for", "within", "in": the bare
    plural elsewhere is mostly not a time span ("hundreds of years", "years of war")."""
    if not _SPAN_BEFORE.search(c.before()):
        return None
    return Res("DURATION", _period(None, unit_of(g.req("unit"))))


_SOME_BEFORE = re.compile(r"(?i)\b(?:for|within|in|after|over|of|during)\s+$")


@rule(
    "unstated_span",
    r"(?:(?P<the>(?i:the\s+(?:following|ensuing|next)))|(?i:some))\s+"
    r"(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|centuries))(?![\w'’-])",
    starts="the some",
)
def _unstated_span(g: Groups, c: Ctx) -> Res | None:
    """ "spent the following weeks in hiding", "after some years as his deputy": an unstated
    number of units, a DURATION ("PXW"); "some" only after a word of time ("some days are
    better" is no span)."""
    if not g["the"] and not _SOME_BEFORE.search(c.before()):
        return None
    return Res("DURATION", _period(None, unit_of(g.req("unit"))))
