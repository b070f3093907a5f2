"""Negations that do not reach the happening a date dates.

A verbless aside in brackets holds its own "no" or "nothing": "the Castlebeck baptisms, which I
ordered last week (nothing useful)" tells an ordering that happened, and "searched the burials
for 1851-60 (no Ellen)" a search that happened; the aside says what it found. `without_brackets`
drops such brackets before a verb group is read for its negation (`happenings`).

A date inside a fronted "after the composer's death in 1934" dates the death, which happened,
whatever the main clause after it denies ("the cantata was not sung for fifty years"), as
"since a 3-0 defeat on 26 December" dates the defeat (`clause_negation.since_a_happening`).
"""

from __future__ import annotations

import re

# a bracket of a few words with no verb of its own ("(nothing useful)", "(no Ellen)", "(none
# survive)" has one: it stays)
_VERBLESS_BRACKET = re.compile(
    r"\(\s*(?:no|nothing|none|not\s+(?:a|one|mine|ours|his|hers))\b[^()]{0,40}(?:\)|$)"
)  # (a verb group may end before the bracket closes: "which I ordered (nothing useful")
_VERB_INSIDE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|survives?|exists?|[a-z]{3,}ed)\b")


def without_brackets(group: str) -> str:
    """`group` without its verbless negative asides in brackets."""
    if "(" not in group:
        return group
    return _VERBLESS_BRACKET.sub(
        lambda m: m.group() if _VERB_INSIDE.search(m.group()) else " ", group
    )


# "after the composer's death in ", ", and since her marriage in ": a happening's noun after
# "after", "since" or "following" opening its phrase, the date right after it
_AFTER_NOUN = re.compile(
    r"(?i)(?:^|[,;]\s*|\band\s+)(?:after|since|following)\s+(?:the|a|an|his|her|their|its|our)"
    r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:in|on)\s+$"
)
_NOT_AFTER = re.compile(r"(?i)\b(?:not|never|no)\b|n['’]t\b")


def after_a_happening(text: str, begin: int, at: int) -> bool:
    """Whether the date at `at` (in the clause from `begin`) closes a fronted "after the X's
    <noun> in" phrase, with a negation after it in the clause: the date is the noun's
    happening's, which happened."""
    lead = text[max(begin, at - 80) : at]
    low = lead.lower()
    if "after" not in low and "since" not in low and "following" not in low:
        return False
    if _AFTER_NOUN.search(lead) is None:
        return False
    end = min(len(text), at + 120)
    stop = re.search(r"[.;:!?]", text[at:end])
    tail = text[at : at + stop.start()] if stop else text[at:end]
    return _NOT_AFTER.search(tail) is not None
