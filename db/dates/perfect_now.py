"""A present perfect after a dated past clause, past a semicolon or a "but": "The vote was put off
on Wednesday; no decision has been made", "The hearing opened on Monday, but no witness has been
called". It tells how things stand now, the time of writing, so it does not lean on the dated
clause before it: a reader puts it by the publication day. So does one joined by "and" with
no subject of its own ("We stopped selling it on 18 September and have written to every
customer": `perfect_conjuncts` cuts it). A perfect running from a time ("has stood empty since
...") keeps its own reading.
"""

from __future__ import annotations

import re

# has/have (with a negation or an adverb) and a past participle: "has been made", "have not
# responded", "has yet to" is no perfect
_PERFECT = re.compile(
    r"(?i)\b(?:has|have|hasn['’]t|haven['’]t)\s+(?:(?:not|never|yet|still|already|so\s+far)\s+)?"
    r"(?:been|[a-z]{2,}(?:ed|en|un|wn|ght|lt|nt|id|ne|de))\b"
)
_SINCE = re.compile(r"(?i)\bsince\b")
_AND_HAVE = re.compile(r"(?i)and\s+(?:has|have)\s")


def perfect_now(text: str, begin: int, end: int, word: str) -> bool:
    """Whether the clause text[begin:end] (opening with `word`) is a present perfect after a
    semicolon or a "but": the present, not the time of the dated clause before it."""
    if "ha" not in text[begin:end]:
        return False  # the cheap guard: no "has" or "have"
    after_semicolon = text[max(0, begin - 3) : begin].rstrip().endswith(";")
    and_have = word == "and" and _AND_HAVE.match(text, begin) is not None
    if not after_semicolon and word != "but" and not and_have:
        return False
    return _PERFECT.search(text, begin, end) is not None and not _SINCE.search(text, begin, end)
