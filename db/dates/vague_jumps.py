"""A story's time after a jump of an unstated number of years: "In 1721 the mill burned. Decades
earlier, the monks had drained the marsh. That spring the first crops were sown." The spring is
one decades before 1721, in a year the text does not give: a reader places it nowhere, and
neither 1721 (the year before the jump) nor a year made up for it is right. So a date resolved
against the story's time from before such a jump ("That spring", "On 3 May", "the next day")
keeps its month and day but no year ("XXXX-SP") and gets no event, until a date names its year
again ("In 1730 ...") or is counted from the publication date. Run by `extract` once every date
is resolved: it changes values only, never the reference times the rules counted from."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from .lexicon import MONTH

# "Decades earlier,", "Many years before,", "Years later", "Centuries afterwards", "Long before,"
_YEARS_ON = (
    r"(?:years|decades|centuries|generations)\s+"
    r"(?:later|afterwards?|after\s+that|earlier|(?:on|before)(?=\s*[,.;]))\b"
)
_LONG_ON = r"long\s+(?:before|after|ago)(?=\s*,)"
_JUMP = re.compile(
    rf"(?i)\b(?:(?:many|some|several|a\s+few|a\s+number\s+of)\s+)?{_YEARS_ON}|\b{_LONG_ON}"
)
_STEMS = ("ears ", "ecades ", "enturies ", "enerations ", "ong ")  # substring tests first
# A jump from its noun on, in lower case: what every jump holds. In ASCII text (where `lower`
# and IGNORECASE agree) it is matched only where `str.find` finds a noun: `_JUMP` itself, opening
# on "\b", is tried at every character of the text, and "years" is in most news.
_NOUNS = ("years", "decades", "centuries", "generations", "long")
_JUMP_ON = re.compile(f"{_YEARS_ON}|{_LONG_ON}")
# the jump opens its sentence or clause: "the mill, built decades earlier, burned" is an aside
_OPENS = re.compile(r"(?i)(?:[.!?;]['\"”’)]*\s+(?:(?:and|but|then)\s+)?|\n\s*|,\s+(?:and|but)\s+)$")
_YEAR = re.compile(r"^-?\d{4}")
_STORY_BASES = frozenset({"ref", "sent_ref", "narrative", "text_year", "next"})


def jumps(text: str) -> list[int]:
    """Where each jump of an unstated number of years that opens its sentence or clause ends
    ("Decades earlier|,"); not "two years later", which the rules count."""
    if not any(map(text.__contains__, _STEMS)):
        return []
    if text.isascii() and not _holds_jump(text.lower()):
        return []
    out = []
    for jump in _JUMP.finditer(text):
        # from the text's start, or a sentence's or clause's end: "two years later" is counted
        if _opening(text, jump):
            out.append(jump.end())
    return out


def _holds_jump(low: str) -> bool:
    """Whether `low` (a text in lower case) holds `_JUMP_ON` at one of its nouns."""
    for noun in _NOUNS:
        at = low.find(noun)
        while at != -1:
            if _JUMP_ON.match(low, at):
                return True
            at = low.find(noun, at + 1)
    return False


# "Months later,", "Some weeks afterwards": the story moves on by an unstated number of months
_SHORT_JUMP = re.compile(
    r"(?i)\b(?:(?:many|some|several|a\s+few|a\s+number\s+of)\s+)?(?:months|weeks)\s+"
    r"(?:later|afterwards?|after\s+that)\b"
)
# what follows the noun in every `_SHORT_JUMP` (searched in lower case from the nouns)
_SHORT_TAIL = re.compile(r"\s+(?:later|afterwards?|after\s+that)\b")
_SHORT_NOUNS = ("months", "weeks")


def _holds_short_jump(low: str) -> bool:
    """Whether `low` (an ASCII text in lower case) holds a noun of `_SHORT_JUMP` and its
    tail: the regex, a "\\b" first, was tried at every character of the text."""
    for noun in _SHORT_NOUNS:
        at = low.find(noun)
        while at != -1:
            if _SHORT_TAIL.match(low, at + len(noun)):
                return True
            at = low.find(noun, at + 1)
    return False


_NAMES_MONTH = re.compile(rf"(?i)\b{MONTH}(?!\w)")
_DAY_OR_WEEK = re.compile(r"^\d{4}-(?:\d{2}-\d{2}|W\d{2})")


def _opening(text: str, found: re.Match[str]) -> bool:
    head = text[max(0, found.start() - 30) : found.start()]
    return bool(_OPENS.search(head) or not text[: found.start()].strip())


def unknown_days_after_short_jumps(text: str, mentions: Sequence[Any]) -> None:
    """After "Months later," (or weeks) the story's day is unknown: a day or week counted from
    the story's day before the jump ("the next day", "that evening") has no value and no event;
    a date that names its month ("On 2 May") keeps its own, and the year it was given."""
    if "onths " not in text and "eeks " not in text:
        return
    if text.isascii() and not _holds_short_jump(text.lower()):
        return  # most "months" and "weeks" are no jump ("weeks of talks")
    ends = [m.end() for m in _SHORT_JUMP.finditer(text) if _opening(text, m)]
    if not ends:
        return
    # a date that names its month ("On 2 May") keeps its own, and so do those counted from it
    names_month = lambda m: _NAMES_MONTH.search(text, m.begin, m.end) is not None  # noqa: E731
    for m in _across(mentions, ends, _DAY_OR_WEEK, names_month):
        m.res.value = re.sub(r"\d", "X", m.res.value[:10]) + m.res.value[10:]
        m.res.point = m.res.dating = None


def unknown_years_after_jumps(text: str, mentions: Sequence[Any]) -> None:
    """Take the year out of each mention resolved against the story's time across a jump
    (`jumps`), and of those resolved against such a mention: no point, no event."""
    unknown_days_after_short_jumps(text, mentions)
    ends = jumps(text)
    if not ends:
        return
    for m in _across(mentions, ends, _YEAR):
        m.res.value = _YEAR.sub("XXXX", m.res.value)
        m.res.point = m.res.dating = None


def _across(
    mentions: Sequence[Any],
    ends: list[int],
    value: re.Pattern[str],
    keeps: Callable[[Any], bool] = lambda m: False,
) -> list[Any]:
    """The mentions resolved against the story's time across a jump ending at one of `ends`,
    or against such a mention, whose value `value` matches and that `keeps` does not keep."""
    unknown: set[int] = set()
    out = []
    for m in mentions:
        res, source = m.res, m.res.source
        if res.explicit_year or res.basis not in _STORY_BASES or source is None:
            continue
        k = bisect_left(ends, source.end)
        across = k < len(ends) and ends[k] <= m.begin
        if not (across or id(source) in unknown) or not value.match(res.value) or keeps(m):
            continue
        unknown.add(id(m))
        out.append(m)
    return out
