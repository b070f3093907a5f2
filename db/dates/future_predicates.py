"""A past predicate joined to one still to come with a date of its own: "The president was met
at the airport by the prime minister and will hold talks with him on Wednesday morning". The
scan cuts at "and" only before a subject; here the second predicate borrows the first one's, and
without a cut the past one took the plan's day (and its status). Its date is the plan's alone;
the past clause is dated as a clause without a date of its own."""

from __future__ import annotations

from collections.abc import Collection, Sequence

_FUTURE_AUX = frozenset({"will", "shall"})
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "or", "but", "."})
_PREDICATE_WORDS = 14  # words after "will" its date is looked for in


def future_predicates(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The "and" tokens that open a dated predicate to come after a past one."""
    found: list[int] = []
    start = 0
    for i in range(1, len(words) - 2):
        if i in cuts:
            start = i
        if words[i] != "and" or words[i + 1] not in _FUTURE_AUX or atom[i]:
            continue
        # the clause before has a verb, not to come ("will meet and will sign" is one plan)
        if not any(verb[start:i]) or any(w in _FUTURE_AUX for w in words[start:i]):
            continue
        for k in range(i + 2, min(len(words), i + 2 + _PREDICATE_WORDS)):
            if atom[k]:
                found.append(i)
                break
            if words[k] in _BREAKS:
                break
    return found
