""" "The one before, in the drought of 1976, began on 2 July", "During the strike of 1984, the
pits closed on 12 March": a thing named by its year ("the drought of 1976") set off as the
sentence's own frame, after "in" or "during" at the sentence's start or between commas, gives the
time of what the sentence tells; its year-less dates are in that year. An object ("renounced the
pact of 1932") or a phrase inside the clause ("under the constitution of 1791") still only names
a thing (`of_year_names`)."""

from __future__ import annotations

import re

# "In the great drought of ", ", during the miners' strike of ": the frame's opening, then at
# most three words before the noun
_FRAME = re.compile(
    r"(?:^|[,;(\u2013\u2014]\s*)(?i:in|during)\s+the\s+(?:[\w'-]+\s+){0,3}?[a-z][\w-]*\s+of\s+$"
)


def frames_the_sentence(before: str) -> bool:
    """Whether the words `before` a bare year (the sentence's, up to the year) open a frame
    "in the NOUN of " at the sentence's start or after a comma."""
    return _FRAME.search(before.lstrip()) is not None
