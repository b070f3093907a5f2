"""A run of two full years laid out as a line's date marks its two years, as a heading's or a
life's dates do ("(1861–1934)"): a timeline entry's head ("1914–1918 – The mill makes shells.")
and a heading's closing run ("THE SIEGE YEARS, 1642–1646"), a title's with its subtitle on the
next line ("The Fever at Kelling, 1832–1833\nFrom the parish history") or a catalogue's field
("Dates: 1802-1809\nLevel: File"), and a run in brackets of its own ("the Cove series
(1894–1901)"). In prose ("ran from 1940–1945 on coal") the run stays one expression dated over
its whole length (`absolute.year_range`). A month at a timeline entry's end is not read with
the next entry's year (`entry_year_after`).
"""

from __future__ import annotations

import re

from .table import Ctx

_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_ENTRY_DASH = re.compile(r"[ \t]+[–—-][ \t]+\S")
# a heading: the run closes a line that has no sentence's full stop and a blank line follows
_HEADING_BEFORE = re.compile(r"(?:^|\n)[^\n.!?]{1,100}$")
_HEADING_AFTER = re.compile(r"[ \t]*(?:\n[ \t]*\n|$)")
# a title over its subtitle, a catalogue's field over the next: the next line opens with a
# capital, and the run's own line does too, with no preposition of prose right before the run
# ("... ran from 1940–1945\nOn coal" in a hard-wrapped paragraph stays one run)
_LINE_AFTER = re.compile(r"[ \t]*\n[ \t]*[A-Z]")
_TITLE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][^\n.!?]{0,100}?(?<!\s)(?<!\bfrom)(?<!\bin)(?<!\bbetween)(?<!\bof)"
    r"[,:]?[ \t]+$"
)


def entry_year_after(text: str, begin: int, end: int, year_len: int) -> bool:
    """Whether a month and a year at text[begin:end] are split by a line break and the year
    heads a timeline entry ("fire; walk rebuilt by April\n1934 – Maud takes charge"): the month
    ends one entry, the year opens the next (an exact test for the line break first)."""
    if "\n" not in text[begin : end - year_len]:
        return False
    return _ENTRY_DASH.match(text, end) is not None


def marks_two_years(c: Ctx, y2: str) -> bool:
    """Whether the run of years at c.begin..c.end (its second year `y2`, four digits) heads a
    timeline entry or closes a heading."""
    if len(y2) != 4:
        return False  # "1927–28": a season, one expression
    if c.text[c.begin - 1 : c.begin] == "(" and c.text[c.end : c.end + 1] == ")":
        return True  # "began there the Cove series (1894–1901)": a work's dates, as a life's
    before = c.text[max(0, c.begin - 101) : c.begin]
    if _LINE_START.search(before) and _ENTRY_DASH.match(c.text, c.end):
        return True
    if _HEADING_AFTER.match(c.text, c.end) and _HEADING_BEFORE.search(before):
        return True
    return bool(_LINE_AFTER.match(c.text, c.end) and _TITLE_BEFORE.search(before))
