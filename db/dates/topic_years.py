"""The story's year where a paragraph names it first: its opening words name a happening by its
year ("The eruption of 1783 is the best described.", "The strike of 1842 began in the weaving
sheds."), so the year-less dates after them ("from early May", "on 9 June") are that year's, as
a reader takes them, not those of an older year the paragraph before told. Used by
`frame_years.framing_year` (the narrative year), for a year long past."""

from __future__ import annotations

import re

from .rules.happening_years import happening_of

# a paragraph's start right before the sentence: a blank line, or the text's start
_OPENS_WITH = re.compile(r"(?:[^\S\n]*\n){2,}[^\S\n]*$|\A\s*$")
# the sentence's first words: "The [one or two words] NOUN of " right before the year
_THE_NOUN_OF = re.compile(r"The\s+(?:[\w'’-]+\s+){0,2}?[a-z]+\s+of\s+$")


def topic_year(text: str, sb: int, begin: int) -> bool:
    """Whether the year at `begin` names the happening that opens its paragraph ("The eruption
    of 1783 is the best described."): the sentence's first words, a paragraph's first."""
    if begin - sb > 60 or not _THE_NOUN_OF.fullmatch(text, sb, begin):
        return False
    if not happening_of(text[sb:begin]):
        return False
    return _OPENS_WITH.search(text, max(0, sb - 8), sb) is not None
