"""Whether the "that" before a feast ("began work that Easter", "married that Christmas") is the
demonstrative of the story's feast or the conjunction of a clause whose subject is the feast
("she said that Christmas was cancelled", "hoped that Easter would bring the men home"). Used
by `holidays`: the demonstrative belongs to the expression, as in "that year"; after the
conjunction the feast is matched alone."""

from __future__ import annotations

import re

# a verb that takes a "that" clause, just before it
_SAYING_BEFORE = re.compile(
    r"(?i)\b(?:said|says|say|told\s+\w+|hoped|hopes|hope|thought|think|knew|know|feared|fear|"
    r"believed|believe|wrote|writes|announced|agreed|decided|felt|feel|noted|found|learned|"
    r"learnt|remembered|recalled|heard|expected|expect|promised|insisted|claimed|suggested|"
    r"so|such|now|ensure|ensured|meant|means|mean)\s+$"
)
# a finite verb right after the feast: the feast is the subject of the "that" clause
_VERB_AFTER = re.compile(
    r"(?i)\s+(?:(?:day|eve|sunday|monday)\s+)?(?:was|is|were|are|would|will|had|has|have|"
    r"fell|falls|could|can|might|may|should|must|brought|brings?|came|comes|meant|means)\b"
)


def conjunction_that(before: str, after: str) -> bool:
    """Whether "that" (ending `before`'s text up to it) before a feast (`after`: the text after
    the feast's name) is the conjunction opening a clause, not a demonstrative. A capital
    "That" opening the sentence is the demonstrative ("That Christmas was the coldest"): the
    caller asks only of a lower-case one."""
    return bool(_SAYING_BEFORE.search(before) or _VERB_AFTER.match(after))
