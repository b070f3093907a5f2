"""A study's finding with no date of its own is in the period the study covered.

"The researchers followed 4,000 patients between 2019 and 2023. Hospital admissions fell by a
third." The fall is what the study measured over its years, not news of the publication day.
Used by db.dates.publication_day for a dateless clause that states a change or a share, when
the happening told last before it (within `_REACH`) is a study's own period: a verb of
observing ("followed", "tracked", "surveyed", "analysed") or data "from" / "covering" a time,
begun by the publication day."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import HAPPENED, DatedSentence
from .news_cues import cannot_match

_OBSERVED = re.compile(
    r"(?i)\b(?:followed|tracked|studied|surveyed|monitored|analy[sz]ed|examined|observed|"
    r"recruited|vaccinated|treated|enrolled|data\s+(?:from|on|covering|for)|records\s+from|"
    r"(?:study|trial|survey|research)\s+(?:of|covering|ran|was\s+carried\s+out))\b"
)
# A finding: a change or a comparison of shares ("fell by a third", "were 40 percent less
# likely", "doubled").
_FINDING = re.compile(
    r"(?i)\b(?:fell|rose|dropped|declined|increased|decreased|doubled|halved|tripled|"
    r"(?:more|less)\s+likely|lower|higher|reduced|cut)\b"
)
# The words every match of `_FINDING` holds, in lower case: an ASCII clause with none of them
# is no finding (the regex, tried at every position, was the most of `study_period`'s time).
FINDING_WORDS = (
    "fell", "rose", "dropped", "declined", "increased", "decreased", "doubled", "halved",
    "tripled", "likely", "lower", "higher", "reduced", "cut",
)  # fmt: skip
_REACH = 300  # characters back to the study's period


def study_period(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> tuple[str, str] | None:
    """The start and precision of the period a study covered, for the dateless finding at
    `span`; else None."""
    clause = text[span[0] : span[1]]
    if cannot_match(text, *span, FINDING_WORDS) or _FINDING.search(clause) is None:
        return None
    before = [
        d
        for d in out
        if d.timex.begin < span[0] and d.timex.text and not (d.around or d.comparison)
    ]
    if not before:
        return None
    last = max(before, key=lambda d: d.timex.begin)
    if span[0] - last.timex.begin > _REACH or last.status != HAPPENED:
        return None
    if last.start[:10] > dct[:10] or last.precision == "day":
        return None  # a day is the report's ("published on Monday"), not a period observed
    cb, ce = last.clause
    return (last.start, last.precision) if _OBSERVED.search(text, cb, ce) else None
