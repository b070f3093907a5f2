"""A happening under way now that runs until a day to come: "Until Monday the council is running
a free minibus", "Engineers are working on the line until Friday". The present progressive tells
what is going on at publication; "until" only gives when it stops. So the event starts on the
publication day and runs to that day, told as happening, not planned for the end day (a plan
"will run until Friday" and a state "remains closed until March" keep their reading)."""

from __future__ import annotations

import re

# "until"/"till" right before the date (an article or "next" between at most)
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till)\s+(?:the\s+|next\s+)?$")
# a present progressive, active or passive: "is running", "are being run", "'re working"
_PROGRESSIVE = re.compile(
    r"(?i)\b(?:is|are|am)\s+(?:(?:still|now|also|currently)\s+)?(?:being\s+)?"
    r"(?!going\b)[a-z]{2,}ing\b"
)

# a plan or a possibility in the clause: its "until" is the plan's ("would run buses until ...")
_MODAL = re.compile(r"(?i)\b(?:will|would|shall|could|should|may|might|must|'ll)\s+[a-z]")


def runs_until(text: str, clause: tuple[int, int], begin: int) -> bool:
    """Whether the date at `begin`, right after "until" or "till", bounds a present progressive
    of its clause `clause` (its happening is under way at publication). Substring test first."""
    if "til" not in text[max(0, begin - 11) : begin]:
        return False
    if not _UNTIL_BEFORE.search(text, max(0, begin - 16), begin):
        return False
    b, e = clause
    return _PROGRESSIVE.search(text, b, e) is not None and not _MODAL.search(text, b, e)
