"""What an act of scheduling sets, as a clause of its own: "The judge set sentencing for
August 19", "The board adjourned the hearing until March 3". The date is the sentencing's or the
hearing's, still to come (`scheduling.py`); the setting is told as done, on the story's day, not
on that date. A plan told as it stands ("Sentencing was set for August 19") says nothing of when
it was set: no cut. A predicate after the date joined by "and" ("... for August 19 and ordered
him to ...") is the act's side again.

Works on the token lists of `clauses._Toks` (words in lower case, verbs, date tokens), given as
lists so that this module does not import `clauses`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

_SCHEDULING = frozenset({"set", "scheduled", "fixed", "adjourned", "postponed", "deferred"})
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "to"})
_SETS_FOR = frozenset({"for", "until", "till", "to"})
_OBJECT_WORDS = 3  # "set sentencing", "adjourned the case", "postponed the second reading"
_STOPS = frozenset({",", ";", ":", "(", ")", ".", "that", "to", "up", "out", "off", "aside"})


def scheduled_objects(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[tuple[int, int | None]]:
    """For each active act of scheduling whose date follows its object: the token opening the
    object, and the "and" opening a predicate after the date (None when there is none)."""
    n = len(words)
    found: list[tuple[int, int | None]] = []
    for d in range(1, n - 3):
        if words[d] not in _SCHEDULING or words[d - 1] in _PASSIVE or atom[d] or d + 1 in cuts:
            continue
        j = d + 1
        while (
            j < n
            and j - d <= _OBJECT_WORDS
            and not (
                words[j] in _SETS_FOR
                or atom[j]
                or (verb[j] and not words[j].endswith("ing"))  # "set sentencing for": a noun
                or words[j] in _STOPS
            )
        ):
            j += 1
        if j == d + 1 or j >= n - 1 or words[j] not in _SETS_FOR:
            continue
        date = j + 2 if words[j + 1] == "on" and j + 2 < n else j + 1
        if not atom[date]:
            continue
        while date < n and atom[date]:
            date += 1
        again = date if date + 1 < n and words[date] == "and" and verb[date + 1] else None
        found.append((d + 1, again))
    return found


def ends_in_scheduling(clause: str) -> bool:
    """Whether a clause ends with the act of scheduling ("The judge set"): it does not take the
    date of what it sets, cut after it."""
    words = clause.split()
    return bool(words) and words[-1].lower() in _SCHEDULING
