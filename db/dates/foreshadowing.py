"""Dates a story names without going there, from a day or month it is on: a look ahead in the
future-in-the-past ("the town would not see a siege again until 1701", "he would rule it until
1530") and a look back by an amount inside the sentence ("the gate that had been shut against
him a year earlier"). The story stays on its day, so "The following Monday" and "by Lady Day"
count from it. A sentence that opens with the amount ("Two years earlier he had married") may
start a flashback and is not one of these. Used by `story_asides.year_in_passing`."""

from __future__ import annotations

import re

# "would [not|never] VERB ... until|till [about] " right before the year, in the same clause
_WOULD_UNTIL = re.compile(
    r"(?i)\bwould\s+(?!have\b)(?:(?:not|never|only|still|again)\s+)?[a-z]+\b[^.;:!?()]{0,80}?"
    r"\b(?:until|till)\s+(?:about\s+|around\s+)?$"
)
_AMOUNT_BACK = re.compile(
    r"(?i)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:earlier|before)\b(?!\s+(?:the|that|this|his|her)\b)"
    # "formed on 11 January 1926, after a fire the previous October had ...": a look back too
    r"|the\s+(?:previous|preceding)\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|spring|summer|autumn|fall|winter|year)\b"
)


def looks_ahead(text: str, sb: int, begin: int) -> bool:
    """Whether the date at `begin` ends a look ahead in "would ... until" (a substring test
    first: the regex is slow)."""
    near = text[max(sb, begin - 120) : begin]
    return "would" in near and "til" in near[-12:] and bool(_WOULD_UNTIL.search(near))


def looks_back_within(text: str, sb: int, begin: int) -> bool:
    """Whether the date at `begin` counts an amount back from the story inside its sentence
    ("... that had shut its gates a year earlier"), not at the sentence's opening."""
    if not text[sb:begin].strip(" \t\n\"'“‘("):
        return False  # "Two years earlier ...": a flashback may open here
    return bool(_AMOUNT_BACK.match(text, begin))
