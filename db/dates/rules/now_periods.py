"""A sentence that comes back to now between a background year and a year-less date: "He took
over the pub in 1991. He said energy bills had doubled over the past two years. The brewery put
it up for sale in March", written in November, is this March: "the past two years", "in recent
years", "so far this year" or "now" reach up to the time of writing, so the text is no longer in
1991. `anchoring._text_year` asks it before it gives the text's year."""

from __future__ import annotations

from ..cue_guard import guard

# a period reaching up to the time of writing
_NOW_PERIOD = guard(
    r"(?i)\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|two|three|four|five|six|"
    r"several|\d+\s+)?\s*(?:years?|months?|decades?)|in\s+recent\s+(?:years|months)"
    r"|so\s+far\s+this\s+year)\b"
)
_REACH = 600  # characters back the year may stand


def back_to_now(text: str, begin: int, year: int) -> bool:
    """Whether, between the last mention of `year` before `begin` and `begin`, a sentence
    reached up to now ("over the past two years")."""
    start = max(0, begin - _REACH)
    at = text.rfind(str(year), start, begin)
    if at < 0:
        return False
    between = text[at:begin]
    if "past" not in between and "last" not in between and "recent" not in between:
        return False  # the cheap guard: no period reaching to now
    if "so far" not in between and "recent" not in between and " the " not in between:
        return False
    return _NOW_PERIOD.search(between) is not None
