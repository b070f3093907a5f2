"""An adjective of when something falls due, after a comma and with a date of its own: "The board
declared a dividend of 45 cents a share, payable on September 30", "The new fares were
announced on Monday, effective from 1 March". The date is the payment's or the fares' start,
not the declaring's or the announcing's: the phrase is a happening of its own, and the clause
before it keeps its own date (or none: news of the day).

Works on the token lists of `clauses._Toks` (words in lower case, verbs, date tokens), given as
lists so that this module does not import `clauses`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

DUE_WORDS = frozenset({"payable", "effective", "redeemable", "repayable", "due", "valid"})
_REACH = 3  # words between the adjective and its date ("payable to shareholders on ...": none)
_BREAKS = frozenset({",", ";", ":", "(", ")"})


def dated_adjectives(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The tokens that open such a phrase (a due word right after a comma, its date within a few
    words, nothing after the date but the sentence's end or a break), when a verb comes before
    the comma in the sentence."""
    n = len(words)
    found: list[int] = []
    for k in range(2, n - 1):
        if words[k] not in DUE_WORDS or words[k - 1] != "," or k in cuts or atom[k]:
            continue
        if not any(verb[:k]):
            continue
        j = next((j for j in range(k + 1, min(n, k + 2 + _REACH)) if atom[j]), None)
        if j is None or any(words[x] in _BREAKS for x in range(k + 1, j)):
            continue
        while j < n and atom[j]:
            j += 1
        if j >= n or words[j] in _BREAKS or words[j] in {".", "!", "?"}:
            found.append(k)
    return found


# A passive directive and the infinitive of what it asks for: "Shops have been told to clear the
# shelves by Wednesday" (the telling is today's news, the clearing is due by Wednesday).
_DIRECTIVES = frozenset(
    "told asked ordered urged instructed advised required invited encouraged".split()
)
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_INFINITIVE_REACH = 12  # words from "to" to the deadline's "by"
# a deadline's or a stretch's end before its date: "by Wednesday", "before Friday", "until the
# end of the month"
_DEADLINE_WORDS = frozenset({"by", "before", "until", "till"})
# Words that open a clause leaning on no dateless clause before it (`happenings._leans_forward`)
# ("with": an expected happening's phrase, `with_plans`)
OWN_DATE_WORDS = DUE_WORDS | {"to", "with"}


_OBJECT_REACH = 8  # words of an active directive's object: "urged residents of the valley to"


def _active_directive(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], k: int
) -> bool:
    """Whether the "to" at `k` follows an active directive and its object ("ordered the firm to
    ...", "urged residents outside the levee to ..."): no verb, date or break between them."""
    for d in range(k - 2, max(0, k - 2 - _OBJECT_REACH), -1):
        if words[d] in _DIRECTIVES:
            return d > 0 and words[d - 1] not in _PASSIVE
        if verb[d] or atom[d] or words[d] in _BREAKS or words[d] in {"to", "that", "."}:
            return False
    return False


def directed_deadlines(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The "to" tokens that open what a directive asks for, by a date of its own ("by Wednesday
    evening", "before Friday", "until the end of the month"), up to the sentence's end or a
    break: after a passive one ("were told to clear the shelves by Wednesday") or an active one
    and its object ("ordered the firm to repay the grant by March"): the telling or ordering is
    not that date's."""
    n = len(words)
    found: list[int] = []
    for k in range(2, n - 3):
        if words[k] != "to" or k in cuts:
            continue
        passive = words[k - 1] in _DIRECTIVES and words[k - 2] in _PASSIVE
        if not passive and not _active_directive(words, verb, atom, k):
            continue
        for j in range(k + 2, min(n - 1, k + 2 + _INFINITIVE_REACH)):
            if words[j] in _BREAKS:
                break
            if words[j] in _DEADLINE_WORDS and atom[j + 1]:
                found.append(k)
                break
    return found


_ACTIVE_OBJECT = re.compile(
    r"(?i)\b(?:told|asked|ordered|urged|instructed|advised|required|invited|encouraged)\s+"
    r"([^,;:.()]{1,60}?)\s*$"
)


def directive_object(text: str, begin: int, end: int) -> str | None:
    """The object of an active directive ending the clause text[begin:end] ("The judge ordered
    the former mayor"): whom the infinitive after it is about ("the former mayor")."""
    m = _ACTIVE_OBJECT.search(text, begin, end)
    if m is None or re.search(
        r"(?i)\b(?:was|were|been|being|is|are|be)\s+\w+\s*$", text[begin : m.start(1)]
    ):
        return None
    return m.group(1)
