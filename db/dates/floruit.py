"""A floruit: "Walter of Hereford (fl. 1230s) was a mason", "Adam Pinkhurst (fl. c. 1380)",
"(floruit 1190-1210)". The bracket's date is when the person named before it was active, not a
birth, and not the date of what the sentence goes on to say of them: its event is titled
"Walter of Hereford active", at the bracket's date and precision (`extract`)."""

from __future__ import annotations

import re

from db.text import shorten

from .model import TITLE_LIMIT

# "(fl. ", "(fl ", "(floruit ", "(flourished " then "c. " or "circa " before the date
_OPENS = re.compile(r"(?i)\(\s*(?:fl\.?|floruit|flourished)\s+(?:(?:c\.|ca\.|circa|about)\s*)?$")
# the name before the bracket: capitalised words, with "of", "the", "de", "von" between
NAME_BEFORE = re.compile(
    r"(?:[A-Z][\w'’-]*\.?\s+(?:(?:of|the|de|von|van|le|la|du|da)\s+)*)*[A-Z][\w'’-]*\s*$"
)


def floruit_title(text: str, sentence_begin: int, date_begin: int) -> str | None:
    """ "<name> active" for a date that opens a floruit bracket right after a name, else None."""
    head = text[max(sentence_begin, date_begin - 20) : date_begin]
    opens = _OPENS.search(head)
    if opens is None:
        return None
    bracket = date_begin - len(head) + opens.start()
    name = NAME_BEFORE.search(text, max(sentence_begin, bracket - 80), bracket)
    if name is None or not name.group().strip():
        return None
    return shorten(" ".join(name.group().split()) + " active", TITLE_LIMIT)
