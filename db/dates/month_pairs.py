"""A month word paired with another month: "May and June were costly", "March or April",
"May to July". Alone, a capitalised "May" or "March" opening a sentence is the modal or the verb
(`rules.absolute` leaves it, `tense` reads "May" as a modal); joined to a second month name it
is the month, and the sentence is no guess about the future.
"""

from __future__ import annotations

import re

from .lexicon import MONTH_FULL

# what follows the first month: a joining word and a second month's name
_PAIRED = re.compile(rf"(?:\s+(?:and|or|to|through|into)\s+|\s*[-–]\s*){MONTH_FULL}\b")
_MODAL_MONTHS = frozenset({"may", "march"})


def paired_month(after: str) -> bool:
    """Whether the words `after` a month word join it to a second month."""
    return after[:1] in " -–" and _PAIRED.match(after) is not None


def modal_is_month(word: str, following: str) -> bool:
    """Whether `word` ("May", capitalised) with the text `following` it is a month of a pair,
    not the modal: "May and June were costly"."""
    return (
        word[:1] == word[:1].upper() and word.lower() in _MODAL_MONTHS and paired_month(following)
    )
