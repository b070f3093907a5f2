""" "The following year he held the consulship, and the year after he met the king on an island.":
"the year after" that opens its clause, before a pronoun subject and a clause that runs to the
sentence's end without a comma, is the adverb (the year after the story's), not the conjunction
of "The year after he met the king, he fell ill", whose main clause follows a comma, nor "died
the year after she married", which counts from the marriage (`calendar.unit_before_after`)."""

from __future__ import annotations

import re

# what may stand before: the sentence's start, "and", "then", a comma or semicolon
_OPENS = re.compile(r"(?i)(?:^|[,;]|\band|\bthen)\s*$")
# a pronoun subject, a verb, and no comma, semicolon or colon to the sentence's end
_CLAUSE_TO_END = re.compile(r"\s+(?:he|she|they|it|we|I)\s+[a-z]+\b[^,;:]*$")


def adverb_before_clause(before: str, after: str) -> bool:
    """Whether "the year after" between `before` and `after` (its sentence's text on either
    side) is the adverb before a clause of its own."""
    return bool(_OPENS.search(before)) and bool(_CLAUSE_TO_END.match(after))
