"""A hearing that sat for several days, and what happened at it (`hearing_reports`): "The inquiry
that opened at Carrow on 12 January 1882 sat for nine days. ... He testified that ... The court
suspended his certificate." A witness spoke on one of the sitting's days, which the text does
not say: a reader puts the testimony, and what the court, the jury or the evidence did, in the
sitting's month (where the sitting ends in the month it opened), not on its first day nor on the
day of the story the witness looked back to.
"""

from __future__ import annotations

import calendar
import re

from .model import DatedSentence

# "sat for nine days", "lasted three weeks", "ran for a fortnight"
_SITTING = re.compile(
    r"(?i)\b(?:sat|lasted|ran|continued)\s+(?:for\s+)?(?P<n>\d{1,2}|a|an|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|fourteen)\s+(?P<unit>days?|weeks?|fortnight)\b"
)
_NUMBERS = {
    "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
}  # fmt: skip
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
# a clause of the hearing's own acts or of what it heard, opening its sentence: "The court
# suspended his certificate", "The jury found ...", "Her evidence was not challenged"
HEARING_ACT = re.compile(
    r"\s*(?:\d{1,2}\.\s+)?(?P<act>The\s+(?:court|inquiry|inquest|tribunal|jury|coroner|bench)\s+"
    r"(?!was\s+(?:opened|held)\b)(?:[a-z]+ed|found|gave|heard|sent|took|made)\b"
    r"|(?:His|Her|Their|The\s+witness['’]s?)\s+(?:evidence|testimony)\s+(?:was|were)\b)"
)


def sitting_time(text: str, hearing: DatedSentence) -> tuple[str, str]:
    """The time and precision of what happened at `hearing` (a dated clause naming a hearing
    opened on a day): its month where its sentence says it sat for days that end in that month,
    else its day."""
    day = hearing.start[:10]
    m = _SITTING.search(text, hearing.begin, hearing.end)
    if m is None or len(day) < 10:
        return day, "day"
    n = m.group("n").lower()
    unit = m.group("unit").lower().rstrip("s")
    days = (int(n) if n.isdigit() else _NUMBERS[n]) * _UNIT_DAYS[unit]
    year, month, first = int(day[:4]), int(day[5:7]), int(day[8:10])
    if days < 2 or first + days - 1 > calendar.monthrange(year, month)[1]:
        return day, "day"  # one day, or a sitting that ran on into the next month
    return day[:7], "month"
