"""The date a record is for: "The war diary for 20 August reads", "the log of 3 June records",
"the minutes for 12 May say". The present is the document's ("reads", "records"), not the time
of the date, which is of the record's writing: past, so a year-less date takes the year of the
story told before it, not the publication's. So is a writing's own date, "her letter of 9
October", "the dispatch dated 3 September" (by "of" or "dated": "a report for May" is a period).
"""

from __future__ import annotations

import re

from .cue_guard import guard

# a record's noun right before "for", "of" or "dated" and the date
_RECORD_FOR = re.compile(
    r"(?i)\b(?:diary|log|logbook|log-book|journal|minutes|record\s+book|register|ledger|day-?book|"
    r"entry|entries)\s+(?:entry\s+)?(?:for|of|dated)\s+(?:the\s+)?$"
)

# a writing's noun right before "of" or "dated" and its date: the day it was written or signed
_WRITING_OF = guard(
    r"(?i)\b(?:letters?|articles?|dispatch|despatch|telegram|memorandum|memo|deed|lease|conveyance|"
    r"indenture|charter|warrant|petition)\s+(?:of|dated)\s+(?:the\s+)?$"
)


def record_date(before: str) -> bool:
    """Whether a date after the words `before` it is the date a record is for."""
    tail = before[-40:]
    if " of " not in tail and " dated " not in tail:
        return " for " in tail and bool(_RECORD_FOR.search(tail))
    return bool(_RECORD_FOR.search(tail) or _WRITING_OF.search(tail))


def writing_date(before: str) -> bool:
    """Whether a date after the words `before` it is a writing's own ("her letter of")."""
    tail = before[-40:]
    return (" of " in tail or " dated " in tail) and bool(_WRITING_OF.search(tail))
