"""Dates the text marks approximate: "c. 1815", "(c.1815–c.1880)", "circa 18 June 1928",
"ca. 1500", "around 1412", "about 1850". A reader places the event there, but knows it is no
closer than that: `DatedSentence.approximate`, stored in the event's provenance and shown as
"around" (db.provenance). Only the words at the start of a date, or the one just before it (for
a birth placed on a life bracket's first date, the one before that date)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .lead_life_dates import RULE as LIFE
from .model import DatedSentence

# just before the date: "c. 1815", "(c.1815", "ca. 1500", "circa 1500"
_BEFORE = re.compile(r"(?i)(?:\bc\.|\bca\.|\bcirca)\s*$")
# the date's own first word: "around 1412", "about 1850", "approximately 1200", "circa 1500"
_OWN = re.compile(r"(?i)(?:around|about|approximately|roughly|circa)\s")
_REACH = 8  # characters before a date its circa may stand in


def circa_marked(text: str, dated: Sequence[DatedSentence]) -> list[DatedSentence]:
    """`dated` with each event whose date the text marks approximate marked so."""
    out = []
    for d in dated:
        t = d.timex
        if t.text and (_OWN.match(t.text) or _circa_before(text, t.begin)):
            d = replace(d, approximate=True)
        elif t.rule == LIFE and t.anchor is not None and t.anchor.begin is not None:
            # "Mair was born ..." placed on the bracket's "(c.1501": as approximate as it
            d = replace(d, approximate=_circa_before(text, t.anchor.begin))
        out.append(d)
    return out


def _circa_before(text: str, begin: int) -> bool:
    return _BEFORE.search(text, max(0, begin - _REACH), begin) is not None
