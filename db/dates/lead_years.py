"""The year of an encyclopedia article's opening definition ("The Winter Journey was a sledging
journey made in 1911 by ...", "The Belgian Revolution was the conflict that ... in 1830"): the
article is that year's story, so the year-less dates of its sections ("left on 27 June", "On 23
September") take it, even where the year stands in a participle that would otherwise leave it in
passing ("made in 1911"). Only the text's first sentence, a definition in the past ("X was a"),
with one year in it and that year long past."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .periods import Point
from .rules.anchoring import HISTORY_YEARS

_DEFINITION = re.compile(r"[A-Z][^.;:]{0,120}?\s(?:was|were)\s+(?:a|an|the|one)\s")
_YEAR = re.compile(r"(?<![\d,.])\b(?:1\d{3}|20\d{2})\b(?![\d,.]\d)")


def lead_year(
    text: str, sentences: Sequence[tuple[int, int]], sent: int, point: Point, dct: dt.date | None
) -> bool:
    """Whether the explicit year `point` in sentence `sent` is the year of the text's opening
    definition (word tests first: this runs once per explicit year)."""
    if sent != 0 or not sentences:
        return False
    if dct is not None and point[0].year > dct.year - HISTORY_YEARS:
        return False
    sb, se = sentences[0]
    if " was " not in text[sb:se] and " were " not in text[sb:se]:
        return False
    return bool(_DEFINITION.match(text, sb, se)) and len(_YEAR.findall(text, sb, se)) == 1
