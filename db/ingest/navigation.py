"""A wiki's navigation lines: "Main article: Siege of Hama (2011)", "See also: …", "Further
information: …". They point the reader to another page and tell of no happening, so they make
no event, whether a table's record is one (a scraped timeline) or an article's text holds one;
a date in them ("(2011)") names the page, not something that happened then."""

from __future__ import annotations

import re

# A label at the start of a line, then a colon: the hatnotes and cross-references of wikis
# (Wikipedia's {{Main}}, {{See also}}, {{Further}}, {{Details}} templates as rendered).
NAVIGATION = re.compile(
    r"^[ \t]*(?:main[ \t]+articles?|see[ \t]+also|further[ \t]+information|for[ \t]+more"
    r"[ \t]+information|for[ \t]+more[ \t]+details|related[ \t]+articles?|further)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


def is_navigation(text: str | None) -> bool:
    """Does `text` (a record's text, a paragraph) start as a navigation line?"""
    return text is not None and NAVIGATION.match(text) is not None


def on_navigation_line(text: str, pos: int) -> bool:
    """Is offset `pos` of `text` on a line that is a navigation line?"""
    start = text.rfind("\n", 0, pos) + 1
    return NAVIGATION.match(text, start) is not None
