"""A present perfect joined by "and" to a dated past of the same subject: "We stopped selling the
range on 18 September and have written to every customer", "The council closed the road on
Monday and has put up signs". The perfect tells what is done by now, news of the publication
day, not of the first predicate's date, so it is a clause of its own (borrowing the subject)
that no date governs. A perfect with a date of its own is `coordination`'s dated predicate; a
past perfect ("and had written") stays in the story's time; "and have to pay" is no perfect;
one running from the date ("opened in 1866 and has carried trains ever since") is its sequel."""

from __future__ import annotations

from collections.abc import Sequence

_HAVE = frozenset({"has", "have"})
# words between "have" and its participle: "have also written", "has since been", "have been"
_BETWEEN = frozenset({"also", "since", "now", "already", "been", "just", "not", "n't", "never"})
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "or", "but"})
_PREDICATE_WORDS = 10  # words after the participle a date of its own is looked for in


def perfect_after_dated_past(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], start: int, i: int
) -> bool:
    """Whether the "and" at `i` joins a present perfect with no date of its own (up to the next
    break) to a predicate with a date in its clause (from `start`)."""
    n = len(words)
    j = i + 1
    if words[i] != "and" or j + 1 >= n or words[j] not in _HAVE or not any(atom[start:i]):
        return False
    k = j + 1
    while k < n and words[k] in _BETWEEN:
        k += 1
    if k >= n or not verb[k] or words[k] in ("to", "got"):
        return False
    for m in range(k + 1, min(n, k + 1 + _PREDICATE_WORDS)):
        if atom[m] or words[m] == "since":
            return False
        if words[m] in _BREAKS:
            break
    return True
