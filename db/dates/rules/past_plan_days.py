"""A weekday of a plan told in the past is the nearer one, gone by or to come: "Flight 212 was
due to leave at 7am on Saturday. Passengers boarded, but ...", written on a Tuesday, is the
Saturday just gone (the story tells what became of the plan), while "a visit that was due to
begin on Wednesday", written on a Monday, is the coming one. "Is due to" stays ahead; in reported
speech ("said the ferry was due to sail on Friday") the past tense is only the report's, and a
plan called off ("cancelled the match it was due to play on Saturday") had not come: the day
stays ahead. As `anchoring._past_plan` does for a year-less month."""

from __future__ import annotations

from ..cue_guard import guard

# "was due to leave at 6.40am on", "were originally scheduled to meet on", "had been set to
# open on": the plan's verb a few words before the weekday, no clause break between
_PAST_PLAN_BEFORE = guard(
    r"(?i)\b(?:was|were|had\s+been)\s+(?:(?:first|originally|initially)\s+)?"
    r"(?:due|scheduled|set|supposed|slated|meant)\s+to\s+[a-z]+\b"
    r"(?:[^.;:,!?\"“”]|(?<=\d)[.:](?=\d)){0,50}$"  # a clock's "6.40am" within it
)
# a report before the plan: its past tense is the report's ("officials said the ferry was due");
# a plan called off is one that had not come yet ("called off the friendly it was scheduled to
# play on Saturday": the coming Saturday)
_REPORT = guard(
    r"(?i)\b(?:said|says|told|announced|according\s+to|confirmed"
    r"|cancel(?:l?ed|s)?|call(?:ed|s)?\s+off|postpone[ds]?|scrap(?:ped|s)?|axed|put\s+off)\b"
)


def past_plan_day(before: str) -> bool:
    """Whether the text before a weekday ends inside a plan told in the past, outside reported
    speech (then the nearer such weekday is meant, not the next one)."""
    tail = before[-110:]
    if " to " not in tail or ("was " not in tail and "were " not in tail and "been " not in tail):
        return False  # cheap exact guard first
    m = _PAST_PLAN_BEFORE.search(tail)
    if m is None:
        return False
    plan_at = len(before) - len(tail) + m.start()
    opening = before[max(0, plan_at - 300) : plan_at]  # the sentence before the plan, bounded
    opening = opening[max(opening.rfind(". "), opening.rfind("\n")) + 1 :]
    return _REPORT.search(opening) is None
