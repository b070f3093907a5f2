"""A date ending a past participle right after a noun: "you will hear a recording made in 1958",
"the museum will show letters written on 3 May 1915". The participle tells when the thing came
to be; its status is the date's own (done, if the date is past), not the clause's plan."""

from __future__ import annotations

import re

from .participle_years import NOT_A_NOUN

# a noun, a past participle ("made", "recorded", "taken", "written"), its agent, "in" or "on"
_PARTICIPLE = re.compile(
    r"(?i)\b(?P<prev>[a-z]+)\s+(?:made|built|taken|written|drawn|painted|printed|"
    r"[a-z]{3,}ed)\s+(?:by\s+[^,;:.()]{1,40}?\s+)?(?:in|on)\s+(?:the\s+)?$"
)
_REACH = 70  # characters read before the date


def participle_date(text: str, clause_begin: int, begin: int) -> bool:
    """Whether the date at `begin` ends a participle phrase after a noun ("a recording made
    in 1958"); substring tests first."""
    before = text[max(clause_begin, begin - _REACH) : begin]
    low = before.lower()
    if not (low.endswith(" in ") or low.endswith(" on ") or low.endswith(" the ")):
        return False
    m = _PARTICIPLE.search(before)
    if m is None:
        return False
    prev = m["prev"].lower()
    return prev not in NOT_A_NOUN and not prev.endswith("ly")


# a noun, a relative clause with no "that" whose subject is a pronoun and whose verb is a simple
# past ("the record she played on", "the song they sang at"), maybe an object, then the date's
# preposition and at most a phrase the date stands beside ("on her first morning, 2 October 1995")
_CONTACT_RELATIVE = re.compile(
    r"(?i)\b(?P<prev>[a-z]+)\s+(?:I|we|you|he|she|they)\s+(?:first\s+|last\s+)?"
    r"(?:[a-z]{3,}ed|sang|wore|wrote|made|gave|took|won|saw|heard|met|bought|built|began|"
    r"drove|flew|rode|sold|found|read|ran|brought|caught|taught|held|kept|left|lost|paid|"
    r"sent|spent|told|threw|chose|grew|knew|drew)"
    r"(?:\s+(?:it|them|him|her))?\s+(?:in|on|at)\s+(?:[^,;:.()\"]{1,30},\s+)?(?:the\s+)?$"
)


def contact_relative_date(text: str, clause_begin: int, begin: int) -> bool:
    """Whether the date at `begin` ends a relative clause without "that" whose verb is a simple
    past ("will end with the record she played on her first morning, 2 October 1995"): that
    clause tells when the thing was done, and its status is the date's own, not the main
    clause's plan. Substring tests first."""
    before = text[max(clause_begin, begin - _REACH) : begin]
    if not before.endswith((" ", ", ")) or not any(
        f" {w} " in before for w in ("I", "we", "you", "he", "she", "they", "We", "He", "She")
    ):
        return False
    m = _CONTACT_RELATIVE.search(before)
    return m is not None and m["prev"].lower() not in NOT_A_NOUN and not m["prev"].endswith("ly")
