"""The date a record is for: "The war diary for 20 August reads", "the log of 3 June records",
"the minutes for 12 May say". The present is the document's ("reads", "records"), not the time
of the date, which is of the record's writing: past, so a year-less date takes the year of the
story told before it, not the publication's.
"""

from __future__ import annotations

import re

# a record's noun right before "for", "of" or "dated" and the date
_RECORD_FOR = re.compile(
    r"(?i)\b(?:diary|log|logbook|log-book|journal|minutes|record\s+book|register|ledger|day-?book|"
    r"entry|entries)\s+(?:entry\s+)?(?:for|of|dated)\s+(?:the\s+)?$"
)


def record_date(before: str) -> bool:
    """Whether a date after the words `before` it is the date a record is for."""
    tail = before[-40:]
    return (" for " in tail or " of " in tail or " dated " in tail) and bool(
        _RECORD_FOR.search(tail)
    )
