""" "at the Easter sessions of 1841", "in the Michaelmas term, 1834", "the Lent assizes of 1831":
a feast that names a court's or a university's term, a sessions or a fair takes the year written
after that word. The feast's day of that year dates the happening (the term or the sessions
open around it), not the feast of the publication date's year."""

from __future__ import annotations

import re

_NOUNS = ("term", "session", "assize", "sitting", "fair", "vacation")  # the cheap guard
_TERM_YEAR = re.compile(
    r"\s+(?i:law\s+|quarter\s+)?(?i:terms?|sessions?|assizes|sittings|fair|vacation)"
    r"(?:\s*,\s*|\s+of\s+|\s+in\s+|\s+)(?P<y>1\d{3})(?![\d,.]\d)"
)


def term_year(after: str) -> int | None:
    """The year written after a term's, a sessions' or a fair's word right after a feast."""
    head = after[:30].lower()
    if not any(noun in head for noun in _NOUNS):
        return None
    m = _TERM_YEAR.match(after)
    return int(m["y"]) if m else None
