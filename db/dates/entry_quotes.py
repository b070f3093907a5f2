"""Words quoted from a log, a diary or minutes with the entry's day named after them: in
"'No school today, the river is up,' runs the entry for 12 March 1888" the writer's now is
12 March 1888, so "today" is that day, not the publication date. The day must carry its year
(the mentions after the quotation are not resolved yet when its words are), in a year long
past. So is an entry's day named before the colon that opens it ("His last entry, dated 1 May
1920, reads: '...'"), a form `quoted_letters` does not read; `written_quotes` does this for a
quotation told with its writer.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .diary_entries import Document
from .lexicon import MONTHS
from .quoted_days import holding, long_past

_REACH = 1500  # characters a quotation runs at most
_GUARD = ("entry", "entries", " log", "minute")  # the cheap test: a substring of every match
_MONTH = r"(?P<mon>[A-Z][a-z]{2,8})\.?"
# after the closing mark: ", runs the entry for 12 March 1888", " reads the log of May 3, 1901"
_TRAIL = re.compile(
    r"['’\"”]\s*,?\s+(?:runs|ran|reads|read|says|said)\s+(?:the|an|his|her|its|their)\s+"
    r"(?:[a-z]+\s+)?(?:entry|log|minute|note)\s+(?:for|of|dated|on)\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('mon', 'mon2')}"
    r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{4})\b"
)
# before the opening mark: "His last entry, dated Friday 1 May 1920, reads simply: '"
_LEAD = re.compile(
    r"\b(?:entry|log|minute|note)\s*,?\s+(?:dated|for|of)\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('mon', 'mon2')}"
    r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{4})\s*,?\s+"
    r"(?:reads|runs|read|ran|says|said)\b[^:.;'‘\"“]{0,20}:\s*['‘\"“]"
)
_CLOSER = re.compile(r"(?<=[\w.,!?;:])['’\"”](?=\s|[,.;:!?)—–-]|\Z)")
_DOUBLE_CLOSER = re.compile(r"(?<=[\w.,!?;:])[\"”](?=\s|[,.;:!?)—–-]|\Z)")
_OPENER = re.compile(r"(?:^|(?<=\s))['‘\"“](?=[A-Za-z])", re.M)


def _day(m: re.Match[str]) -> dt.date | None:
    month = MONTHS.get((m.group("mon") or m.group("mon2")).lower())
    day = m.group("d") or m.group("d2")
    if month is None:
        return None
    try:
        return dt.date(int(m.group("y")), month, int(day))
    except ValueError:
        return None


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[tuple[int, int, int], ...]:
    """(opening mark, closing mark, entry day's ordinal) of each quotation an entry's day
    names; empty, and cheap, for a text without the words."""
    if not any(w in text for w in _GUARD):
        return ()
    out: list[tuple[int, int, int]] = []
    for m in _TRAIL.finditer(text):
        day = _day(m)
        openers = list(_OPENER.finditer(text, max(0, m.start() - _REACH), m.start()))
        if day is not None and openers:
            out.append((openers[-1].start(), m.start(), day.toordinal()))
    for m in _LEAD.finditer(text):
        day = _day(m)
        double = text[m.end() - 1] in '"“'  # closed by its own kind of mark: "infants' room"
        close = (_DOUBLE_CLOSER if double else _CLOSER).search(text, m.end(), m.end() + _REACH)
        if day is not None:
            out.append((m.end() - 1, close.start() if close else m.end() + _REACH, day.toordinal()))
    return tuple(sorted(out))


def trailing_entry_now(doc: Document, pos: int) -> dt.date | None:
    """The day of the entry the quotation holding `pos` is from, where the words after its
    closing mark name it with its year, in a year long past; else None."""
    quotes = _quotations(doc.text)
    if doc.dct is None or not quotes:
        return None
    quote = holding(quotes, pos, len(doc.text))
    return None if quote is None else long_past(dt.date.fromordinal(quote[2]), doc.dct)
