""" "the fourth day of March in the thirty-fourth year of the reign of King George the Third",
"4 March, 34 Geo. III": a day and the regnal year that gives its year are one expression (as
TimeML marks them), dated as the day (`rules.regnal_days` found its year). Run once over the
resolved mentions, after the clock and day are joined."""

from __future__ import annotations

import re
from typing import Protocol

from .rules.table import Res

# what the day's rule read its year from (`rules.regnal_days.regnal_year_after`)
_REGNAL_RULES = frozenset({"named_reign_year", "regnal_year", "regnal_citation"})
_GAP = re.compile(r"\s+in\s+|,?\s+")


class _Mention(Protocol):
    begin: int
    end: int
    sent: int
    res: Res


def join_regnal_days(text: str, mentions: list) -> list:
    """The mentions with each day followed by its regnal year made one mention."""
    out: list[_Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            m.res.rule in _REGNAL_RULES
            and prev is not None
            and prev.sent == m.sent
            and prev.res.point is not None
            and prev.res.point[1] == "day"
            and m.res.value.isdigit()
            and prev.res.value[:4] in (m.res.value, f"{int(m.res.value) + 1:04d}")
            and _GAP.fullmatch(text, prev.end, m.begin)
        ):
            prev.end = m.end
            continue
        out.append(m)
    return out
