"""A wire story's dateline opening a paragraph: "ANKARA, Dec. 23 (Reuters) -", "CAIRO, Feb. 11,
2011 (AP) —", "SAN JOSE, California, Sept 9 -", "(ANSA) ROMA, 14 dic. –": a place in capitals
(and its region), a date, an optional agency (after the date or before the place), a dash. One
pattern for `reader_tidy` (the dateline's day dates no event of the lede) and for
db.ingest.published (the dateline gives an article its publication date)."""

from __future__ import annotations

import re

# "SAN JOSE", "SAN JOSE, California": the place, and the region after it
PLACE = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,40}(?:,\s*[A-Z][A-Za-zÀ-ÿ.'’ -]{1,30})?"
AGENCY = r"\([^()\n]{2,40}\)"  # "(Reuters)", "(AP)"
DASH = r"(?:-{1,2}|–|—)"
# an agency may come first: "(ANSA) ROMA, 14 dic. –", "(AGI) - MILANO, 3 gen -"
LEAD = rf"(?:{AGENCY}\s*(?:{DASH}\s*)?)?"
# `date`: the words the date finder reads ("Dec. 23", "Feb. 11, 2011", "23 décembre")
DATELINE = re.compile(
    rf"(?m)^{LEAD}(?P<place>{PLACE}),\s+(?P<date>[^()\n–—]{{3,40}}?)\s*(?:{AGENCY})?\s*{DASH}\s+"
)
# What is left of one at the head of a title once the date words are cut ("LYONDALE, - "), or
# with them ("KELL, May 11, 2026 (AP) - ")
TITLE_DATELINE = re.compile(
    rf"^{LEAD}{PLACE},\s+(?:[^()\n–—]{{1,40}}?\s*)?(?:{AGENCY}\s*)?{DASH}\s+"
)
