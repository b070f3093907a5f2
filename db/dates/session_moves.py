"""A market report's price moves are the trading session's: "Shares in Hydro fell 3% in Oslo
trading on Tuesday. Equinor slipped 40 ore to 250 kroner. DNB rose 1.20 to 198.40." The later
moves carry no day of their own, yet a reader of the market column puts them on Tuesday, the
session the report is about, not on the publication day (a market report is written after the
close, and often published the next morning or after a weekend).

So a dateless clause on the publication day that opens with a stock's move told in the past
(a short name, a past verb of a price, a price or a change after it: "Intel eased 1/8 to 31
7/8", "Seagram closed at $84.75", "Shares of Coors fell $1.50") goes to the latest trading day
the text named before it, of the four before the publication day: a day in a clause about
trading or a price move ("in composite trading yesterday", "the index fell 1.4% on Friday").
A company's results ("Revenue declined 8% to $85.7 million": `results_periods`) and a move
inside a relative clause ("McCaw, which dropped 2 1/2, has offered") are not price moves of
the session."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .cue_guard import guard
from .model import HAPPENED, PUBLICATION_DAY, DatedSentence, Timex

_VERBS = (
    r"rose|fell|eased|surged|gained|lost|dropped|slipped|declined|jumped|climbed|advanced|"
    r"tumbled|plunged|slid|sank|soared|closed|finished|ended|added|shed|firmed|"
    r"edged\s+(?:up|down|higher|lower)"
)
_FIGURE = r"(?:\$\s?\d|\d)[\d,.]*+(?:\s+\d+/\d+)?+(?!\s*(?:million|billion|trillion)\b)"
# a move opening its clause: a name (an apposition allowed; no relative or saying word), a
# verb, a figure
_MOVE = re.compile(
    r"\s*(?:(?!(?i:which|who|that|it|they|he|she|said|says|told|reported|revenue|revenues|"
    r"sales|income|profit|profits|earnings|net|output|orders|exports|imports|inflation|unemployment)\b)"
    r"[\w&.'’-]+,?\s+){1,12}?"
    rf"(?:{_VERBS})\s+(?:(?:to|at|by)\s+)?(?:about\s+)?{_FIGURE}"
)
_MARKET = guard(
    r"(?i)\b(?:trading|(?:rose|fell|eased|gained|lost|dropped|slipped|closed|declined)"
    r"\s+(?:to\s+|at\s+)?\$?\d[\d,.]*(?:\s+\d+/\d+|%|\s+points?))\b"
)
_DAY = frozenset({"day", "hour", "minute", "second"})
_NEAR = 200  # characters around a day its trading or price move is read in
_REACH_DAYS = 4  # a market report follows its session: a weekend and a holiday at most


def carry_session_moves(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` (in reading order) with each dateless price move on the publication day moved to
    the latest trading day named before it (module docstring)."""
    if "trading" not in text:
        return out  # the cheap guard: a market report names its trading
    session: DatedSentence | None = None
    moved: dict[int, DatedSentence] = {}
    for k in sorted(range(len(out)), key=lambda i: out[i].clause[0]):
        d = out[k]
        b, e = d.clause
        if d.timex.text and not d.around and d.status == HAPPENED:
            day = d.start[:10]
            near = max(b, d.timex.begin - _NEAR), min(e, d.timex.end + _NEAR)  # bounded
            if d.precision in _DAY and _recent(day, dct) and _MARKET.search(text, *near):
                if session is None or day > session.start[:10]:
                    session = d
            continue
        if session is None or d.start[:10] != dct or d.timex.rule != PUBLICATION_DAY:
            continue
        if d.status != HAPPENED or not _MOVE.match(text, b, min(e, b + 160)):
            continue
        day = session.start[:10]
        t = d.timex
        timex = Timex(t.begin, t.end, "", "DATE", day, session.timex.anchoring(), PUBLICATION_DAY)
        moved[k] = replace(d, start=day, precision="day", timex=timex, around=False)
    return [moved.get(k, d) for k, d in enumerate(out)] if moved else out


def _recent(day: str, dct: str) -> bool:
    """Whether `day` is one of the few days before the publication day `dct`."""
    try:
        gap = (dt.date.fromisoformat(dct[:10]) - dt.date.fromisoformat(day)).days
    except ValueError:
        return False  # a BC day or no full date
    return 0 < gap <= _REACH_DAYS
