"""A task set down in an infinitive, as notes, orders and invoices write it: "Frost tonight; the
boy to light the stoves at ten", "Crates for the bazaar, 'to be collected on Friday'", "twelve
chairs 'to go by the carrier at Lady Day'". No finite verb tells the clause's time: the
infinitive after a short noun phrase (or opening a quotation or a clause after a semicolon)
is what is to be done, a plan, whatever the tense around it. Not "the first woman to swim the
Channel in 1926" (an ordinal or a superlative before the noun: what she did) nor "was to sail
on Monday" (a finite verb). Used by `happenings` for a dated clause's status."""

from __future__ import annotations

import re

from .tense import verb_tag

# the clause's text before its date: an opening (the clause's start, a semicolon or colon, an
# opening quotation mark), at most three words of a noun phrase, "to" and a verb, then no break
_TASK = re.compile(
    r"(?:^|[;:]\s+|[\"“‘']\s*)(?P<np>(?:[A-Za-z]+\s+){0,3}?)to\s+"
    r"(?!(?:the|a|an|his|her|its|their|our|my|this|that|these|those|be)\b)[a-z]+\b"
    r"(?P<rest>[^,;:.!?\"”’]{0,80})$"
)
# the noun phrase before "to", if any, opens with one of these: "the boy", "two men"
_NP_OPENERS = frozenset(
    "the a an his her its their our my your all both two three four five six".split()
)
# "due to fog on Monday", "next to", "up to": no infinitive
_NOT_BEFORE_TO = frozenset({"due", "next", "up", "according", "prior", "close", "thanks", "owing"})
_RANKED = re.compile(r"(?i)\b(?:first|last|only|next|second|third|\w+est)\b")


def infinitive_task(before: str) -> bool:
    """Whether the clause text `before` a date ends inside an infinitive set down as a task
    (module doc); a substring test first, the regex is slow."""
    if "to " not in before:
        return False
    m = _TASK.search(before)
    if m is None:
        return False
    words = m.group("np").split()
    if words and words[0].lower() not in _NP_OPENERS:
        return False  # "set to work that summer", "Planning consent to convert ...": no task
    if _RANKED.search(m.group("np")) or (words and words[-1].lower() in _NOT_BEFORE_TO):
        return False  # "the first woman to swim the Channel in 1926", "due to fog on Monday"
    prev = ""
    for w in [*words, *m.group("rest").split()]:
        if verb_tag(w, prev, False) is not None:
            return False  # "the boy was to light ...", "the plan to ... was approved in May"
        prev = w.lower()
    return True
