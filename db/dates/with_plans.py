"""An absolute phrase of what is expected, after a comma and with a date of its own: "A flood
warning has been issued for the valley, with the river expected to peak on Thursday", "Shares
rose 4 percent, with results due on Monday". The date is the expected happening's, not the
clause's before it (which keeps its own date, or none: news of the day).

Works on the token lists of `clauses._Toks` (words in lower case, verbs, date tokens), given as
lists so that this module does not import `clauses`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

# what the phrase's noun is said to be: "expected to", "forecast to", "due on", "set for"
_EXPECTED = frozenset({
    "expected", "forecast", "predicted", "due", "set", "likely", "scheduled", "poised", "slated",
})  # fmt: skip
_NOUN_REACH = 6  # words of the noun phrase between "with" and its plan word
_DATE_REACH = 12  # words from the plan word to the date
_BREAKS = frozenset({",", ";", ":", "(", ")", ".", "!", "?"})


def with_plans(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The "with" tokens that open such a phrase (right after a comma, a verb before it in the
    sentence, a plan word within a few words and a date before the next break)."""
    if "with" not in words or _EXPECTED.isdisjoint(words):
        return []  # the cheap guard: most sentences have neither
    n = len(words)
    found: list[int] = []
    for k in range(2, n - 3):
        if words[k] != "with" or words[k - 1] != "," or k in cuts or not any(verb[:k]):
            continue
        plan = next(
            (
                j
                for j in range(k + 2, min(n, k + 2 + _NOUN_REACH))
                if words[j] in _EXPECTED or words[j] in _BREAKS or atom[j]
            ),
            None,
        )
        if plan is None or words[plan] not in _EXPECTED:
            continue
        for j in range(plan + 1, min(n, plan + 1 + _DATE_REACH)):
            if words[j] in _BREAKS:
                break
            if atom[j]:
                found.append(k)
                break
    return found
