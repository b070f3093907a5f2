""" "The rocket was not damaged, the company said": told before its attribution, a negated past
clause is what did not happen on the story's day, not a report. The clause splitter keeps the
trailing "..., X said" with it and the report makes it "happened"; once a story's day run
(`day_runs`) has put the clause on that day, its own words give its status."""

from __future__ import annotations

import re

from .clause_negation import NEGATION
from .clause_verb_words import ATTRIBUTION_VERBS
from .model import HAPPENED, NEGATED

# a report's attribution after its content: "..., police said.", "..., Skyvane said"
ATTRIBUTION = re.compile(
    rf"(?i),\s*(?:[\w'’.-]+\s+){{1,5}}?(?:{'|'.join(sorted(ATTRIBUTION_VERBS))})\W*$"
)
# a past verb group the negation belongs to: "was not", "were never", "did not", "hadn't"
_PAST_NEGATED = re.compile(
    r"(?i)\b(?:was|were|did|had|could)\s+(?:not|never)\b|\b(?:wasn|weren|didn|hadn|couldn)['’]t\b"
)


def attributed_status(text: str, begin: int, end: int, status: str) -> str:
    """The status of the clause at [begin, end) once dated in a story: NEGATED for a negated
    past clause with a trailing attribution that made it a report, else `status`."""
    clause = text[begin:end]
    report = ATTRIBUTION.search(clause)
    if status != HAPPENED or report is None:
        return status
    told = clause[: report.start()]
    return NEGATED if _PAST_NEGATED.search(told) and NEGATION.search(told) else status
