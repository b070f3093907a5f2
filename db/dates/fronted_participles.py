"""A date inside a participle phrase that opens its sentence: "Closed since 2019 for repairs, the
pool will reopen in June", "Built in 1890, the hall is to be pulled down". The phrase tells its
own happening, whatever the main clause's verb says of what is to come: its status is its date's
(done before the publication date, to come after it).
"""

from __future__ import annotations

import re

_IRREGULAR = (
    "Built Born Shut Held Sold Made Begun Written Given Taken Known Grown Shown Drawn Chosen "
    "Broken Stolen Hidden Lost Left Kept Found"
)
# the clause's first word a past participle ("Closed", "Built"), and no comma before the date
_FRONTED = re.compile(rf"\W*(?:[A-Z][a-z]{{3,}}ed|{'|'.join(_IRREGULAR.split())})\b[^,;:]*")
_STOPS = ".;:!?"
_REACH = 120  # characters from the clause's start to the date at most


def in_fronted_participle(text: str, begin: int, at: int) -> bool:
    """Whether the date at `at` is in a participle phrase opening the clause from `begin`, set
    off by a comma after the date."""
    if at - begin > _REACH or "," in text[begin:at]:
        return False  # the cheap tests first: a short phrase before its first comma
    if _FRONTED.fullmatch(text, begin, at) is None:
        return False
    comma = text.find(",", at, at + 120)
    return comma >= 0 and not any(map(text[at:comma].__contains__, _STOPS))
