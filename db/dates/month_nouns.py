"""A month named as a meeting's or a report's ("the February meeting", "at its March session",
"the June figures"): after an article or a possessive and before such a noun, "March", "May" or
"June" is the month, not the verb, the modal or a name (issue 13, news reader styles); so it
is before what befell in it ("the June heatwave", "the March floods")."""

from __future__ import annotations

import re

# the nouns a month names in news: a body's sittings and what it publishes
_NOUN = re.compile(
    r"\s+(?:board\s+|council\s+|committee\s+|general\s+)?"
    r"(?:meeting|session|sitting|conference|summit|hearing|vote|budget|report|figures|"
    r"election|deadline|issue|edition|recess|review|statement|minutes|count|poll|release|"
    r"update|talks|round|ballot|inquest|trial|sale|auction|"
    # what befell in it: "the June heatwave", "the March floods"
    r"heatwave|heat|flood|storm|snow|freeze|frost|drought|fire|wildfire|riot|strike|"
    r"blackout|outage|gale|rain|downpour|protest|attack|raid|earthquake|quake)s?\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"(?i)\b(?:the|its|their|his|her|our|your|that)\s+$")


def month_of_noun(before: str, after: str) -> bool:
    """Whether a month word between `before` and `after` names a sitting or a report: "the
    February meeting", "its March figures"."""
    if after[:1] != " " or not before.endswith(" "):
        return False  # the cheap test first: a word on each side
    return _DETERMINER.search(before[-8:]) is not None and _NOUN.match(after) is not None
