"""A date moved, in Spanish, French, Italian and Portuguese: "aplazado del 4 al 11 de abril",
"reporté du 4 au 11 avril", "rinviata dal 3 al 10 aprile" read as a run of days, but after a
verb of moving the run is two dates: the old one (no longer the plan: `negated`) and the new
one, the second, the event's date.
"""

from __future__ import annotations

import re

# a verb of moving (its stem: any person, tense or participle)
_MOVE = (
    r"(?<![\w'’])(?:aplaz|pospu?es|posterg|traslad|adelant|retras|report|décal|decal|"
    r"avanc|repouss|déplac|deplac|rinvi|spost|posticip|anticip|adi|transfer)\w*"
)
# ... then at most a few words, then the run's own "from" right before its expression
_MOVED = re.compile(
    rf"(?i){_MOVE}(?:\s+[^\W\d_][\w'’-]*){{0,6}}?\s+(?:del|du|dal|dall['’]|do|desde\s+el)\s*$"
)
_MOVE_VERB = re.compile(rf"(?i){_MOVE}")


def moved(text: str, sentence_begin: int, at: int) -> bool:
    """Whether the run of days at `at` is what a verb of moving moved from and to."""
    return _MOVED.search(text, max(sentence_begin, at - 160), at) is not None


def moved_off(clause: str) -> bool:
    """Whether a clause says its plan was moved ("la reunión, prevista para el jueves, ha sido
    aplazada"): the planned day is no longer the event's (`negated`)."""
    return _MOVE_VERB.search(clause) is not None
