"""A day counted back in the past perfect from a day of the story: "The mine flooded on 9 June.
The pump man had gone down to check it the day before, and at two o'clock the last cage came
up". The day before is the pump man's, told in passing: "at two o'clock" and the sentences
after it are still on the 9th (`extract`)."""

from __future__ import annotations

import re

from .periods import Point
from .pluperfect_asides import in_pluperfect_clause

# "the day before" ending its phrase (not "the day before the vote"), "the previous day"; not
# a part of a day: "had argued with them the previous evening" opens the scene told next
_DAY_BACK = re.compile(
    r"(?i)the\s+(?:day\s+before\b(?!\s+(?:the|a|an|his|her|their|its)\b)"
    r"|(?:previous|preceding)\s+day\b)"
)


def pluperfect_day_back(
    text: str, sent_begin: int, begin: int, point: Point, ref: Point | None
) -> bool:
    """Whether the date at `begin` ("the day before") counts back from the story's day `ref` in
    a clause whose verb is "had" and a participle."""
    if ref is None or ref[1] != "day" or point[0] >= ref[0]:
        return False
    return _DAY_BACK.match(text, begin) is not None and in_pluperfect_clause(
        text, sent_begin, begin
    )
