""" "At one minute past midnight", "by five minutes to twelve", "at twenty-two minutes past
ten that evening", "at 3 minutes after noon": a clock time told by its minutes counted from an
hour, with "minute" or "minutes" said (`clock_phrases` reads "a quarter to ten", "ten past
eleven"). Only after a word that says a time follows ("at", "by", "until"), as there; "after"
and "before" only from midnight or noon ("ten minutes after one" may count from something
else). Midnight is the day's start (00:mm), noon its middle; "to" counts back from the hour.
"""

from __future__ import annotations

from .clock import _HOUR_WORDS, _TIME_CUE, _on_day
from .clock_phrases import day_past
from .evening_hours import evening_told, midnight_hour_told
from .table import Ctx, Groups, Res, rule

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_NUMBERS = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: i + 10 for i, w in enumerate(_TEENS)}
_NUMBERS |= {"twenty": 20} | {f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)}
_NUMBER = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_HOUR = rf"(?P<h>1[0-2]|[1-9]|(?i:{'|'.join(_HOUR_WORDS)}))"


@rule(
    "minutes_past",
    rf"(?P<n>(?i:{_NUMBER})|[1-5]?\d)\s+(?i:minutes?)\s+"
    rf"(?:(?P<dir>(?i:past|to))\s+(?:{_HOUR}|(?P<mid>(?i:midnight|noon|midday)))|"
    r"(?P<dir2>(?i:after|before))\s+(?P<mid2>(?i:midnight|noon|midday)))"
    r"(?:\s+(?i:o['’]clock))?"
    r"(?:\s+(?:(?i:in\s+the|that|this)\s+(?P<pod>(?i:morning|afternoon|evening))|"
    r"(?P<night>(?i:at\s+night|that\s+night))))?(?![\w-])",
    starts="#number #digit",
)
def _minutes_past(g: Groups, c: Ctx) -> Res | None:
    if not _TIME_CUE.search(c.before()):
        return None  # "it was five minutes to two when ...": left to the clause's own time
    word = g.lower("n")
    minutes = int(word) if word.isdigit() else _NUMBERS[word]
    if not 0 < minutes < 60:
        return None
    back = (g.lower("dir") or g.lower("dir2")) in ("to", "before")
    mid = g.lower("mid") or g.lower("mid2")
    if mid:
        hour = 0 if mid == "midnight" else 12
    else:
        h = g.lower("h")
        hour = int(h) if h.isdigit() else _HOUR_WORDS.index(h) + 1
    pod = g.lower("pod")
    if not mid and pod == "morning":
        hour %= 12
    elif not mid and (pod in ("afternoon", "evening") or (g["night"] and 6 <= hour < 12)):
        hour = hour % 12 + 12  # "five minutes past nine that evening": 21:05
    if back:
        hour, minutes = (hour - 1) % 24 if mid else (hour - 1 or 12), 60 - minutes
    res = _on_day(c, f"T{hour:02d}:{minutes:02d}")
    if mid or pod or g["night"] or res.point is None:
        return res
    day = res.point[0]
    if evening_told(c, day, hour):  # "that evening ... at five minutes past nine": 21:05
        return _on_day(c, f"T{hour + 12:02d}:{minutes:02d}")
    if midnight_hour_told(c, day, hour):
        return _on_day(c, f"T00:{minutes:02d}")
    if hour < 12 and day_past(c, day, hour):  # "... by half past three ... ten minutes to seven"
        return _on_day(c, f"T{hour + 12:02d}:{minutes:02d}")
    return res
