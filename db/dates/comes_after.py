"""A happening a piece of news is counted from: "The results come a week after rival Hoffer
reported a rise in profit" puts the rival's report a week before the publication day (its ISO
week), "The strike comes three days after talks broke down" three days before it. Only with the
present "come(s)", or a present state ("are still without power four days after the storm
brought down lines"): the news of the day is what the count starts from (a past "came" counts from
a time of the story's, and "before" points at what is still to come)."""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import number_of

_COMES = re.compile(
    r"(?i)\bcomes?\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?)\s+after\s"
)

# a state of the publication day counted from a happening: "are still without power four days
# after the storm brought down lines", "remains shut two weeks after the fire"
_STILL = re.compile(
    r"(?i)\b(?:(?:is|are)\s+still|still\s+(?:has|have)|remains?|continues?\s+to)\b[^.;:,]{0,80}?\s"
    r"(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?)\s+after\s"
)


def comes_after(text: str, span: tuple[int, int], dct: str) -> tuple[str, str] | None:
    """The start and precision of the clause at `span` that "comes N days / weeks / months
    after" ties to the publication day `dct`, else None."""
    # the clause may start at its "after" ("... a week | after rival Hoffer reported")
    lo = max(0, span[0] - 40)
    if "come" in text[lo : span[0] + 7].lower():
        m = _COMES.search(text, lo, span[0] + 7)
    elif "still" in text[max(0, span[0] - 120) : span[0]] or "remain" in text[lo : span[0]]:
        m = _STILL.search(text, max(0, span[0] - 120), span[0] + 7)
    else:
        return None
    if m is None or not span[0] <= m.end() <= span[0] + 7:
        return None
    n = number_of(m.group("num"))
    if n is None:
        return None
    unit = m.group("unit").lower().rstrip("s")
    day = dt.date.fromisoformat(dct[:10])
    if unit == "day":
        return (day - dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        then = day - dt.timedelta(weeks=n)
        return (then - dt.timedelta(days=then.weekday())).isoformat(), "week"
    months = day.year * 12 + day.month - 1 - n
    return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"


_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months"})
_NUMBERS = frozenset("a an one two three four five six seven eight nine ten".split())


def comes_after_cuts(words: list[str]) -> list[int]:
    """The "and" tokens opening ", and comes two weeks after ...": a predicate of its own, tied
    to the publication day, not to the clause before it and whatever date that has."""
    found = []
    for k in range(len(words) - 4):
        if words[k] != "and" or words[k + 1] not in ("comes", "come"):
            continue
        num, unit = words[k + 2], words[k + 3]
        if (num in _NUMBERS or num.isdigit()) and unit in _UNITS and words[k + 4] == "after":
            found.append(k)
    return found
