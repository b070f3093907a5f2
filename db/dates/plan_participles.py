"""A weekday right after a plan's participle is the coming one: "la reunión, prevista para el
jueves, ha sido aplazada", "la réunion prévue jeudi a été annulée", "la riunione prevista per
giovedì", "a reunião marcada para quinta-feira": the plan was for a day still ahead when it is
reported, though the clause around it is told in the past (`participle_weekdays` takes a done
participle's weekday back instead).
"""

from __future__ import annotations

import re

# the plan's participle, its "for" and the article the weekday may take
_PLAN = {
    "es": r"(?:previst|programad|fijad)[oa]s?\s+para(?:\s+(?:el|este))?",
    "fr": r"(?:prévu|programmé)e?s?(?:\s+pour)?(?:\s+(?:le|ce))?",
    "it": r"(?:previst|programmat|fissat)[oaie](?:\s+per)?(?:\s+(?:il|lo|questo|questa))?",
    "pt": r"(?:previst|marcad|agendad)[oa]s?\s+para(?:\s+(?:a|o|esta|este))?",
}


def after_plan(language: str, before: str) -> bool:
    """Whether the text `before` a weekday ends with a plan's participle (and its "for")."""
    plan = _PLAN.get(language)
    return plan is not None and re.search(rf"(?i)(?<![\w'’-]){plan}\s+$", before[-60:]) is not None
