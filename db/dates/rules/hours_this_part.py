""" "at 7 this morning", "by four this afternoon", "at ten tonight": an hour, in words or
figures without minutes, with the speaker's part of the day named after it. One TIME on the
speaker's day (the publication date, or the writer's day inside a quoted letter or diary), the
hour read in that part of the day: "four this afternoon" is 16:00, "ten tonight" 22:00 (an
hour of the small hours "tonight" is the next day's, and left alone). Only
after a word that asks for a time ("at", "by", "until"), so "four this afternoon were hurt" is
a count."""

from __future__ import annotations

from ..periods import ymd
from .clock import _HOUR_WORDS, _TIME_CUE
from .table import Ctx, Groups, Res, make, rule

_DIGITS = "|".join(str(h) for h in range(12, 0, -1))  # "12" before "1"


@rule(
    "hour_this_part_of_day",
    rf"(?P<h>(?i:{'|'.join(_HOUR_WORDS)})|(?:{_DIGITS})(?![\d.:]))"
    r"\s+(?:(?i:this)\s+(?P<pod>(?i:morning|afternoon|evening))|(?P<tonight>(?i:tonight)))"
    r"(?![\w-])",
    starts=" ".join(_HOUR_WORDS) + " #digit",
)
def _hour_this_part(g: Groups, c: Ctx) -> Res | None:
    if not _TIME_CUE.search(c.before()):
        return None  # "four this afternoon were taken to hospital": a count
    word = g.lower("h")
    hour = int(word) if word.isdigit() else _HOUR_WORDS.index(word) + 1
    pod = g.lower("pod") or "night"
    if pod == "night" and not 6 <= hour <= 11:
        return None  # "at two tonight": the small hours of the next day, left to the reader
    hour = hour % 12 if pod == "morning" else hour % 12 + 12
    clock = f"T{hour:02d}:00"
    if c.dct is None:
        return Res("TIME", "XXXX-XX-XX" + clock)
    value = ymd(c.dct) + clock
    return make((c.dct, "day"), "TIME", value, relative=True)
