"""A request to the reader: "nominations to the secretary by 31 January, please", "Please book
by 3 March". It asks something of the reader, so its date is told from the publication day,
whatever year a history told just before was in (a society's newsletter after a talk on 1842).
Not words quoted from the past ("'Please come at Christmas,' she wrote").
"""

from __future__ import annotations

import re

from .date_clause import unquoted
from .table import Ctx

_PLEASE = re.compile(r"(?i)\bplease\b")
_QUOTES = '"“”'


def asks_reader(c: Ctx) -> bool:
    """Whether the date at `c` is in a sentence that asks the reader for something, outside any
    quotation (bounded to the text around the date the rules read)."""
    before, after = c.before(), c.after()
    if "lease" not in before and "lease" not in after:  # the cheap test first
        return False
    if any(q in before or q in after for q in _QUOTES) and _quoted(before):
        return False  # the date inside a quotation
    return _PLEASE.search(unquoted(before)) is not None or (
        _PLEASE.search(unquoted(after)) is not None
    )


def _quoted(before: str) -> bool:
    """Whether a quotation opened before the date is still open at it."""
    if "“" in before or "”" in before:
        return before.count("“") > before.count("”")
    return before.count('"') % 2 == 1
