"""How far back a text's BC stand-in years reach. A story told in BC years is resolved on
stand-in years (`story_years.bc_stand_in`: BC year n stands in as year base - n), and the
calendar's years start at 1, so a base of 1000 gives no stand-in to "1479 BC" and a reign of the
fifteenth century BC had no reference time: "that autumn" after it took the publication year.
While a text is read its base is the first millennium past the earliest BC year it names (1000
for every text whose BC years are all under 1000, as before; 2000 for one naming 1479 BC)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

DEFAULT_BASE = 1000
_BASE: ContextVar[int] = ContextVar("bc_stand_in_base", default=DEFAULT_BASE)
_BC_YEAR = re.compile(r"\b(\d{4})\s*(?:BCE|BC|B\.C\.)(?![\w])")
_MAX_BASE = 9000  # stand-ins stay inside the calendar's years 1..9999 across the era boundary


def stand_in_base() -> int:
    """The base of the text being read: BC year n stands in as year base - n."""
    return _BASE.get()


def base_for(text: str) -> int:
    """The base that gives every BC year of `text` a stand-in (substring tests first: every
    match holds "BC" or "B.C.", and `findall` tries the regex at every position of the text)."""
    if "BC" not in text and "B.C." not in text:
        return DEFAULT_BASE
    years = [int(y) for y in _BC_YEAR.findall(text)]
    earliest = max(years, default=0)
    return min(_MAX_BASE, max(DEFAULT_BASE, (earliest // 1000 + 1) * 1000))


@contextmanager
def reading(text: str) -> Iterator[None]:
    """Resolve `text` on the stand-in base its BC years need."""
    token = _BASE.set(base_for(text))
    try:
        yield
    finally:
        _BASE.reset(token)
