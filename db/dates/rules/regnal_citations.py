""" "34 Geo. III", "7 Vict.", "13 Eliz.", "1 Will. IV": a regnal year as deeds, statutes and
their abstracts cite it, the year's number before the ruler's abbreviated Latin or English
name and regnal number. Read as a named regnal year is (`named_reigns`): the calendar year the
regnal year begins in; a day before it ("4 March, 34 Geo. III") is dated by the accession's day
(`regnal_days`). Only with the abbreviation's full stop, and only for the English and British
crowns the citations name; Elizabeth I and Victoria are cited without a number ("13 Eliz.",
"7 Vict."), the others only with one ("5 Will." may be a man's name).
"5 & 6 Will. IV" (a session over two regnal years) is left alone."""

from __future__ import annotations

import datetime as dt

from .regnal_days import CITED, cited_reign
from .table import Ctx, Groups, Res, make, rule


@rule("regnal_citation", CITED, starts="#digit")
def _regnal_citation(g: Groups, c: Ctx) -> Res | None:
    found = cited_reign(g.req("abbr"), g["roman"], g.req("n"))
    if found is None:
        return None
    reign, n = found
    return make((dt.date(reign.first + n - 1, 1, 1), "year"))
