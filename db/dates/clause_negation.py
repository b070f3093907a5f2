"""The words that make a clause's verb group negated: "did not attack", "never", "no longer",
"can't". Not "not guilty" (a verdict or a plea), nor "not until" ("was not finished until the
autumn of 1801", "it was not until the 19th that we sighted land", "didn't arrive until
Friday"): that says when it happened, late."""

from __future__ import annotations

import re

from .cue_guard import guard
from .status_patterns import NOT_DONE

# "not" or "n't" before "until"/"till", with at most seven words between ("not finished
# until", "was not climbed again until 1956", "would not open its doors to a visitor again
# until 1802"), besides a name
# set off by commas ("did not reach the village, Holm, until noon"); a clause break (a comma)
# between ends it
_NOT_UNTIL = r"(?!(?:\s+[\w'’-]+){0,7}(?:,(?:\s+[\w'’-]+){1,3},)?\s+(?:until|till)\b)"

# a contrast after a comma negates only the words after it, not the clause's verb: "sailed for
# Boston, not New York", "arrives on Monday, and not before time", "a faint nebula, not in
# Messier", "sailed, not knowing the war had begun"; but "..., and not one man came back",
# "..., but not even the mayor came" open a negated clause of their own
_CONTRAST = r"(?<!,\s)(?<!,\sand\s)(?<!,\sbut\s)(?<!,\sor\s)"
_NOT_ONE = r"(?=\s+(?:one|any|anyone|anything|even|once|a\s+single|every\w*)\b)"

NEGATION = re.compile(
    # "found not guilty", "pleaded not guilty": a verdict or a plea, which happened
    rf"(?i)\b(?:(?:{_CONTRAST}not|not{_NOT_ONE})(?!\s+(?:only|guilty)\b){_NOT_UNTIL}"
    r"|never|no\s+longer|neither|nor)\b"
    rf"|\w(?:n['’]t)\b{_NOT_UNTIL}|\bcannot\b"
)

# "would not order an evacuation but urged residents to leave": the verb after "but" is a new
# predicate, and the negation before it does not reach it ("not only ... but also" is one)
_BUT_PREDICATE = guard(r"(?i)\bbut\s+(?!also\b|only\b|not\b|never\b|rather\b)(?=[a-z])")


# "never went to sea again and died at Hull in 1903": "never" before a simple past, then "and"
# before another simple past, a predicate of its own that "never" does not reach (not "had never
# married and had no children", nor "did not stop and search": those share the auxiliary)
_PAST = (
    r"(?:[a-z]{2,}ed|went|came|left|saw|made|took|gave|got|ran|wrote|spoke|sat|stood|fell|"
    r"held|kept|met|lost|won|became|began|knew|found|told|sold|built|rode|flew|grew|drew)"
)
_NEVER_AND = re.compile(
    rf"(?i)(?<!\bhad\s)\bnever\s+(?:again\s+)?{_PAST}\b[^,;:.]{{0,60}}?\band\s+(?=[a-z]+)"
    rf"(?={_PAST}\b)"
)


def negated_before_but(text: str, begin: int, at: int) -> bool:
    """Whether a date at `at` in the clause from `begin` comes after a "but" that opens a new
    predicate past a negation: "would not close the library but urged readers to return their
    books by Friday" (the date is the urging's, not negated); or after "and" opening a simple
    past of its own after "never" and a simple past ("never sailed again and died in 1903")."""
    buts = [m.start() for m in _BUT_PREDICATE.finditer(text, begin, at)]
    if buts and NEGATION.search(text, begin, buts[-1]) is not None:
        return True
    return "never" in text[begin:at].lower() and _NEVER_AND.search(text, begin, at) is not None


# "have not lost since a 3-0 defeat on 26 December": the date is the defeat's, which happened;
# the negation is of the stretch after it; so is a gerund's ("failed to find a buyer since
# putting it up for sale in May")
_SINCE_THING = guard(
    r"(?i)\bsince\s+(?:(?:a|an|the|its|their|his|her|our)\s+|[a-z]{3,}ing\b)[^,;:.]{0,60}$"
)


def since_a_happening(text: str, begin: int, at: int) -> bool:
    """Whether a date at `at` dates the happening a negated stretch runs "since" ("has not won
    since a 2-1 victory in March"): it happened, whatever negates the clause from `begin`."""
    m = _SINCE_THING.search(text, begin, at)
    if m is None:
        return False
    # "failed to find a buyer since putting it up for sale": what did not come about, too
    return NEGATION.search(text, begin, m.start()) is not None or (
        "fail" in text[begin : m.start()] and NOT_DONE.search(text[begin : m.start()]) is not None
    )


def negates(group: str, clause: str) -> bool:
    """Whether a verb group (its clause's opening words) is negated, read with its whole clause
    where the group is cut before an "until" ("did not reach the island until" past four
    words: "did not reach the village, Holm, until noon" happened)."""
    m = NEGATION.search(group)
    while m is not None:
        if not clause.startswith(group) or NEGATION.match(clause, m.start()):
            return True
        m = NEGATION.search(group, m.end())
    return False
