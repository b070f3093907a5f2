"""The end of a stretch still to come is after its start: "The line closes at 11pm on Thursday 3
June. Buses will replace trains until the first services on Tuesday morning", written on a
Tuesday in May, is the Tuesday after the closure, not today. A weekday after "until" (or "till",
"through") in a clause told ahead, where the story stands on a day ahead of the publication
date, is the first such weekday after that day when the one the DCT gives would come before it.
"""

from __future__ import annotations

import datetime as dt
import re

# "until", "till", "through" a few words before the weekday, in its clause
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till|through)\s+(?:[\w'’-]+\s+){0,4}(?:on\s+)?$")


def after_story_day(
    before: str, ref: tuple[dt.date, str] | None, dct: dt.date, day: dt.date, weekday: int
) -> dt.date:
    """The weekday `day` (the DCT's pick), or the first such weekday after the story's day `ref`
    when `day` falls before it and the weekday ends a stretch ("until ... Tuesday")."""
    if ref is None or ref[1] != "day" or ref[0] <= dct or day >= ref[0]:
        return day
    if "ill" not in before[-60:] and "through" not in before[-60:]:  # cheap test: until, till
        return day
    if _UNTIL_BEFORE.search(before[-60:]) is None:
        return day
    return ref[0] + dt.timedelta(days=(weekday - ref[0].weekday() - 1) % 7 + 1)


# a verb that ends what the sentence opened: "opens on Friday 14 August and ends on Sunday"
_ENDS_BEFORE = re.compile(
    r"(?i)\b(?:ends?|closes?|finish(?:es)?|concludes?|wraps?\s+up)\s+(?:on\s+)?$"
)


def after_sentence_day(
    before: str, sent_ref: tuple[dt.date, str] | None, dct: dt.date, day: dt.date
) -> dt.date:
    """The weekday `day` told ahead (the DCT's pick), or, where the weekday ends what a day
    ahead named earlier in the sentence opened and `day` falls before that day, the first such
    weekday after it ("The fair opens on Friday 14 August and ends on Sunday evening", written
    on 7 August, ends on the 16th, not the 9th; "sentencing on 20 August ... surrender her
    passport by Monday" is no end of it and keeps the DCT's Monday)."""
    if sent_ref is None or sent_ref[1] != "day" or sent_ref[0] <= dct or day >= sent_ref[0]:
        return day
    if _ENDS_BEFORE.search(before[-20:]) is None:
        return day
    first = sent_ref[0]
    return first + dt.timedelta(days=(day.weekday() - first.weekday() - 1) % 7 + 1)
