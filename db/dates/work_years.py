"""A work's year in brackets after its maker's name and its title: "Turner's The Mill (1841)
sold in Paris on 3 May", "Ode to the Fens (1922) by Ada Lowe". The year says when the work
was made, not when the sentence's happening was: with another date in the sentence it is an
aside, as a life bracket is (`life_brackets`), and lends no year to the story's days."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_REACH = 80  # characters of a title looked at before the bracket
# "<Maker>'s <Title Words> (" : a possessive, then capitalised words (small words between)
_MAKERS_TITLE = re.compile(
    r"[A-Z][\w-]*['’]s\s+(?:[A-Z][\w'’-]*|of|at|the|in|on|and|a|to)(?:\s+(?:[A-Z][\w'’-]*|"
    r"of|at|the|in|on|and|a|to)){0,8}\s*\($"
)
_BY_MAKER = re.compile(r"\)\s+by\s+[A-Z]")
_YEAR_ONLY = re.compile(r"\(\d{4}\)")


def work_year_aside(text: str, begin: int, end: int, groups: Sequence[Any], gi: int) -> bool:
    """Whether the year at text[begin:end] stands alone in brackets after a maker's title
    (or before "by <Maker>") while its sentence has a date outside the brackets."""
    if begin < 1 or _YEAR_ONLY.match(text, begin - 1, end + 1) is None:
        return False
    titled = _MAKERS_TITLE.search(text, max(0, begin - _REACH), begin) is not None
    if not titled and _BY_MAKER.match(text, end) is None:
        return False
    sent = groups[gi].sent
    others = (g for g in groups if g.sent == sent and g is not groups[gi])
    return any(g.begin >= end + 1 or g.begin < begin - 1 for g in others)
