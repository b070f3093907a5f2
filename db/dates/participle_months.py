"""A month earlier than the story's day, told in a participle after a noun: "He would not let
the jury hear a second confession taken by the gaoler in February", "the plans drawn up by
Hale in March were set aside". It dates the thing the noun names, in passing; the story stays
on its day, so "found her guilty" in the next sentence is still the trial's. Only participles
that cannot be a simple past ("taken", "written", "drawn up") or a participle with its agent
("signed by the mayor in"): "the mill stopped in February" tells the story. Used by
`story_asides.year_in_passing`."""

from __future__ import annotations

import re

from .participle_years import NOT_A_NOUN

_PARTICIPLE = re.compile(
    r"(?i)\b(?P<prev>[a-z]+)\s+(?:"
    r"(?:taken|written|given|sworn|drawn(?:\s+up)?|begun|done|shown|seen|known|broken|"
    r"stolen|chosen|spoken|forgotten|hidden|frozen|ridden|driven)"
    r"(?:\s+by\s+[^,;:.()]{1,40}?)?"
    r"|[a-z]{3,}ed\s+by\s+[^,;:.()]{1,40}?"
    r")\s+(?:early\s+|late\s+)?in\s+$"
)


def participle_month(text: str, sb: int, begin: int) -> bool:
    """Whether the month at `begin` ends a participle phrase after a noun (an exact test for
    " in " before it first; 80 characters back)."""
    near = text[max(sb, begin - 80) : begin]
    if not near.endswith(" in "):
        return False
    m = _PARTICIPLE.search(near)
    if m is None:
        return False
    prev = m["prev"].lower()
    return prev not in NOT_A_NOUN and not prev.endswith("ly")
