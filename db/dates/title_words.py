"""A title's last word: none left hanging ("he ruled Kent as", "the plant closed and").

`happenings` trims a clause into a title; a cut between clauses, or a word the date finder took
for a date's, can leave a word at its end that needs one after it.
"""

from __future__ import annotations

# Words that need another after them, in lower case ("Group A" ends well): conjunctions,
# articles, a few prepositions that never end a clause (not "in", "on", "up": "the fighting went
# on"), not "with" ("to begin with") nor "while" ("for a while").
_DANGLING = frozenset(
    {"and", "or", "but", "nor", "as", "than", "the", "a", "an", "of", "which", "whose", "from",
     "for", "its", "their", "our", "whereas", "because", "although", "if"}
)  # fmt: skip
_MIN_LEFT = 2  # words a title keeps at least
_SEPARATORS = " ,;:–—-"


def drop_dangling(title: str) -> str:
    """`title` without the words at its end that need another after them ("He ruled Kent as"
    -> "He ruled Kent"); a title of few words is left as it is."""
    while True:
        head, _, last = title.rstrip(_SEPARATORS).rpartition(" ")
        if last not in _DANGLING or len(head.split()) < _MIN_LEFT:
            return title
        title = head.rstrip(_SEPARATORS)
