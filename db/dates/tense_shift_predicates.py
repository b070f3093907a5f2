"""A past predicate joined to one in another time with a date of its own: one still to come ("The
president was met at the airport by the prime minister and will hold talks with him on
Wednesday morning") or a present perfect's span ("Shares fell 4 percent in early trading and
have lost 12 percent since the start of the year"). The scan cuts at "and" only before a
subject; here the second predicate borrows the first one's, and without a cut the past one took
the other's date (and its status). That date is the second predicate's alone; the past clause is
dated as a clause without a date of its own."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

_FUTURE_AUX = frozenset({"will", "shall"})
_PERFECT_AUX = frozenset({"has", "have"})
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "or", "but", "."})
_NEGATIONS = frozenset({"not", "never", "n't", "hasn't", "haven't"})
_PREDICATE_WORDS = 14  # words after the auxiliary its date is looked for in


def tense_shift_predicates(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The "and" tokens that open a dated predicate in another time (or a dated plan seen from
    the past, "and would meet them on Monday") after a past one."""
    found: list[int] = []
    if "and" not in words:
        return found
    start = 0
    for i in range(1, len(words) - 2):
        if i in cuts:
            start = i
        if words[i] != "and" or atom[i] or not _shifted(words, verb, i + 1):
            continue
        # the clause before has a verb, none of them to come or perfect ("will meet and will
        # sign" is one plan, "has grown and has hired" one span)
        before = words[start:i]
        # a negated perfect and an affirmative one are two predicates: "have not lost since
        # March and have taken 20 points since June" (the second is not negated)
        negated = words[i + 1] in _PERFECT_AUX and any(w in _NEGATIONS for w in before)
        if not any(verb[start:i]) or (
            not negated and any(w in _FUTURE_AUX or w in _PERFECT_AUX for w in before)
        ):
            continue
        if words[i + 1] == "would" and "would" in before:
            continue  # "would close the plant and would cut jobs by May": one plan
        for k in range(i + 2, min(len(words), i + 2 + _PREDICATE_WORDS)):
            if atom[k]:
                found.append(i)
                break
            if words[k] in _BREAKS:
                break
    return found


def _shifted(words: Sequence[str], verb: Sequence[bool], j: int) -> bool:
    """Whether token `j` opens a verb group to come ("will hold") or a perfect ("have lost")."""
    if words[j] in _FUTURE_AUX:
        return True
    # a plan seen from the past: "said it had not been asked and would meet them on Monday"
    if words[j] == "would":
        return j + 1 < len(words) and words[j + 1].isalpha() and words[j + 1] not in _BREAKS
    return words[j] in _PERFECT_AUX and j + 1 < len(words) and verb[j + 1]


# "would" is a plan seen from the past ("said it would open ... next spring"); "had" a past
# perfect. Either beside a dated predicate of the other time is a predicate of its own.
_PLAN_AUX = frozenset({"will", "shall", "would"})
_PAST_PERFECT = frozenset({"had", "has", "have"})
_PAST_REPORTS = frozenset({"said", "added", "announced", "warned", "confirmed", "reported"})


def plan_shift_predicates(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The "and" tokens between a dated past predicate and a plan of one subject ("had cut prices
    in the spring and would cut more before Christmas"), or a dated plan and a past perfect
    ("would open a store in Lyon next spring and had agreed to buy a rival"): without a cut the
    clause's one status took the date of the other predicate too (a past spring read as next
    spring, a past deal as planned)."""
    found: list[int] = []
    if "and" not in words:
        return found
    start = 0
    for i in range(1, len(words) - 2):
        if i in cuts:
            start = i
        if words[i] != "and" or atom[i] or not atom_before(atom, start, i):
            continue
        nxt, after = words[i + 1], verb[i + 2]
        before = set(words[start:i])
        if nxt in _PLAN_AUX and after and not before & _PLAN_AUX and any(verb[start:i]):
            found.append(i)  # a dated past, then a plan
        elif nxt in _PAST_PERFECT and after and before & _PLAN_AUX:
            found.append(i)  # a dated plan, then a past perfect
        elif nxt in _PAST_REPORTS and before & _FUTURE_AUX:
            found.append(i)  # "will publish results on May 3 and said it ...": a report told
    return found


def atom_before(atom: Sequence[bool], start: int, i: int) -> bool:
    """Whether a date expression is among the tokens start..i (the clause before "and")."""
    return any(atom[start:i])


_WOULD = re.compile(r"(?i)\bwould\b")
_AND_PERFECT = re.compile(r"(?i)^(?:and\s+)?(?:had|has|have)\s")


def plan_group(group: str, future: re.Pattern[str], leaner: str) -> bool:
    """Whether a dated clause's verb group (`happenings._first_verb`) is a plan the past clause
    `leaner` (its verb group) does not lean on: one to come (`future`), or a plan told from the
    past before a perfect of its own ("it would open its first stores in Canada next spring and
    had agreed to buy a rival": the deal is no plan; "if the talks failed" stays the plan's)."""
    if future.search(group) is not None:
        return True
    return _WOULD.search(group) is not None and _AND_PERFECT.match(leaner) is not None


_NEGATED_AUX = frozenset({"did", "does", "do", "was", "were", "could", "had"})
_NEGATED_SHORT = frozenset({"didn't", "wasn't", "weren't", "couldn't", "hadn't", "never"})


def negated_predicates(
    words: Sequence[str], verb: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The "but" tokens that open a negated predicate of the same subject after a past one
    ("acknowledged the warning but did not change course"): without a cut the clause's one
    status was the first predicate's, and the refusal or failure was lost."""
    found: list[int] = []
    if "but" not in words:
        return found
    start = 0
    for i in range(1, len(words) - 2):
        if i in cuts:
            start = i
        if words[i] != "but" or not any(verb[start:i]):
            continue
        nxt = words[i + 1]
        if nxt in _NEGATED_SHORT or (nxt in _NEGATED_AUX and words[i + 2] in ("not", "n't")):
            found.append(i)
    return found
