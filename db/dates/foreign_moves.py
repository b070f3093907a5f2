"""A date moved, in Spanish, French, Italian and Portuguese: "aplazado del 4 al 11 de abril",
"reporté du 4 au 11 avril", "rinviata dal 3 al 10 aprile" read as a run of days, but after a
verb of moving the run is two dates: the old one (no longer the plan: `negated`) and the new
one, the second, the event's date.
"""

from __future__ import annotations

import re

# a verb of moving (its stem: any person, tense or participle), then at most a few words, then
# the run's own "from" right before its expression
_MOVED = re.compile(
    r"(?i)(?<![\w'’])(?:aplaz|pospu?es|posterg|traslad|adelant|retras|report|décal|decal|"
    r"avanc|repouss|déplac|deplac|rinvi|spost|posticip|anticip|adi|transfer)\w*"
    r"(?:\s+[^\W\d_][\w'’-]*){0,6}?\s+(?:del|du|dal|dall['’]|do|desde\s+el)\s*$"
)


def moved(text: str, sentence_begin: int, at: int) -> bool:
    """Whether the run of days at `at` is what a verb of moving moved from and to."""
    return _MOVED.search(text, max(sentence_begin, at - 160), at) is not None
