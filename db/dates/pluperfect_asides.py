"""A look back in the pluperfect inside a year of the story: in "Throughout 1871 the mill ran
where it had stopped the previous winter, until the strike in May of that year" the winter is
told in passing, from the story's year; "that year" and the dates after it stay in 1871. A date
counts where it is counted back from the story's time ("the previous winter", "the preceding
spring") in a clause whose verb is "had" and a participle, and the story's time is a year or
coarser (`story_asides.year_in_passing` takes a day's look backs already). So is a month or
season of the story's year in a pluperfect clause told from a day of the story: in "He returned
on the 29th ... Lusk had arrived in the colony only that March", March is behind the story's
day, which "9 October" after it still counts from (`pluperfect_month`)."""

from __future__ import annotations

import re

_LOOK_BACK = re.compile(r"(?i)the\s+(?:previous|preceding)\s+\w+")
_REACH = 60  # characters of the clause read before the date
# "had" and a verb before the date, in its clause (no comma, semicolon or "and" between)
_HAD = re.compile(
    r"\bhad\s+(?:\w+\s+){0,2}?\w+(?:ed|en|wn|ne|pt|ot|un|ung|ade|id|lt|st|ft|nt|ght)\b[^,;]*$"
)


def in_pluperfect_clause(text: str, sent_begin: int, begin: int) -> bool:
    """Whether the date at `begin` ends a clause whose verb is "had" and a participle."""
    head = text[max(sent_begin, begin - _REACH) : begin]
    return (
        "had " in head and _HAD.search(head) is not None and " and " not in head.split("had ")[-1]
    )


def pluperfect_look_back(text: str, sent_begin: int, begin: int) -> bool:
    """Whether the date at `begin` is counted back ("the previous winter") in a pluperfect
    clause."""
    if not _LOOK_BACK.match(text, begin):
        return False
    head = text[max(sent_begin, begin - _REACH) : begin]
    return (
        "had " in head and _HAD.search(head) is not None and " and " not in head.split("had ")[-1]
    )


# "that March", "in the spring": a month or season the story's year has, no year of its own
# (not "the spring of 1847" nor "March 1847": a year named is no look back within the story's)
_MONTH_OF_STORY = re.compile(
    r"(?i)(?:that|in(?:\s+the)?|the)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|spring|summer|autumn|fall|winter)\b"
    r"(?!\s+\d|\s+of\s+\d)"
)


def pluperfect_month(text: str, sent_begin: int, begin: int) -> bool:
    """Whether the month or season at `begin` ("that March") is told in a pluperfect clause
    ("had arrived in the colony only that March"): a look back from the story's day."""
    if not _MONTH_OF_STORY.match(text, begin):
        return False
    head = text[max(sent_begin, begin - _REACH) : begin]
    return (
        "had " in head and _HAD.search(head) is not None and " and " not in head.split("had ")[-1]
    )
