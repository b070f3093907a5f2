"""A year in a participle after a noun ("overlooked by the abbey founded by Saint Benedict in
529", "a bridge built in 1781 by French engineers") tells when the thing came to be, in passing:
it is not the time the story goes on in ("... On 17 January the corps crossed the river" is the
campaign's January, not 529's). A passive with its auxiliary ("the abbey was founded in 529")
or a subject ("they founded in 529") is told in the story's own time."""

from __future__ import annotations

from .cue_guard import guard

_PARTICIPLE_IN = guard(
    r"(?i)\b(?P<prev>[a-z]+)\s+(?:founded|built|erected|established|consecrated|designed|"
    r"begun|completed|raised|dug|laid\s+out|opened|written|composed|painted|rebuilt|"
    r"restored|dedicated|commissioned|launched)\s+(?:by\s+[^,;:.()]{1,40}?\s+)?in\s+$"
)
NOT_A_NOUN = frozenset(
    "was were is are be been being had has have i we you they he she it who which that "
    "and or but then also first later never not only soon since already once again".split()
)


def participle_year(text: str, sb: int, begin: int) -> bool:
    """Whether the year at `begin` ends a participle after a noun (substring test first)."""
    before = text[max(sb, begin - 70) : begin]
    if not before.rstrip().lower().endswith(" in"):
        return False
    m = _PARTICIPLE_IN.search(before)
    if m is None:
        return False
    prev = m["prev"].lower()
    # "was finally rebuilt in 1863": an adverb after the auxiliary, not a noun
    return prev not in NOT_A_NOUN and not prev.endswith("ly")
