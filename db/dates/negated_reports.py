""" "Neither man declared the meeting", "Nobody announced the deal", "The mayor did not say
when ...": a report the splitter left whole is news of the day whatever it reports ("Experts say
the ground cannot absorb more"), but a negation before its reporting verb negates the report
itself: what was not said or declared."""

from __future__ import annotations

import re

from .clause_negation import NEGATION
from .clause_verb_words import PARTICIPLE_REPORTS, REPORTING

_REPORT_WORDS = frozenset(REPORTING | PARTICIPLE_REPORTS.keys())
# a subject that negates what follows: "Nobody", "No one", "None of them", "Neither man"
_NO_SUBJECT = re.compile(r"(?i)\b(?:no\s+one|nobody|none|neither)\b|^\W*No\b(?!\.)")
_WORD = re.compile(r"[A-Za-z]+")


def negated_report(clause: str) -> bool:
    """Whether a negation comes before the clause's first reporting verb."""
    for m in _WORD.finditer(clause):
        if m.group().lower() in _REPORT_WORDS:
            head = clause[: m.start()]
            return bool(_NO_SUBJECT.search(head) or NEGATION.search(head))
    return False
