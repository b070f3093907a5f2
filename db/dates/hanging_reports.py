"""A report opened by a time word, hanging on a dated clause before it: "Shares fell on Tuesday
after the firm warned that profits this year would fall short". The warning is the news behind
the fall, on its day (or just before it), not the publication day's: it leans on the dated clause
as a dateless clause does, while what it reports keeps its own date ("this year")."""

from __future__ import annotations

import re

from .clause_assembly import REPORT, Clause

_TIME_OPENER = re.compile(r"(?i)\s*(?:after|when|as|once)\s")


def hanging_report(text: str, c: Clause) -> bool:
    """Whether the report clause `c` opens with "after", "when", "as" or "once"."""
    return c.kind == REPORT and _TIME_OPENER.match(text, c.begin) is not None
