"""A year that opens a new stretch of a history ("The Asian tours began in 1965."): a sentence
whose subject starts in that year moves the narrative year there, though the year stands at
the end of the sentence rather than framing it ("In 1965, ..."), so the year-less months after
it ("From late January ...") are that year's, not those of the year a paragraph opened with.
A plain past sentence that ends on a later year moves it there as well ("Trouble came in
1926.", "The hardest year was 1926."): a reader's story goes on in that year (`moves_on`).
Used by db.dates.extract for the narrative year."""

from __future__ import annotations

import re
from collections.abc import Callable

# The starting verb right before the year, in the past tense: "began in", "started in".
_STARTS = re.compile(r"(?i)\b(?:began|started|commenced|opened|resumed|got\s+under\s+way)\s+in\s+$")
# Nothing but the sentence's end after the year: "began in 1965." (not "began in 1965 and ...").
_CLOSES = re.compile(r"\s*[.!]?\s*$")


def starts_period(
    text: str,
    sb: int,
    se: int,
    begin: int,
    end: int,
    year: int,
    old: int,
    past: Callable[[], bool] | None = None,
) -> bool:
    """Whether the year `year` at `begin`..`end` in the sentence `sb`..`se` opens a new stretch
    of the story after the narrative year `old`: a past starting verb before it, the sentence
    ending after it, and a later year (a start told looking back is no new stretch); or, where
    `past` says the year is told in the past, a plain past sentence ending on it (`moves_on`)."""
    if year <= old:
        return False
    if _STARTS.search(text, max(sb, begin - 30), begin):
        return _CLOSES.fullmatch(text, end, se) is not None
    return past is not None and moves_on(text, sb, se, begin, end) and past()


# "came in 1926.", "the hardest year was 1926.": the year is the complement of a plain past
_IN_OR_WAS = re.compile(r"(?i)(?:\b[a-z]+\s+in|\b(?:was|were))\s+$")
# a look back or ahead inside the sentence is no move: "had left in", "would end in"
_NOT_PLAIN = re.compile(r"(?i)\b(?:had|would|will|until|till|since|before|after|by)\b")


def moves_on(text: str, sb: int, se: int, begin: int, end: int) -> bool:
    """Whether the later year at `begin`..`end` closes a plain past sentence `sb`..`se` ("Trouble
    came in 1926."): the story moves on to it (the caller checks that it is later and not in
    passing). Substring tests first: the regexes run only on such a sentence's end."""
    if not _CLOSES.fullmatch(text, end, se):
        return False
    near = text[max(sb, begin - 60) : begin]
    return _IN_OR_WAS.search(near) is not None and _NOT_PLAIN.search(text, sb, begin) is None
