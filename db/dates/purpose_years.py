"""A year that says what a plan or a figure is for is in passing: "plans to present its budget
for 2027 in October", "cut its growth forecast for 2026 in March". The month beside it is the
story's own (this October), not the named year's, and the text's time does not move to that
year. Used by `story_years.passing_year`.
"""

from __future__ import annotations

import re

# The nouns a year is "for": plans, budgets and figures of a year ahead or behind.
_FOR_NOUN = re.compile(
    r"(?i)\b(?:budgets?|forecasts?|targets?|plans?|outlook|guidance|projections?|estimates?|"
    r"goals?|spending|prices|tariffs?|accounts|results|figures|quotas?|allowances?)"
    r"(?:\s+(?:growth|deficit|spending|profit|sales))?\s+for\s+$"
)


def year_for_a_thing(text: str, begin: int) -> bool:
    """Whether the year at `begin` follows "<plan or figure> for" ("its budget for 2027"); a
    literal test first, this runs for every explicit year."""
    if text[max(0, begin - 4) : begin].lower() != "for " or not text[begin : begin + 4].isdigit():
        return False
    return _FOR_NOUN.search(text, max(0, begin - 40), begin) is not None
