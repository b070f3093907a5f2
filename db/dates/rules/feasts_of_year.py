"""A feast of the year the story is in, or of the one after or before it: "hanged at Easter of
the following year", "by Michaelmas of that year", "at Christmas of the same year", or without
"of": "just before Christmas that year", "at Easter the following year". The longest
match wins over the bare feast, whose year the tense would pick from the publication date."""

from __future__ import annotations

import re

from .anchoring import _anchored
from .holidays import _HOLIDAY_RE, _HOLIDAYS
from .table import Ctx, Groups, Res, make, rule

_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


@rule(
    "feast_of_year_ref",
    rf"(?P<h>(?i:{_HOLIDAY_RE}))\s+(?:(?i:of)\s+)?"
    r"(?P<w>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))"
    r"\s+(?i:year)(?![\w'’-])",
    starts=(
        "christmas boxing valentine valentine's halloween independence veterans armistice "
        "bastille thanksgiving labor memorial mother's father's election easter good all "
        "epiphany twelfth candlemas lady midsummer midsummer's michaelmas martinmas shrove ash "
        "palm ascension whit whitsunday whitsun pentecost may maundy holy new"
    ),
)
def _feast_of_year_ref(g: Groups, c: Ctx) -> Res | None:
    if not g.req("h")[0].isupper():
        return None  # "lady day of that year" in lower case names no feast
    name = re.sub(r"['’]", "'", " ".join(g.lower("h").split()))
    when = _HOLIDAYS.get(name if name in _HOLIDAYS else name.replace("s day", "'s day"))
    if when is None:
        return None
    year_res = _anchored(c, _STEPS.get(g.lower("w").split()[-1], 0), "year")
    if year_res.point is None:
        return None
    return make((when(year_res.point[0].year), "day"), from_ref=True)
