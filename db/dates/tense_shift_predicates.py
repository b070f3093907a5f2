"""A past predicate joined to one in another time with a date of its own: one still to come ("The
president was met at the airport by the prime minister and will hold talks with him on
Wednesday morning") or a present perfect's span ("Shares fell 4 percent in early trading and
have lost 12 percent since the start of the year"). The scan cuts at "and" only before a
subject; here the second predicate borrows the first one's, and without a cut the past one took
the other's date (and its status). That date is the second predicate's alone; the past clause is
dated as a clause without a date of its own."""

from __future__ import annotations

from collections.abc import Collection, Sequence

_FUTURE_AUX = frozenset({"will", "shall"})
_PERFECT_AUX = frozenset({"has", "have"})
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "or", "but", "."})
_PREDICATE_WORDS = 14  # words after the auxiliary its date is looked for in


def tense_shift_predicates(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The "and" tokens that open a dated predicate in another time after a past one."""
    found: list[int] = []
    start = 0
    for i in range(1, len(words) - 2):
        if i in cuts:
            start = i
        if words[i] != "and" or atom[i] or not _shifted(words, verb, i + 1):
            continue
        # the clause before has a verb, none of them to come or perfect ("will meet and will
        # sign" is one plan, "has grown and has hired" one span)
        before = words[start:i]
        if not any(verb[start:i]) or any(w in _FUTURE_AUX or w in _PERFECT_AUX for w in before):
            continue
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
    return words[j] in _PERFECT_AUX and j + 1 < len(words) and verb[j + 1]
