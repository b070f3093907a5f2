"""A refusal happened: "The army refused to go further", "The council declined to comment on
Tuesday". The refusing is the event a reader places (happened); only the refused act did not come
about, and it is no event of its own. So a verb group's status is read up to its refusal: "will
refuse to sign" is planned, "did not refuse to" negated, "refused to negotiate" happened, and
nothing negated spreads from the refusal to a clause joined by ", and"."""

from __future__ import annotations

from .cue_guard import guard

# "refused to leave", "declines to comment"; not a figure that declined ("declined to $35.6
# million", "declined to a record low"): that is a fall, and its group is read whole. Guarded:
# tried only in a group that holds one of its verbs (most verb groups of news hold none).
_REFUSAL = guard(
    r"(?i)\b(?:refused|refuses|refuse|refusing|declined|declines|decline|declining)\s+to\s+"
    r"(?=[a-z])(?!(?:a|an|the|its|their|about|around|nearly|almost|some|just|only|less|more|"
    r"under|over|below|record|zero)\b)"
)


def refusing_part(group: str) -> str:
    """The verb group up to the end of its refusal ("refused to "), else the whole group."""
    m = _REFUSAL.search(group)
    return group if m is None else group[: m.end()]
