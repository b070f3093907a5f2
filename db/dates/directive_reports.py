"""A directive told as a report: "Care homes have been told to check their cooling plans by
Wednesday", "Residents were urged to leave before dark on Friday". The infinitive is what is
asked for, still to come whatever its words say; so the telling is the news of the day, as for a
report of a dated plan (`happenings._report_of_dated_plan`), and the asking keeps its own date."""

from __future__ import annotations

import re

from .clause_assembly import Clause

_DIRECTIVES = frozenset(
    "told asked ordered urged instructed advised warned invited encouraged".split()
)
_TO = re.compile(r"\s*to\s+[a-z]")


def directive_content(text: str, report: Clause, content: Clause) -> bool:
    """Whether `report` is a directive ("told", "urged", ...) and `content` its infinitive."""
    return report.word.lower() in _DIRECTIVES and _TO.match(text, content.begin) is not None
