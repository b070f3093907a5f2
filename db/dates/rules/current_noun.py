""" "A wire carrying a current turn steadily", "the current swept them out to sea": "current"
the noun (a stream, electricity), told by its structure rather than a list of the words after
it. The adjective ("the current price of oil") has a noun after it; the noun has a verb, and a
verb is shown by what follows that word: an object or determiner ("swept them", "turned the
wheel") or an adverb in -ly ("turn steadily")."""

from __future__ import annotations

import re

# the word after "current", then what only follows a verb
_VERB_AFTER = re.compile(
    r"\s+[a-z]+\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|him|them|it|us|me|"
    r"[a-z]{3,}ly)\b(?!-)"
)
# adverbs in -ly that also follow nouns ("the current only fix", "current early results")
_NOT_VERB_ADVERBS = frozenset({"only", "early", "daily", "weekly", "monthly", "yearly", "family"})


def current_is_noun(after: str) -> bool:
    """Whether the text `after` "current" makes it the noun: a verb comes next."""
    m = _VERB_AFTER.match(after)
    return m is not None and m.group(0).split()[-1].lower() not in _NOT_VERB_ADVERBS
