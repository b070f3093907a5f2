"""A state "reported" in the passive: "All six crew were reported missing", "Two were reported
dead". The words tell what became of people or things (they went missing, they died), the
happening of the story's day; "reported" here attributes no news of the report's own day, as
"the coastguard reported that ..." does. So `day_runs` reads such a clause without the word."""

from __future__ import annotations

import re

_REPORTED_STATE = re.compile(
    r"(?i)\b((?:was|were|been)\s+)reported\s+(?=(?:missing|dead|killed|injured|hurt|wounded|"
    r"safe|lost|stolen|damaged|destroyed|trapped|stranded|drowned)\b)"
)


def without_reported_states(clause: str) -> str:
    """`clause` with the "reported" of each "were reported missing" taken out."""
    if "reported" not in clause:
        return clause  # the cheap guard: most clauses hold none
    return _REPORTED_STATE.sub(r"\1", clause)
