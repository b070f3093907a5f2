"""The status a date gives by itself, whatever its clause says: a date naming a thing ("last
year's election", "the March 3 deadline") takes that thing's; a period of months still running at
publication says none; a date after publication is to come."""

from __future__ import annotations

import re

from .model import HAPPENED, PLANNED

# The end of a date that names a thing: "Thursday's election", "the March 3 deadline".
_POSSESSIVE = re.compile(r"['’]s\b")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|that|its|their)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Za-z][a-z-]+\b(?<!\bof)(?<!\band)(?<!\bor)(?<!\bto)(?<!\bin)")
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b(?<!\bof)(?<!\band)(?<!\bor)(?<!\bto)(?<!\bin)")


def names_a_thing(text: str, begin: int, end: int) -> bool:
    """Whether the date at [begin, end) sits inside a noun phrase, naming what it modifies
    ("last year's election", "the March 3 deadline"): the status is that thing's, not its
    clause's ("Voters will not forget last year's election": the election happened)."""
    if _POSSESSIVE.match(text, end):
        return True
    said = text[begin:end]
    if said[:1].isupper():  # "the March 3 deadline", "the Aug. 7 Embassy bombings"
        return bool(
            _ARTICLE_BEFORE.search(text, max(0, begin - 7), begin) and _NAME_AFTER.match(text, end)
        )
    # "its third-quarter profit", "the second-quarter dividend"
    return bool(
        "-" in said
        and (
            _ARTICLE_BEFORE.search(text, max(0, begin - 7), begin)
            or _ARTICLE_BEFORE.match(said, 0, said.find(" ") + 1)
        )
        and _NOUN_AFTER.match(text, end)
    )


_LONG_PERIOD = re.compile(r"(?i)quarter|half|year|season|spring|summer|autumn|fall|winter")
_PERIOD_MONTHS = {"half": 6, "year": 12}  # else three: a quarter or a season


def under_way(said: str, start: str, dct: str | None) -> bool:
    """Whether a period of some months named by `said` is still running at publication ("a
    fourth-quarter charge" in November): neither over nor to come, so its date says no
    status."""
    m = _LONG_PERIOD.search(said)
    if dct is None or m is None or not start[:4].isdigit():
        return False
    first = int(start[:4]) * 12 + (int(start[5:7]) - 1 if len(start) >= 7 else 0)
    months = 12 if len(start) == 4 else _PERIOD_MONTHS.get(m.group().lower(), 3)
    last = first + months - 1
    now = int(dct[:4]) * 12 + int(dct[5:7]) - 1
    return first <= now <= last


def by_date(start: str, dct: str | None) -> str:
    """A status from the date alone: to come when after the publication date."""
    if dct is not None and start[:10] > dct and start[:4].isdigit():
        return PLANNED
    return HAPPENED
