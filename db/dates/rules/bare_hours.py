""" "reached the harbour at half past nine and sailed at ten.", "Up at six, home by nine.": an
hour in words alone after "at", "by", "until" or "till", closing its phrase, where the text
tells the clock around it (another clock time in its paragraph); without one, "left school at
ten." is an age. The hour is read as written, in the evening or just after midnight where the
story is in its evening or night (`evening_hours`), on the story's day (`clock._on_day`)."""

from __future__ import annotations

import datetime as dt
import re

from .clock import _HOUR_WORDS, _on_day
from .evening_hours import evening_told, later_hour_told, midnight_hour_told
from .table import Ctx, Groups, Res, rule

_WORDS = _HOUR_WORDS[1:]  # not "one": "at one." is agreement more often than the hour
_CUE = re.compile(
    r"(?i)\b(?:at|by|until|till|(?:just|shortly|soon|not\s+long)\s+(?:before|after))\s+"
    r"(?:(?:about|around|nearly|after)\s+)?$"
)
# a count, an age or a margin, not an hour: "won by nine", "left school at ten", "stood at six"
_NOT_HOUR = re.compile(
    r"(?i)\b(?:won|win|wins|lost|lose|beat|beaten|led|lead|leads|margin|majority|aged?|"
    r"school|orphaned|married|widowed|stood|stands|closed|ended|finished|fell|rose|"
    r"numbered|totalled|reached|capped|set|fixed|priced|rated|ranked|placed)\s+"
    r"(?:\w+\s+)?(?:at|by|until|till)\s+(?:(?:about|around|nearly|after)\s+)?$"
)
_CLOCK = re.compile(
    r"(?i)o['’]clock|\b(?:half|quarter)[\s-]+(?:past|to)\b|\b\d{1,2}[.:][0-5]\d\b"
    r"|\b\d{1,2}\s*[ap]\.?m\b|\b(?:noon|midnight|tonight)\b"
    rf"|\b(?:{'|'.join(_HOUR_WORDS)})\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
)
_NEAR = 600  # characters either side looked at for the clock the text tells
_HISTORY_YEARS = 5  # as `anchoring.HISTORY_YEARS`


def _clock_near(c: Ctx) -> bool:
    """Whether another clock time stands in the match's paragraph."""
    text = c.text
    lo = text.rfind("\n\n", max(0, c.begin - _NEAR), c.begin)
    hi = text.find("\n\n", c.end, c.end + _NEAR)
    lo = max(0, c.begin - _NEAR) if lo < 0 else lo
    hi = min(len(text), c.end + _NEAR) if hi < 0 else hi
    return bool(_CLOCK.search(text, lo, c.begin) or _CLOCK.search(text, c.end, hi))


def _in_sentence_clock(c: Ctx) -> bool:
    """Whether a clock time in figures, or "tonight", stands earlier in the match's sentence."""
    return bool(_FIGURE_CLOCK.search(c.text, c.sent_begin, c.begin))


_FIGURE_CLOCK = re.compile(
    r"(?i)\b\d{1,2}(?:[.:][0-5]\d\s*(?:[ap]\.?m\b)?|\s*[ap]\.?m\b)|\btonight\b"
)


def _day_told_here(c: Ctx, day: dt.date) -> bool:
    """Whether the day the hour took is one the story tells here: a long-past day (not news
    time) that a clock time of the history's day told by the hour gave (`told_hours`), or one
    named in the hour's own paragraph, itself or through the clock times counted from it (not
    a catalogue's date a paragraph up: "Sheet 12. Bog, 3.v.1891." then "He was up at five.")."""
    if c.dct is None:
        return False
    if day.year > c.dct.year - _HISTORY_YEARS:
        # news time: only beside a clock of its own sentence on the same day ("the first cub
        # came at 2.14am and the second just before four")
        return c.sent_ref is not None and c.sent_ref[0] == day and _in_sentence_clock(c)
    if c.basis == "hours":
        return True
    point = c.sent_ref if c.basis == "sent_ref" else c.ref
    m = next((m for m in reversed(c.told) if m.res.point == point and m.begin < c.begin), None)
    while m is not None and m.res.type == "TIME" and m.res.basis != "hours":
        source = m.res.source
        if not hasattr(source, "res"):
            break
        m = source
    if m is None:
        return False
    return m.res.basis == "hours" or "\n" not in c.text[m.begin : c.begin]


@rule(
    "bare_hour",
    rf"(?<![\w-])(?P<h>(?i:{'|'.join(_WORDS)}))"
    r"(?=[ \t]*(?:[.,;:!?)\"”’—]|$)|\s+(?:and|but|when|before|after|until)\b)",
    starts=" ".join(_WORDS),
)
def _bare_hour(g: Groups, c: Ctx) -> Res | None:
    before = c.before()
    if not _CUE.search(before[-24:]) or _NOT_HOUR.search(before[-60:]) or not _clock_near(c):
        return None
    hour = _HOUR_WORDS.index(g.lower("h")) + 1
    res = _on_day(c, f"T{hour:02d}:00")
    if res.point is None or not _day_told_here(c, res.point[0]):
        return None
    day = res.point[0]
    if evening_told(c, day, hour) or later_hour_told(c, day, hour):
        res = _on_day(c, f"T{hour + 12:02d}:00")  # "at half past nine ... at ten": 22:00
    elif midnight_hour_told(c, day, hour):
        res = _on_day(c, "T00:00")
    return res
