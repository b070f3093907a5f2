""" "Two years before he died, the painter moved to Arles. ... He died at Auvers in 1890.": a
life has one birth and one death, so an amount counted from either may count from the year a
later sentence tells it with, where no earlier sentence did (`told_happenings`). Only the first
later sentence that tells it, a few sentences on, and only with a single year."""

from __future__ import annotations

import re

_REACH = 2000  # characters on the later telling may stand
_SENTENCES_ON = 6  # sentences on it may stand
_SENTENCE_END = re.compile(r"(?<!\bc)(?<!\bca)[.!?]['’\"”)]?\s")
_YEAR = re.compile(r"(?<![\d,.$£€])\b(1\d{3}|20\d{2}|[1-9]\d{2})\b(?![\d,.]\d|\s*(?:BC|B\.C))")


def told_after(text: str, sent_end: int, told: re.Pattern[str]) -> int | None:
    """The single year of the first sentence after `sent_end` (within `_SENTENCES_ON`) that
    tells the happening `told` finds; None where none does or its sentence names two years."""
    after = text[sent_end : sent_end + _REACH]
    found = told.search(after)
    if found is None or len(_SENTENCE_END.findall(after, 0, found.start())) >= _SENTENCES_ON:
        return None
    start = max((m.end() for m in _SENTENCE_END.finditer(after, 0, found.start())), default=0)
    tail = _SENTENCE_END.search(after, found.end())
    years = _YEAR.findall(after[start : tail.start() + 1 if tail else len(after)])
    return int(years[0]) if len(years) == 1 else None
