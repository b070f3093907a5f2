"""A date an act of scheduling sets is to come: "Judge Singh set sentencing for February 12",
"the court adjourned the case until March 3", "officials postponed the vote to June 8". The act
is told in the past, but what it sets is ahead of it: a year-less date there is the next one,
not the last one. A plan told as it stood ("The hearing was set for March 3") says nothing of
when it was set, and is left to the tense. So is the start of what a proclamation or an order
sets going: "declared three days of mourning from Wednesday", "ordered all schools closed from
Monday" (the Wednesday and the Monday ahead).
"""

from __future__ import annotations

from .cue_guard import guard

_SCHEDULED = guard(
    r"(?i)(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    r"\b(?:set|setting|fixed|fixing|scheduled|adjourned|adjourning|postponed|postponing|"
    r"deferred|deferring|put\s+off|pushed\s+back|moved)\s+"
    r"(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){1,6}(?:for|until|till|to)|"
    r"until|till)\s+(?:(?:on|early|late|mid-?)\s+)?$"
)

# "declared a week of mourning from": a start an act of proclaiming or ordering sets
_SETS_GOING = guard(
    r"(?i)(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    r"\b(?:declared|proclaimed|decreed|ordered)\s+(?:[\w'’-]+\s+){1,6}from\s+$"
)


def scheduled(before: str) -> bool:
    """Whether the words `before` a date end in an act of scheduling that sets it."""
    if before.endswith("from "):
        return _SETS_GOING.search(before[-80:]) is not None
    return ("for" in before or "to" in before or "til" in before) and (
        _SCHEDULED.search(before[-70:]) is not None
    )
