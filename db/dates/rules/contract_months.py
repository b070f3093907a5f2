"""A futures contract's month, as market reports name it: "cocoa for March delivery", "the
March contract", "raw sugar for March slipped 0.4 percent". The month a contract is for is
the next one of that name (in December, "March" is next year's), and it dates nothing: the
price moved on the day the report tells, not in March. Only before "delivery", "contract(s)",
"futures" or "options", or after "for" with a price's verb right after it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTH_ABBR, MONTH_FULL
from ..periods import fmt
from .common import _month
from .table import Ctx, Groups, Res, rule

_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
_PRICE_VERBS = (
    "fell|rose|slipped|gained|lost|climbed|dropped|eased|edged|firmed|settled|traded|ended|"
    "closed|jumped|slid|tumbled|rallied|advanced|declined|added|shed|was|were"
)


@rule(
    "contract_month",
    rf"(?P<mon>{MONTH_FULL}|{MONTH_ABBR})(?P<kind>\s+(?i:delivery|contracts?|futures|options)"
    rf"|\s+(?:{_PRICE_VERBS}))(?!\w)",
    starts="#month",
)
def _contract_month(g: Groups, c: Ctx) -> Res | None:
    verb = g.req("kind").strip() in _PRICE_VERBS.split("|")
    if verb and not _FOR_BEFORE.search(c.before()):
        return None  # "in March fell": the verb's own date, no contract
    if c.dct is None:
        return None
    month = _month(g.req("mon"))
    year = c.dct.year if month >= c.dct.month else c.dct.year + 1
    value = fmt(dt.date(year, month, 1), "month")
    return Res("DATE", value, end=g.end("mon"))
