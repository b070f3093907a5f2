"""A results figure with no date of its own is in the period the report is about.

"Revenue rose 14 percent in the third quarter. Net income fell to $1.1 billion from $1.4
billion in the same period of 2025.": the second sentence's only date is the comparison's
reference point (no event, `rules.comparison`), yet the fall is the third quarter's, the period
in focus, not the publication day's. Used by db.dates.publication_day for a dateless clause
that states a company's figure, after results dated by a quarter or a year close before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cue_guard import guard
from .model import HAPPENED, DatedSentence

# What a company reports for a period.
# (The lookahead on the metrics' first letters spares the alternation at most positions.)
_METRIC = guard(
    r"(?i)(?=[bdelmnoprst])\b(?:net(?:\s+(?:income|profit|loss))?|"
    r"(?:operating|pre-tax|pretax)\s+(?:income|profit|loss)|profits?|revenues?|sales|earnings|turnover|ebitda|margins?|losses|bookings|deliveries|"
    r"shipments|orders)\b"
)
# A figure: an amount or a share. Each branch opens with the character class and looks back at
# what it took: a pattern that opens with a lookahead gets no first-character skip from `re`
# and is tried in full at every position of the clause (a third of the cost of `_in_match`).
_AMOUNT = re.compile(r"[$€£\d](?<=[$€£])\s?\d|[$€£\d](?<=\d)\s*(?:%|percent\b|per\s+cent\b)")
_AMOUNT_OPENERS = ("$", *"0123456789")  # what opens `_AMOUNT` in ASCII
_PERIODS = ("quarter", "year")  # a focus a report is about: "the third quarter", "2025"
_REACH = 400  # characters back to the figure whose period is the focus


def _results(clause: str) -> bool:
    # the amount first: most clauses have none, and its test is the cheaper; in ASCII, a clause
    # without a digit or "$" has none (`str` finds a character faster than `re`'s first test)
    if clause.isascii() and not any(map(clause.__contains__, _AMOUNT_OPENERS)):
        return False
    return _AMOUNT.search(clause) is not None and _METRIC.search(clause) is not None


def focus_period(
    text: str, span: tuple[int, int], out: Sequence[DatedSentence], dct: str
) -> tuple[str, str] | None:
    """The start and precision of the period in focus for the dateless results clause at
    `span` (a metric and an amount): when the happening told last before it has a company's
    results dated by a quarter or a year, the latest such period named within `_REACH` before
    it (begun by the DCT); else None."""
    if not _results(text[span[0] : span[1]]):
        return None
    before = [
        d
        for d in out
        if d.timex.begin < span[0]
        and d.timex.text
        and not (d.around or d.comparison)
        and d.status == HAPPENED
    ]
    if not before:
        return None
    near = [d for d in before if span[0] - d.timex.begin <= _REACH and _of_results(text, d, dct)]
    last = max(before, key=lambda d: d.timex.begin)
    if last not in near:
        return None  # the story moved on to another time since the figures
    # the latest period named: "third-quarter net fell ... from $10 million in the year-ago
    # period" is about this year's quarter
    focus = max(near, key=lambda d: d.start)
    return focus.start, focus.precision


def _of_results(text: str, d: DatedSentence, dct: str) -> bool:
    """Whether `d` dates a company's results by their period (a quarter or a year, begun by
    the DCT)."""
    cb, ce = d.clause
    # "reported a sharp decline in net income for its third quarter": a metric named is enough
    return (
        d.precision in _PERIODS and d.start[:10] <= dct[:10] and bool(_METRIC.search(text, cb, ce))
    )
