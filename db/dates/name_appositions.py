"""A name in apposition: "When the last count, Jean III, died in 1291, the county passed to the
crown". The words between the commas are a name (each capitalised: "Jean III", "Mary Stone"),
after a noun (not a verb: "When the plan failed, Smith, angered by it, resigned" is no
apposition), so the past form after the second comma is the verb of the clause, not a
participle's aside ("The ceasefire, agreed in March, collapsed")."""

from __future__ import annotations

import re
from collections.abc import Sequence

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_MAX_WORDS = 4  # "Sir John Ashby Hale"


def name_apposition(found: Sequence[re.Match[str]], verb: Sequence[bool], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) are a name set off by commas after a noun (token lo - 2)."""
    if not 0 < hi - lo <= _MAX_WORDS or lo < 2 or verb[lo - 2]:
        return False
    return all(_NAME_WORD.fullmatch(found[k].group()) for k in range(lo, hi))
