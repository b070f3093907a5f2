"""A year cut or painted on a thing, quoted as it reads: "a datestone over the door reads 'RE
1694'", "the bell is inscribed 'GLORIA DEO 1731'", "a lintel carved "I.W. 1702"". A bare number
is a year here only inside the quotation a verb of marking opens ("reads" only on a thing that
bears dates: a datestone, a lintel, a bell), where it stands with at most a few initials or
capitalised words, and ends the quotation."""

from __future__ import annotations

import datetime as dt
import re

from .table import Ctx, Groups, Res, make, rule

_READS_BEFORE = re.compile(
    r"(?:\b(?P<verb>reads?|reading|inscribed|bears?|bearing|carved|cut|dated|marked|lettered|"
    r"painted|stamped|engraved)(?:\s+(?:with|on\s+it|simply))?\s*[:,]?\s+)"
    r"['‘\"“](?:[A-Z][A-Z.&]*\s+){0,3}$"
)
# "reads" and "bears" mark an inscription only on a thing that bears dates ("The sign reads
# 'ROOM 1205'" does not); "inscribed", "carved", "dated" ... do on anything
_DATED_THING = re.compile(
    r"(?i)\b(?:date-?\s?stones?|lintels?|plaques?|stones?|bells?|beams?|tablets?|keystones?|"
    r"sundials?|inscriptions?|gables?|panels?|memorials?|headstones?|tombstones?)\b"
)
_READ_VERBS = ("read", "reads", "reading", "bear", "bears", "bearing")
_CLOSES = re.compile(r"['’\"”]")


@rule("inscribed_year", r"(?<![\d.,])(?P<y>1\d{3}|20\d{2})(?![\d,.]\d)", starts="#digit")
def _inscribed_year(g: Groups, c: Ctx) -> Res | None:
    before = c.before()[-80:]
    if not _CLOSES.match(c.after()) or (reads := _READS_BEFORE.search(before)) is None:
        return None
    if reads["verb"].lower() in _READ_VERBS and not _DATED_THING.search(before):
        return None
    return make((dt.date(int(g.req("y")), 1, 1), "year"), explicit_year=True)
