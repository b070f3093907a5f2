""" "Dahl said a further cut in the summer was possible": a time told in reported speech in the
past tense about what may come ("was possible", "would", "was expected") is ahead of the report,
though its verb is past: the future seen from then. Read where a reporting verb comes before in
the sentence and a modal or an "expected"-like word after it in its clause."""

from __future__ import annotations

import re

from ..clause_verb_words import REPORTING
from .table import Ctx

_REPORTED = re.compile(r"(?i)\b(?:" + "|".join(sorted(REPORTING)) + r")\b")
_AHEAD_AFTER = re.compile(
    r"(?i)^[^.;:]*?\b(?:would|could|might|(?:was|were)\s+(?:(?:still|also|now|not)\s+)?"
    r"(?:possible|likely|unlikely|expected|due|planned|probable|scheduled|set\s+to|going\s+to))\b"
)
# "said it had cut prices in the spring and would cut more": the modal of a second predicate
# joined by "and" is that predicate's, not the time's
_CLAUSE_END = re.compile(
    r"(?i)[,;]|\b(?:but|and\s+that|because|and\s+(?=(?:would|could|might)\b))\b"
)


def reported_ahead(c: Ctx) -> bool:
    """Whether the match is a time told ahead in past-tense reported speech."""
    if not _REPORTED.search(c.before()):
        return False
    after = c.after()
    end = _CLAUSE_END.search(after)
    return bool(_AHEAD_AFTER.match(after[: end.start()] if end else after))
