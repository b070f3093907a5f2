"""Reports that are news of their own (issue 13, item 1).

A plain "said" is no event: what it reports is ("Police said the suspect fled": the flight). A
report that names its occasion is one: "Whitfield told analysts on a conference call that
customers had delayed contracts in August" tells of the call (the day of the news) beside the
delays (August); so do "told reporters after the vote", "testified", "said in a statement".
Used by db.dates.happenings: such a report gets an event of its own even where what it reports
has a date of its own, or is no happening (a quotation: "This is the biggest reform since
1974," Brenner told reporters after the vote).
"""

from __future__ import annotations

import re

from .clause_subjects import WORD
from .clauses import REPORTING

# An audience told, a channel or a forum the report was made in.
_OCCASION = re.compile(
    r"(?i)\b(?:told|tells|telling|briefed|addressed)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:analysts|reporters|journalists|investors|shareholders|lawmakers|"
    r"legislators|parliament|senators|congress|jurors|jury|court|judge|tribunal|committee|"
    r"inquiry|hearing|delegates|conference|summit|rally|supporters|crowd|press|media)\b"
    r"|\b(?:on|during)\s+(?:an?\s+|the\s+)?(?:conference|earnings|investor|analyst)\s+call\b"
    r"|\b(?:at|during)\s+(?:an?\s+|the\s+)?(?:news|press)\s+(?:conference|briefing)\b"
    r"|\bin\s+(?:an?\s+|the\s+)?(?:statement|interview|testimony|filing|speech|address|notice|"
    r"letter)\b"
    r"|\btestified\b"
)


def names_occasion(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether a report clause's words name the occasion it was made on ("told analysts on a
    conference call", "said in a statement"): the report is news of its own."""
    return any(_OCCASION.search(text, b, e) is not None for b, e in pieces)


# A scene set before the report: "In the hill town of Rio Nido, officials say ...".
_SCENE = re.compile(r"^\W*(?:In|At|On|Across|Along|Near|Outside|Inside)\s[^,;:]{0,80},\s*")
_REPORT_WORDS = 6  # words after the scene a reporting verb is looked for in


def report_after_scene(clause: str) -> bool:
    """Whether a reporting verb opens what follows a leading place phrase and its comma (for
    db.dates.happenings: "In the hill town of Rio Nido, officials say ..." is a report)."""
    m = _SCENE.match(clause)
    if m is None:
        return False
    words = WORD.findall(clause, m.end())[:_REPORT_WORDS]
    return any(w.lower() in REPORTING for w in words)


# A reporting verb in the passive with no content after it: "The sale was not announced", "the
# deal had never been disclosed". It tells of the thing (not) made known, so the clause's own
# status holds; "It was announced that ..." still reports.
_PASSIVE_REPORT = re.compile(
    r"(?i)\b(?:was|were|is|are|be|been)\s+(?:(?:not|never|also|only)\s+)?(?:\w+ly\s+)?"
    r"(?:announced|reported|disclosed|revealed|confirmed|stated|made\s+public)\b(?!\s+that\b)"
)


def passive_report(clause: str) -> bool:
    """Whether a clause's reporting verb is a passive with no reported content after it."""
    return _PASSIVE_REPORT.search(clause) is not None
