"""A plan told in the present: "The museum, which plans to put them on show in the spring",
"The council intends to reopen the pool in May". What is planned now is still to come, so a
year-less date in its infinitive is the next one, not the nearer one a plan told in the past
takes ("agreed to review the rules in June", `dated_infinitives.plan_before`): written in July,
"plans to ... in the spring" is next spring. "announced plans to ...", "its plan to ..." are
nouns (a plan told of, whose time the tense decides), not the verb."""

from __future__ import annotations

import re

from .cue_guard import guard

_PRESENT_PLAN = guard(
    r"(?i)\b([\w'’]+)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:plans|intends|aims|hopes|promises|pledges|vows|agrees)\s+to\s+[a-z]+\b"
    r"[^.;:,!?\"“”]{0,80}$"
)
# words before "plans" that make it a noun: determiners, possessives, a verb that has it
# ("announced plans"), prepositions and conjunctions
_NOUN_BEFORE = re.compile(
    r"(?i)^(?:the|a|an|its|his|her|their|our|my|your|new|any|no|such|these|those|of|for|with|"
    r"and|or|but|about|has|have|had|[a-z]+ed|[\w]+['’]s?)$"
)


def present_plan(before: str) -> bool:
    """Whether the text before a date ends inside a present-tense plan's infinitive ("which
    plans to put some on show in")."""
    if " to " not in before[-100:]:
        return False
    m = _PRESENT_PLAN.search(before[-130:])
    return m is not None and _NOUN_BEFORE.match(m.group(1)) is None
