"""A title's last word: none left hanging ("he ruled Kent as", "the plant closed and").

`happenings` trims a clause into a title; a cut between clauses, or a word the date finder took
for a date's, can leave a word at its end that needs one after it. A bracket the dates left
empty goes too: "Ada Lind (c. 1815 – 1880) was a weaver" is titled "Ada Lind was a weaver", not
"Ada Lind (c. ) was a weaver".
"""

from __future__ import annotations

import re

# Words that need another after them, in lower case ("Group A" ends well): conjunctions,
# articles, a few prepositions that never end a clause (not "in", "on", "up": "the fighting went
# on"), not "with" ("to begin with") nor "while" ("for a while").
_DANGLING = frozenset(
    {"and", "or", "but", "nor", "as", "than", "the", "a", "an", "of", "which", "whose", "from",
     "for", "its", "their", "our", "whereas", "because", "although", "if"}
)  # fmt: skip
_MIN_LEFT = 2  # words a title keeps at least
_LONE_CIRCA = re.compile(r"\s(?:c|ca)\.(?=[\s,;]|$)|\s(?:c|ca)$")
_CIRCA_ENDS = ("c", "ca", "c\n", "ca\n")  # where `_LONE_CIRCA`'s "$" may be without a stop
# a bracket of life dates with its dates taken out: "( )", "(c. – )", "(born c. )", "(fl. )"
_EMPTY_BRACKET = re.compile(
    r"\s*\((?:\s+|c\.|ca\.|circa|born|b\.|died|d\.|fl\.|floruit|[-–—,;])*\)(?=[\s,;:.]|$)"
)
_SEPARATORS = " ,;:–—-"


def drop_dangling(title: str) -> str:
    """`title` without the words at its end that need another after them ("He ruled Kent as"
    -> "He ruled Kent"), nor an empty bracket; a title of few words is left as it is."""
    if "(" in title:
        title = _EMPTY_BRACKET.sub("", title)
    if " c" in title and ("c." in title or "ca." in title or title.endswith(_CIRCA_ENDS)):
        title = _LONE_CIRCA.sub("", title)  # "Hans died c. at Ulm": its date taken out
    while True:
        head, _, last = title.rstrip(_SEPARATORS).rpartition(" ")
        if last not in _DANGLING or len(head.split()) < _MIN_LEFT:
            return title
        title = head.rstrip(_SEPARATORS)


# What may open a borrowing clause before its date: "and by 1835 had finished", "and in 1874".
_LEADING_BOUNDS = frozenset({"", "by", "until", "till", "from", "since", "before", "after"})
# Subjects' first words written in lower case inside a title (names keep their capital).
_LOWER_FIRST = frozenset(
    {"He", "She", "It", "They", "We", "The", "A", "An", "His", "Her", "Its", "Their", "Our",
     "This", "That", "These", "Those", "Some", "Many"}
)  # fmt: skip
_DATE_AT_MOST = 12  # characters before the date in a borrowing clause's title


def with_subject(subject: str, own: str, date: str) -> str:
    """A title for a clause that borrows its subject ("and by 1835 had finished the volumes"
    after "She married ..."): the subject before the clause, or after a date that opens it
    ("By 1835 she had finished the volumes", not "She by 1835 had finished ...")."""
    at = own.find(date) if date else -1
    end = at + len(date)
    if 0 <= at <= _DATE_AT_MOST and own[:at].strip().lower() in _LEADING_BOUNDS and end < len(own):
        rest = own[end:].lstrip(" ,")
        if rest and rest[0].islower():
            head = own[:end]
            lower = subject.split(" ", 1)[0] in _LOWER_FIRST
            who = subject[:1].lower() + subject[1:] if lower else subject
            return f"{head[:1].upper()}{head[1:]} {who} {rest}"
    return f"{subject[:1].upper()}{subject[1:]} {own}"
