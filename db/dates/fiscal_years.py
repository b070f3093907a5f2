"""A company's fiscal year as its own text defines it ("Our fiscal year runs from July to June",
"its financial year begins in April"): "fiscal 2026" is then the twelve months ending in 2026
(July 2025 to June 2026), not the calendar year. Without such a sentence a fiscal year stays
the calendar year, as TimeBank writes it.
"""

from __future__ import annotations

import re

from .lexicon import MONTH, MONTHS

_FISCAL = r"(?i:fiscal|financial)\s+(?i:year)"
_DEFINED = re.compile(
    rf"{_FISCAL}\s+(?:(?i:runs|ran|run)\s+from\s+(?:\d{{1,2}}\s+)?(?P<first>{MONTH})"
    rf"|(?i:starts|begins|started|began)\s+(?:(?i:in|on)\s+)?(?:\d{{1,2}}\s+)?(?P<start>{MONTH})"
    rf"|(?i:ends|ended)\s+(?:(?i:in|on)\s+)?(?:\d{{1,2}}\s+)?(?P<last>{MONTH}))"
)


def first_month(text: str) -> int | None:
    """The month a fiscal year starts in, where the text says so (not January); else None."""
    m = _DEFINED.search(text)
    if m is None:
        return None
    if m["last"]:
        month = MONTHS[m["last"].lower().rstrip(".")] % 12 + 1
    else:
        month = MONTHS[(m["first"] or m["start"]).lower().rstrip(".")]
    return None if month == 1 else month


def fiscal_months(text: str, year: int) -> tuple[str, str] | None:
    """The first and last month ("2025-07", "2026-06") of fiscal `year` (named by the calendar
    year it ends in) where `text` defines its fiscal year; else None."""
    first = first_month(text)
    if first is None:
        return None
    return f"{year - 1:04d}-{first:02d}", f"{year:04d}-{first - 1:02d}"


# The definition as a clause of its own: the fiscal year's words, its verb, and its months up
# to "to June" or the clause's end, with no year named ("runs from July 2025" is a period).
_DEFINITION = re.compile(
    rf"(?:{_DEFINED.pattern})(?:\s+(?i:to|until|through)\s+(?:the\s+end\s+of\s+)?{MONTH})?"
)


_PRESENT = re.compile(r"(?i)\b(?:runs|run|starts|begins|ends)\b")  # "ended in March" happened
_YEAR = re.compile(r"\d{4}")


def defines_fiscal_year(text: str, sentence_begin: int, at: int) -> bool:
    """Whether the date at `at` is a month of a sentence defining the fiscal year ("Its fiscal
    year runs from July to June"): no happening, no event."""
    lo = max(sentence_begin, at - 60)  # the year's words sit just before its first month
    if "year" not in text[lo:at].lower():
        return False
    for m in _DEFINITION.finditer(text, lo, at + 40):
        if (
            m.start() <= at < m.end()
            and _PRESENT.search(m.group()) is not None
            and _YEAR.search(text, m.start(), m.end() + 8) is None
        ):
            return True
    return False
