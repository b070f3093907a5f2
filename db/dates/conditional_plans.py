"""A plan a condition hangs on is still a plan: "the strike would begin on May 28 unless the
offer improves", "If the launch goes ahead, the probe will reach orbit on 4 October", "said it
would begin its review in September" beside "could block the deal if ...". A reader puts it on
the timeline as planned. What may only happen ("could", "might", "may"), what did not ("would
have won") and the condition itself ("if no deal is reached") stay hypothetical (negated), as does
what is said to be only possible ("a further cut in May was possible")."""

from __future__ import annotations

import re

# "will", "would", "shall", "'ll": the plan's modal; searched only where one of them is.
_PLAN_MODAL = re.compile(r"\b(?:will|would|shall)\b|[a-z]['’]ll\b")
_MAYBE = re.compile(r"\b(?:could|might|may)\b|\b(?:would|should)(?:\s+not)?\s+have\b")
# "If the launch goes ahead, ..." opening the verb group: the plan is after its comma.
_OPENING_CONDITION = re.compile(r"^\W*(?:[Ii]f|[Uu]nless)\b[^,;]*,")
_CUES = ("will", "would", "shall", "'ll", "’ll")


def conditional_plan(group: str, conditional: bool, before: str = "") -> bool:
    """Whether the verb group `group` (of a clause that is no condition itself) is a plan under a
    condition: a modal of what is to come in a sentence with an "if" or "unless" clause
    (`conditional`), or after an opening "If ...," of the group itself when the date is after
    that comma (`before`: the clause's words before its date; "If talks fail in January, the
    union will strike" dates the condition, which stays hypothetical)."""
    if not any(map(group.__contains__, _CUES)) or _MAYBE.search(group):  # the words: a C loop
        return False
    if conditional:
        return bool(_PLAN_MODAL.search(group))
    m = _OPENING_CONDITION.match(group)
    return bool(m and _OPENING_CONDITION.match(before) and _PLAN_MODAL.search(group, m.end()))


# "a second cut in May was possible", "a deal is still possible": what may be, as "could"
_POSSIBLE = re.compile(
    r"(?i)\b(?:is|was|are|were|remains?|remained|seemed|seems)\s+(?:still\s+|quite\s+|"
    r"entirely\s+|now\s+)?(?:possible|conceivable)\b"
)


def possible(group: str) -> bool:
    """Whether a verb group says its happening is only possible ("a cut in May was possible")."""
    return "ossible" in group and _POSSIBLE.search(group) is not None
