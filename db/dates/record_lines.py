"""The layout of a record's entries: an account book, a log, a farm diary or a parish register
writes one entry a line, headed by its day in the clerk's short forms: "Jan. 5. Baptised, Mary
...", "Sept 3rd. Paid the mason", "4th. Harrowed.", "Sat. 7th. To market", "Monday. Ploughing",
under a year alone on its line ("1783") or a month's ("JUNE 1916"). `LINE_HEADING` finds such a
heading at a line's start (the sentence splitter makes each its own sentence, `sentences`), and
`DAY_ALONE` a day of the month alone ("4th.", "Sat. 7th."), which only such a heading writes
(`rules.entry_days`).
"""

from __future__ import annotations

import re

from .lexicon import MONTH_ABBR, MONTH_FULL

_WEEKDAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
)
_MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
_DAY = r"\d{1,2}(?:st|nd|rd|th|d)?"
_MONTH_FULL = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
# a day of the month written alone, the weekday before it allowed: "4th.", "Sat. 7th."
DAY_ALONE = rf"(?:(?P<wd>{_WEEKDAY}),?[^\S\n]+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|d)(?=\.)"
LINE_HEADING = re.compile(
    r"(?m)^[^\S\n]*("
    rf"(?:{_WEEKDAY},?[^\S\n]+)?(?:{_MONTH}[^\S\n]+{_DAY}|{_DAY}[^\S\n]+{_MONTH})\."
    rf"|(?:{_WEEKDAY},?[^\S\n]+)?\d{{1,2}}(?:st|nd|rd|th|d)\."
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\."
    r"|(?:1\d{3}|20\d{2})(?=[^\S\n]*\n)"  # a year alone on its line
    rf"|(?i:{_MONTH_FULL})[^\S\n]+(?:1\d{{3}}|20\d{{2}})(?=[^\S\n]*\n)"  # "JUNE 1916"
    r")(?=[^\S\n]+[A-Z]|[^\S\n]*(?:\n|$))"
)


def has_line_heading(para: str) -> bool:
    """Whether a paragraph of several lines has an entry heading at a line's start."""
    return LINE_HEADING.search(para) is not None


# What may follow an entry's day in its heading: a stop, or the day's name in apposition ("May
# 29th, the King's birthday.", "April 20, being Easter Day.", "Christmas Day, a Sunday.")
_HEADING_END = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*(?:the|being|a|an)(?:[^\S\n]+(?![a-z]+ed\b)[\w'’-]+){1,4})?"
    r"[^\S\n]*[.:]?\s*"
)


def heading_ends(text: str, end: int, sent_end: int) -> bool:
    """Whether the text from a date's end to its sentence's end closes an entry heading."""
    return _HEADING_END.fullmatch(text, end, sent_end) is not None
