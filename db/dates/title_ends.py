"""A title's loose ends, cut as `happenings` trims a clause into a title: a time stamp ("21:05 -
"), a leading connective ("and", "however", "that"), stray punctuation or quotes at either end.

Each cut is its regex's, applied only where a cheap test of the title's first or last
character (or word) says the regex can match: every title passed all four regexes, and they
were tried in full on titles that almost never have any of it.
"""

from __future__ import annotations

import re

from .clause_subjects import LEAD
from .news_cues import TITLE_STAMP

# The first word of every alternative of `LEAD`, in lower case: a title whose first word is
# ASCII and none of these has no lead (`tests.db.dates.test_title_ends` checks the list).
LEAD_FIRST_WORDS = frozenset(
    {"and", "but", "or", "so", "yet", "however", "meanwhile", "moreover", "furthermore", "also",
     "still", "instead", "then", "thus", "therefore", "nevertheless", "in", "as", "at", "after",
     "that", "before", "when", "while", "because", "although", "though", "whereas", "until",
     "once", "since", "who", "which", "where", "whose", "on", "from", "to", "for", "by", "with",
     "under", "during", "of", "through"}
)  # fmt: skip
_FIRST_WORD = re.compile(r"\W*(\w+)")
_DASHES = ("-", "–", "—")  # `TITLE_STAMP` ends in one of them
_LOOSE_START = re.compile(r"^[^\w(\[$£€]+")
_LOOSE_END = re.compile(r"[^\w)\]%]+$")
_KEPT_FIRST = "_([$£€"  # besides word characters: what `_LOOSE_START` leaves at the start
_KEPT_LAST = "_)]%"  # and `_LOOSE_END` at the end


def without_stamp(title: str) -> str:
    """`TITLE_STAMP.sub("", title)`: a title without the time stamp opening it."""
    if not any(map(title.__contains__, _DASHES)):
        return title
    return TITLE_STAMP.sub("", title)


def without_lead(title: str) -> str:
    """`LEAD.sub("", title)`: a title without its leading connectives ("And then ...")."""
    first = _FIRST_WORD.match(title)
    if first is None:
        return title  # no word at all: no connective
    word = first.group(1)
    # case folds no other letter into ASCII ones: other text is searched all the same
    if word.isascii() and word.lower() not in LEAD_FIRST_WORDS:
        return title
    if word.lower() == "that" and _THAT_TIME.match(title, first.end()):
        return title  # "That evening was the coldest of the winter": a time, the subject
    return LEAD.sub("", title)


# "That evening", "That winter" opening a title: a demonstrative before a time, no connective
_THAT_TIME = re.compile(
    r"\s+(?:morning|afternoon|evening|night|day|week|weekend|month|year|spring|summer|autumn"
    r"|winter|season)\b"
)


def without_loose_ends(title: str) -> str:
    """`title` without stray punctuation or quotes at its start (`_LOOSE_START`) and end
    (`_LOOSE_END`, looked for in its last few characters)."""
    if title and not (title[0].isalnum() or title[0] in _KEPT_FIRST):
        title = _LOOSE_START.sub("", title)
    if not title or title[-1].isalnum() or title[-1] in _KEPT_LAST:
        return title  # `$` also matches before a final newline, which is no kept character
    loose = _LOOSE_END.search(title, max(0, len(title) - 12))  # `$` tried at every place
    return title[: loose.start()] if loose else title
