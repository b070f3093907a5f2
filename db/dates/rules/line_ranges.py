"""A run of two full years laid out as a line's date marks its two years, as a heading's or a
life's dates do ("(1861–1934)"): a timeline entry's head ("1914–1918 – The mill makes shells.")
and a heading's closing run ("THE SIEGE YEARS, 1642–1646"), a title's with its subtitle on the
next line ("The Fever at Kelling, 1832–1833\nFrom the parish history") or a catalogue's field
("Dates: 1802-1809\nLevel: File"), and a run in brackets of its own ("the Cove series
(1894–1901)"); so does a run whose second year has two figures ("(1893–94, revised 1902)"). In
prose ("ran from 1940–1945 on coal") the run stays one expression dated over its whole length
(`absolute.year_range`), as does one named as a season ("the 1927–28 season"). A month at a
timeline entry's end is not read with the next entry's year (`entry_year_after`).
"""

from __future__ import annotations

import re

from .table import Ctx

_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# a timeline entry's head: a dash or a colon after it ("1878–79: Floods close the mill."), or a
# table's gap of two spaces or a tab ("1917–1946  A. Whinfell")
_ENTRY_DASH = re.compile(r"[ \t]+[–—-][ \t]+\S|:[ \t]+\S|(?:[ ]{2,}|\t)[ \t]*\S")
# a chronology's line: it opens with a year ("1874 Launched at Garrow, 12 March")
_YEAR_LINE = re.compile(r"[ \t]*(?:c\.[ \t]*)?\d{4}\b")
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

# a run of two years told as one season or school or financial year on its line
_SEASON_LINE = re.compile(r"(?i)\b(?:season|school[ \t]+year|financial[ \t]+year|term)\b")
# the text's first line, a title, the run "of" its end: a capital, no sentence's stop
_FIRST_LINE = re.compile(r"[ \t]*[A-Z][^\n.!?]{0,100}?[ \t]of[ \t]+")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def entry_year_after(text: str, begin: int, end: int, year_len: int) -> bool:
    """Whether a month (or a day and month) and a year at text[begin:end] are split by a line
    break and the year heads a timeline entry ("fire; walk rebuilt by April\n1934 – Maud takes
    charge"), or the month's own line opened with its year: the month ends one entry, the year
    opens the next (an exact test for the line break first)."""
    brk = text.find("\n", begin, end - year_len)
    if brk < 0:
        return False
    if _ENTRY_DASH.match(text, end) is not None:
        return True
    # a chronology whose lines open with their years ("1874 Launched at Garrow, 12 March\n1881
    # Dorr's log"): the month's line opened with its own year, the next year opens the next line
    line = text.rfind("\n", 0, begin) + 1
    return _YEAR_LINE.match(text, line) is not None and line < begin


def marks_two_years(c: Ctx, y2: str) -> bool:
    """Whether the run of years at c.begin..c.end (its second year `y2`, four digits or two)
    heads a timeline entry, closes a heading or a title, or stands in brackets of its own."""
    return _marks_two_years(c.text, c.begin, c.end, y2)


# the first year and the dash of a run whose two-figure second year starts here
_RUN_HEAD = re.compile(r"(?<!\d)(?P<y>\d{4})[-–]$")


def tail_year(c: Ctx) -> int | None:
    """The year of the two-figure second year at c.begin..c.end of a run that marks its two
    years ("1893–94" in a work's brackets: 1894, in the first year's century); else None."""
    head = _RUN_HEAD.search(c.text, max(0, c.begin - 12), c.begin)
    if head is None:
        return None
    first = int(head.group("y"))
    year = first // 100 * 100 + int(c.text[c.begin : c.end])
    if first < year <= first + 30 and _marks_two_years(c.text, head.start(), c.end, "yy"):
        return year
    return None


def _marks_two_years(text: str, begin: int, end: int, y2: str) -> bool:
    if len(y2) != 4 and _SEASON_LINE.search(text, end, _line_end(text, end)):
        # "the 1927–28 season", "1926–27 – A poor season for the club": one season, one
        # expression
        return False
    if text[begin - 1 : begin] == "(" and text[end : end + 1] in (")", ","):
        # "the Cove series (1894–1901)", "Symphony No. 2 (1893–94, revised 1902)": a work's
        # dates, as a life's
        return True
    before = text[max(0, begin - 101) : begin]
    if _LINE_START.search(before) and _ENTRY_DASH.match(text, end):
        return True
    if _HEADING_AFTER.match(text, end) and _HEADING_BEFORE.search(before):
        return True
    if not _LINE_AFTER.match(text, end):
        return False
    # the text's own title may end "of" its years ("The long frost of 1840–41\nFrom the
    # archive"): a first line has no paragraph before it to be hard-wrapped from (a verb's
    # "from" or "in" still may be: "The engine ran from 1851–1860\nOn coal")
    return bool(_TITLE_BEFORE.search(before) or _FIRST_LINE.fullmatch(text, 0, begin))
